/** The smallest positive normal double; below it a quotient loses digits. */
export const SMALLEST_NORMAL = 2.2250738585072014e-308;

/**
 * `x / population × per`, the figure of a rate, computed as written whenever that is finite and
 * exact to rounding, and otherwise in the order that neither overflows nor loses digits to the
 * subnormal range: `x × (per / population)` or `(x × per) / population`. So a population of
 * 5e-324 with a tiny `per`, or a population near 1e308 with `per` 1e308, still gives the rate.
 * Returns a non-finite number only when the rate itself is beyond about 1.8e308.
 */
export function perRate(x: number, population: number, per: number): number {
  const ratio = x / population;
  const direct = ratio * per;
  if (Number.isFinite(direct) && (x === 0 || (ratio >= SMALLEST_NORMAL && direct >= SMALLEST_NORMAL))) return direct;
  for (const alternative of [x * (per / population), (x * per) / population]) {
    if (Number.isFinite(alternative) && alternative >= SMALLEST_NORMAL) return alternative;
  }
  return direct;
}
