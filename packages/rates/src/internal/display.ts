import { formatNumber } from "@crimestats/internal";

/** Names of the interval and test methods, as a reader sees them. */
const METHOD_NAMES: Readonly<Record<string, string>> = {
  exact: "exact Poisson",
  byar: "Byar",
  wilson: "Wilson",
  dobson: "Dobson",
  "exact-conditional": "exact conditional test",
};

/** A confidence level as a percentage: 0.95 → "95%", 0.998 → "99.8%". */
export function levelText(confidence: number): string {
  return `${formatNumber(confidence * 100, 4, { trim: true })}%`;
}

/** The rate base in words: 1000 → "per 1,000". */
export function perText(per: number): string {
  return `per ${formatNumber(per, 6, { trim: true })}`;
}

/**
 * The intervals and method in brackets, `" (95% CI 8.42–9.61, exact Poisson)"`, or `""` when
 * there is no interval.
 */
export function intervalsText(
  intervals: readonly { readonly confidence: number; readonly lower: number; readonly upper: number }[],
  method: string,
  decimals: number,
): string {
  if (intervals.length === 0) return "";
  const limits = intervals.map((i) => `${levelText(i.confidence)} CI ${formatNumber(i.lower, decimals)}–${formatNumber(i.upper, decimals)}`).join("; ");
  return ` (${limits}, ${METHOD_NAMES[method] ?? method})`;
}

/**
 * A figure on the scale of its `per`: `"9.00 per 1,000"`; with `percent` set, `"36.4%"` when
 * `per` is 100 and the bare number when `per` is 1.
 */
export function figureText(value: number, per: number, decimals: number, percent = false): string {
  const text = formatNumber(value, decimals);
  if (percent && per === 100) return `${text}%`;
  if (percent && per === 1) return text;
  return `${text} ${perText(per)}`;
}

/** A change with its sign: `"+946"`, `"-0.59"`. */
export function signed(value: number, decimals: number): string {
  return formatNumber(value, decimals, { signed: true });
}
