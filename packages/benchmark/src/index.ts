export { BenchmarkError, type BenchmarkErrorCode } from "./BenchmarkError.js";
export type { BenchmarkFigure, RankOrder, TieRule } from "./types.js";
export { rankValues, type RankValuesOptions } from "./rankValues.js";
export { rank, type NumericKey, type RankOptions, type RankResult, type RankedRow } from "./rank.js";
export { describeRank, type DescribeRankOptions } from "./describeRank.js";
export {
  quantileBand,
  type BandJudgement,
  type BandPosition,
  type QuantileBandOptions,
  type QuantileBandResult,
} from "./quantileBand.js";
export { quantileBands, type QuantileBandsOptions, type QuantileBandsResult } from "./quantileBands.js";
export {
  compareWithBenchmark,
  type Benchmark,
  type CompareWithBenchmarkOptions,
  type ComparisonMethod,
  type ComparisonOutcome,
  type ComparisonResult,
  type NotComparedCode,
} from "./compareWithBenchmark.js";
export {
  compareManyWithBenchmark,
  type BenchmarkColumns,
  type CompareManyWithBenchmarkOptions,
  type CompareManyWithBenchmarkResult,
  type IntervalColumns,
} from "./compareManyWithBenchmark.js";
export {
  funnelLimits,
  type FunnelDistribution,
  type FunnelLimit,
  type FunnelLimitsOptions,
  type FunnelLimitsResult,
} from "./funnelLimits.js";
export { funnelPoints, type FunnelCurve, type FunnelPointsOptions, type FunnelPointsResult } from "./funnelPoints.js";
export {
  funnelOverdispersion,
  type FunnelOverdispersionOptions,
  type FunnelOverdispersionResult,
  type FunnelOverdispersionRow,
  type OverdispersionArea,
  type OverdispersionScale,
} from "./funnelOverdispersion.js";
export {
  trend,
  type TrendMethod,
  type TrendOptions,
  type TrendOutcome,
  type TrendJudgement,
  type TrendNotCalculatedCode,
  type TrendPoint,
  type TrendResult,
} from "./trend.js";
export {
  comparatorValue,
  type ComparatorGroupRule,
  type ComparatorRow,
  type ComparatorValueOptions,
  type ComparatorValueResult,
} from "./comparatorValue.js";
export {
  benchmarkTable,
  type BenchmarkArea,
  type BenchmarkAreaComparison,
  type BenchmarkAreaRates,
  type BenchmarkTableOptions,
  type BenchmarkTableResult,
  type BenchmarkTableRow,
  type TableChange,
  type TableRanks,
} from "./benchmarkTable.js";
export {
  describeTable,
  type BenchmarkAreaRate,
  type DescribeTableOptions,
  type NotComparableArea,
  type TableClaim,
  type TableFigure,
  type TableMeasure,
  type TableSentence,
} from "./describeTable.js";
export {
  auditPublishedTable,
  type AuditCause,
  type AuditDecimals,
  type AuditField,
  type AuditFinding,
  type AuditPopulation,
  type AuditPublishedTableOptions,
  type AuditResult,
  type PublishedChange,
  type PublishedFigure,
  type PublishedRow,
} from "./auditPublishedTable.js";
export { auditTotal, type AuditTotalCause, type AuditTotalOptions, type AuditTotalResult } from "./auditTotal.js";
