import { describeValue } from "@crimestats/internal";
import * as z from "zod/mini";
import { parseWith, safeParseWith } from "./internal/parse.js";
import { exactlyOne } from "./internal/checks.js";
import { wholeNumberError } from "./internal/describe.js";
import type { ParseOptions, SafeParseResult } from "./ParseOptions.js";
import { NonEmptyStringSchema, PeriodSchema } from "./primitives.js";
import type { Assert, Same } from "./internal/types.js";
import type { Period } from "@crimestats/periods";

/**
 * A resident population; see {@link PopulationSchema}.
 */
export interface Population {
  /** The area's code. */
  area: string;
  /** The mid-year the estimate is for (give this or `period`). */
  year?: number | undefined;
  /** The period the figure applies to (give this or `year`). */
  period?: Period | undefined;
  /** The number of people (not negative). */
  value: number;
  /** The age band: `"all"`, `"10-17"`, `"65+"`. */
  ageBand?: string | undefined;
  /** A sub-group ("Muslim" for an Islamophobic hate-crime rate). */
  subGroup?: string | undefined;
  /** Where the figure comes from ("ONS mid-year estimates", "2011 Census KS209EW"). */
  source: string;
  /** Which release ("mid-2017"); say it, since one vintage is often reused for several years. */
  vintage: string;
}

const notAnAgeBand = (iss: { readonly input?: unknown }): string => `${describeValue(iss.input)} is not an age band (expected "all", "10-17" or "65+")`;

/**
 * An age band: `"all"`, a closed range `"10-17"` (both ends inclusive, low ≤ high) or an
 * open-ended `"65+"`.
 *
 * @example
 * ```ts
 * AgeBandSchema.safeParse("16-64").success;
 * //=> true
 * ```
 */
export const AgeBandSchema = /* @__PURE__ */ z.string().check(
  /* @__PURE__ */ z.regex(/^(all|\d{1,3}\+|\d{1,3}-\d{1,3})$/, { error: notAnAgeBand, abort: true }),
  /* @__PURE__ */ z.refine(
    (s) => {
      if (s === "all" || /^\d{1,3}\+$/.test(s)) return true;
      const m = /^(\d{1,3})-(\d{1,3})$/.exec(s);
      return m !== null && Number(m[1]) <= Number(m[2]);
    },
    { error: notAnAgeBand },
  ),
);

const populationSchema = /* @__PURE__ */ z
  .strictObject({
    area: NonEmptyStringSchema,
    year: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int({ error: wholeNumberError }).check(/* @__PURE__ */ z.gte(1000), /* @__PURE__ */ z.lte(9999))),
    period: /* @__PURE__ */ z.optional(PeriodSchema),
    value: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
    ageBand: /* @__PURE__ */ z.optional(AgeBandSchema),
    subGroup: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
    source: NonEmptyStringSchema,
    vintage: NonEmptyStringSchema,
  })
  .check(
    /* @__PURE__ */ z.superRefine((p, ctx) => {
      exactlyOne(ctx, p, "year", "period");
    }),
  );

type _PopulationMatches = Assert<Same<z.infer<typeof populationSchema>, Population>>;

/**
 * A resident population: the area (code), the mid-year `year` or a `period` it applies to (exactly
 * one), the value, and optionally an age band and a sub-group (the Muslim population used for an
 * Islamophobic hate-crime rate), with its source and vintage ("ONS mid-2017"). Say which vintage a
 * figure comes from: the same vintage is often reused for several years (ONS mid-year estimates).
 *
 * @example
 * ```ts
 * PopulationSchema.safeParse({ area: "E09000015", year: 2017, value: 248880,
 *   source: "ONS mid-year estimates", vintage: "mid-2017" }).success;
 * //=> true
 * ```
 */
export const PopulationSchema: z.ZodMiniType<Population> = populationSchema;

/**
 * Validates a population, throwing a {@link SchemaError} that lists every problem by path.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path.
 * @returns The population.
 * @throws {@link SchemaError} when the input is not a valid population.
 * @example
 * ```ts
 * parsePopulation({ area: "E09000015", year: 2017, value: 248880, ageBand: "all",
 *   source: "ONS mid-year estimates", vintage: "mid-2017" }).value;
 * //=> 248880
 * ```
 */
export function parsePopulation(input: unknown, options?: ParseOptions): Population {
  return parseWith(PopulationSchema, "Population", input, options);
}

/**
 * Validates a population without throwing.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link SchemaError}.
 * @throws Never.
 * @example
 * ```ts
 * safeParsePopulation({ area: "E09000015", year: 2017, value: -1, source: "ONS", vintage: "mid-2017" }).success;
 * //=> false
 * ```
 */
export function safeParsePopulation(input: unknown, options?: ParseOptions): SafeParseResult<Population> {
  return safeParseWith(PopulationSchema, "Population", input, options);
}
