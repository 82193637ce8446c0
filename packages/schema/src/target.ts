import { describeValue } from "@crimestats/internal";
import * as z from "zod/mini";
import { parseWith, safeParseWith } from "./internal/parse.js";
import type { ParseOptions, SafeParseResult } from "./ParseOptions.js";
import { PeriodSchema } from "./primitives.js";
import type { Assert, Same } from "./internal/types.js";
import type { Period } from "@crimestats/periods";

/**
 * What every kind of target may carry.
 */
export interface TargetCommon {
  /** The target as worded in the plan, verbatim. */
  description?: string | undefined;
  /** The period the target applies to. */
  period?: Period | undefined;
}

/** Reach a value ("240 new cases per year"); which side is good comes from the indicator's polarity. */
export interface ValueTarget extends TargetCommon {
  /** The kind of target. */
  kind: "value";
  /** The value to reach. */
  value: number;
}

/** Reduce by a percentage against a baseline ("by 10% each year"). */
export interface PercentReductionTarget extends TargetCommon {
  /** The kind of target. */
  kind: "percent-reduction";
  /** The reduction in percent, more than 0 and at most 100. */
  percent: number;
  /** The period the reduction is measured against. */
  baseline?: Period | undefined;
}

/** Do better than the same period last year (better read from the indicator's polarity). */
export interface SamePeriodLastYearTarget extends TargetCommon {
  /** The kind of target. */
  kind: "same-period-last-year";
}

/** Stay between two values, both inclusive. */
export interface RangeTarget extends TargetCommon {
  /** The kind of target. */
  kind: "range";
  /** The lowest acceptable value. */
  lower: number;
  /** The highest acceptable value (not below `lower`). */
  upper: number;
}

/** A target for an indicator; see {@link TargetSchema}. */
export type Target = ValueTarget | PercentReductionTarget | SamePeriodLastYearTarget | RangeTarget;

const targetSchema = /* @__PURE__ */ z.discriminatedUnion("kind", [
  /* @__PURE__ */ z.strictObject({
    kind: /* @__PURE__ */ z.literal("value"),
    value: /* @__PURE__ */ z.number(),
    description: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    period: /* @__PURE__ */ z.optional(PeriodSchema),
  }),
  /* @__PURE__ */ z.strictObject({
    kind: /* @__PURE__ */ z.literal("percent-reduction"),
    percent: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lte(100)),
    baseline: /* @__PURE__ */ z.optional(PeriodSchema),
    description: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    period: /* @__PURE__ */ z.optional(PeriodSchema),
  }),
  /* @__PURE__ */ z.strictObject({
    kind: /* @__PURE__ */ z.literal("same-period-last-year"),
    description: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    period: /* @__PURE__ */ z.optional(PeriodSchema),
  }),
  /* @__PURE__ */ z
    .strictObject({
      kind: /* @__PURE__ */ z.literal("range"),
      lower: /* @__PURE__ */ z.number(),
      upper: /* @__PURE__ */ z.number(),
      description: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
      period: /* @__PURE__ */ z.optional(PeriodSchema),
    })
    .check(
      /* @__PURE__ */ z.superRefine((t, ctx) => {
        if (t.upper < t.lower) {
          ctx.issues.push({ code: "custom", input: t.upper, path: ["upper"], message: `${describeValue(t.upper)} is below lower ${describeValue(t.lower)}` });
        }
      }),
    ),
]);

type _TargetMatches = Assert<Same<z.infer<typeof targetSchema>, Target>>;

/**
 * A target for an indicator, one of four kinds (Harrow Delivery Plans 2018/19 and 2019/20; docs/methods.md#target-variance):
 *
 * - `value`: reach `value` ("240 new cases per year"); which side is good comes from the
 *   indicator's polarity.
 * - `percent-reduction`: reduce by `percent` (0 < percent ≤ 100) against a `baseline` period
 *   ("decrease … by 10% each year").
 * - `same-period-last-year`: do better than the same period last year ("Burglaries are reduced
 *   compared to the same period in the last 12 months"); better is read from the polarity, so a
 *   higher-is-better indicator ("Increase in the reporting of incidents of Hate Crime") uses it too.
 * - `range`: stay between `lower` and `upper` inclusive (lower ≤ upper).
 *
 * Every kind may carry the plan's wording (`description`) and the `period` it applies to.
 *
 * @example
 * ```ts
 * TargetSchema.safeParse({ kind: "percent-reduction", percent: 10, description: "by 10% each year" }).success;
 * //=> true
 * ```
 */
export const TargetSchema: z.ZodMiniType<Target> = targetSchema;

/**
 * Validates a target, throwing a {@link SchemaError} that lists every problem by path.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path.
 * @returns The target.
 * @throws {@link SchemaError} when the input is not a valid target.
 * @example
 * ```ts
 * parseTarget({ kind: "value", value: 240, description: "240 new cases per year" }).kind;
 * //=> "value"
 * ```
 */
export function parseTarget(input: unknown, options?: ParseOptions): Target {
  return parseWith(TargetSchema, "Target", input, options);
}

/**
 * Validates a target without throwing.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link SchemaError}.
 * @throws Never.
 * @example
 * ```ts
 * safeParseTarget({ kind: "range", lower: 10, upper: 5 }).success;
 * //=> false
 * ```
 */
export function safeParseTarget(input: unknown, options?: ParseOptions): SafeParseResult<Target> {
  return safeParseWith(TargetSchema, "Target", input, options);
}
