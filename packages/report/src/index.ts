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
export { renderMarkdown } from "./renderMarkdown.js";
export { renderHtml } from "./renderHtml.js";
