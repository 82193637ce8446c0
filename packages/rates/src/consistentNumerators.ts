import { describeValue, formatNumber } from "@crimestats/internal";
import { RatesError } from "./RatesError.js";
import { readOptions } from "./internal/validate.js";

const MAX_LISTED = 1_000_000;
const PRINTED_FIGURE = /^\s*(\d+)(?:\.(\d+))?\s*%?\s*$/;

/** Options of {@link consistentNumerators}. */
export interface ConsistentNumeratorsOptions {
  /**
   * Decimal places the figure was printed to. Default: the places written in `printed`
   * (`"20.0"` has 1; the number `20` has 0). Give it when a number lost its trailing zeros.
   */
  readonly decimals?: number;
  /**
   * The figure is numerator / base × per: 100 for a percentage (the default), 1,000 for a
   * rate per 1,000, 1 for a plain ratio such as re-offences per re-offender. A positive integer.
   */
  readonly per?: number;
  /**
   * The largest numerator considered. Default: the base for a percentage (a part cannot exceed
   * its whole), no limit for any other `per`. `Infinity` removes the limit.
   */
  readonly max?: number;
}

/** A whole-number numerator and its unrounded figure. */
export interface NumeratorFigure {
  /** The numerator. */
  readonly numerator: number;
  /** numerator / base × per, unrounded. */
  readonly value: number;
}

/** Result of {@link consistentNumerators}. */
export interface ConsistentNumeratorsResult {
  /** The printed figure, as a decimal string with `decimals` places ("65", "16.7"). */
  readonly printed: string;
  /** Decimal places the figure was printed to. */
  readonly decimals: number;
  /** The base (the whole, N in "x% of N"; the population of a rate). */
  readonly base: number;
  /** The scale of the figure (100 for a percentage, 1,000 for a rate per 1,000). */
  readonly per: number;
  /** Every whole numerator from 0 to `max` whose figure, rounded half up to `decimals`, prints as `printed`. */
  readonly numerators: readonly number[];
  /** True when at least one numerator is consistent with the printed figure. */
  readonly consistent: boolean;
  /** The nearest numerator whose figure prints lower, or null when there is none. */
  readonly below: NumeratorFigure | null;
  /**
   * The nearest numerator (up to `max` and `Number.MAX_SAFE_INTEGER`) whose figure prints higher,
   * or null when there is none.
   */
  readonly above: NumeratorFigure | null;
}

/**
 * The whole-number numerators consistent with a printed figure of a base (docs/methods.md#shares; docs/methods.md#published-figures-that-do-not-reproduce):
 * the counts k for which k / base × per, rounded half up to the printed places, gives the
 * printed figure. An empty list means the figure is impossible, which catches published slips
 * such as "65% of 45" (29 is 64.4%, 30 is 66.7%) or a re-offending frequency of 2.78 with 12
 * re-offenders (33 gives 2.75, 34 gives 2.83). The arithmetic is exact (integers only): a figure
 * exactly halfway, such as 1 of 8 printed "13%", counts as rounded up.
 *
 * @param printed - The printed figure: a number ≥ 0 or a string such as `"16.7"` or `"65%"`.
 * @param base - The denominator, a positive integer.
 * @param options - `decimals` when the printed places differ from those written, `per`
 *   (default 100) and `max` (default: the base for percentages, otherwise no limit).
 * @returns The consistent numerators, and the nearest inconsistent ones on each side.
 * @throws {@link RatesError} `invalid-number` for a figure that is not a plain decimal ≥ 0 or
 *   has more places than `decimals` or is fitted by more than 1,000,000 numerators (too few places to
 *   check) or by numerators above `Number.MAX_SAFE_INTEGER`, `invalid-count` for a base that is not
 *   a positive integer,
 *   `invalid-option` for bad `decimals`, `per` or `max`.
 * @example
 * ```ts
 * consistentNumerators(65, 45).numerators;          //=> []  ("65% of 45" is impossible)
 * consistentNumerators(65, 45).below;               //=> { numerator: 29, value: 64.44444444444444 }
 * consistentNumerators("16.7", 6).numerators;       //=> [1]
 * consistentNumerators(2.78, 12, { per: 1 }).numerators;          //=> []
 * consistentNumerators("0.07", 248880, { per: 1000 }).numerators; //=> [17, 18]
 * ```
 */
