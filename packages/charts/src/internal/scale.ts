/**
 * A "nice" top of a value axis that starts at zero: the smallest multiple of a round step (1, 2
 * or 5 times a power of ten) at or above `max`, the step chosen so the axis has about `ticks`
 * intervals (as d3's `ticks` chooses it). `max` must be finite and not negative; a zero max
 * gives 1.
 */
export function niceTop(max: number, ticks: number): number {
  if (!(max > 0)) return 1;
  if (!Number.isFinite(max)) return Number.MAX_VALUE;
  const raw = max / Math.max(1, ticks);
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const step = (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1) * power;
  const top = Number((Math.ceil(max / step - 1e-9) * step).toPrecision(12));
  // Values next to zero or to the largest number leave no round step: the maximum itself is the top.
  return Number.isFinite(top) && top >= max ? top : max;
}

/**
 * Positions of labels along a vertical axis in pixels (0 at the top), moved apart as little as
 * possible so that any two are at least `gap` apart, kept within 0 to `height` where there is
 * room. Returns the positions in the order of `wanted`.
 */
export function dodge(wanted: readonly number[], gap: number, height: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((item) => Math.min(Math.max(item.y, 0), height));
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k] as number, (placed[k - 1] as number) + gap);
  const last = placed.length - 1;
  if (last >= 0 && (placed[last] as number) > height) {
    placed[last] = height;
    for (let k = last - 1; k >= 0; k--) placed[k] = Math.min(placed[k] as number, (placed[k + 1] as number) - gap);
  }
  const result = new Array<number>(wanted.length);
  order.forEach((item, k) => {
    result[item.i] = placed[k] as number;
  });
  return result;
}

/** The step between labelled months so that about one label fits in every `pixels` of width: 1, 2, 3, 6 or 12 months, or a multiple of 12. */
export function monthStep(months: number, width: number, pixels = 75): number {
  const fit = Math.max(1, Math.floor(width / pixels));
  for (const step of [1, 2, 3, 6, 12]) if (Math.ceil(months / step) <= fit) return step;
  return 12 * Math.ceil(months / 12 / fit);
}
