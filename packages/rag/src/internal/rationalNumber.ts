import type { Rational } from "./rational.js";

/** Number of decimal digits of a non-negative bigint. */
function digits(x: bigint): number {
  return x === 0n ? 1 : x.toString().length;
}

/**
 * The double nearest (to about 20 significant digits) to a rational, for display only (never for a
 * decision). Safe when numerator and denominator are each beyond the range of a double, as for
 * 5e-324 read as 5 / 10^324.
 */
export function toNumber(r: Rational): number {
  const negative = r.n < 0n;
  const n = negative ? -r.n : r.n;
  const k = Math.max(0, digits(r.d) - digits(n) + 20);
  const q = (n * 10n ** BigInt(k)) / r.d;
  const value = Number(`${q.toString()}e-${k}`);
  return negative ? -value : value;
}
