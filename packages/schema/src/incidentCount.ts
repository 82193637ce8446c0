import { describeValue } from "@crimestats/internal";
import * as z from "zod/mini";
import { wholeNumberError } from "./internal/describe.js";
import { FLAG_RE, KEBAB_RE, kebabIdSchema } from "./internal/ids.js";
import { parseWith, safeParseWith } from "./internal/parse.js";
import type { Assert, Same } from "./internal/types.js";
import type { ParseOptions, SafeParseResult } from "./ParseOptions.js";
import { AgeBandSchema } from "./population.js";
import { CountingUnitSchema, MonthRangeSchema, NonEmptyStringSchema } from "./primitives.js";
import type { CountingUnit } from "./primitives.js";

/**
 * The incident measures the suite knows by id (their names and polarity come with them): `asb`
 * (anti-social behaviour), `domestic-abuse`, `hate-crime`, `knife-crime`, `gun-crime` and
 * `serious-youth-violence`. Any other kebab-case id is allowed in an {@link IncidentCount} when the
 * row names it in `measureName`.
 *
 * @example
 * ```ts
 * IncidentMeasureSchema.safeParse("knife-crime").success;
 * //=> true
 * ```
 */
export const IncidentMeasureSchema: z.ZodMiniEnum<{ [K in IncidentMeasure]: K }> = /* @__PURE__ */ z.enum([
  "asb",
  "domestic-abuse",
  "hate-crime",
  "knife-crime",
  "gun-crime",
  "serious-youth-violence",
]);

/** A built-in incident measure; see {@link IncidentMeasureSchema}. */
export type IncidentMeasure = "asb" | "domestic-abuse" | "hate-crime" | "knife-crime" | "gun-crime" | "serious-youth-violence";

/**
 * One count of incidents, offences, calls or people for one measure, area and period; see
 * {@link IncidentCountSchema}. A row is a disjoint group: the incidents counted carry exactly the
 * flags listed (a crime with two hate strands is one row with both flags), so a strand's count is the
 * sum of the rows whose flags include it, and strands are never summed to a total (the total is the
 * sum of the rows).
 */
export interface IncidentCount {
  /** The measure's kebab-case id: a built-in {@link IncidentMeasure} or an id named in `measureName`. */
  readonly measure: string;
  /** The measure's name; required when `measure` is not built in ("Offensive weapon offences (young people)"). */
  readonly measureName?: string | undefined;
  /** The area the count is for (the focus area, a comparator or the benchmark area): `"Harrow"`, `"London"`. */
  readonly area: string;
  /** A ward of `area`; absent means the whole area. */
  readonly ward?: string | undefined;
  /** The month `"YYYY-MM"` or the run of months `"YYYY-MM/YYYY-MM"` counted. */
  readonly period: string;
  /** A breakdown within the measure ("Possession of knives and similar"). */
  readonly category?: string | undefined;
  /**
   * The flags every counted incident carries, no more (default `[]`): `"domestic-abuse"`, `"knife"`,
   * `"gun"`, `"injury"`, `"hate:race"`, `"hate:religion"`, `"hate:sexual-orientation"`,
   * `"hate:disability"`, `"hate:transgender"`, `"hate:antisemitic"`, `"hate:islamophobic"`, or any
   * other kebab-case flag (`"repeat-victim"`). Each at most once.
   */
  readonly flags: string[];
  /** The victims' age band (`"0-17"`, `"18-24"`, `"65+"`) or `"unknown"`. */
  readonly victimAgeBand?: string | undefined;
  /** The victims' sex. */
  readonly victimSex?: "female" | "male" | "unknown" | undefined;
  /** How many (a whole number, not negative). */
  readonly count: number;
  /** What is counted; absent means the measure's usual unit (offences, or incidents for ASB). */
  readonly unit?: CountingUnit | undefined;
  /** `flow`: events in the period (absent means flow); `stock`: distinct individuals or cases, never summed across periods. */
  readonly kind?: "flow" | "stock" | undefined;
  /** The count was published already rounded to this base (5): it is never summed or disclosed again. */
  readonly rounded?: number | undefined;
  /** Where the count comes from ("Metropolitan Police CRIS extract"). */
  readonly source?: string | undefined;
}

const notAFlag = (iss: { readonly input?: unknown }): string =>
  `${describeValue(iss.input)} is not a flag (expected kebab-case, optionally behind a prefix: "injury", "hate:race")`;

const victimAgeBandSchema = /* @__PURE__ */ z.string().check(
  /* @__PURE__ */ z.refine((s) => s === "unknown" || (s !== "all" && AgeBandSchema.safeParse(s).success), {
    error: (iss) => `${describeValue(iss.input)} is not a victim age band (expected "0-17", "18-24", "65+" or "unknown")`,
  }),
);

