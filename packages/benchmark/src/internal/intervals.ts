import { BenchmarkError } from "../BenchmarkError.js";
import type { BenchmarkFigure } from "../types.js";
import { show } from "./validate.js";

/** Confidence levels match when they differ by less than this. */
const SAME_LEVEL = 1e-9;

/** A usable interval: both limits finite and lower ≤ upper. */
export interface Limits {
  readonly confidence: number;
  readonly lower: number;
  readonly upper: number;
}

function usable(fn: string, confidence: number, lower: unknown, upper: unknown): Limits | null {
  if (typeof lower !== "number" || typeof upper !== "number") return null;
  if (!Number.isFinite(lower) || !Number.isFinite(upper)) return null;
  if (lower > upper) {
    throw new BenchmarkError(
      "invalid-interval",
      `${fn}: the ${confidence * 100}% interval has lower limit ${lower} above its upper limit ${upper}.`,
      { confidence, lower, upper },
    );
  }
  return { confidence, lower, upper };
}

/**
 * The figure's interval at `confidence` (a fraction), from `intervals` or from its main
 * `lower`/`upper`; `null` when it has none or a limit is missing (e.g. Byar's lower limit for
 * one event at 99.8%, which is undefined).
 */
export function intervalAt(fn: string, figure: BenchmarkFigure, confidence: number): Limits | null {
  const list = figure.intervals;
  if (list !== undefined && list !== null) {
    if (!Array.isArray(list)) {
      throw new BenchmarkError("invalid-option", `${fn}: figure.intervals must be an array, got ${show(list)}.`, {
        name: "intervals",
        value: list,
      });
    }
    for (const interval of list as readonly unknown[]) {
      if (typeof interval !== "object" || interval === null) continue;
      const { confidence: c, lower, upper } = interval as { confidence?: unknown; lower?: unknown; upper?: unknown };
      if (typeof c === "number" && Math.abs(c - confidence) < SAME_LEVEL) return usable(fn, confidence, lower, upper);
    }
  }
  if (typeof figure.confidence === "number" && Math.abs(figure.confidence - confidence) < SAME_LEVEL) {
    return usable(fn, confidence, figure.lower, figure.upper);
  }
  return null;
}
