import { describeValue } from "@crimestats/internal";
import { RatesError } from "./RatesError.js";
import { assertCount, readOptions } from "./internal/validate.js";
import { proportion, type ProportionResult } from "./proportion.js";
import type { ConfidenceLevels } from "./rate.js";

/** Input of {@link reoffending}: one cohort and what it did in the follow-up period. */
export interface ReoffendingCohort {
  /** Young people in the cohort (offenders, or FTE or triage starters), a positive integer. */
  readonly cohort: number;
  /** How many of them reoffended within the follow-up period. */
  readonly reoffenders: number;
  /** How many re-offences they committed in total. */
  readonly reoffences: number;
}

/** Options of {@link reoffending}. */
export interface ReoffendingOptions {
  /** Confidence level(s) of the Wilson interval of the binary rate (default 0.95), or `"none"`. */
  readonly confidence?: ConfidenceLevels;
}

/** Result of {@link reoffending}. */
export interface ReoffendingResult {
  /** The cohort size. */
  readonly cohort: number;
  /** Reoffenders in the cohort. */
  readonly reoffenders: number;
  /** Re-offences by the cohort. */
  readonly reoffences: number;
  /** Binary reoffending rate: reoffenders / cohort × 100 (printed to 1 dp). */
  readonly binaryRate: number;
  /** The binary rate as a proportion (percent) with its Wilson interval(s). */
  readonly binary: ProportionResult;
  /** Re-offences per reoffender (the reports' "frequency", printed to 2 dp); null with no reoffenders. */
  readonly reoffencesPerReoffender: number | null;
  /** Re-offences per cohort member (the YJB's other frequency measure). */
  readonly reoffencesPerOffender: number;
}

/**
 * Youth reoffending measures for one cohort (docs/methods.md#youth-justice-measures): the binary rate
 * reoffenders / cohort × 100 with a Wilson interval, re-offences per reoffender (the reports'
 * frequency) and re-offences per cohort member (YJB). The cohort is identified by the date of
 * the original offence (national) or the quarter of starting (local cohorts).
 *
 * @param input - `{ cohort, reoffenders, reoffences }`: non-negative integers with
 *   reoffenders ≤ cohort, reoffences ≥ reoffenders, and no re-offences without reoffenders.
 * @param options - `confidence` for the binary rate's interval.
 * @returns The three measures with their inputs.
 * @throws {@link RatesError} `invalid-count` naming the inconsistent or bad value.
 * @example
 * ```ts
 * const r = reoffending({ cohort: 16, reoffenders: 3, reoffences: 11 });
 * roundHalfUp(r.binaryRate, 1);              //=> 18.8
 * roundHalfUp(r.reoffencesPerReoffender!, 2); //=> 3.67
 * r.reoffencesPerOffender;                   //=> 0.6875
 * ```
 */
export function reoffending(input: ReoffendingCohort, options: ReoffendingOptions = {}): ReoffendingResult {
  options = readOptions("reoffending", options) as ReoffendingOptions;
  if (typeof input !== "object" || input === null) {
    throw new RatesError("invalid-argument", `input must be { cohort, reoffenders, reoffences }, got ${describeValue(input)}.`, {
      value: input,
    });
  }
  const { cohort, reoffenders, reoffences } = input;
  assertCount("cohort", cohort);
  assertCount("reoffenders", reoffenders);
  assertCount("reoffences", reoffences);
  if (cohort === 0) {
    throw new RatesError("invalid-count", "cohort must be a positive integer, got 0.", { name: "cohort", value: 0 });
  }
  if (reoffenders > cohort) {
    throw new RatesError("invalid-count", `reoffenders ${reoffenders} must not exceed the cohort ${cohort}.`, {
      name: "reoffenders",
      value: reoffenders,
      cohort,
    });
  }
  if (reoffences < reoffenders || (reoffenders === 0 && reoffences > 0)) {
    throw new RatesError(
      "invalid-count",
      `reoffences ${reoffences} is inconsistent with ${reoffenders} reoffenders: each reoffender has at least one re-offence and there are none without reoffenders.`,
      { name: "reoffences", value: reoffences, reoffenders },
    );
  }
  const binary = proportion(reoffenders, cohort, options.confidence === undefined ? {} : { confidence: options.confidence });
  return {
    cohort,
    reoffenders,
    reoffences,
    binaryRate: binary.value,
    binary,
    reoffencesPerReoffender: reoffenders === 0 ? null : reoffences / reoffenders,
    reoffencesPerOffender: reoffences / cohort,
  };
}
