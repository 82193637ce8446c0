export { BenchmarkError, type BenchmarkErrorCode } from "./BenchmarkError.js";
export type { BenchmarkFigure, Interval, Polarity, RankOrder, TieRule } from "./types.js";
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
  type NotComparedReason,
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
  trend,
  type TrendMethod,
  type TrendOptions,
  type TrendOutcome,
  type TrendPoint,
  type TrendReason,
  type TrendResult,
} from "./trend.js";
export {
  comparatorValue,
  type Aggregation,
  type ComparatorGroup,
  type ComparatorRow,
  type ComparatorValueOptions,
  type ComparatorValueResult,
} from "./comparatorValue.js";
export {
  benchmarkTable,
  type BenchmarkArea,
  type BenchmarkTableOptions,
  type BenchmarkTableResult,
  type BenchmarkTableRow,
  type LondonComparison,
  type TableRanks,
} from "./benchmarkTable.js";
export {
  describeTable,
  type DescribeTableOptions,
  type LondonAreaRate,
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
  type PublishedFigure,
  type PublishedRow,
} from "./auditPublishedTable.js";
