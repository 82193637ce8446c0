import * as z from "zod/mini";
import { exactlyOne } from "./internal/checks.js";
import { wholeNumberError } from "./internal/describe.js";
import { parseWith, safeParseWith } from "./internal/parse.js";
import type { ParseOptions, SafeParseResult } from "./ParseOptions.js";
import { CountingUnitSchema, MonthKeySchema, NonEmptyStringSchema, PeriodSchema } from "./primitives.js";
import type { CountingUnit } from "./primitives.js";
import type { Assert, Same } from "./internal/types.js";
import type { MonthKey, Period } from "@crimestats/periods";

/**
 * A count of offences (or another unit) in an area over a month or period; see {@link CountSchema}.
 */
export interface Count {
  /** The area's code. */
  area: string;
  /** The month counted (give this or `period`). */
  month?: MonthKey | undefined;
  /** The period counted (give this or `month`). */
  period?: Period | undefined;
  /** The offence category's code (or name) in `taxonomy`. */
  offence: string;
  /** The id of the taxonomy `offence` belongs to (`"police-uk"`, `"mps"`). */
  taxonomy?: string | undefined;
  /** A crime flag the counted offences carry (`"domestic-abuse"`, `"hate:islamophobic"`). */
  flag?: string | undefined;
  /** How many (a whole number, not negative). */
  count: number;
  /** What is counted. */
  unit: CountingUnit;
  /** `flow`: events during the period (the default); `stock`: a snapshot such as active cases. */
  kind: "flow" | "stock";
  /** Where the count comes from. */
  source: string;
  /** Which release (counts are revised between releases). */
  vintage: string;
}

const countSchema = z
  .strictObject({
    area: NonEmptyStringSchema,
    month: z.optional(MonthKeySchema),
    period: z.optional(PeriodSchema),
    offence: NonEmptyStringSchema,
    taxonomy: z.optional(NonEmptyStringSchema),
    flag: z.optional(NonEmptyStringSchema),
    count: z.int({ error: wholeNumberError }).check(z.gte(0)),
    unit: CountingUnitSchema,
    kind: z._default(z.enum(["flow", "stock"]), "flow"),
    source: NonEmptyStringSchema,
    vintage: NonEmptyStringSchema,
  })
  .check(
    z.superRefine((c, ctx) => {
      exactlyOne(ctx, c, "month", "period");
    }),
  );

type _CountMatches = Assert<Same<z.infer<typeof countSchema>, Count>>;

/**
 * A count: how many offences (or incidents, victims, calls, referrals, people, cases) of one
 * offence category in one area over one `month` or `period` (exactly one of the two), with the
 * taxonomy the offence code belongs to, an optional crime flag (a count of the offences carrying
 * the `"domestic-abuse"` or a hate flag), whether it is a `flow` (events during the period, the
 * default) or a `stock` (a snapshot, such as active cases), and its source and vintage (counts
 * are revised: two releases of the same month can differ).
 *
 * @example
 * ```ts
 * CountSchema.safeParse({ area: "E09000015", month: "2025-01", offence: "BURGLARY", count: 1268,
 *   unit: "offences", source: "MPS", vintage: "2025-02" }).success;
 * //=> true
 * ```
 */
export const CountSchema: z.ZodMiniType<Count> = countSchema;

/**
 * Validates a count, throwing a {@link SchemaError} that lists every problem by path.
 * `kind` defaults to `"flow"`.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path, e.g. `"counts[3]"`.
 * @returns The count.
 * @throws {@link SchemaError} when the input is not a valid count.
 * @example
 * ```ts
 * parseCount({ area: "E09000015", month: "2019-03", offence: "burglary", count: 120,
 *   unit: "offences", source: "data.police.uk", vintage: "2019-05" }).kind;
 * //=> "flow"
 * ```
 */
export function parseCount(input: unknown, options?: ParseOptions): Count {
  return parseWith(CountSchema, "Count", input, options);
}

/**
 * Validates a count without throwing.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path, e.g. `"counts[3]"`.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link SchemaError}.
 * @throws Never.
 * @example
 * ```ts
 * const r = safeParseCount({ area: "E09000015", month: "2019-13", offence: "burglary", count: 3,
 *   unit: "offences", source: "MPS", vintage: "2019-06" }, { label: "counts[3]" });
 * r.success ? "" : r.error.details.problems.map((p) => `${p.path}: ${p.message}`).join("\n");
 * //=> 'counts[3].month: "2019-13" is not a month (expected YYYY-MM)'
 * ```
 */
export function safeParseCount(input: unknown, options?: ParseOptions): SafeParseResult<Count> {
  return safeParseWith(CountSchema, "Count", input, options);
}