const incidentCountSchema = /* @__PURE__ */ z
  .strictObject({
    measure: kebabIdSchema,
    measureName: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
    area: NonEmptyStringSchema,
    ward: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
    period: MonthRangeSchema,
    category: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
    flags: /* @__PURE__ */ z._default(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(FLAG_RE, { error: notAFlag }))), []),
    victimAgeBand: /* @__PURE__ */ z.optional(victimAgeBandSchema),
    victimSex: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["female", "male", "unknown"])),
    count: /* @__PURE__ */ z.int({ error: wholeNumberError }).check(/* @__PURE__ */ z.gte(0)),
    unit: /* @__PURE__ */ z.optional(CountingUnitSchema),
    kind: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["flow", "stock"])),
    rounded: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int({ error: wholeNumberError }).check(/* @__PURE__ */ z.gt(0))),
    source: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
  })
  .check(
    /* @__PURE__ */ z.superRefine((r, ctx) => {
      // Fields are compared once each is valid (a bad field is reported on its own first).
      if (ctx.issues.length > 0) return;
      if (r.measureName === undefined && !(IncidentMeasureSchema.options as readonly string[]).includes(r.measure) && KEBAB_RE.test(r.measure)) {
        ctx.issues.push({
          code: "custom",
          input: r,
          path: ["measureName"],
          message: `is missing (${describeValue(r.measure)} is not a built-in measure, so name it; built in: ${IncidentMeasureSchema.options.join(", ")})`,
        });
      }
      const seen = new Set<string>();
      r.flags.forEach((flag, i) => {
        if (seen.has(flag)) {
          ctx.issues.push({ code: "custom", input: flag, path: ["flags", i], message: `${describeValue(flag)} is listed twice (list each flag once)` });
        }
        seen.add(flag);
      });
    }),
  );

type _IncidentCountMatches = Assert<Same<z.infer<typeof incidentCountSchema>, IncidentCount>>;

/**
 * An incident count: how many incidents, offences, calls or people (as `unit` says) of one measure
 * (built in: `asb`, `domestic-abuse`, `hate-crime`, `knife-crime`, `gun-crime`,
 * `serious-youth-violence`; any other kebab-case id with a `measureName`) in one area (optionally
 * one ward of it) in one month or run of months, a whole number not below 0. A row is a disjoint
 * group: the counted incidents carry exactly its `flags` (kebab-case, optionally behind a prefix
 * such as `hate:`, each listed once), so a strand's count is the sum of the rows carrying it and
 * the strands are never added up to a total. Optional breakdowns: `category`, `victimAgeBand`,
 * `victimSex`. `kind: "stock"` (distinct people or cases) is never summed across periods;
 * `rounded` (a positive whole number) says the count was published already rounded to that base.
 *
 * @example
 * ```ts
 * IncidentCountSchema.safeParse({ measure: "hate-crime", area: "Harrow", period: "2024-03",
 *   flags: ["hate:race", "hate:religion"], count: 4 }).success;
 * //=> true
 * ```
 */
export const IncidentCountSchema: z.ZodMiniType<IncidentCount> = incidentCountSchema;

/**
 * Validates an incident count, throwing a {@link SchemaError} that lists every problem by path.
 * `flags` defaults to `[]`.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path, e.g. `"incidents[3]"`.
 * @returns The incident count (with `flags` filled in).
 * @throws {@link SchemaError} when the input is not a valid incident count.
 * @example
 * ```ts
 * parseIncidentCount({ measure: "asb", area: "Harrow", period: "2024-01/2024-12", count: 5210, unit: "incidents" }).flags;
 * //=> []
 * ```
 */
export function parseIncidentCount(input: unknown, options?: ParseOptions): IncidentCount {
  return parseWith(IncidentCountSchema, "IncidentCount", input, options);
}

/**
 * Validates an incident count without throwing.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path, e.g. `"incidents[3]"`.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link SchemaError}.
 * @throws Never.
 * @example
 * ```ts
 * const r = safeParseIncidentCount({ measure: "weapons-young-people", area: "Harrow", period: "2018-01/2018-12", count: 37 },
 *   { label: "incidents[0]" });
 * r.success ? "" : r.error.details.problems.map((p) => `${p.path}: ${p.message}`).join("\n");
 * //=> 'incidents[0].measureName: is missing ("weapons-young-people" is not a built-in measure, so name it; built in: asb, domestic-abuse, hate-crime, knife-crime, gun-crime, serious-youth-violence)'
 * ```
 */
export function safeParseIncidentCount(input: unknown, options?: ParseOptions): SafeParseResult<IncidentCount> {
  return safeParseWith(IncidentCountSchema, "IncidentCount", input, options);
}
