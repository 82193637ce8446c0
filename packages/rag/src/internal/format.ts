import { roundHalfUp } from "@crimestats/rates";
import { RagError } from "../RagError.js";

/** The plain decimal digits of a non-negative finite number (no exponent): 1e21 → "1000…0". */
function plainDecimal(x: number): string {
  const text = String(x);
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (match === null) return text;
  const [, whole = "0", fraction = "", exponentText] = match;
  if (exponentText === undefined) return fraction === "" ? whole : `${whole}.${fraction}`;
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText);
  if (point <= 0) return `0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + "0".repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** "2240" → "2,240". */
function group(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * A number for a reason sentence: rounded half up (`roundHalfUp` of `@crimestats/rates`, the suite's
 * only display rounding) to `decimals` places, with thousands separators. With `trim`, trailing
 * zeros of the fraction are dropped ("2" rather than "2.00"), for parameters written by people.
 */
export function formatNumber(x: number, decimals: number, trim = false): string {
  if (!Number.isFinite(x)) {
    // A figure computed exactly (as a fraction) can lie beyond the largest double: it cannot be shown.
    throw new RagError("invalid-input", `A figure of the rating is ${x < 0 ? "below" : "beyond"} the largest number that can be shown (about 1.8 × 10^308); expected inputs of a plausible size.`, {
      value: x,
    });
  }
  const rounded = roundHalfUp(x, decimals);
  const negative = rounded < 0;
  const text = plainDecimal(negative ? -rounded : rounded);
  const [whole = "0", rawFraction = ""] = text.split(".");
  let fraction = rawFraction.padEnd(decimals, "0");
  if (trim) fraction = fraction.replace(/0+$/, "");
  return `${negative ? "-" : ""}${group(whole)}${fraction === "" ? "" : `.${fraction}`}`;
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

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "2019-03" → "Mar 2019"; "2019-01-10" → "10 Jan 2019". The text is assumed valid. */
export function formatDateKey(key: string): string {
  const [year, month, day] = key.split("-");
  const name = SHORT_MONTHS[Number(month) - 1] ?? month;
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
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
