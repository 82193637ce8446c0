import * as z from "zod/mini";
import type { Rule, RuleSet } from "./types.js";

import {
  COLOURS,
  COMBINE_METHODS,
  JUDGED_POLARITIES,
  JUDGED_TREND,
  MANUAL_RATINGS,
  MAX_BAND_PERCENT,
  POLARITIES,
  RATED_BENCHMARK_OUTCOMES,
  TREND_ASSESSMENTS,
  UNJUDGED_TREND,
} from "./internal/ruleVocabulary.js";

/** Reports an outcome that appears in more than one colour list (or twice in one). */
function colourMap<T extends string>(values: readonly [T, ...T[]]) {
  const item = z.enum(values);
  return z
    .strictObject({
      green: z.optional(z.array(item)),
      amber: z.optional(z.array(item)),
      red: z.optional(z.array(item)),
    })
    .check(
      z.superRefine((map, ctx) => {
        const seen = new Map<string, string>();
        for (const colour of COLOURS) {
          const list = map[colour] ?? [];
          list.forEach((outcome, index) => {
            const first = seen.get(outcome);
            if (first !== undefined) {
              ctx.issues.push({
                code: "custom",
                input: outcome,
                path: [colour, index],
                message: `"${outcome}" mapped only once (it is already mapped at ${first})`,
              });
            } else {
              seen.set(outcome, `${colour}[${index}]`);
            }
          });
        }
      }),
    );
}

/**
 * Builds the schema of one rule. Called once, at module load, marked pure: a bundle that does not
 * use the rule schema drops it (and zod with it).
 */
function buildRuleSchema() {
  const base = {
    id: z.optional(z.string().check(z.minLength(1))),
    title: z.optional(z.string()),
    description: z.optional(z.string()),
  };

  const decimals = z.optional(z.int().check(z.gte(0), z.lte(6)));

  const amberBand = z
    .strictObject({
      absolute: z.optional(z.number().check(z.gte(0, "a tolerance of 0 or more"))),
      percent: z.optional(
        z
          .number()
          .check(
            z.gte(0, "a tolerance of 0 or more"),
            z.lte(MAX_BAND_PERCENT, `at most ${MAX_BAND_PERCENT} (an amber band wider than ${MAX_BAND_PERCENT}% of the target is not allowed)`),
          ),
      ),
    })
    .check(
      z.superRefine((band, ctx) => {
        const count = (band.absolute === undefined ? 0 : 1) + (band.percent === undefined ? 0 : 1);
        if (count !== 1) {
          ctx.issues.push({
            code: "custom",
            input: band,
            path: [],
            message: 'exactly one of "absolute" or "percent"',
          });
        }
      }),
    );

  const targetRule = z.strictObject({
    ...base,
    kind: z.literal("target"),
    polarity: z.enum(JUDGED_POLARITIES),
    target: z.optional(z.number()),
    amber: z.optional(amberBand),
    decimals,
  });

  const changeRule = z.strictObject({
    ...base,
    kind: z.literal("change"),
    polarity: z.enum(JUDGED_POLARITIES),
    amber: z.optional(amberBand),
    significance: z.optional(
      z.strictObject({
        confidence: z.number().check(z.gt(0, "a confidence level above 0"), z.lt(1, "a confidence level below 1")),
      }),
    ),
    decimals,
  });

  const benchmarkRule = z.strictObject({
    ...base,
    kind: z.literal("benchmark"),
    colours: z.optional(colourMap(RATED_BENCHMARK_OUTCOMES)),
  });

  const trendRule = z
    .strictObject({
      ...base,
      kind: z.literal("trend"),
      polarity: z.enum(POLARITIES),
      colours: z.optional(colourMap(TREND_ASSESSMENTS)),
    })
    .check(
      z.superRefine((rule, ctx) => {
        const allowed: readonly string[] = rule.polarity === "no-judgement" ? UNJUDGED_TREND : JUDGED_TREND;
        for (const colour of COLOURS) {
          (rule.colours?.[colour] ?? []).forEach((assessment, index) => {
            if (!allowed.includes(assessment)) {
              ctx.issues.push({
                code: "custom",
                input: assessment,
                path: ["colours", colour, index],
                message: `one of ${allowed.map((a) => `"${a}"`).join(", ")} for polarity "${rule.polarity}"`,
              });
            }
          });
        }
      }),
    );

  const actionRule = z.strictObject({
    ...base,
    kind: z.literal("action"),
    manualRating: z.optional(z.enum(MANUAL_RATINGS)),
    staleAfterMonths: z.optional(z.int().check(z.gte(1))),
  });

  const compositeRule = z.strictObject({
    ...base,
    kind: z.literal("composite"),
    combine: z.enum(COMBINE_METHODS),
    get rules(): z.ZodMiniArray<z.ZodMiniType<unknown>> {
      return z.array(anyRule as z.ZodMiniType<unknown>).check(z.minLength(2));
    },
  });

  const anyRule = z.discriminatedUnion("kind", [targetRule, changeRule, benchmarkRule, trendRule, actionRule, compositeRule]);
  return anyRule;
}

/** Builds the schema of a rule set around the rule schema; pure, as {@link buildRuleSchema}. */
function buildRuleSetSchema(anyRule: ReturnType<typeof buildRuleSchema>) {
  return z
    .strictObject({
      rules: z.array(anyRule),
    })
    .check(
      z.superRefine((set, ctx) => {
        const seen = new Map<string, number>();
        set.rules.forEach((rule, index) => {
          if (rule.id === undefined) {
            ctx.issues.push({
              code: "custom",
              input: rule,
              path: ["rules", index, "id"],
              message: "an id (every rule of a rule set needs one)",
            });
            return;
          }
          const first = seen.get(rule.id);
          if (first !== undefined) {
            ctx.issues.push({
              code: "custom",
              input: rule.id,
              path: ["rules", index, "id"],
              message: `a unique id ("${rule.id}" is already used at $.rules[${first}].id)`,
            });
          } else {
            seen.set(rule.id, index);
          }
        });
      }),
    );
}

const anyRule = /* @__PURE__ */ buildRuleSchema();
const anyRuleSet = /* @__PURE__ */ buildRuleSetSchema(anyRule);

/**
 * The zod (`zod/mini`) schema of one rule, for tools that want to validate or generate rules
 * themselves. Its output is a {@link Rule}. Objects are strict: an unknown property (a typo) is an
 * error. Prefer {@link parseRule}, which turns problems into a {@link RagError} naming the path.
 *
 * @example
 * ```ts
 * RuleSchema.safeParse({ kind: "target", polarity: "lower-is-better", amber: { percent: 2 } }).success;
 * //=> true
 * RuleSchema.safeParse({ kind: "target", polarity: "lower-is-better", amber: { percent: -2 } }).success;
 * //=> false
 * ```
 */
export const RuleSchema: z.ZodMiniType<Rule> = anyRule as unknown as z.ZodMiniType<Rule>;

/**
 * The zod (`zod/mini`) schema of a rule set: `{ "rules": [...] }`, every top-level rule with a
 * unique `id`. Its output is a {@link RuleSet}. Prefer {@link parseRules}.
 *
 * @example
 * ```ts
 * RuleSetSchema.safeParse({ rules: [{ id: "a", kind: "action" }, { id: "a", kind: "action" }] }).success;
 * //=> false
 * ```
 */
export const RuleSetSchema: z.ZodMiniType<RuleSet> = anyRuleSet as unknown as z.ZodMiniType<RuleSet>;
