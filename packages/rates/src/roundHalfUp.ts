import { describeValue, roundDecimal } from "@crimestats/internal";
import { RatesError } from "./RatesError.js";

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
 * @throws {@link RatesError} `invalid-number` when `x` is not finite or `decimals` is not an
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
    throw new RatesError("invalid-number", `roundHalfUp: x must be a finite number, got ${describeValue(x)}.`, {
      name: "x",
      value: x,
    });
  }
  if (typeof decimals !== "number" || !Number.isInteger(decimals) || decimals < -20 || decimals > 100) {
    throw new RatesError("invalid-number", `roundHalfUp: decimals must be an integer from -20 to 100, got ${describeValue(decimals)}.`, {
      name: "decimals",
      value: decimals,
    });
  }
  return roundDecimal(x, decimals);
}
