import type { ConfidenceInterval } from "@crimestats/rates";

/**
 * The direction of a ranking: `ascending` gives rank 1 to the lowest value ("2nd lowest"),
 * `descending` gives rank 1 to the highest value ("2nd highest").
 */
export type RankOrder = "ascending" | "descending";

/**
 * How tied values are ranked (values 10, 20, 20, 30 in ascending order):
 *
 * - `min`: standard competition ranking, the tied values share the lowest rank (1, 2, 2, 4).
 * - `dense`: the tied values share a rank and no rank is skipped (1, 2, 2, 3).
 * - `average`: the tied values share the mean of the ranks they span (1, 2.5, 2.5, 4).
 */
export type TieRule = "min" | "dense" | "average";

/**
 * A figure to compare with a benchmark: a value and, for the significance methods, its confidence
 * intervals. The result of `rate()` from `@crimestats/rates` is one.
 */
export interface BenchmarkFigure {
  /** The figure's value (a rate, a proportion, a count). */
  readonly value: number;
  /** The lower limit of the figure's main interval (its `confidence`), if it has one. */
  readonly lower?: number | null | undefined;
  /** The upper limit of the figure's main interval (its `confidence`), if it has one. */
  readonly upper?: number | null | undefined;
  /**
   * The confidence level of `lower` and `upper` as a fraction (`0.95`); `null` when there is none.
   * Required when `lower` or `upper` is given (`missing-confidence` otherwise).
   */
  readonly confidence?: number | null | undefined;
  /** Intervals at other confidence levels, e.g. 95% and 99.8% for a two-level comparison. */
  readonly intervals?: readonly ConfidenceInterval[] | undefined;
  /** The number of events behind the figure, needed by the `funnel` method and `minEvents`. */
  readonly count?: number | undefined;
  /** The population behind the figure, needed by the `funnel` method. */
  readonly population?: number | undefined;
  /** The rate base (1,000 for "per 1,000"), needed by the `funnel` method. */
  readonly per?: number | undefined;
  /** The area the figure belongs to; an area is never compared with itself. */
  readonly area?: string | undefined;
}
