import { RagError } from "../../RagError.js";
import type { BenchmarkInput, RagResult, RuleInput } from "../../evaluate.js";
import type { ComparisonOutcome } from "@crimestats/benchmark";
import type { BenchmarkRule, ColourMap, RatedBenchmarkOutcome } from "../../types.js";
import { context, forContext, optionalNumber, optionalOneOf, optionalString, periodText, requireObject, verdict } from "../common.js";
import { colourOf } from "../colourMap.js";
import { formatValue } from "../format.js";

/** The default colours of benchmark outcomes: judged outcomes only. */
const DEFAULT_BENCHMARK_COLOURS: ColourMap<RatedBenchmarkOutcome> = {
  green: ["better", "best"],
  amber: ["similar"],
  red: ["worse", "worst"],
};

const PHRASES: Readonly<Record<RatedBenchmarkOutcome, string>> = {
  better: "better than",
  best: "much better than",
  similar: "similar to",
  worse: "worse than",
  worst: "much worse than",
  higher: "higher than",
  lower: "lower than",
};

/** Words for the `NotComparedCode` codes of `@crimestats/benchmark`. */
const NOT_COMPARED: Readonly<Record<string, string>> = {
  "no-interval": "no confidence interval",
  "too-few-events": "too few events",
  "no-count": "no count",
  "same-area": "an area is not compared with itself",
};

/** A not-compared code in words, another code as it is, `undefined` for none. */
function notComparedText(code: unknown, path: string): string | undefined {
  const text = optionalString(code === null ? undefined : code, path);
  return text === undefined ? undefined : (NOT_COMPARED[text] ?? text);
}

const OUTCOMES: readonly ComparisonOutcome[] = [...(Object.keys(PHRASES) as RatedBenchmarkOutcome[]), "not-compared"];

export function evaluateBenchmark(rule: BenchmarkRule, raw: RuleInput, path: string): RagResult {
  const input = requireObject(raw, path, "a benchmark input { outcome, value?, benchmark?, benchmarkName? }") as unknown as BenchmarkInput;
  const outcome = input.outcome;
  optionalOneOf(outcome, OUTCOMES, `${path}.outcome`);
  const value = optionalNumber(input.value, `${path}.value`);
  const benchmarkValue = optionalNumber(input.benchmark, `${path}.benchmark`);
  const what = optionalString(input.what, `${path}.what`);
  const note = notComparedText(input.code, `${path}.code`);
  const period = periodText(input.period, `${path}.period`);
  const decimals = optionalNumber(input.decimals, `${path}.decimals`) ?? undefined;
  if (decimals !== undefined && (!Number.isInteger(decimals) || decimals < 0 || decimals > 6)) {
    throw new RagError("invalid-number", `${path}.decimals is ${decimals}; expected a whole number from 0 to 6.`, {
      path: `${path}.decimals`,
      value: decimals,
    });
  }
  const name = optionalString(input.benchmarkName, `${path}.benchmarkName`) ?? "the benchmark";
  const against = `${name}${benchmarkValue === null ? "" : ` (${formatValue(benchmarkValue, decimals)})`}`;
  const subject = value === null ? `the value${forContext(what, period)}` : `${formatValue(value, decimals)}${context(what, period)}`;
  if (outcome === null || outcome === undefined) {
    return verdict("not-rated", "missing-value", `no comparison of ${subject} with ${against}`, rule, raw);
  }
  if (outcome === "not-compared") {
    return verdict("not-rated", "not-compared", `${subject} was not compared with ${against}${note === undefined ? "" : `: ${note}`}`, rule, raw);
  }
  const sentence = `${subject} is ${PHRASES[outcome]} ${against}`;
  const colour = colourOf(rule.colours ?? DEFAULT_BENCHMARK_COLOURS, outcome);
  if (colour === null) {
    return verdict("not-rated", "unmapped", `${sentence}, and the rule gives "${outcome}" no colour`, rule, raw);
  }
  return verdict(colour, "mapped", sentence, rule, raw);
}
