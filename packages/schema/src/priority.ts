import { describeValue } from "@crimestats/internal";
import * as z from "zod/mini";
import { parseWith, safeParseWith } from "./internal/parse.js";
import type { ParseOptions, SafeParseResult } from "./ParseOptions.js";
import { IndicatorSchema } from "./indicator.js";
import { NonEmptyStringSchema } from "./primitives.js";
import { TargetSchema } from "./target.js";
import type { Indicator } from "./indicator.js";
import type { Target } from "./target.js";
import type { Assert, Same } from "./internal/types.js";

/**
 * A target attached to one of a priority's indicators; see {@link PriorityTargetSchema}.
 */
export interface PriorityTarget {
  /** The `id` of one of the priority's indicators. */
  indicator: string;
  /** The target. */
  target: Target;
}

/**
 * A priority of a strategy; see {@link PrioritySchema}.
 */
export interface Priority {
  /** Id, unique within its strategy. */
  id: string;
  /** The number as printed (`"HV1"`, `"1a"`). */
  number?: string | undefined;
  /** The title. */
  title: string;
  /** `high-volume`, `high-harm` or `other`. */
  kind: PriorityKind;
  /** The offences it covers, as the source names them. */
  offences: string[];
  /** The objective, verbatim. */
  objective?: string | undefined;
  /** Its indicators. */
  indicators: Indicator[];
  /** Targets on its indicators (default `[]`). */
  targets: PriorityTarget[];
}

/**
 * The kind of a priority: since 2017 every Harrow priority is labelled `high-volume` or
 * `high-harm` (Harrow's community-safety strategies); `other` covers earlier frameworks and themes.
 *
 * @example
 * ```ts
 * PriorityKindSchema.safeParse("high-harm").success;
 * //=> true
 * ```
 */
export const PriorityKindSchema: z.ZodMiniEnum<{ [K in PriorityKind]: K }> = /* @__PURE__ */ z.enum(["high-volume", "high-harm", "other"]);

/** The kind of a priority: `high-volume`, `high-harm` or `other`. */
export type PriorityKind = "high-volume" | "high-harm" | "other";

const priorityTargetSchema = /* @__PURE__ */ z.strictObject({
  indicator: NonEmptyStringSchema,
  target: TargetSchema,
});

type _PriorityTargetMatches = Assert<Same<z.infer<typeof priorityTargetSchema>, PriorityTarget>>;

/**
 * A target attached to one of a priority's indicators (by the indicator's `id`).
 *
 * @example
 * ```ts
 * PriorityTargetSchema.safeParse({ indicator: "idva-cases", target: { kind: "value", value: 240 } }).success;
 * //=> true
 * ```
 */
export const PriorityTargetSchema: z.ZodMiniType<PriorityTarget> = priorityTargetSchema;

const prioritySchema = /* @__PURE__ */ z
  .strictObject({
    id: NonEmptyStringSchema,
    number: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
    title: NonEmptyStringSchema,
    kind: PriorityKindSchema,
    offences: /* @__PURE__ */ z.array(NonEmptyStringSchema),
    objective: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    indicators: /* @__PURE__ */ z.array(IndicatorSchema),
    targets: /* @__PURE__ */ z._default(/* @__PURE__ */ z.array(priorityTargetSchema), []),
  })
  .check(
    /* @__PURE__ */ z.superRefine((p, ctx) => {
      const ids = new Set<string>();
      p.indicators.forEach((ind, i) => {
        if (ids.has(ind.id)) {
          ctx.issues.push({
            code: "custom",
            input: ind.id,
            path: ["indicators", i, "id"],
            message: `${describeValue(ind.id)} is used by another indicator of this priority`,
          });
        }
        ids.add(ind.id);
      });
      p.targets.forEach((t, i) => {
        if (!ids.has(t.indicator)) {
          ctx.issues.push({
            code: "custom",
            input: t.indicator,
            path: ["targets", i, "indicator"],
            message: `${describeValue(t.indicator)} is not the id of an indicator of this priority`,
          });
        }
      });
    }),
  );

type _PriorityMatches = Assert<Same<z.infer<typeof prioritySchema>, Priority>>;

/**
 * A priority of a strategy: its id, number as printed (`"HV1"`, `"1a"`), title, kind, the
 * offences it covers as the source names them, its objective (verbatim), its indicators and the
 * targets set on them. Checks that indicator ids are unique and that every target names one of
 * the priority's indicators.
 *
 * @example
 * ```ts
 * PrioritySchema.safeParse({ id: "burglary", title: "Burglary", kind: "high-volume",
 *   offences: ["burglary"], indicators: [], targets: [] }).success;
 * //=> true
 * ```
 */
export const PrioritySchema: z.ZodMiniType<Priority> = prioritySchema;

/**
 * Validates a priority, throwing a {@link SchemaError} that lists every problem by path.
 * `targets` defaults to `[]`.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path.
 * @returns The priority.
 * @throws {@link SchemaError} when the input is not a valid priority.
 * @example
 * ```ts
 * parsePriority({ id: "asb", number: "HV3", title: "ASB", kind: "high-volume",
 *   offences: ["anti-social behaviour"], indicators: [] }).targets;
 * //=> []
 * ```
 */
export function parsePriority(input: unknown, options?: ParseOptions): Priority {
  return parseWith(PrioritySchema, "Priority", input, options);
}

/**
 * Validates a priority without throwing.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link SchemaError}.
 * @throws Never.
 * @example
 * ```ts
 * safeParsePriority({ id: "x", title: "X", kind: "medium-harm", offences: [], indicators: [] }).success;
 * //=> false
 * ```
 */
export function safeParsePriority(input: unknown, options?: ParseOptions): SafeParseResult<Priority> {
  return safeParseWith(PrioritySchema, "Priority", input, options);
}
