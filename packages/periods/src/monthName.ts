import { describeValue } from "@crimestats/internal";
import { PeriodError } from "./PeriodError.js";
import { LONG_MONTHS, SHORT_MONTHS } from "./internal/monthNames.js";

/**
 * The English name of a month number, in full (`"September"`) or in three letters (`"Sep"`), as
 * the period labels of this package write it.
 *
 * @param month - A month number, 1 (January) to 12 (December).
 * @param style - `"long"` (default) for the full name, `"short"` for the three-letter name.
 * @returns The month's name.
 * @throws {@link PeriodError} with code `invalid-month` when `month` is not an integer from 1 to
 * 12, or `invalid-style` when `style` is neither `"long"` nor `"short"`.
 * @example
 * ```ts
 * monthName(9);
 * //=> "September"
 * monthName(9, "short");
 * //=> "Sep"
 * ```
 */
export function monthName(month: number, style: "long" | "short" = "long"): string {
  if (typeof month !== "number" || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new PeriodError("invalid-month", `The month number ${describeValue(month)} is not valid; expected an integer from 1 (January) to 12 (December).`, {
      value: month,
    });
  }
  if (style === "long") return LONG_MONTHS[month - 1]!;
  if (style === "short") return SHORT_MONTHS[month - 1]!;
  throw new PeriodError("invalid-style", `The month name style ${describeValue(style)} is not valid; expected "long" or "short".`, {
    value: style,
  });
}
