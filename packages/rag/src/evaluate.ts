import type { ComparisonOutcome, TrendOutcome } from "@crimestats/benchmark";
import { describeValue } from "@crimestats/internal";
import type { Lifecycle, RagRating } from "@crimestats/schema";
import type { CountAndPopulation } from "@crimestats/rates";
import { RagError } from "./RagError.js";
import { evaluateChecked } from "./internal/dispatch.js";
import { issuesToError } from "./internal/issues.js";
import { checkRule } from "./internal/checkRule.js";
import type { ActionRule, BenchmarkRule, ChangeRule, CompositeRule, RagStatus, Rule, TargetRule, TrendRule } from "./types.js";

/**
 * A reporting period for an explanation: text used after "in" (`"2018/19"`, `"Dec 2018"`), or a
 * `Period` of `@crimestats/periods` (anything with a `label`). Text or a label that reads
 * "N months to …" gets "the" in front: "in the 12 months to Dec 2018".
 */
export type PeriodLike = string | { readonly label: string };

/** What a measure is about, for the explanation. */
export interface MeasureContext {
  /** The thing counted, plural, e.g. `"burglaries"`. */
  readonly what?: string;
  /** The period the value is for. */
  readonly period?: PeriodLike;
}

/** The input of a `target` rule. */
export interface TargetInput extends MeasureContext {
  /** The value; `null`/`undefined` means missing data (not rated, never green). */
  readonly value: number | null | undefined;
  /** The target, when the rule has none; `null`/`undefined` means no target (not rated). */
  readonly target?: number | null | undefined;
}

/** The input of a `change` rule: this period and the same period last year, named as in `samePeriodComparison` of `@crimestats/rates`. */
export interface ChangeInput extends Omit<MeasureContext, "period"> {
  /** This period: a value (or count), or a count with population; `null`/`undefined` is missing. */
  readonly current: number | CountAndPopulation | null | undefined;
  /** The same period last year, in the same form as `current`; `null`/`undefined` is missing. */
  readonly previous: number | CountAndPopulation | null | undefined;
  /** How to name the earlier period (default `"the same period last year"`). */
  readonly previousPeriod?: PeriodLike;
  /** How to name this period (default: not named). */
  readonly currentPeriod?: PeriodLike;
}

/**
 * The input of a `benchmark` rule: an outcome of `compareWithBenchmark` and what it compared. The
 * property names are those of its result, so a `ComparisonResult` of `@crimestats/benchmark` can be
 * spread in: `{ ...compareWithBenchmark(figure, areaRate, options), benchmarkName: "Cumbria" }`.
 */
export interface BenchmarkInput extends MeasureContext {
  /** The outcome; `null`/`undefined` means no comparison was made (not rated). */
  readonly outcome: ComparisonOutcome | null | undefined;
  /** The area's value, for the explanation. */
  readonly value?: number | null;
  /** The benchmark's value, for the explanation. */
  readonly benchmark?: number | null;
  /** The benchmark's name, e.g. `"London"`, `"Cumbria"` or `"England and Wales"` (default `"the benchmark"`). */
  readonly benchmarkName?: string;
  /** Decimal places for the two values (default: integers as integers, otherwise 2). */
  readonly decimals?: number;
  /**
   * Why the area was not compared, when `outcome` is `not-compared`: the `code` of the
   * `ComparisonResult` (`no-interval`, `too-few-events`, `no-count`, `same-area`, put into words in
   * the explanation); another code is shown as it is.
   */
  readonly code?: string | null;
}

/**
 * The input of a `trend` rule: an outcome of `trend` of `@crimestats/benchmark`, whose
 * `TrendResult` can be spread in (`{ ...trend(series, options), what: "burglaries" }`). The rule's
 * own polarity decides improving or worsening.
 */
export interface TrendInput extends MeasureContext {
  /** The direction; `null`/`undefined` means no trend was calculated (not rated). */
  readonly outcome: TrendOutcome | null | undefined;
  /**
   * Why the trend cannot be calculated: the `code` of the `TrendResult` (`too-few-points`,
   * `no-interval`, `zero-width-interval`, `no-count`, `no-variation`, put into words in the
   * explanation); another code is shown as it is.
   */
  readonly code?: string | null;
}

