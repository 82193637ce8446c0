import type { ComparisonOutcome } from "@crimestats/benchmark";
import type { Polarity } from "@crimestats/schema";

/**
 * A rating: one of the three colours, or `not-rated` when there is nothing to rate (missing data,
 * a removed action, an outcome the rule does not map). Missing data is never silently green.
 */
export type RagStatus = "red" | "amber" | "green" | "not-rated";

/** The three colours a rule can give. */
export type RagColour = "red" | "amber" | "green";

/**
 * A `Polarity` of `@crimestats/schema` that says which direction is good, as `target` and `change`
 * rules need (`no-judgement` excluded). Polarity belongs to the indicator, never to the offence:
 * fewer burglaries is good, more hate-crime reports can be good (docs/methods.md#polarity).
 */
export type JudgedPolarity = Exclude<Polarity, "no-judgement">;

/**
 * The tolerance on the wrong side of a target (or of last year's value) within which a measure is
 * amber rather than red. Give exactly one of the two properties.
 */
export interface AmberBand {
  /** Width of the band in the measure's own units (e.g. `50` burglaries); zero or more. */
  readonly absolute?: number;
  /**
   * Width of the band as a percentage of the target (of last year's value for `change` rules), from
   * 0 to 100: `2` means 2%.
   */
  readonly percent?: number;
}

/** Properties every rule may carry. */
export interface RuleBase {
  /** Identifier, required and unique for the top-level rules of a rule set. */
  readonly id?: string;
  /** A short human title, e.g. `"Burglary against target"`. */
  readonly title?: string;
  /** Free text for reviewers: why the rule is what it is. */
  readonly description?: string;
}

/**
 * Rates a value against a target. With `lower-is-better`, a value at or below the target is green,
 * a value above it by no more than the amber band (inclusive) is amber, and anything further above
 * is red; `higher-is-better` is the mirror image.
 */
export interface TargetRule extends RuleBase {
  /** Discriminator. */
  readonly kind: "target";
  /** Which side of the target is good. */
  readonly polarity: JudgedPolarity;
  /** The target; may instead be given with each input. */
  readonly target?: number;
  /** The amber band; without one, anything on the wrong side of the target is red. */
  readonly amber?: AmberBand;
  /** Decimal places for values in the explanation (default: integers as integers, otherwise 2). */
  readonly decimals?: number;
}

/**
 * Options of a significance requirement: a change only counts (green or red) when a two-sample
 * Poisson rate-ratio test finds it significant; otherwise the measure is amber.
 */
export interface SignificanceRequirement {
  /** Confidence level of the test, strictly between 0 and 1 (e.g. `0.95`: significant when p < 0.05). */
  readonly confidence: number;
}

/**
 * Rates this period against the same period last year (docs/methods.md#rolling-year-same-period-last-year-and-year-to-date): "Burglaries are reduced
 * compared to the same period in the last 12 months". An improvement is green; no improvement, or a
 * worsening within the amber band (inclusive), is amber; a worsening beyond the band is red.
 */
export interface ChangeRule extends RuleBase {
  /** Discriminator. */
  readonly kind: "change";
  /** Which direction is an improvement. */
  readonly polarity: JudgedPolarity;
  /** Tolerated worsening; a percentage is of last year's value. Without one, any worsening is red. */
  readonly amber?: AmberBand;
  /** Require a significant change (exact conditional Poisson rate-ratio test) for green or red. */
  readonly significance?: SignificanceRequirement;
  /** Decimal places for values in the explanation (default: integers as integers, otherwise 2). */
  readonly decimals?: number;
}

/**
 * An outcome of `compareWithBenchmark` of `@crimestats/benchmark` (its `ComparisonOutcome`) that a
 * rule can map to a colour: judged (`better`, `similar`, `worse`, and `best`/`worst` beyond the
 * 99.8% limits) or unjudged (`higher`, `lower`, `similar`). `not-compared` is never rated.
 */
export type RatedBenchmarkOutcome = Exclude<ComparisonOutcome, "not-compared">;

/**
 * What a `trend` rule maps to colours: `improving`, `worsening` and `no-significant-change` when the
 * rule has a polarity; `increasing`, `decreasing` and `no-significant-change` when it has none.
 */
export type TrendAssessment = "improving" | "worsening" | "increasing" | "decreasing" | "no-significant-change";

