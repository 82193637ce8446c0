import { describeValue, formatNumber } from "@crimestats/internal";
import { BenchmarkError } from "../BenchmarkError.js";
import { assertConfidence } from "./validate.js";
import type { BenchmarkFigure } from "../types.js";

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
      `${fn}: the ${formatNumber(confidence * 100, 1, { trim: true })}% interval has lower limit ${lower} above its upper limit ${upper}.`,
      { confidence, lower, upper },
    );
  }
  return { confidence, lower, upper };
}

/**
 * Checks a figure's confidence levels: `confidence` and each `intervals[].confidence` a fraction
 * strictly between 0 and 1 (`invalid-confidence`), and `lower`/`upper` never without the
 * `confidence` they are at (`missing-confidence`), so that a figure given as percentages or
 * without its level is an error rather than silently "not compared".
 */
export function checkIntervals(fn: string, figure: BenchmarkFigure, name = "figure"): void {
  const { confidence, lower, upper } = figure;
  if (confidence !== undefined && confidence !== null) assertConfidence(fn, `${name}.confidence`, confidence);
  else if (typeof lower === "number" || typeof upper === "number") {
    throw new BenchmarkError(
      "missing-confidence",
      `${fn}: ${name} has lower and upper limits (${describeValue(lower)}, ${describeValue(upper)}) but no confidence; give the level they are at as a fraction, e.g. confidence: 0.95.`,
      { name: `${name}.confidence`, lower, upper },
    );
  }
  const list: unknown = figure.intervals;
  if (list === undefined || list === null) return;
  if (!Array.isArray(list)) {
    throw new BenchmarkError("invalid-argument", `${fn}: ${name}.intervals must be an array, got ${describeValue(list)}.`, {
      name: `${name}.intervals`,
      value: list,
    });
  }
  list.forEach((interval: unknown, index: number) => {
    if (typeof interval !== "object" || interval === null) {
      throw new BenchmarkError(
        "invalid-argument",
        `${fn}: ${name}.intervals[${index}] must be an interval { confidence, lower, upper }, got ${describeValue(interval)}.`,
        { name: `${name}.intervals`, index, value: interval },
      );
    }
    assertConfidence(fn, `${name}.intervals[${index}].confidence`, (interval as { confidence?: unknown }).confidence);
  });
}

/**
 * The figure's interval at `confidence` (a fraction), from `intervals` or from its main
 * `lower`/`upper` (checked first by {@link checkIntervals}); `null` when it has none or a limit is missing (e.g. Byar's lower limit for
 * one event at 99.8%, which is undefined).
 */
export function intervalAt(fn: string, figure: BenchmarkFigure, confidence: number): Limits | null {
  const list = figure.intervals;
  if (list !== undefined && list !== null) {
    if (!Array.isArray(list)) return null;
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
