import { type CountAndPopulation, RatesError, rateRatioTest } from "@crimestats/rates";
import { RagError } from "../RagError.js";
import { formatNumber } from "./format.js";
import { add, cmp, fromNumber } from "./rational.js";

/** One side of a change, read and checked: a value (a count), or a count with its population. */
export type Side = { readonly form: "value"; readonly value: number } | { readonly form: "rate"; readonly count: number; readonly population: number };

/** The count and exposure of a side, checked for the Poisson test (plain counts over equal exposures). */
export function counted(side: Side, path: string): CountAndPopulation {
  const count = side.form === "value" ? side.value : side.count;
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RagError(
      "invalid-count",
      `${path} is ${count}; expected a whole count from 0 to 2^53 − 1 (9,007,199,254,740,991), as a significance test needs exact counts.`,
      { path, value: count },
    );
  }
  // Plain counts are compared over equal exposures.
  return { count, population: side.form === "value" ? 1 : side.population };
}

/** `"p = 0.080"`, `"p < 0.001"`. */
function pText(p: number): string {
  return p < 0.001 ? "p < 0.001" : `p = ${formatNumber(p, 3)}`;
}

/**
 * Runs the two-sample exact conditional Poisson test (`rateRatioTest` of `@crimestats/rates`, as R
 * `poisson.test`) of this period against last year's, and says whether the change is significant at
 * the given confidence level (p < 1 − confidence).
 */
export function significanceOf(previous: CountAndPopulation, current: CountAndPopulation, confidence: number): { significant: boolean; text: string } {
  let test: ReturnType<typeof rateRatioTest>;
  try {
    test = rateRatioTest(previous, current, { confidence });
  } catch (error) {
    // Whatever the test refuses is this package's invalid input: only RagError leaves it.
    if (!(error instanceof RatesError)) throw error;
    throw new RagError("invalid-argument", `The significance test cannot be run on these counts: ${error.message}`, {
      previous,
      current,
      confidence,
      ratesCode: error.code,
    });
  }
  // p < 1 − confidence, decided exactly (1 − 0.95 is 0.050000000000000044 in floating point).
  const significant = cmp(add(fromNumber(test.pValue), fromNumber(confidence)), fromNumber(1)) < 0;
  const level = `${formatNumber(confidence * 100, 2, true)}%`;
  return {
    significant,
    text: `the change is ${significant ? "" : "not "}significant at ${level} (${pText(test.pValue)})`,
  };
}
