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
  BreakFigure,
  BreakNote,
  BreakTreatment,
  ComparatorGroupInput,
  DocumentCharts,
  DocumentLogo,
  DocumentOptions,
  Drivers,
  KeyFinding,
  LikeForLikeFigure,
  LongRunAverage,
  LongTrendResult,
  InputFileReconciliation,
  InputReconciliation,
  MonthPattern,
  PeriodFigures,
  PopulationEstimates,
  PopulationUsed,
  PriorityChange,
  PriorityCharts,
  PrioritySection,
  QuickFacts,
  RagVerdict,
  RateComparison,
  RecordingChange,
  RecordingChangeFigures,
  ReleaseReconciliation,
  ReportFigure,
  RejectedInput,
  ReportPeriod,
  SamePeriodCount,
  StrategicAssessmentResult,
  WardChange,
  WardFigure,
  WardPrioritySection,
  WardRow,
  WardSectionResult,
} from "./types.js";
export { localSections, type LocalSectionsOptions } from "./localSections.js";
export type {
  LocalFact,
  LocalKind,
  LocalMeasuresInput,
  LocalMeasuresResult,
  LocalSection,
  LocalSectionsInput,
  LocalTable,
  LocalVerdict,
} from "./localTypes.js";
export {
  readLocalFile,
  type LocalFileOf,
  type LocalFileResult,
  type LocalProblem,
  type LocalProblemCode,
  type UnknownLocalFile,
} from "./readLocalFile.js";
export { localTemplate, type LocalTemplateResult } from "./localTemplate.js";
export { renderMarkdown, type RenderMarkdownOptions } from "./renderMarkdown.js";
export { renderHtml, type RenderHtmlOptions } from "./renderHtml.js";
export { renderDocx, type DrawChart, type RenderDocxOptions } from "./renderDocx.js";
export { assessFiles, type AssessedFile, type AssessFilesOptions, type AssessFilesResult } from "./assessFiles.js";
