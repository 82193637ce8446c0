export { ReportError, type ReportErrorCode } from "./ReportError.js";
export {
  strategicAssessment,
  type CountRow,
  type PriorityInput,
  type StrategicAssessmentInput,
} from "./strategicAssessment.js";
export type {
  BenchmarkRow,
  InputFileReconciliation,
  InputReconciliation,
  MonthKey,
  MonthPattern,
  PrioritySection,
  QuickFacts,
  RagVerdict,
  ReportFigure,
  RejectedInput,
  ReportPeriod,
  StrategicAssessmentResult,
  WardTable,
} from "./types.js";
export { renderMarkdown } from "./renderMarkdown.js";
export { renderHtml } from "./renderHtml.js";
export { trendChartSpec, type TrendChartInput, type TrendPoint, type VegaLiteSpec } from "./trendChartSpec.js";
export { renderChartSvg, type RenderChartSvgOptions } from "./renderChartSvg.js";
export {
  reproduce2019,
  type Reproduce2019Result,
  type ReproducedCell,
  type ReproducedTable,
} from "./reproduce2019.js";
export {
  defaultMaxDownloadBytes,
  downloadFiles,
  londonDatastoreUrls,
  type DownloadFilesOptions,
  type DownloadProgress,
  type DownloadedFile,
} from "./downloadFiles.js";
