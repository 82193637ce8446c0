import { roundHalfUp } from "./rates.js";

/** Inserts thousands separators into a string of digits. */
function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * `x` rounded half-up (`roundHalfUp` of `@crimestats/rates`) to `decimals` places and written
 * with exactly that many decimals and thousands separators: 9 → "9.00", −0.9034 → "-0.90",
 * 14866 → "14,866". A result that rounds to zero is written without a sign.
 */
export function formatFixed(x: number, decimals: number, signed = false): string {
  const rounded = roundHalfUp(x, decimals);
  const negative = rounded < 0;
  const text = String(Math.abs(rounded));
  const [intPart = "0", fracPart = ""] = text.includes("e") ? expand(Math.abs(rounded), decimals) : text.split(".");
  const frac = decimals > 0 ? `.${fracPart.padEnd(decimals, "0")}` : "";
  const sign = negative ? "-" : signed && rounded > 0 ? "+" : "";
  return `${sign}${group(intPart)}${frac}`;
}

/** Splits a number String() writes in exponent form into integer and fraction digits. */
function expand(x: number, decimals: number): [string, string] {
  // Only tiny or huge magnitudes reach here; BigInt-free long division is enough for display.
  if (x >= 1) return [BigInt(Math.round(x)).toString(), ""];
  const scaled = roundHalfUp(x * 10 ** decimals, 0);
  return ["0", String(scaled).padStart(decimals, "0")];
}

/** "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "102nd", … */
export function numericOrdinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}
