import { NUMBER_PATTERN, roundDecimal } from "./roundDecimal.js";

/** How {@link formatNumber} writes a number. */
export interface FormatNumberOptions {
  /** Write a `+` before a positive result (default false). */
  signed?: boolean;
  /** Drop trailing zeros of the fraction, for parameters written by people (default false). */
  trim?: boolean;
}

/**
 * A finite number for display: rounded once, half up, to `decimals` places, written with exactly
 * that many decimals (unless `trim`) and thousands separators, never in exponent form. A result
 * that rounds to zero has no sign. The caller checks that `x` is finite.
 *
 * @example
 * ```ts
 * formatNumber(14866, 0);                      //=> "14,866"
 * formatNumber(-0.9034, 2);                    //=> "-0.90"
 * formatNumber(4.25, 1, { signed: true });     //=> "+4.3"
 * formatNumber(2, 2, { trim: true });          //=> "2"
 * ```
 */
export function formatNumber(x: number, decimals: number, options: FormatNumberOptions = {}): string {
  const rounded = roundDecimal(x, decimals);
  const [whole = "0", rawFraction = ""] = plainDecimal(Math.abs(rounded)).split(".");
  let fraction = decimals > 0 ? rawFraction.padEnd(decimals, "0") : "";
  if (options.trim === true) fraction = fraction.replace(/0+$/, "");
  const sign = rounded < 0 ? "-" : options.signed === true && rounded > 0 ? "+" : "";
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${fraction === "" ? "" : `.${fraction}`}`;
}

/** The plain decimal digits of a non-negative finite number, without an exponent. */
function plainDecimal(x: number): string {
  const text = String(x);
  const match = NUMBER_PATTERN.exec(text);
  /* c8 ignore next -- String() of a finite non-negative number always matches */
  if (match === null) return text;
  const [, whole = "0", fraction = "", exponentText] = match;
  if (exponentText === undefined) return fraction === "" ? whole : `${whole}.${fraction}`;
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText);
  if (point <= 0) return `0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + "0".repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}
