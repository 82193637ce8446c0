import { RatesError } from "./RatesError.js";
import { show } from "./internal/validate.js";

const PRINTED_PERCENT = /^\s*(\d+)(?:\.(\d+))?\s*%?\s*$/;

/** Options of {@link consistentNumerators}. */
export interface ConsistentNumeratorsOptions {
  /**
   * Decimal places the percentage was printed to. Default: the places written in `percent`
   * (`"20.0"` has 1; the number `20` has 0). Give it when a number lost its trailing zeros.
   */
  readonly decimals?: number;
}

/** A whole-number numerator and its unrounded share of the base. */
export interface NumeratorShare {
  /** The numerator. */
  readonly numerator: number;
  /** numerator / base × 100, unrounded. */
  readonly percent: number;
}

/** Result of {@link consistentNumerators}. */
export interface ConsistentNumeratorsResult {
  /** The printed percentage, as a decimal string with `decimals` places ("65", "16.7"). */
  readonly percent: string;
  /** Decimal places the percentage was printed to. */
  readonly decimals: number;
  /** The base (the whole, N in "x% of N"). */
  readonly base: number;
  /** Every whole numerator 0…base whose share, rounded half up to `decimals`, prints as `percent`. */
  readonly numerators: readonly number[];
  /** True when at least one numerator is consistent with the printed percentage. */
  readonly consistent: boolean;
  /** The nearest numerator whose share prints lower, or null when there is none. */
  readonly below: NumeratorShare | null;
  /** The nearest numerator whose share prints higher, or null when there is none. */
  readonly above: NumeratorShare | null;
}

/**
 * The whole-number numerators consistent with a printed percentage of a base (DOMAIN.md §4.4): the
 * counts k from 0 to `base` for which k / base × 100, rounded half up to the printed places, gives
 * the printed figure. An empty list means the figure is impossible, which catches published slips
 * such as "65% of 45" (29 is 64.4%, 30 is 66.7%). The arithmetic is exact (integers only): a
 * share exactly halfway, such as 1 of 8 printed "13%", counts as rounded up.
 *
 * @param percent - The printed percentage: a number ≥ 0 or a string such as `"16.7"` or `"65%"`.
 * @param base - The whole, a positive integer.
 * @param options - `decimals` when the printed places differ from those written in `percent`.
 * @returns The consistent numerators, and the nearest inconsistent ones on each side.
 * @throws {@link RatesError} `INVALID_NUMBER` for a percentage that is not a plain decimal ≥ 0
 *   or has more places than `decimals`, `INVALID_COUNT` for a base that is not a positive integer,
 *   `INVALID_OPTION` for bad `decimals`.
 * @example
 * ```ts
 * consistentNumerators(65, 45).numerators;     //=> []  ("65% of 45" is impossible)
 * consistentNumerators(65, 45).below;          //=> { numerator: 29, percent: 64.44444444444444 }
 * consistentNumerators("16.7", 6).numerators;  //=> [1]
 * consistentNumerators(25, 100).numerators;    //=> [25]
 * consistentNumerators(50, 7).numerators;      //=> []  (3 is 42.9%, 4 is 57.1%)
 * ```
 */
export function consistentNumerators(
  percent: number | string,
  base: number,
  options: ConsistentNumeratorsOptions = {},
): ConsistentNumeratorsResult {
  const written = typeof percent === "number" && Number.isFinite(percent) && percent >= 0 ? plainDecimal(percent) : percent;
  const match = typeof written === "string" ? PRINTED_PERCENT.exec(written) : null;
  if (match === null) {
    throw new RatesError(
      "INVALID_NUMBER",
      `percent must be a printed percentage of 0 or more such as 65 or "16.7", got ${show(percent)}.`,
      { name: "percent", value: percent },
    );
  }
  if (typeof base !== "number" || !Number.isInteger(base) || base < 1 || !Number.isSafeInteger(base)) {
    throw new RatesError("INVALID_COUNT", `base must be a positive whole number, got ${show(base)}.`, {
      name: "base",
      value: base,
    });
  }
  const whole = match[1] as string;
  const fraction = match[2] ?? "";
  const decimals = options.decimals ?? fraction.length;
  if (typeof decimals !== "number" || !Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RatesError("INVALID_OPTION", `decimals must be a whole number from 0 to 20, got ${show(decimals)}.`, {
      name: "decimals",
      value: decimals,
    });
  }
  if (fraction.length > decimals) {
    throw new RatesError(
      "INVALID_NUMBER",
      `percent ${show(percent)} has ${fraction.length} decimal places, more than decimals ${decimals}.`,
      { name: "percent", value: percent, decimals },
    );
  }
  // The printed figure in units of 10^-decimals, and the base's share in those units: k is
  // consistent when printed − ½ ≤ k × 100 × 10^decimals / base < printed + ½, that is
  // (2·printed − 1)·base ≤ k·scale < (2·printed + 1)·base with scale = 200 × 10^decimals.
  const printed = BigInt(whole + fraction.padEnd(decimals, "0"));
  const big = BigInt(base);
  const scale = 200n * 10n ** BigInt(decimals);
  const first = ceilDiv((2n * printed - 1n) * big, scale);
  const end = ceilDiv((2n * printed + 1n) * big, scale); // first k that prints higher
  const low = first < 0n ? 0n : first;
  const high = end - 1n > big ? big : end - 1n;
  const numerators: number[] = [];
  for (let k = low; k <= high; k++) numerators.push(Number(k));
  const shareOf = (k: bigint): NumeratorShare => ({ numerator: Number(k), percent: (Number(k) / base) * 100 });
  return {
    percent: decimals > 0 ? `${BigInt(whole)}.${fraction.padEnd(decimals, "0")}` : `${BigInt(whole)}`,
    decimals,
    base,
    numerators,
    consistent: numerators.length > 0,
    below: first - 1n >= 0n ? shareOf(first - 1n > big ? big : first - 1n) : null,
    above: end <= big ? shareOf(end) : null,
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
