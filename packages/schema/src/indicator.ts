import { describeValue } from "@crimestats/internal";
import * as z from "zod/mini";
import { wholeNumberError } from "./internal/describe.js";
import { parseWith, safeParseWith } from "./internal/parse.js";
import type { ParseOptions, SafeParseResult } from "./ParseOptions.js";
import { AgeBandSchema } from "./population.js";
import { CountingUnitSchema, NonEmptyStringSchema, PolaritySchema } from "./primitives.js";
import type { CountingUnit, Polarity } from "./primitives.js";
import type { Assert, Same } from "./internal/types.js";

/**
 * Which offences an indicator counts; see {@link OffenceSelectionSchema}.
 */
export interface OffenceSelection {
  /** The id of the taxonomy the codes belong to (required with `codes`). */
  taxonomy?: string | undefined;
  /** Category codes of `taxonomy`. */
  codes?: string[] | undefined;
  /** Crime flags (`"domestic-abuse"`, `"hate"`, `"hate:islamophobic"`). */
  flags?: string[] | undefined;
  /** What is counted, in words, when it is not an offence category (survey answers, referrals). */
  description?: string | undefined;
}

/**
 * Which population a rate divides by; see {@link PopulationSpecSchema}.
 */
export interface PopulationSpec {
  /** The age band (`"10-17"`); absent = all ages. */
  ageBand?: string | undefined;
  /** A sub-group ("Muslim"); absent = all residents. */
  subGroup?: string | undefined;
  /** The source to take the population from. */
  source?: string | undefined;
  /** The vintage to take the population from. */
  vintage?: string | undefined;
}

/**
 * What an indicator counts: the offences and the unit.
 */
export interface IndicatorNumerator {
  /** Which offences (or other events) are counted. */
  offences: OffenceSelection;
  /** The unit they are counted in. */
  unit: CountingUnit;
}

/**
 * An indicator with its numerator, denominator, multiplier, polarity and decimals; see
 * {@link IndicatorSchema}.
 */
export interface Indicator {
  /** Id, unique within its priority. */
  id: string;
  /** Name as shown in reports. */
  name: string;
  /** How it is defined, in words. */
  description?: string | undefined;
  /** `count`, `rate` (per population) or `proportion` (a share). */
  measure: "count" | "rate" | "proportion";
  /** What is counted. */
  numerator: IndicatorNumerator;
  /** The population a rate divides by; `null` for counts and proportions. */
  denominator: PopulationSpec | null;
  /** Per 1,000 or 100,000 for rates; 100 for percentages; 1 or absent for counts. */
  multiplier?: 1 | 100 | 1000 | 100000 | undefined;
  /** Which direction is good. */
  polarity: Polarity;
  /** Decimals to display (0–6); rounding happens only at display. */
  decimals: number;
}

const offenceSelectionSchema = /* @__PURE__ */ z
  .strictObject({
    taxonomy: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
    codes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(NonEmptyStringSchema)),
    flags: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(NonEmptyStringSchema)),
    description: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
  })
  .check(
    /* @__PURE__ */ z.superRefine((s, ctx) => {
      if ((s.codes?.length ?? 0) === 0 && (s.flags?.length ?? 0) === 0 && s.description === undefined) {
        ctx.issues.push({ code: "custom", input: s, path: [], message: "selects nothing (give codes, flags or a description)" });
      }
      if (s.codes !== undefined && s.codes.length > 0 && s.taxonomy === undefined) {
        ctx.issues.push({ code: "custom", input: s, path: ["taxonomy"], message: "is missing (codes need the taxonomy they belong to)" });
      }
    }),
  );

type _OffenceSelectionMatches = Assert<Same<z.infer<typeof offenceSelectionSchema>, OffenceSelection>>;

/**
 * Which offences an indicator counts: category `codes` of one `taxonomy`, crime `flags` (such as
 * `"domestic-abuse"`, `"hate:islamophobic"`; a flagged offence can carry several), or, for a
 * measure that is not an offence count (survey confidence, referrals), a `description`. At least
 * one of the three is required.
 *
 * @example
 * ```ts
 * OffenceSelectionSchema.safeParse({ taxonomy: "police-uk", codes: ["burglary"] }).success;
 * //=> true
 * ```
 */
export const OffenceSelectionSchema: z.ZodMiniType<OffenceSelection> = offenceSelectionSchema;

const populationSpecSchema = /* @__PURE__ */ z.strictObject({
  ageBand: /* @__PURE__ */ z.optional(AgeBandSchema),
  subGroup: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
  source: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
  vintage: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
});

type _PopulationSpecMatches = Assert<Same<z.infer<typeof populationSpecSchema>, PopulationSpec>>;

