import { RatesError } from "./RatesError.js";
import { show } from "./internal/validate.js";

const NUMBER_PATTERN = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * Rounds a number to `decimals` decimal places, half up in the decimal sense: the number is
 * read as the shortest decimal string that round-trips (what `String(x)` prints), and a
 * trailing 5 rounds away from zero (Decimal `ROUND_HALF_UP`). So `1.005 → 1.01` (binary
 * `toFixed` gives 1.00), `12.5 → 13`, `18.75 → 18.8` and `−2.5 → −3` (`Math.round` gives −2).
 *
 * This is the one display rounding of the suite (docs/methods.md#rounding): compute at full precision,
 * round once, at presentation. A result of negative zero is returned as `0`.
 *
 * @param x - The finite number to round.
 * @param decimals - Decimal places to keep: an integer from −20 to 100 (negative rounds to tens,
 *   hundreds, …).
 * @returns The nearest number to the decimally rounded value.
 * @throws {@link RatesError} `INVALID_NUMBER` when `x` is not finite or `decimals` is not an
 *   integer in range.
 * @example
 * ```ts
 * roundHalfUp(1.005, 2);  //=> 1.01
 * roundHalfUp(12.5, 0);   //=> 13
 * roundHalfUp(18.75, 1);  //=> 18.8
 * roundHalfUp(-2.5, 0);   //=> -3
 * roundHalfUp(2.8744, 2); //=> 2.87
 * ```
 */
export function roundHalfUp(x: number, decimals: number): number {
  if (typeof x !== "number" || !Number.isFinite(x)) {
    throw new RatesError("INVALID_NUMBER", `roundHalfUp: x must be a finite number, got ${show(x)}.`, {
      name: "x",
      value: x,
    });
  }
  if (typeof decimals !== "number" || !Number.isInteger(decimals) || decimals < -20 || decimals > 100) {
    throw new RatesError(
      "INVALID_NUMBER",
      `roundHalfUp: decimals must be an integer from -20 to 100, got ${show(decimals)}.`,
      { name: "decimals", value: decimals },
    );
  }
  if (x === 0) return 0;
  const negative = x < 0;
  const match = NUMBER_PATTERN.exec(String(negative ? -x : x));
  if (match === null) {
    /* c8 ignore next 2 -- String() of a finite positive number always matches */
    throw new RatesError("INVALID_NUMBER", `roundHalfUp: cannot read ${show(x)} as a decimal.`, { value: x });
  }
  const intPart = match[1] as string;
  const fracPart = match[2] ?? "";
  const exponent = match[3] === undefined ? 0 : Number(match[3]);
  const digits = intPart + fracPart;
  // Position of the decimal point within `digits`.
  const point = intPart.length + exponent;
  // Number of leading digits that are kept.
  const keep = point + decimals;
  if (keep >= digits.length) return x; // already has no more than `decimals` places
  if (keep < 0) return 0; // first digit is below half a unit of the last kept place
  const roundUp = (digits.charCodeAt(keep) as number) >= 53; // "5"
  let kept = digits.slice(0, keep);
  if (roundUp) kept = incrementDigits(kept);
  if (kept === "" || /^0*$/.test(kept)) return 0;
  const result = Number(`${kept}e${-decimals}`);
  return negative ? -result : result;
}

/** Adds one to a string of decimal digits ("" counts as 0). */
function incrementDigits(digits: string): string {
  const chars = digits.split("");
  let i = chars.length - 1;
  while (i >= 0) {
    if (chars[i] === "9") {
      chars[i] = "0";
      i--;
    } else {
      chars[i] = String.fromCharCode((chars[i] as string).charCodeAt(0) + 1);
      return chars.join("");
    }
  }
  return `1${chars.join("")}`;
}
