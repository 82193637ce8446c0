import { assertAmount, finiteResult } from "./internal/validate.js";

/** Result of {@link share}: a percentage of a total, carrying the total (its base). */
export interface ShareResult {
  /** part / total × 100, unrounded; null when the total is 0. */
  readonly value: number | null;
  /** The part. */
  readonly part: number;
  /** The total (the base of the percentage). */
  readonly total: number;
  /** The scale of `value`: 100, a percentage (as `per` of `proportion`). */
  readonly per: 100;
}

/**
 * A part as a percentage of a total, `part / total × 100` (docs/methods.md#shares), with the total
 * carried so that every share records its base (a share of 46 cases is not a share of 37).
 * The share of a zero total is `null` (not computable).
 *
 * @param part - The part, a finite number ≥ 0.
 * @param total - The total, a finite number ≥ 0.
 * @returns `{ value, part, total, per }`, `per` being 100 (a percentage).
 * @throws {@link RatesError} `invalid-number` when a value is negative or not finite, or when the
 *   share is too large to represent (a part more than about 1.8e306 times a tiny total, such as
 *   `share(1, 1e-310)`).
 * @example
 * ```ts
 * share(1, 6);  //=> { value: 16.666666666666664, part: 1, total: 6, per: 100 }
 * share(0, 0);  //=> { value: null, part: 0, total: 0, per: 100 }
 * ```
 */
export function share(part: number, total: number): ShareResult {
  assertAmount("part", part);
  assertAmount("total", total);
  const value = total === 0 ? null : finiteResult("share", `${part} / ${total} × 100`, (part / total) * 100, { part, total });
  return { value, part, total, per: 100 };
}