/** Which outcomes are which colour. An outcome may appear in at most one list. */
export interface ColourMap<T extends string> {
  /** Outcomes rated green. */
  readonly green?: readonly T[];
  /** Outcomes rated amber. */
  readonly amber?: readonly T[];
  /** Outcomes rated red. */
  readonly red?: readonly T[];
}

/**
 * Maps a benchmark outcome to a colour. The default map is `better`/`best` green, `similar` amber,
 * `worse`/`worst` red; `higher` and `lower` (no polarity) are unmapped unless the rule maps them.
 * An unmapped outcome and `not-compared` are `not-rated`.
 */
export interface BenchmarkRule extends RuleBase {
  /** Discriminator. */
  readonly kind: "benchmark";
  /** The colour of each outcome (replaces the default map entirely when given). */
  readonly colours?: ColourMap<RatedBenchmarkOutcome>;
}

/**
 * Maps a trend to a colour. With a polarity, an increase is improving or worsening; the default map
 * is `improving` green, `no-significant-change` amber, `worsening` red. With `no-judgement`
 * nothing is mapped unless the rule maps `increasing`/`decreasing`/`no-significant-change`.
 * `cannot-be-calculated` is never rated.
 */
export interface TrendRule extends RuleBase {
  /** Which direction is good, or `no-judgement`. */
  readonly polarity: Polarity;
  /** Discriminator. */
  readonly kind: "trend";
  /** The colour of each assessment (replaces the default map entirely when given). */
  readonly colours?: ColourMap<TrendAssessment>;
}

/**
 * Rates a delivery-plan action from its lifecycle and dates (Harrow Delivery Plans 2018/19 and 2019/20), in this order: a
 * removed action is not rated; a completed one is green; one past its due month is red; an
 * action whose last progress update is more than `staleAfterMonths` months old is at least amber;
 * otherwise the RAG rating recorded in the plan is used (unless `manualRating` is `ignore`); a new
 * action with no rating, or an action whose lifecycle is unknown, is not rated.
 */
export interface ActionRule extends RuleBase {
  /** Discriminator. */
  readonly kind: "action";
  /** Whether the RAG rating written in the plan is used (`use`, the default) or ignored. */
  readonly manualRating?: "use" | "ignore";
  /** A positive whole number of months after which a missing progress update makes an action amber. */
  readonly staleAfterMonths?: number;
}

/** How a composite rule combines its parts. */
export type CombineMethod = "worst-of" | "best-of" | "all-of" | "majority";

/**
 * Combines other rules. A part that is not rated never lets a colour through that it could have
 * changed. `worst-of`: red if any part is red, otherwise not rated if any part is not rated,
 * otherwise the worst colour. `best-of`: green if any part is green, otherwise not rated if any part
 * is not rated, otherwise the best colour. `all-of`: not rated if any part is not rated, otherwise
 * the colour all parts share, otherwise amber — so the NHS "red-red" (worse than the benchmark
 * **and** a worsening trend, PHE Fingertips technical guidance) is red only when both parts are red. `majority`: the
 * status held by more than half of all parts (not-rated parts count in the denominator), otherwise
 * not rated.
 */
export interface CompositeRule extends RuleBase {
  /** Discriminator. */
  readonly kind: "composite";
  /** How the parts are combined. */
  readonly combine: CombineMethod;
  /** The parts, at least two; each is evaluated with the input at the same position. */
  readonly rules: readonly Rule[];
}

/**
 * Any rule. The `kind` property says which.
 *
 * @example
 * ```ts
 * const rule: Rule = { kind: "change", polarity: "lower-is-better", amber: { percent: 2 } };
 * evaluate(rule, { current: 2240, previous: 2386 }).status;
 * //=> "green"
 * ```
 */
export type Rule = TargetRule | ChangeRule | BenchmarkRule | TrendRule | ActionRule | CompositeRule;

/**
 * A rule set, as a partnership keeps it in a JSON file; every rule has a unique `id`.
 *
 * @example
 * ```ts
 * const set: RuleSet = parseRules('{ "rules": [{ "id": "actions", "kind": "action", "staleAfterMonths": 3 }] }');
 * set.rules[0]?.id;
 * //=> "actions"
 * ```
 */
export interface RuleSet {
  /** The rules. */
  readonly rules: readonly Rule[];
}