/**
 * Which population a rate divides by: all residents when empty, or an age band and/or a sub-group,
 * optionally pinned to a source and vintage.
 *
 * @example
 * ```ts
 * PopulationSpecSchema.safeParse({ ageBand: "10-17" }).success;
 * //=> true
 * ```
 */
export const PopulationSpecSchema: z.ZodMiniType<PopulationSpec> = populationSpecSchema;

const indicatorSchema = /* @__PURE__ */ z
  .strictObject({
    id: NonEmptyStringSchema,
    name: NonEmptyStringSchema,
    description: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    measure: /* @__PURE__ */ z.enum(["count", "rate", "proportion"]),
    numerator: /* @__PURE__ */ z.strictObject({
      offences: offenceSelectionSchema,
      unit: CountingUnitSchema,
    }),
    denominator: /* @__PURE__ */ z.nullable(populationSpecSchema),
    multiplier: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal([1, 100, 1000, 100000])),
    polarity: PolaritySchema,
    decimals: /* @__PURE__ */ z.int({ error: wholeNumberError }).check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(6)),
  })
  .check(
    /* @__PURE__ */ z.superRefine((ind, ctx) => {
      const push = (path: string, input: unknown, message: string): void => {
        ctx.issues.push({ code: "custom", input, path: [path], message });
      };
      if (ind.measure === "rate") {
        if (ind.denominator === null) push("denominator", null, "is null (a rate needs a population denominator)");
        if (ind.multiplier !== 1000 && ind.multiplier !== 100000) {
          push("multiplier", ind.multiplier, `${describeValue(ind.multiplier)} is not a rate multiplier (expected 1000 or 100000)`);
        }
      } else {
        if (ind.denominator !== null) push("denominator", ind.denominator, `is a population (expected null for a ${ind.measure})`);
        const allowed = ind.measure === "count" ? [1] : [1, 100];
        if (ind.multiplier !== undefined && !allowed.includes(ind.multiplier)) {
          push("multiplier", ind.multiplier, `${describeValue(ind.multiplier)} is not a ${ind.measure} multiplier (expected ${allowed.join(" or ")})`);
        }
      }
    }),
  );

type _IndicatorMatches = Assert<Same<z.infer<typeof indicatorSchema>, Indicator>>;

/**
 * An indicator: what is counted (`numerator`: offences and unit), what it is divided by
 * (`denominator`: a population for a rate, `null` for a count or a proportion), the multiplier
 * (rates per 1,000 or per 100,000; 100 for a percentage; 1 or absent for counts), the polarity
 * (which direction is good; docs/methods.md#polarity) and the number of decimals to display.
 *
 * `measure` ties these together: a `rate` needs a denominator and a multiplier of 1,000 or
 * 100,000; a `count` has no denominator and no multiplier other than 1; a `proportion` (a share
 * of another count) has no population denominator and a multiplier of 1 or 100.
 *
 * @example
 * ```ts
 * IndicatorSchema.safeParse({ id: "burglary-rate", name: "Burglary rate", measure: "rate",
 *   numerator: { offences: { taxonomy: "police-uk", codes: ["burglary"] }, unit: "offences" },
 *   denominator: {}, multiplier: 1000, polarity: "lower-is-better", decimals: 1 }).success;
 * //=> true
 * ```
 */
export const IndicatorSchema: z.ZodMiniType<Indicator> = indicatorSchema;

/**
 * Validates an indicator, throwing a {@link SchemaError} that lists every problem by path.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path.
 * @returns The indicator.
 * @throws {@link SchemaError} when the input is not a valid indicator.
 * @example
 * ```ts
 * parseIndicator({ id: "hate-reports", name: "Hate crime reports", measure: "count",
 *   numerator: { offences: { flags: ["hate"] }, unit: "offences" }, denominator: null,
 *   polarity: "higher-is-better", decimals: 0 }).polarity;
 * //=> "higher-is-better"
 * ```
 */
export function parseIndicator(input: unknown, options?: ParseOptions): Indicator {
  return parseWith(IndicatorSchema, "Indicator", input, options);
}

/**
 * Validates an indicator without throwing.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link SchemaError}.
 * @throws Never.
 * @example
 * ```ts
 * safeParseIndicator({ id: "x", name: "X", measure: "rate",
 *   numerator: { offences: { description: "x" }, unit: "offences" }, denominator: null,
 *   polarity: "lower-is-better", decimals: 1 }).success;
 * //=> false
 * ```
 */
export function safeParseIndicator(input: unknown, options?: ParseOptions): SafeParseResult<Indicator> {
  return safeParseWith(IndicatorSchema, "Indicator", input, options);
}
