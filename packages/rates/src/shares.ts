import { describeValue, neumaierSum } from "@crimestats/internal";
import { RatesError } from "./RatesError.js";
import { assertAmount, finiteResult } from "./internal/validate.js";

/** One entry of a {@link SharesResult}. */
export interface SharesEntry {
  /** The key of the part: its index for an array, its property name for an object. */
  readonly key: string | number;
  /** The part. */
  readonly part: number;
  /** part / total × 100, unrounded; null when the total is 0. */
  readonly value: number | null;
  /** The scale of `value`: 100, a percentage (as `per` of `proportion`). */
  readonly per: 100;
}

/** Result of {@link shares}. */
export interface SharesResult {
  /** The total of the parts (Neumaier-compensated sum), the base of every share. */
  readonly total: number;
  /** One entry per part, in input order. */
  readonly shares: readonly SharesEntry[];
}

/**
 * Each part as a percentage of the parts' total (docs/methods.md#shares), as the tables of a strategic assessment give them, with the total carried.
 * The shares are unrounded; rounded shares need not add to 100.
 *
 * @param parts - An array of parts, or an object mapping names to parts; each a finite number ≥ 0.
 * @returns The total and one `{ key, part, value, per }` per part (`value` null when the total is 0;
 *   `per` 100, a percentage).
 * @throws {@link RatesError} `invalid-number` naming the first negative or non-finite part, when
 *   `parts` is neither an array nor an object, or when the parts add up to more than the largest
 *   representable number (about 1.8e308).
 * @example
 * ```ts
 * const s = shares({ firearms: 3, offensiveWeapon: 1, knives: 27, other: 12 });
 * s.total;              //=> 43
 * s.shares[2];          //=> { key: "knives", part: 27, value: 62.7906976744186, per: 100 }
 * ```
 */
export function shares(parts: readonly number[] | Readonly<Record<string, number>>): SharesResult {
  if (typeof parts !== "object" || parts === null) {
    throw new RatesError("invalid-argument", `shares: parts must be an array of numbers or an object of named numbers, got ${describeValue(parts)}.`, {
      name: "parts",
      value: parts,
    });
  }
  const entries: (readonly [string | number, number])[] = Array.isArray(parts)
    ? (parts as readonly number[]).map((v, i) => [i, v] as const)
    : Object.entries(parts as Readonly<Record<string, number>>);
  const values = new Float64Array(entries.length);
  entries.forEach(([key, value], i) => {
    assertAmount(`parts[${JSON.stringify(key)}]`, value);
    values[i] = value;
  });
  const total = finiteResult("shares", "the total of the parts", neumaierSum(values), { name: "parts" });
  return {
    total,
    shares: entries.map(([key, part]) => ({ key, part, value: total === 0 ? null : (part / total) * 100, per: 100 as const })),
  };
}
