export { RatesError, type RatesErrorCode } from "./RatesError.js";
export { roundHalfUp } from "./roundHalfUp.js";
export { normalQuantile } from "./normalQuantile.js";
export { chiSquaredQuantile } from "./chiSquaredQuantile.js";
export { exactPoissonInterval, type CountInterval } from "./exactPoissonInterval.js";
export { byarInterval } from "./byarInterval.js";
export {
  rate,
  type ConfidenceInterval,
  type ConfidenceLevels,
  type RateMethod,
  type RateOptions,
  type RateResult,
} from "./rate.js";
export {
  rateChange,
  type CountAndPopulation,
  type RateChange,
  type RateChangeOptions,
  type RateChangeResult,
} from "./rateChange.js";
export { percentChange, type PercentChange } from "./percentChange.js";
export { percentagePointChange, type PercentagePointChange } from "./percentagePointChange.js";
export {
  proportion,
  type ProportionOptions,
  type ProportionResult,
} from "./proportion.js";
export {
  proportionDifference,
  type ProportionDifferenceOptions,
  type ProportionDifferenceResult,
} from "./proportionDifference.js";
export { share, type ShareResult } from "./share.js";
export { shares, type SharesEntry, type SharesResult } from "./shares.js";
export {
  consistentNumerators,
  type ConsistentNumeratorsOptions,
  type ConsistentNumeratorsResult,
  type NumeratorFigure,
} from "./consistentNumerators.js";
export { rateRatioTest, type RateRatioTestOptions, type RateRatioTestResult } from "./rateRatioTest.js";
export {
  classifyChange,
  type ChangeVerdict,
  type ClassifyChangeOptions,
  type ClassifyChangeResult,
} from "./classifyChange.js";
export type { MonthlyRecord, MonthlySeries, MonthlyValues, SeriesOptions } from "./series.js";
export {
  rollingSums,
  type NumericTypedArray,
  type RollingSum,
  type RollingSumsOptions,
} from "./rollingSums.js";
export { rollingYearTotal } from "./rollingYearTotal.js";
export { samePeriodComparison, type SamePeriodComparisonResult, type TotalChange } from "./samePeriodComparison.js";
export { monthlyMean, type MonthlyMeanResult } from "./monthlyMean.js";
export {
  classifyMonths,
  type ClassifyMonthsOptions,
  type ClassifyMonthsResult,
  type MonthClass,
  type MonthClassification,
} from "./classifyMonths.js";
export { firstTimeEntrantRate, type YouthRateOptions } from "./firstTimeEntrantRate.js";
export { custodyRate } from "./custodyRate.js";
export {
  reoffending,
  type ReoffendingCohort,
  type ReoffendingOptions,
  type ReoffendingResult,
} from "./reoffending.js";
export {
  directlyStandardisedRate,
  type DirectlyStandardisedRateOptions,
  type DirectlyStandardisedRateResult,
} from "./directlyStandardisedRate.js";
export { rates, type RatesOptions, type RatesResult } from "./rates.js";
export {
  changeContributions,
  type ChangeContributionsOptions,
  type ChangeContributionsResult,
  type Contribution,
  type ContributionInput,
} from "./changeContributions.js";
