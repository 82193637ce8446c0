/**
 * Wilson score limits of x/n as fractions, clamped to [0, 1] (Wilson 1927; Newcombe 1998, method 3),
 * with z the standard normal quantile of the two-sided level: the interval of {@link proportion} and
 * the two single-proportion intervals {@link proportionDifference} combines.
 */
export function wilson(x: number, n: number, z: number): { lower: number; upper: number } {
  const z2 = z * z;
  const centre = 2 * x + z2;
  const spread = z * Math.sqrt(z2 + 4 * x * (1 - x / n));
  const denominator = 2 * (n + z2);
  const lower = x === 0 ? 0 : Math.max(0, (centre - spread) / denominator);
  const upper = x === n ? 1 : Math.min(1, (centre + spread) / denominator);
  return { lower, upper };
}
