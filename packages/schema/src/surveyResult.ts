import { roundDecimal } from "@crimestats/internal";
import * as z from "zod/mini";
import { wholeNumberError } from "./internal/describe.js";
import { parseWith, safeParseWith } from "./internal/parse.js";
import type { Assert, Same } from "./internal/types.js";
import type { ParseOptions, SafeParseResult } from "./ParseOptions.js";
import { MonthRangeSchema, NonEmptyStringSchema, PolaritySchema } from "./primitives.js";
import type { Polarity } from "./primitives.js";

/**
 * One survey result: the share of respondents in one area and period who agree with a statement;
 * see {@link SurveyResultSchema}.
 */
export interface SurveyResult {
  /** The measure as worded ("Police do a good job in the local area"). */
  readonly question: string;
  /** The survey ("MOPAC Public Attitude Survey"). */
  readonly survey?: string | undefined;
  /** The area. */
  readonly area: string;
  /** The month `"YYYY-MM"` or the run of months `"YYYY-MM/YYYY-MM"` of the fieldwork. */
  readonly period: string;
  /** How many respondents agreed (a whole number, at most `base`). */
  readonly agreeing?: number | undefined;
  /** The percentage agreeing, 0 to 100 (as printed). */
  readonly percent?: number | undefined;
  /** The sample base (a whole number above 0); without it there is no interval, so areas are listed, never ranked. */
  readonly base?: number | undefined;
  /** Which direction is good; absent means `higher-is-better`. */
  readonly polarity?: Polarity | undefined;
}

/** How many decimals `x` is printed with (`45.3` → 1). */
function printedDecimals(x: number): number {
  return (String(x).split(".")[1] ?? "").length;
}

const surveyResultSchema = /* @__PURE__ */ z
  .strictObject({
    question: NonEmptyStringSchema,
    survey: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
    area: NonEmptyStringSchema,
    period: MonthRangeSchema,
    agreeing: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int({ error: wholeNumberError }).check(/* @__PURE__ */ z.gte(0))),
    percent: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(100))),
    base: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int({ error: wholeNumberError }).check(/* @__PURE__ */ z.gt(0))),
    polarity: /* @__PURE__ */ z.optional(PolaritySchema),
  })
  .check(
    /* @__PURE__ */ z.superRefine((r, ctx) => {
      // Fields are compared once each is valid (a bad field is reported on its own first).
      if (ctx.issues.length > 0) return;
      const problem = (path: string, message: string): void => {
        ctx.issues.push({ code: "custom", input: r, path: [path], message });
      };
      if (r.agreeing === undefined && r.percent === undefined) {
        problem("percent", "is missing (give percent, or agreeing with base)");
        return;
      }
      if (r.agreeing === undefined) return;
      if (r.base === undefined) {
        problem("base", "is missing (agreeing is a count of respondents, so give the sample base)");
        return;
      }
      if (r.agreeing > r.base) {
        problem("agreeing", `${r.agreeing} is more than the base of ${r.base}`);
        return;
      }
      if (r.percent !== undefined) {
        const decimals = printedDecimals(r.percent);
        const computed = roundDecimal((100 * r.agreeing) / r.base, decimals);
        if (computed !== r.percent) {
          problem("percent", `${r.percent} does not agree with ${r.agreeing} agreeing of ${r.base} (${computed} to the same decimals)`);
        }
      }
    }),
  );

type _SurveyResultMatches = Assert<Same<z.infer<typeof surveyResultSchema>, SurveyResult>>;

/**
 * A survey result: how many of a sample in one area and period agreed with a statement
 * (`question`, as worded). Give `percent` (0 to 100), or `agreeing` with `base`, or all three, when
 * `percent` must be `agreeing / base` rounded half up to the decimals it is printed with (`36.4` for
 * 12 of 33). `agreeing` is at most `base`. `polarity` says which direction is good (absent means
 * `higher-is-better`). Without `base` no interval can be computed, so areas are listed, never
 * ranked or tested.
 *
 * @example
 * ```ts
 * SurveyResultSchema.safeParse({ question: "Police do a good job in the local area", area: "Harrow",
 *   period: "2018-04/2018-06", percent: 67 }).success;
 * //=> true
 * ```
 */
export const SurveyResultSchema: z.ZodMiniType<SurveyResult> = surveyResultSchema;

/**
 * Validates a survey result, throwing a {@link SchemaError} that lists every problem by path.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path, e.g. `"surveys[0]"`.
 * @returns The survey result (the same fields as the input).
 * @throws {@link SchemaError} when the input is not a valid survey result.
 * @example
 * ```ts
 * parseSurveyResult({ question: "Police treat everyone fairly", area: "Harrow", period: "2018-04/2018-06",
 *   agreeing: 12, base: 33, percent: 36.4 }).percent;
 * //=> 36.4
 * ```
 */
export function parseSurveyResult(input: unknown, options?: ParseOptions): SurveyResult {
  return parseWith(SurveyResultSchema, "SurveyResult", input, options);
}

/**
 * Validates a survey result without throwing.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path, e.g. `"surveys[0]"`.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link SchemaError}.
 * @throws Never.
 * @example
 * ```ts
 * const r = safeParseSurveyResult({ question: "Police treat everyone fairly", area: "Harrow",
 *   period: "2018-04/2018-06", agreeing: 12, base: 33, percent: 36.3 }, { label: "surveys[0]" });
 * r.success ? "" : r.error.details.problems.map((p) => `${p.path}: ${p.message}`).join("\n");
 * //=> "surveys[0].percent: 36.3 does not agree with 12 agreeing of 33 (36.4 to the same decimals)"
 * ```
 */
export function safeParseSurveyResult(input: unknown, options?: ParseOptions): SafeParseResult<SurveyResult> {
  return safeParseWith(SurveyResultSchema, "SurveyResult", input, options);
}
