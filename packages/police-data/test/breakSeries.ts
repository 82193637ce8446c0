/**
 * Generated monthly crime counts with planted recording breaks, to measure how well
 * `detectBreaks` finds them. Seeded and deterministic: the same seed gives the same counts.
 *
 * A series has a level (mean count a month), a seasonal cycle (a sine of 12 months with an
 * amplitude up to 20% of the level; the areas of one cube share their offence's cycle, each
 * with its amplitude within ±25% and its phase within ±1 month), a trend (up to ±10% a year), extra-Poisson
 * variation (each month's mean multiplied by a gamma variable of mean 1 and coefficient of
 * variation up to 10%), and Poisson counts around that mean.
 */
import type { MonthKey } from "@crimestats/periods";
import type { CountCube } from "../src/countCube.js";

/** Mulberry32: a small seeded generator of uniform numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal deviate (Box–Muller). */
function normal(rng: () => number): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** A Poisson deviate: Knuth's product method below 30, the PTRS transformed rejection of Hörmann (1993) above. */
function poisson(rng: () => number, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda < 30) {
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = rng();
    while (p > limit) {
      k++;
      p *= rng();
    }
    return k;
  }
  const slam = Math.sqrt(lambda);
  const loglam = Math.log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng() - 0.5;
    const v = rng();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -lambda + k * loglam - logFactorial(k)) return k;
  }
}

function logFactorial(k: number): number {
  if (k < 2) return 0;
  // Stirling series, accurate to ~1e-10 from k = 2
  const x = k + 1;
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
}

/** A gamma deviate of the given shape and scale 1 (Marsaglia and Tsang, 2000; shape ≥ 1). */
function gamma(rng: () => number, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** The shape of one generated series. */
export interface SeriesShape {
  /** Mean count a month. */
  readonly level: number;
  /** Seasonal amplitude as a fraction of the level (0 to 0.2). */
  readonly amplitude: number;
  /** Phase of the seasonal cycle, in months. */
  readonly phase: number;
  /** Trend, as a fraction of the level a year. */
  readonly trend: number;
  /** Coefficient of variation of the extra-Poisson variation. */
  readonly dispersion: number;
}

/** The seasonal cycle of an offence: amplitude (0 to 0.2 of the level) and phase (months). */
export interface Season {
  readonly amplitude: number;
  readonly phase: number;
}

/** A random seasonal cycle. */
export function randomSeason(rng: () => number): Season {
  return { amplitude: 0.2 * rng(), phase: 12 * rng() };
}

/**
 * A random series shape with a level drawn log-uniformly from `low` to `high` and the offence's
 * seasonal cycle `season`, varied by area (amplitude ± 25%, phase ± 1 month).
 */
export function randomShape(rng: () => number, season: Season, low = 5, high = 2000): SeriesShape {
  return {
    level: Math.exp(Math.log(low) + rng() * (Math.log(high) - Math.log(low))),
    amplitude: Math.min(0.2, season.amplitude * (0.75 + 0.5 * rng())),
    phase: season.phase + 2 * rng() - 1,
    trend: 0.2 * rng() - 0.1,
    dispersion: 0.1 * rng(),
  };
}

/** Expected counts of `months` months of a series (before the extra-Poisson and Poisson draws). */
export function expectedCounts(shape: SeriesShape, months: number): Float64Array {
  const out = new Float64Array(months);
  for (let t = 0; t < months; t++) {
    out[t] = shape.level * (1 + shape.amplitude * Math.sin((2 * Math.PI * (t + shape.phase)) / 12)) * (1 + (shape.trend * (t - months / 2)) / 12);
  }
  return out;
}

/** Counts drawn around expected counts `mean`, with extra-Poisson variation of coefficient `dispersion`. */
export function drawCounts(rng: () => number, mean: Float64Array, dispersion: number): Float64Array {
  const out = new Float64Array(mean.length);
  const shape = dispersion > 0 ? 1 / (dispersion * dispersion) : 0;
  for (let t = 0; t < mean.length; t++) {
    const m = mean[t]!;
    const factor = shape > 0 ? gamma(rng, shape) / shape : 1;
    out[t] = poisson(rng, m * factor);
  }
  return out;
}

/** A cube of one offence (dims area × month) from series, areas named "A1", "A2", …. */
function areaCube(series: readonly Float64Array[], firstYear = 2020): CountCube {
  const months = series[0]!.length;
  const values = new Float64Array(series.length * months);
  let total = 0;
  series.forEach((s, a) => {
    values.set(s, a * months);
    for (const v of s) total += v;
  });
  return {
    dims: ["area", "month"],
    labels: {
      area: series.map((_, a) => `A${a + 1}`),
      month: Array.from({ length: months }, (_, t) => `${firstYear + Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, "0")}` as MonthKey),
    },
    shape: [series.length, months],
    values,
    total,
  };
}

/** A planted move: counts of row `from` move to row `to` from month position `month`. */
export interface PlantedMove {
  readonly cube: CountCube;
  readonly from: string;
  readonly to: string;
  readonly month: number;
  /** Share of `from`'s level that moved (1 = the whole row, which then ends). */
  readonly fraction: number;
  /** Expected counts a month that moved, at the month of the move. */
  readonly moved: number;
  /** "reallocation": part or all of one area's counts go to another; "relabelling": the counts continue under a new, empty row. */
  readonly kind: "reallocation" | "relabelling";
}

/**
 * A cube of `rows` related areas (one offence) over `months` months with one planted move:
 * a reallocation (a fraction of one area's counts, 10% to 100%, moves to another area) or a
 * relabelling (one area's counts move whole to a row that was empty).
 */
export function plantedMove(seed: number, rows = 4, months = 36, window = 6): PlantedMove {
  const rng = seededRandom(seed);
  const kind = rng() < 0.25 ? "relabelling" : "reallocation";
  const fraction = kind === "relabelling" || rng() < 0.2 ? 1 : Math.exp(Math.log(0.1) + rng() * (Math.log(0.9) - Math.log(0.1)));
  const month = window + Math.floor(rng() * (months - 2 * window + 1));
  const season = randomSeason(rng);
  const shapes = Array.from({ length: rows }, () => randomShape(rng, season));
  const means = shapes.map((s) => expectedCounts(s, months));
  const from = 0;
  const to = 1 + Math.floor(rng() * (rows - 1));
  if (kind === "relabelling") means[to]!.fill(0);
  const moved = means[from]![month]! * fraction;
  for (let t = month; t < months; t++) {
    const part = means[from]![t]! * fraction;
    means[from]![t] = means[from]![t]! - part;
    means[to]![t] = means[to]![t]! + part;
  }
  if (fraction === 1) means[from]!.fill(0, month);
  const series = means.map((m, i) => drawCounts(rng, m, shapes[i]!.dispersion));
  return { cube: areaCube(series), from: `A${from + 1}`, to: `A${to + 1}`, month, fraction, moved, kind };
}

/** A cube of `rows` related areas over `months` months with no break. */
export function cleanCube(seed: number, rows = 4, months = 36): CountCube {
  const rng = seededRandom(seed);
  const season = randomSeason(rng);
  const series = Array.from({ length: rows }, () => {
    const shape = randomShape(rng, season);
    return drawCounts(rng, expectedCounts(shape, months), shape.dispersion);
  });
  return areaCube(series);
}
