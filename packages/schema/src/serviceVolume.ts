import * as z from "zod/mini";
import { kebabIdSchema } from "./internal/ids.js";
import { parseWith, safeParseWith } from "./internal/parse.js";
import type { Assert, Same } from "./internal/types.js";
import type { ParseOptions, SafeParseResult } from "./ParseOptions.js";
import { MonthRangeSchema, NonEmptyStringSchema, PolaritySchema } from "./primitives.js";
import type { Polarity } from "./primitives.js";

/**
 * The volume of a service in one period (IDVA referrals, MARAC cases per month), with its target;
 * see {@link ServiceVolumeSchema}.
 */
export interface ServiceVolume {
  /** The measure's kebab-case id (`"idva-referrals"`, `"marac-cases"`). */
  readonly measure: string;
  /** The measure's name ("IDVA referrals"). */
  readonly measureName: string;
  /** The area; absent means the focus area. */
  readonly area?: string | undefined;
  /** The month `"YYYY-MM"` or the run of months `"YYYY-MM/YYYY-MM"`. */
  readonly period: string;
  /** The value, not negative: a count or an average (MARAC cases per month). */
  readonly value: number;
  /** What the value counts ("referrals", "cases per month (average)"). */
  readonly unit: string;
  /** The target for this period, not negative. */
  readonly target?: number | undefined;
  /** Which direction is good (required: more IDVA referrals means more victims supported). */
  readonly polarity: Polarity;
  /** Where the value comes from. */
  readonly source?: string | undefined;
}

const notNegative = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0));

const serviceVolumeSchema = /* @__PURE__ */ z.strictObject({
  measure: kebabIdSchema,
  measureName: NonEmptyStringSchema,
  area: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
  period: MonthRangeSchema,
  value: notNegative,
  unit: NonEmptyStringSchema,
  target: /* @__PURE__ */ z.optional(notNegative),
  polarity: PolaritySchema,
  source: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
});

type _ServiceVolumeMatches = Assert<Same<z.infer<typeof serviceVolumeSchema>, ServiceVolume>>;

/**
 * A service volume: the value (not negative: a count or an average) of one service measure
 * (kebab-case `measure` with its `measureName` and `unit`) in one month or run of months, for the
 * focus area unless `area` says otherwise, with an optional `target` for the period and a required
 * `polarity` (whether more is better depends on the service, so it is never assumed).
 *
 * @example
 * ```ts
 * ServiceVolumeSchema.safeParse({ measure: "idva-referrals", measureName: "IDVA referrals",
 *   period: "2018-04/2019-03", value: 348, unit: "referrals", target: 240, polarity: "higher-is-better" }).success;
 * //=> true
 * ```
 */
export const ServiceVolumeSchema: z.ZodMiniType<ServiceVolume> = serviceVolumeSchema;

/**
 * Validates a service volume, throwing a {@link SchemaError} that lists every problem by path.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path, e.g. `"services[1]"`.
 * @returns The service volume (the same fields as the input).
 * @throws {@link SchemaError} when the input is not a valid service volume.
 * @example
 * ```ts
 * parseServiceVolume({ measure: "marac-cases", measureName: "MARAC cases", period: "2018-04/2019-03",
 *   value: 22, unit: "cases per month (average)", polarity: "higher-is-better" }).value;
 * //=> 22
 * ```
 */
export function parseServiceVolume(input: unknown, options?: ParseOptions): ServiceVolume {
  return parseWith(ServiceVolumeSchema, "ServiceVolume", input, options);
}

/**
 * Validates a service volume without throwing.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path, e.g. `"services[1]"`.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link SchemaError}.
 * @throws Never.
 * @example
 * ```ts
 * const r = safeParseServiceVolume({ measure: "marac-cases", measureName: "MARAC cases", period: "2018-04/2019-03",
 *   value: 22, unit: "cases" }, { label: "services[1]" });
 * r.success ? "" : r.error.details.problems.map((p) => `${p.path}: ${p.message}`).join("\n");
 * //=> 'services[1].polarity: is missing (expected one of "lower-is-better", "higher-is-better", "no-judgement")'
 * ```
 */
export function safeParseServiceVolume(input: unknown, options?: ParseOptions): SafeParseResult<ServiceVolume> {
  return safeParseWith(ServiceVolumeSchema, "ServiceVolume", input, options);
}
