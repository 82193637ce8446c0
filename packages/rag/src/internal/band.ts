import type { AmberBand } from "../types.js";
import { formatParameter } from "./format.js";
import { type Rational, HUNDRED, ZERO, abs, cmp, div, fromNumber, mul } from "./rational.js";

/** The width of an amber band around `base` (percent bands are a percentage of |base|), exactly. */
export function bandWidth(band: AmberBand | undefined, base: Rational): Rational {
  if (band?.absolute !== undefined) return fromNumber(band.absolute);
  if (band?.percent !== undefined) return div(mul(abs(base), fromNumber(band.percent)), HUNDRED);
  return ZERO;
}

/**
 * Where a shortfall falls: `gap` is how far the value is on the wrong side (positive = wrong side),
 * so `gap <= 0` is met, `0 < gap <= width` is within the band (inclusive edge), more is beyond it.
 */
export function classifyGap(gap: Rational, width: Rational): "met" | "within-band" | "beyond-band" {
  if (cmp(gap, ZERO) <= 0) return "met";
  return cmp(gap, width) <= 0 ? "within-band" : "beyond-band";
}

/** `" (amber band 2%)"`, `" (amber band 50 per 1,000)"` or `" (no amber band)"`. */
export function bandText(band: AmberBand | undefined, unit = ""): string {
  if (band?.absolute !== undefined) return ` (amber band ${formatParameter(band.absolute)}${unit})`;
  if (band?.percent !== undefined) return ` (amber band ${formatParameter(band.percent)}%)`;
  return " (no amber band)";
}
