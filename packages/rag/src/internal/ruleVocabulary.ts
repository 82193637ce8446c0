/**
 * The values a rule may take, shared by `RuleSchema` (zod) and `checkRule` (plain code), which must
 * accept exactly the same rules. Plain constants, so that `checkRule` does not pull zod in.
 */

export const JUDGED_POLARITIES = ["lower-is-better", "higher-is-better"] as const;
export const POLARITIES = ["lower-is-better", "higher-is-better", "no-judgement"] as const;
export const RATED_BENCHMARK_OUTCOMES = ["better", "similar", "worse", "best", "worst", "higher", "lower"] as const;
export const TREND_ASSESSMENTS = ["improving", "worsening", "increasing", "decreasing", "no-significant-change"] as const;
export const JUDGED_TREND = ["improving", "worsening", "no-significant-change"] as const;
export const UNJUDGED_TREND = ["increasing", "decreasing", "no-significant-change"] as const;
export const COLOURS = ["green", "amber", "red"] as const;
export const MANUAL_RATINGS = ["use", "ignore"] as const;
export const COMBINE_METHODS = ["worst-of", "best-of", "all-of", "majority"] as const;

/** The widest relative amber band allowed, in percent of the target. */
export const MAX_BAND_PERCENT = 100;
