import type { CellStatus } from "./cellStatusCode.js";
import type { DisclosurePolicy } from "./disclosurePolicySchema.js";

/** Exact monthly counts of one area, from a first month on. */
export interface CountSeries {
  /** The area's id (a ward, a borough). */
  readonly area: string;
  /** The first month, `"YYYY-MM"`. */
  readonly start: string;
  /** Exact counts for consecutive months from `start`. */
  readonly counts: readonly number[];
}

/** One released figure of a series: the sum of an area's counts over the months `first`…`last`. */
export interface SeriesFigure {
  /** The area's id. */
  readonly area: string;
  /** The first month of the window, `"YYYY-MM"`. */
  readonly first: string;
  /** The last month of the window, `"YYYY-MM"` (equal to `first` for a monthly figure). */
  readonly last: string;
  /** The released number, or `null` when suppressed. */
  readonly value: number | null;
  /** What to print. */
  readonly display: string;
  /** What was done to the figure. */
  readonly status: CellStatus;
}

/** A released series: figures over months and windows for one or more areas. */
export interface ReleasedSeries {
  /** Every released figure (none is dropped: suppressed ones are kept with `value: null`). */
  readonly figures: readonly SeriesFigure[];
  /** The policy the figures were released under. */
  readonly policy: DisclosurePolicy;
}
