// The main entry runs anywhere (Node, browsers, Deno, Bun): no file system, network or process.
// Downloads, files and the command line are in "@crimestats/report/node" (src/node.ts).
export { ReportError, type ReportErrorCode } from "./ReportError.js";
export {
  strategicAssessment,
  type PriorityInput,
  type StrategicAssessmentInput,
} from "./strategicAssessment.js";
export type {
  BenchmarkAreaInput,
  BenchmarkRow,
  ComparatorGroupInput,
  InputFileReconciliation,
  InputReconciliation,
  MonthPattern,
  PeriodFigures,
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
export { trendChartSpec, type TrendChartInput, type TrendChartPoint, type VegaLiteSpec } from "./trendChartSpec.js";
export { renderChartSvg, type RenderChartSvgOptions } from "./renderChartSvg.js";
