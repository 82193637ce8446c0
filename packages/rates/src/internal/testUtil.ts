/** Relative difference |a − b| / |b| (absolute when b is 0); for tests. */
export function relativeError(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : Math.abs(a - b) / Math.abs(b);
}
