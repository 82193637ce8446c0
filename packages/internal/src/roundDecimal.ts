/** `String(x)` of a finite non-negative number: whole digits, fraction digits, exponent. */
export const NUMBER_PATTERN = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * Rounds a finite number half up in the decimal sense (what `String(x)` prints, a trailing 5
 * rounding away from zero), without checking its arguments: `roundHalfUp` of
 * `@crimestats/rates` checks them and calls this. Negative zero comes back as `0`.
 *
 * @example
 * ```ts
 * roundDecimal(1.005, 2); //=> 1.01
 * roundDecimal(-2.5, 0);  //=> -3
 * ```
 */
export function roundDecimal(x: number, decimals: number): number {
  if (x === 0) return 0;
  const negative = x < 0;
  const match = NUMBER_PATTERN.exec(String(negative ? -x : x));
  /* c8 ignore next -- String() of a finite positive number always matches */
  if (match === null) return x;
  const intPart = match[1] as string;
  const fracPart = match[2] ?? "";
  const exponent = match[3] === undefined ? 0 : Number(match[3]);
  const digits = intPart + fracPart;
  // Number of leading digits kept: the decimal point's position in `digits`, plus `decimals`.
  const keep = intPart.length + exponent + decimals;
  if (keep >= digits.length) return x;
  if (keep < 0) return 0;
  let kept = digits.slice(0, keep);
  if ((digits.charCodeAt(keep) as number) >= 53) kept = incrementDigits(kept);
  if (/^0*$/.test(kept)) return 0;
  const result = Number(`${kept}e${-decimals}`);
  return negative ? -result : result;
}

/** Adds one to a string of decimal digits ("" counts as 0). */
function incrementDigits(digits: string): string {
  const chars = digits.split("");
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] !== "9") {
      chars[i] = String.fromCharCode((chars[i] as string).charCodeAt(0) + 1);
      return chars.join("");
    }
    chars[i] = "0";
  }
  return `1${chars.join("")}`;
}
