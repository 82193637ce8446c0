import * as z from "zod/mini";
import { wholeNumberError } from "./internal/describe.js";
import { parseWith, safeParseWith } from "./internal/parse.js";
import type { Assert, Same } from "./internal/types.js";
import type { ParseOptions, SafeParseResult } from "./ParseOptions.js";
import { MonthRangeSchema, NonEmptyStringSchema } from "./primitives.js";

/**
 * One youth-justice figure for one area and period; see {@link YouthJusticeRecordSchema}.
 */
export interface YouthJusticeRecord {
  /** `first-time-entrants`, `reoffending` or `custody`. */
  readonly measure: "first-time-entrants" | "reoffending" | "custody";
  /** The area: `"Harrow"`, `"YOT family"`, `"England and Wales"`. */
  readonly area: string;
  /** First-time entrants and custody: the months counted; reoffending: the cohort's months (`"2017-01/2017-03"`). */
  readonly period: string;
  /** First-time entrants, or custodial sentences (a whole number, not negative). */
  readonly count?: number | undefined;
  /** First-time entrants and custody: residents aged 10 to 17 (a whole number above 0), for a rate. */
  readonly population10to17?: number | undefined;
  /** Reoffending: the cohort's size (a whole number above 0). */
  readonly cohort?: number | undefined;
  /** Reoffending: how many of the cohort re-offended (a whole number, at most `cohort`). */
  readonly reoffenders?: number | undefined;
  /** Reoffending: their re-offences (a whole number, at least `reoffenders`). */
  readonly reoffences?: number | undefined;
  /** Reoffending: a published binary rate, 0 to 100, given only when the cohort is not. */
  readonly percent?: number | undefined;
  /** The series the row belongs to ("YJB national cohort", "Local FTE starters"). */
  readonly cohortName?: string | undefined;
  /** Where the figure comes from. */
  readonly source?: string | undefined;
}

const whole = /* @__PURE__ */ z.int({ error: wholeNumberError });
const wholeAtLeast0 = /* @__PURE__ */ z.optional(/* @__PURE__ */ whole.check(/* @__PURE__ */ z.gte(0)));
const wholeAbove0 = /* @__PURE__ */ z.optional(/* @__PURE__ */ whole.check(/* @__PURE__ */ z.gt(0)));

const REOFFENDING_FIELDS = ["cohort", "reoffenders", "reoffences", "percent"] as const;
const COUNT_FIELDS = ["count", "population10to17"] as const;

const youthJusticeRecordSchema = /* @__PURE__ */ z
  .strictObject({
    measure: /* @__PURE__ */ z.enum(["first-time-entrants", "reoffending", "custody"]),
    area: NonEmptyStringSchema,
    period: MonthRangeSchema,
    count: wholeAtLeast0,
    population10to17: wholeAbove0,
    cohort: wholeAbove0,
    reoffenders: wholeAtLeast0,
    reoffences: wholeAtLeast0,
    percent: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(100))),
    cohortName: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
    source: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
  })
  .check(
    /* @__PURE__ */ z.superRefine((r, ctx) => {
      // Fields are compared once each is valid (a bad field is reported on its own first).
      if (ctx.issues.length > 0) return;
      const problem = (path: string, message: string): void => {
        ctx.issues.push({ code: "custom", input: r, path: [path], message });
      };
      if (r.measure !== "reoffending") {
        if (r.count === undefined) problem("count", `is missing (a ${r.measure} row gives the count)`);
        for (const f of REOFFENDING_FIELDS) {
          if (r[f] !== undefined) problem(f, `is for reoffending rows only (this row is ${r.measure})`);
        }
        return;
      }
      for (const f of COUNT_FIELDS) {
        if (r[f] !== undefined) problem(f, "is for first-time-entrants and custody rows only (this row is reoffending)");
      }
      if (r.percent !== undefined) {
        for (const f of ["cohort", "reoffenders", "reoffences"] as const) {
          if (r[f] !== undefined) problem(f, "is given together with percent (give cohort and reoffenders, or percent alone)");
        }
        return;
      }
      if (r.cohort === undefined) problem("cohort", "is missing (a reoffending row gives cohort and reoffenders, or percent alone)");
      if (r.reoffenders === undefined) problem("reoffenders", "is missing (a reoffending row gives cohort and reoffenders, or percent alone)");
      if (r.cohort !== undefined && r.reoffenders !== undefined && r.reoffenders > r.cohort) {
        problem("reoffenders", `${r.reoffenders} is more than the cohort of ${r.cohort}`);
      }
      if (r.reoffences !== undefined && r.reoffenders !== undefined && r.reoffences < r.reoffenders) {
        problem("reoffences", `${r.reoffences} is fewer than the ${r.reoffenders} reoffenders (each reoffender committed at least one)`);
      }
    }),
  );

type _YouthJusticeRecordMatches = Assert<Same<z.infer<typeof youthJusticeRecordSchema>, YouthJusticeRecord>>;

/**
 * A youth-justice record for one area and period, one of three measures:
 *
 * - `first-time-entrants` and `custody`: `count` (first-time entrants, custodial sentences), with
 *   `population10to17` (residents aged 10 to 17) for a rate; without it the row gives a count only.
 * - `reoffending`: the cohort's `cohort` size and `reoffenders` (at most the cohort), optionally
 *   `reoffences` (at least the reoffenders); or, for an area whose cohort was not published,
 *   `percent` (0 to 100) alone.
 *
 * A field of another measure is a problem. Rows of one `cohortName` form one series.
 *
 * @example
 * ```ts
 * YouthJusticeRecordSchema.safeParse({ measure: "reoffending", area: "Harrow", period: "2017-01/2017-03",
 *   cohort: 33, reoffenders: 12, reoffences: 33 }).success;
 * //=> true
 * ```
 */
export const YouthJusticeRecordSchema: z.ZodMiniType<YouthJusticeRecord> = youthJusticeRecordSchema;

/**
 * Validates a youth-justice record, throwing a {@link SchemaError} that lists every problem by path.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path, e.g. `"youthJustice[2]"`.
 * @returns The record (the same fields as the input).
 * @throws {@link SchemaError} when the input is not a valid youth-justice record.
 * @example
 * ```ts
 * parseYouthJusticeRecord({ measure: "first-time-entrants", area: "Harrow", period: "2017-10/2018-09",
 *   count: 41, population10to17: 22110 }).count;
 * //=> 41
 * ```
 */
export function parseYouthJusticeRecord(input: unknown, options?: ParseOptions): YouthJusticeRecord {
  return parseWith(YouthJusticeRecordSchema, "YouthJusticeRecord", input, options);
}

/**
 * Validates a youth-justice record without throwing.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path, e.g. `"youthJustice[2]"`.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link SchemaError}.
 * @throws Never.
 * @example
 * ```ts
 * const r = safeParseYouthJusticeRecord({ measure: "reoffending", area: "Harrow", period: "2017-01/2017-03",
 *   cohort: 33, reoffenders: 40 }, { label: "youthJustice[2]" });
 * r.success ? "" : r.error.details.problems.map((p) => `${p.path}: ${p.message}`).join("\n");
 * //=> "youthJustice[2].reoffenders: 40 is more than the cohort of 33"
 * ```
 */
export function safeParseYouthJusticeRecord(input: unknown, options?: ParseOptions): SafeParseResult<YouthJusticeRecord> {
  return safeParseWith(YouthJusticeRecordSchema, "YouthJusticeRecord", input, options);
}
