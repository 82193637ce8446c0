import * as z from "zod/mini";
import { wholeNumberError } from "./internal/describe.js";
import { parseWith, safeParseWith } from "./internal/parse.js";
import type { ParseOptions, SafeParseResult } from "./ParseOptions.js";
import { CountingUnitSchema, MonthKeySchema, NonEmptyStringSchema } from "./primitives.js";
import type { CountingUnit } from "./primitives.js";
import type { Assert, Same } from "./internal/types.js";
import type { MonthKey } from "@crimestats/periods";

/**
 * One count in long form: how many offences of one category in one area in one month
 * (`{ area, month, offence, count }`), with optional notes on what was counted and where it comes
 * from; see {@link CountRowSchema}. The row every package of the suite reads and writes.
 */
export interface CountRow {
  /** The area's code or name (`"E09000015"`, `"Harrow"`). */
  readonly area: string;
  /** The month counted, `"YYYY-MM"`. */
  readonly month: MonthKey;
  /** The offence category's code or name (`"burglary"`, an MPS minor category). */
  readonly offence: string;
  /** How many (a whole number, not negative). */
  readonly count: number;
  /** The id of the taxonomy `offence` belongs to (`"police-uk"`, `"mps"`). */
  readonly taxonomy?: string | undefined;
  /** A crime flag the counted offences carry (`"domestic-abuse"`, `"hate:islamophobic"`). */
  readonly flag?: string | undefined;
  /** What is counted; absent means offences. */
  readonly unit?: CountingUnit | undefined;
  /** `flow`: events during the month (absent means flow); `stock`: a snapshot such as active cases. */
  readonly kind?: "flow" | "stock" | undefined;
  /** Where the count comes from (`"data.police.uk"`). */
  readonly source?: string | undefined;
  /** Which release (counts are revised between releases), e.g. `"2019-05"`. */
  readonly vintage?: string | undefined;
}

const countRowSchema = /* @__PURE__ */ z.strictObject({
  area: NonEmptyStringSchema,
  month: MonthKeySchema,
  offence: NonEmptyStringSchema,
  count: /* @__PURE__ */ z.int({ error: wholeNumberError }).check(/* @__PURE__ */ z.gte(0)),
  taxonomy: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
  flag: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
  unit: /* @__PURE__ */ z.optional(CountingUnitSchema),
  kind: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["flow", "stock"])),
  source: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
  vintage: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
});

type _CountRowMatches = Assert<Same<z.infer<typeof countRowSchema>, CountRow>>;

/**
 * A count row: how many offences (or incidents, victims, calls, referrals, people, cases, attendances, as
 * `unit` says; offences when absent) of one offence category in one area in one month, a
 * non-negative whole number. Optional fields say which taxonomy the offence code belongs to, a
 * crime flag the counted offences carry (`"domestic-abuse"`, a hate flag), whether the count is a
 * `flow` (events during the month, the meaning when absent) or a `stock` (a snapshot, such as
 * active cases), and its source and vintage (counts are revised: two releases of the same month
 * can differ). A field the schema does not know is a problem, not silently dropped.
 *
 * @example
 * ```ts
 * CountRowSchema.safeParse({ area: "E09000015", month: "2025-01", offence: "BURGLARY", count: 1268 }).success;
 * //=> true
 * ```
 */
export const CountRowSchema: z.ZodMiniType<CountRow> = countRowSchema;

/**
 * Validates a count row, throwing a {@link SchemaError} that lists every problem by path.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path, e.g. `"counts[3]"`.
 * @returns The count row (the same fields as the input).
 * @throws {@link SchemaError} when the input is not a valid count row.
 * @example
 * ```ts
 * parseCountRow({ area: "E09000015", month: "2019-03", offence: "burglary", count: 120,
 *   source: "data.police.uk", vintage: "2019-05" }).count;
 * //=> 120
 * ```
 */
export function parseCountRow(input: unknown, options?: ParseOptions): CountRow {
  return parseWith(CountRowSchema, "CountRow", input, options);
}

/**
 * Validates a count row without throwing.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path, e.g. `"counts[3]"`.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link SchemaError}.
 * @throws Never.
 * @example
 * ```ts
 * const r = safeParseCountRow({ area: "E09000015", month: "2019-13", offence: "burglary", count: 3 },
 *   { label: "counts[3]" });
 * r.success ? "" : r.error.details.problems.map((p) => `${p.path}: ${p.message}`).join("\n");
 * //=> 'counts[3].month: "2019-13" is not a month (expected YYYY-MM)'
 * ```
 */
export function safeParseCountRow(input: unknown, options?: ParseOptions): SafeParseResult<CountRow> {
  return safeParseWith(CountRowSchema, "CountRow", input, options);
}