export function consistentNumerators(printed: number | string, base: number, options: ConsistentNumeratorsOptions = {}): ConsistentNumeratorsResult {
  options = readOptions("consistentNumerators", options) as ConsistentNumeratorsOptions;
  const written = typeof printed === "number" && Number.isFinite(printed) && printed >= 0 ? plainDecimal(printed) : printed;
  const match = typeof written === "string" ? PRINTED_FIGURE.exec(written) : null;
  if (match === null) {
    throw new RatesError("invalid-number", `printed must be a printed figure of 0 or more such as 65 or "16.7", got ${describeValue(printed)}.`, {
      name: "printed",
      value: printed,
    });
  }
  if (typeof base !== "number" || !Number.isSafeInteger(base) || base < 1) {
    throw new RatesError("invalid-count", `base must be a positive whole number, got ${describeValue(base)}.`, {
      name: "base",
      value: base,
    });
  }
  const per = options.per ?? 100;
  if (typeof per !== "number" || !Number.isSafeInteger(per) || per < 1) {
    throw new RatesError("invalid-option", `per must be a positive whole number, got ${describeValue(per)}.`, {
      name: "per",
      value: per,
    });
  }
  const max = options.max ?? (per === 100 ? base : Number.POSITIVE_INFINITY);
  if (typeof max !== "number" || !(Number.isSafeInteger(max) || max === Number.POSITIVE_INFINITY) || max < 0) {
    throw new RatesError("invalid-option", `max must be a whole number of 0 or more, or Infinity, got ${describeValue(max)}.`, {
      name: "max",
      value: max,
    });
  }
  const whole = match[1] as string;
  const fraction = match[2] ?? "";
  const decimals = options.decimals ?? fraction.length;
  if (typeof decimals !== "number" || !Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RatesError("invalid-option", `decimals must be a whole number from 0 to 20, got ${describeValue(decimals)}.`, {
      name: "decimals",
      value: decimals,
    });
  }
  if (fraction.length > decimals) {
    throw new RatesError("invalid-number", `printed ${describeValue(printed)} has ${fraction.length} decimal places, more than decimals ${decimals}.`, {
      name: "printed",
      value: printed,
      decimals,
    });
  }
  // The printed figure is p units of 10^-decimals; k is consistent when
  // p − ½ ≤ k × per × 10^decimals / base < p + ½, that is
  // (2p − 1)·base ≤ k·scale < (2p + 1)·base with scale = 2 × per × 10^decimals.
  const p = BigInt(whole + fraction.padEnd(decimals, "0"));
  const big = BigInt(base);
  const scale = 2n * BigInt(per) * 10n ** BigInt(decimals);
  const first = ceilDiv((2n * p - 1n) * big, scale); // first k that prints p (or more)
  const end = ceilDiv((2n * p + 1n) * big, scale); // first k that prints more than p
  const limit = max === Number.POSITIVE_INFINITY ? null : BigInt(max);
  const atMost = (k: bigint): bigint => (limit !== null && k > limit ? limit : k);
  const low = first < 0n ? 0n : first;
  const high = atMost(end - 1n);
  const safe = BigInt(Number.MAX_SAFE_INTEGER);
  if (first - 1n > safe || high > safe) {
    throw new RatesError(
      "invalid-number",
      `printed ${describeValue(printed)} of ${base} implies numerators above ${Number.MAX_SAFE_INTEGER} (Number.MAX_SAFE_INTEGER), which are not counts.`,
      { name: "printed", value: printed, base },
    );
  }
  if (high - low >= BigInt(MAX_LISTED)) {
    throw new RatesError(
      "invalid-number",
      `printed ${describeValue(printed)} of ${base} fits ${high - low + 1n} numerators, more than ${formatNumber(MAX_LISTED, 0)}: printed to ${decimals} places it cannot be checked.`,
      { name: "printed", value: printed, base, decimals },
    );
  }
  const numerators: number[] = [];
  for (let k = low; k <= high; k++) numerators.push(Number(k));
  const figureOf = (k: bigint): NumeratorFigure => ({ numerator: Number(k), value: (Number(k) / base) * per });
  return {
    printed: decimals > 0 ? `${BigInt(whole)}.${fraction.padEnd(decimals, "0")}` : `${BigInt(whole)}`,
    decimals,
    base,
    per,
    numerators,
    consistent: numerators.length > 0,
    below: first - 1n >= 0n ? figureOf(atMost(first - 1n)) : null,
    above: (limit === null || end <= limit) && end <= safe ? figureOf(end) : null,
  };
}

/** Ceiling of a / b for b > 0. */
function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return q * b < a ? q + 1n : q;
}

/** A non-negative finite number as a plain decimal string (no exponent), or null. */
function plainDecimal(x: number): string | null {
  const text = String(x);
  return /e/i.test(text) ? null : text;
}
