import { formatNumber as formatDisplay } from "@crimestats/internal";
import { RagError } from "../RagError.js";

/**
 * A number for an explanation: rounded once, half up, to `decimals` places, with thousands
 * separators (`formatNumber` of the suite's internal helpers). With `trim`, trailing zeros of the
 * fraction are dropped ("2" rather than "2.00"), for parameters written by people.
 */
export function formatNumber(x: number, decimals: number, trim = false): string {
  if (!Number.isFinite(x)) {
    // A figure computed exactly (as a fraction) can lie beyond the largest double: it cannot be shown.
    throw new RagError(
      "invalid-number",
      `A figure of the rating is ${x < 0 ? "below" : "beyond"} the largest number that can be shown (about 1.8 × 10^308); expected inputs of a plausible size.`,
      {
        value: x,
      },
    );
  }
  return formatDisplay(x, decimals, { trim });
}

/** A value in its own units: `decimals` places when given, else integers as integers and others at 2 dp. */
export function formatValue(x: number, decimals: number | undefined): string {
  if (decimals !== undefined) return formatNumber(x, decimals);
  return Number.isInteger(x) ? formatNumber(x, 0) : formatNumber(x, 2);
}

/** A computed percentage: always 1 dp ("4.3%"). */
export function formatPercent(x: number): string {
  return `${formatNumber(x, 1)}%`;
}

/** A parameter written by a person (band widths): up to 2 dp, trailing zeros dropped ("2%"). */
export function formatParameter(x: number): string {
  return formatNumber(x, 2, true);
}

/** "Red", "Amber", "Green", "Not rated". */
export function statusWord(status: "red" | "amber" | "green" | "not-rated"): string {
  switch (status) {
    case "red":
      return "Red";
    case "amber":
      return "Amber";
    case "green":
      return "Green";
    case "not-rated":
      return "Not rated";
  }
}
