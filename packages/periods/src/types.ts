/**
 * A month as a `"YYYY-MM"` string, the form data.police.uk uses (`"2018-09"`).
 *
 * The type only checks the shape loosely at compile time; use {@link parseMonthKey} or
 * {@link isMonthKey} to validate text at run time (four-digit year 1000–9999, two-digit month 01–12).
 */
export type MonthKey = `${number}-${number}`;

/**
 * The kinds of reporting period (docs/periods.md).
 *
 * - `month`: one calendar month.
 * - `calendar-quarter`: Jan–Mar, Apr–Jun, Jul–Sep or Oct–Dec.
 * - `calendar-year`: January to December.
 * - `financial-quarter`: a quarter of an April-start financial year (Q1 = Apr–Jun … Q4 = Jan–Mar).
 * - `financial-year`: 12 months from the financial-year start month (April unless configured).
 * - `rolling`: N consecutive months labelled by their end month; N = 12 is the rolling year.
 * - `year-to-date`: from the start of the financial (or calendar) year to a given month.
 * - `custom`: any run of consecutive months.
 */
export type PeriodKind = "month" | "calendar-quarter" | "calendar-year" | "financial-quarter" | "financial-year" | "rolling" | "year-to-date" | "custom";

/**
 * A reporting period: a run of whole months, `first` to `last` inclusive, with its kind and its
 * label in UK statistical style. Build one with the constructors ({@link month},
 * {@link financialYear}, {@link rollingYear}, …); every function that returns a period
 * regenerates the label from the kind and months, so labels never drift from the dates.
 */
export interface Period {
  /** What sort of period this is; decides the label and what `previousPeriod` means. */
  readonly kind: PeriodKind;
  /** The first month, inclusive. */
  readonly first: MonthKey;
  /** The last month, inclusive; never before `first`. */
  readonly last: MonthKey;
  /** The canonical label, e.g. `"2018/19"`, `"Q1 2018/19"`, `"12 months to Sep 2018"`. */
  readonly label: string;
}