/**
 * The parts of a progress update that an `action` rule reads. A `ProgressUpdate` of
 * `@crimestats/schema` can be passed as it is; here the date may also be a month.
 */
export interface ActionProgress {
  /** When: `"YYYY-MM-DD"` or `"YYYY-MM"`. */
  readonly date: string;
  /** What was reported. */
  readonly text?: string | undefined;
}

/**
 * A structured review point, as the `Due` of `@crimestats/schema`: a month, several months, or a
 * kind without a deadline (`ongoing`, `cadence`, `unknown`).
 */
export type ActionDue =
  | { readonly kind: "month"; readonly month: string }
  | { readonly kind: "months"; readonly months: readonly string[] }
  | { readonly kind: "ongoing" | "cadence" | "unknown" };

/**
 * The parts of a delivery-plan action row (Harrow Delivery Plans 2018/19 and 2019/20) that an `action` rule reads. A
 * `DeliveryPlanAction` of `@crimestats/schema` with these properties can be passed as it is.
 */
export interface ActionRow {
  /** An identifier for the explanation, e.g. `"1a.3"`. */
  readonly id?: string | undefined;
  /** Lifecycle status, a `Lifecycle` of `@crimestats/schema` (separate from the RAG rating). */
  readonly lifecycle: Lifecycle;
  /** The RAG rating written in the plan, a `RagRating` of `@crimestats/schema`, if any (`not-rated` and `null` mean none). */
  readonly rag?: RagRating | null | undefined;
  /**
   * The review point: a month `"YYYY-MM"` (or a date `"YYYY-MM-DD"`, its month counting) or a `Due` of `@crimestats/schema` (`{ kind: "month",
   * month }`, or `{ kind: "months", months }` whose last month counts), after which an unfinished
   * action is overdue; anything else (`"ongoing"`, `"Quarterly"`, `{ kind: "cadence", … }`) sets
   * no deadline.
   */
  readonly due?: string | ActionDue | null | undefined;
  /** Progress updates, in any order. */
  readonly progress?: readonly ActionProgress[] | undefined;
}

/** The input of an `action` rule. */
export interface ActionInput {
  /** The action row. */
  readonly action: ActionRow;
  /** The month the rating is made in, `"YYYY-MM"`. */
  readonly asOf: string;
}

/**
 * The input of a `composite` rule: one input per part, in the order of its `rules`.
 *
 * @example
 * ```ts
 * const rule = { kind: "composite", combine: "worst-of", rules: [{ kind: "benchmark" }, { kind: "trend", polarity: "lower-is-better" }] } as const;
 * const input: CompositeInput = [{ outcome: "worse" }, { outcome: "decreasing" }];
 * evaluate(rule, input).status;
 * //=> "red"
 * ```
 */
export type CompositeInput = readonly RuleInput[];

/** The input of any rule. */
export type RuleInput = TargetInput | ChangeInput | BenchmarkInput | TrendInput | ActionInput | CompositeInput;

/**
 * A machine-readable code for the ground of a verdict, alongside the English `explanation`:
 * `met` (on the right side of a target or improved), `within-band`, `beyond-band`,
 * `no-improvement`, `not-significant`, `missing-value`, `missing-target`, `mapped`, `unmapped`,
 * `not-compared`, `removed`, `complete`, `overdue`, `stale`, `manual`, `new`, `no-rating`,
 * `unknown-lifecycle`, `combined`, `no-majority`, `override` (a rating set by hand, see
 * {@link PlanMeasure}).
 */
export type RagResultCode =
  | "met"
  | "within-band"
  | "beyond-band"
  | "no-improvement"
  | "not-significant"
  | "missing-value"
  | "missing-target"
  | "mapped"
  | "unmapped"
  | "not-compared"
  | "removed"
  | "complete"
  | "overdue"
  | "stale"
  | "manual"
  | "new"
  | "no-rating"
  | "unknown-lifecycle"
  | "combined"
  | "no-majority"
  | "override";

