import { numericOrdinal } from "./internal/format.js";
import { assertBands, bandOf, quantileCuts, sortedCopy } from "./internal/quantiles.js";
import { assertFinite, assertObject, assertPolarity } from "./internal/validate.js";
import type { Polarity } from "@crimestats/schema";

/** Where a band sits, without judgement (FingertipsNext: Lowest, Low, Middle, High, Highest). */
export type BandPosition = "lowest" | "low" | "middle" | "high" | "highest";

/** A band judged by polarity (Fingertips: Best, Better, Middle, Worse, Worst). */
export type BandJudgement = "best" | "better" | "middle" | "worse" | "worst";

/** Options of {@link quantileBand}. */
export interface QuantileBandOptions {
  /** How many equal-probability bands: 4 (default, quartiles), 5 (quintiles), 10 (deciles)… 2–100. */
  readonly bands?: number | undefined;
  /** When given (and not `no-judgement`), the result carries a `judgement` (best … worst). */
  readonly polarity?: Polarity | undefined;
}

/** The result of {@link quantileBand}. */
export interface QuantileBandResult {
  /** The value banded. */
  readonly value: number;
  /** The band, 1 = the lowest values, `bands` = the highest. */
  readonly band: number;
  /** The number of bands. */
  readonly bands: number;
  /** The `bands − 1` cut points (type-7 quantiles at 1/bands, 2/bands, …), ascending. */
  readonly cuts: readonly number[];
  /** The name of one band: "quartile", "quintile", "decile", "half", "tercile" or "band". */
  readonly name: string;
  /** The band in words: "top quartile", "bottom quartile", "2nd quartile" (counted from the bottom). */
  readonly label: string;
  /** The band's position without judgement. */
  readonly position: BandPosition;
  /** The band judged by polarity; `null` without a polarity or under `no-judgement`. */
  readonly judgement: BandJudgement | null;
  /** The quantile method: always `"R-7"` (Hyndman & Fan type 7, Excel PERCENTILE.INC). */
  readonly method: "R-7";
  /** How many values the cut points were computed from. */
  readonly n: number;
}

const NAMES: Readonly<Record<number, string>> = { 2: "half", 3: "tercile", 4: "quartile", 5: "quintile", 10: "decile" };

/** The name of one band for a number of bands. */
function bandName(bands: number): string {
  return NAMES[bands] ?? "band";
}

/** The label of band `band` of `bands`. */
function bandLabel(band: number, bands: number): string {
  const name = bandName(bands);
  if (band === bands) return `top ${name}`;
  if (band === 1) return `bottom ${name}`;
  return `${numericOrdinal(band)} ${name}`;
}

/** The position of band `band` of `bands`: the ends, then below / at / above the middle. */
function bandPosition(band: number, bands: number): BandPosition {
  if (band === 1) return "lowest";
  if (band === bands) return "highest";
  const middle = (bands + 1) / 2;
  return band < middle ? "low" : band > middle ? "high" : "middle";
}

/** The judgement of a position under a polarity (`null` under `no-judgement`). */
function bandJudgement(position: BandPosition, polarity: Polarity | undefined): BandJudgement | null {
  if (polarity === undefined || polarity === "no-judgement") return null;
  const lowGood = polarity === "lower-is-better";
  switch (position) {
    case "lowest":
      return lowGood ? "best" : "worst";
    case "low":
      return lowGood ? "better" : "worse";
    case "middle":
      return "middle";
    case "high":
      return lowGood ? "worse" : "better";
    case "highest":
      return lowGood ? "worst" : "best";
  }
}

/**
 * Places a value in quantile bands of a set of values: "in the top quartile of the region's
 * districts" (docs/methods.md#ranks-and-quartiles: one area's rate change among the changes of
 * every member area of its benchmark area).
 *
 * Method, stated because tools disagree: the cut points are the type-7 quantiles of Hyndman &
 * Fan (1996), `h = (n − 1)p`, `Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋])` — R's default, Excel
 * `PERCENTILE.INC`, NumPy's `linear` and the legacy Fingertips quartiles and quintiles — at
 * p = 1/bands, 2/bands, …. A value equal to a cut point
 * goes to the band below it (band = 1 + the number of cut points strictly below the value).
 * FingertipsNext uses SQL `NTILE`, which can put a value in a different band.
 *
 * @param value - The value to place (usually one of `values`; it need not be).
 * @param values - The group's values, the value's own included (an array or typed array).
 * @param options - `bands` (default 4) and an optional `polarity` for a judgement.
 * @returns The band (1 = lowest), its label ("top quartile"), position, judgement and cut points.
 * @throws {@link BenchmarkError} `invalid-number` when `value` or one of `values` is not finite;
 *   `empty-input` when `values` is empty; `invalid-option` for bad `bands` or `polarity`.
 * @example
 * ```ts
 * const values = Array.from({ length: 50 }, (_, i) => i + 1); // 1 … 50
 * quantileBand(10, values, { bands: 5 }).cuts;
 * //=> [10.8, 20.6, 30.4, 40.2]
 * quantileBand(45, values).label;
 * //=> "top quartile"
 * quantileBand(45, values, { polarity: "lower-is-better" }).judgement;
 * //=> "worst"
 * quantileBand(13.25, values).label; // 13.25 is the first quartile cut point itself
 * //=> "bottom quartile"
 * ```
 */
export function quantileBand(value: number, values: ArrayLike<number>, options?: QuantileBandOptions): QuantileBandResult {
  if (options !== undefined) assertObject("quantileBand", "options", options);
  const bands = options?.bands ?? 4;
  assertBands("quantileBand", bands);
  if (options?.polarity !== undefined) assertPolarity("quantileBand", options.polarity);
  assertFinite("quantileBand", "value", value);
  const sorted = sortedCopy("quantileBand", values);
  const cuts = quantileCuts(sorted, bands);
  const band = bandOf(cuts, value);
  const position = bandPosition(band, bands);
  return {
    value,
    band,
    bands,
    cuts,
    name: bandName(bands),
    label: bandLabel(band, bands),
    position,
    judgement: bandJudgement(position, options?.polarity),
    method: "R-7",
    n: sorted.length,
  };
}
