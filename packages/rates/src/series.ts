import type { MonthKey } from "@crimestats/periods";

/** One month of a monthly series in record form. */
export interface MonthlyRecord {
  /** The month, `"YYYY-MM"`. */
  readonly month: MonthKey | string;
  /** The value for the month (a count of events); `null` marks a missing month. */
  readonly count: number | null;
}

/** A monthly series in array form: consecutive months from `start`. */
export interface MonthlyValues {
  /** The first month, `"YYYY-MM"`. */
  readonly start: MonthKey | string;
  /** One value per month; `NaN`, `null` or `undefined` marks a missing month. */
  readonly values: ArrayLike<number | null | undefined>;
  /**
   * `flow` (events in each month, the default) or `stock` (a snapshot such as active cases at the
   * month end). Functions that sum months refuse a stock (docs/methods.md#stock-and-flow).
   */
  readonly kind?: "flow" | "stock";
}

/**
 * A monthly series: `{ start, values }` (consecutive months) or `{ month, count }` records (any
 * order; a month not listed is missing). Values are finite numbers ≥ 0.
 */
export type MonthlySeries = MonthlyValues | readonly MonthlyRecord[];

/** How missing months are treated by the series functions. */
export interface SeriesOptions {
  /**
   * Value used for a missing month (a gap between records, or `NaN`/`null` in `values`).
   * Without it a missing month throws `RatesError` with code `missing-month`.
   */
  readonly fill?: number;
  /**
   * `flow` (the default) or `stock`: a stock series (snapshots such as active cases) is refused,
   * with `RatesError` code `stock-not-summable`, by the functions that sum months.
   */
  readonly kind?: "flow" | "stock";
}
