import { describeValue } from "@crimestats/internal";
import { PeriodError } from "./PeriodError.js";
import { canonicalLabel, labelWith, longMonth, shortMonth, twoDigits } from "./internal/label.js";
import { monthOf, yearOf } from "./internal/monthIndex.js";
import { SHORT_MONTHS } from "./internal/monthNames.js";
import { periodIndices } from "./internal/period.js";
import type { Period } from "./types.js";

/**
 * How {@link formatPeriod} writes a period. Every style is read back by {@link parsePeriod}.
 *
 * - `"label"` (default): the canonical label — `"2018"`, `"2018/19"`, `"Q1 2018/19"`, `"Q4 2018"`,
 *   `"Sep 2018"`, `"12 months to Sep 2018"`, `"2018/19 YTD to Nov 2018"`, `"Oct 2017 – Sep 2018"`.
 * - `"hyphen"`: as `"label"` with financial years written `"2018-19"` (`"Q1 2018-19"`).
 * - `"long"`: as `"label"` with month names in full: `"12 months to September 2018"`,
 *   `"September 2018"`, `"October 2017 – September 2018"`.
 * - `"range"`: the months only, `"Oct 2017 – Sep 2018"` (en dash), for any kind.
 * - `"short-range"`: the months only with two-digit years, `"Oct 17 - Sep 18"` (hyphen), for any
 *   kind whose years are 2000–2099.
 *
 * The range styles name months, not a kind, so they read back as `custom` periods.
 */
export type PeriodStyle = "label" | "hyphen" | "long" | "range" | "short-range";

const STYLES: ReadonlySet<string> = new Set<PeriodStyle>(["label", "hyphen", "long", "range", "short-range"]);

function shortRangeMonth(index: number): string {
  return `${SHORT_MONTHS[monthOf(index) - 1]!} ${twoDigits(yearOf(index))}`;
}

/**
 * Writes a period in one of the styles seen in UK community-safety publications (docs/periods.md).
 * The text is generated from the kind and months, never copied from `period.label`.
 *
 * @param period - A period.
 * @param style - A {@link PeriodStyle}; default `"label"`.
 * @returns The period as text.
 * @throws {@link PeriodError} with code `invalid-style` for an unknown style or a `"short-range"`
 * of a period outside 2000–2099 (a two-digit year could not be read back), or `invalid-period`
 * (`invalid-month`, `invalid-range`) for an inconsistent period.
 * @example
 * ```ts
 * formatPeriod(financialYear(2018));
 * //=> "2018/19"
 * formatPeriod(financialYear(2018), "hyphen");
 * //=> "2018-19"
 * formatPeriod(financialQuarter(2018, 1));
 * //=> "Q1 2018/19"
 * formatPeriod(rollingYear("2018-09"), "range");
 * //=> "Oct 2017 – Sep 2018"
 * formatPeriod(rollingYear("2018-09"), "short-range");
 * //=> "Oct 17 - Sep 18"
 * formatPeriod(rollingYear("2018-09"), "long");
 * //=> "12 months to September 2018"
 * formatPeriod(calendarYear(2018));
 * //=> "2018"
 * ```
 */
export function formatPeriod(period: Period, style: PeriodStyle = "label"): string {
  if (typeof style !== "string" || !STYLES.has(style)) {
    throw new PeriodError(
      "invalid-style",
      `The style ${describeValue(style)} is not valid; expected one of "label", "hyphen", "long", "range", "short-range".`,
      { value: style },
    );
  }
  const { kind, first, last } = periodIndices(period);
  switch (style) {
    case "label":
      return canonicalLabel(kind, first, last);
    case "range":
      return `${shortMonth(first)} \u2013 ${shortMonth(last)}`;
    case "short-range": {
      if (yearOf(first) < 2000 || yearOf(last) > 2099) {
        throw new PeriodError(
          "invalid-style",
          `The period ${period.first} to ${period.last} cannot be written in the "short-range" style; expected years from 2000 to 2099, since two-digit years are read back as 20YY.`,
          { style, first: period.first, last: period.last },
        );
      }
      return `${shortRangeMonth(first)} - ${shortRangeMonth(last)}`;
    }
    case "hyphen":
      return labelWith(kind, first, last, { separator: "-", monthName: shortMonth });
    case "long":
      return labelWith(kind, first, last, { separator: "/", monthName: longMonth });
  }
}