/**
 * A verdict that explains itself.
 *
 * @example
 * ```ts
 * const result: RagResult = evaluate({ kind: "action" }, { action: { id: "5.1", lifecycle: "remove" }, asOf: "2019-04" });
 * [result.status, result.code, result.explanation];
 * //=> ["not-rated", "removed", "Not rated: action 5.1 was removed from the plan"]
 * ```
 */
export interface RagResult {
  /** The rating. */
  readonly status: RagStatus;
  /** `true` when the status is green because the work is complete (a completed action). */
  readonly complete: boolean;
  /** The ground of the verdict, as a code. */
  readonly code: RagResultCode;
  /**
   * A plain English sentence with the numbers, starting with the status: `"Red: 2,240 …"`. A REPL
   * or notebook (`util.inspect`) shows a result as this sentence; its data are unchanged.
   */
  readonly explanation: string;
  /** The rule applied. */
  readonly rule: Rule;
  /** The input as given. */
  readonly inputs: RuleInput;
  /** For a composite rule, the verdict of each part. */
  readonly parts?: readonly RagResult[];
}

/**
 * Rates one input with one rule and says why.
 *
 * - `target`: the value against the target (inclusive at the target and at the band edge).
 * - `change`: this period against the same period last year, optionally requiring a significant
 *   exact conditional Poisson rate-ratio test (`rateRatioTest` of `@crimestats/rates`).
 * - `benchmark`, `trend`: the outcome mapped to a colour by the rule.
 * - `action`: the action's lifecycle, due month, progress dates and recorded rating.
 * - `composite`: worst-of, best-of, all-of or majority of the parts.
 *
 * Boundaries are decided exactly on the decimal values as written (2,189.94 is exactly on the edge
 * of a 2% band above 2,147). Missing data is `not-rated`, never green.
 *
 * @param rule - The rule; it is validated as `RuleSchema` validates it (without needing zod in the bundle).
 * @param input - The input for the rule's kind.
 * @returns The status, a result code and an explanation, the rule and the input.
 * @throws {@link RagError} `invalid-rule` when the rule breaks the schema; `invalid-argument` when
 * the input has the wrong shape; `invalid-number` when a number is not finite or a figure of the
 * verdict would be beyond the largest double (a rate of 1e17 over a population of 5e-324);
 * `invalid-count` when a count is negative, or a significance test is asked of counts it cannot
 * take (not whole, or beyond 2^53 − 1); `invalid-population` when a population is not positive;
 * `invalid-month` when an action's `asOf` is not `"YYYY-MM"`; `conflicting-target` when rule and
 * input give different targets. No other error class is thrown.
 * @example
 * ```ts
 * evaluate(
 *   { kind: "target", polarity: "lower-is-better", target: 2147, amber: { percent: 2 } },
 *   { value: 2240, what: "burglaries", period: "the 12 months to Dec 2018" },
 * ).explanation;
 * //=> "Red: 2,240 burglaries in the 12 months to Dec 2018 is 4.3% above the target of 2,147 (amber band 2%)"
 * evaluate({ kind: "action" }, { action: { lifecycle: "complete" }, asOf: "2019-03" }).status;
 * //=> "green"
 * ```
 */
export function evaluate(rule: TargetRule, input: TargetInput): RagResult;
export function evaluate(rule: ChangeRule, input: ChangeInput): RagResult;
export function evaluate(rule: BenchmarkRule, input: BenchmarkInput): RagResult;
export function evaluate(rule: TrendRule, input: TrendInput): RagResult;
export function evaluate(rule: ActionRule, input: ActionInput): RagResult;
export function evaluate(rule: CompositeRule, input: CompositeInput): RagResult;
export function evaluate(rule: Rule, input: RuleInput): RagResult;
export function evaluate(rule: Rule, input: RuleInput): RagResult {
  const issues = checkRule(rule);
  if (issues.length > 0) throw issuesToError("rule", rule, issues);
  if (input === null || typeof input !== "object") {
    throw new RagError("invalid-argument", `The input is ${describeValue(input)}; expected an object (an array for a composite rule).`, {
      value: input,
    });
  }
  return evaluateChecked(rule, input, "input");
}
