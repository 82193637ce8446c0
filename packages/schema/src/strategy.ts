import { describeValue } from "@crimestats/internal";
import * as z from "zod/mini";
import { parseWith, safeParseWith } from "./internal/parse.js";
import type { ParseOptions, SafeParseResult } from "./ParseOptions.js";
import { NonEmptyStringSchema, PeriodSchema } from "./primitives.js";
import { PriorityKindSchema, PrioritySchema } from "./priority.js";
import type { Priority, PriorityKind } from "./priority.js";
import type { Assert, Same } from "./internal/types.js";
import type { Period } from "@crimestats/periods";

/**
 * A priority imposed from outside; see {@link MandatoryPrioritySchema}.
 */
export interface MandatoryPriority {
  /** The title as the setting body words it ("Weapon Based Crime"). */
  title: string;
  /** `high-volume`, `high-harm` or `other`. */
  kind: PriorityKind;
  /** Who set it ("MOPAC Police and Crime Plan 2017–21"). */
  setBy?: string | undefined;
}

/**
 * A community-safety strategy; see {@link StrategySchema}.
 */
export interface Strategy {
  /** Stable id (`"harrow-2019-20"`). */
  id: string;
  /** The title. */
  title: string;
  /** The code of the area it covers. */
  area: string;
  /** The period it covers. */
  period: Period;
  /** Its priorities. */
  priorities: Priority[];
  /** Priorities imposed from outside (default `[]`). */
  mandatoryPriorities: MandatoryPriority[];
  /** The source document(s). */
  source?: string | undefined;
  /** Notes: inconsistencies in the source, assumptions made. */
  notes?: string | undefined;
}

const mandatoryPrioritySchema = /* @__PURE__ */ z.strictObject({
  title: NonEmptyStringSchema,
  kind: PriorityKindSchema,
  setBy: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
});

type _MandatoryPriorityMatches = Assert<Same<z.infer<typeof mandatoryPrioritySchema>, MandatoryPriority>>;

/**
 * A priority imposed on the partnership from outside (MOPAC's mandatory high-harm crimes), which
 * the strategy must address whether or not it is one of its own priorities.
 *
 * @example
 * ```ts
 * MandatoryPrioritySchema.safeParse({ title: "Modern Slavery", kind: "high-harm", setBy: "MOPAC" }).success;
 * //=> true
 * ```
 */
export const MandatoryPrioritySchema: z.ZodMiniType<MandatoryPriority> = mandatoryPrioritySchema;

const strategySchema = /* @__PURE__ */ z
  .strictObject({
    id: NonEmptyStringSchema,
    title: NonEmptyStringSchema,
    area: NonEmptyStringSchema,
    period: PeriodSchema,
    priorities: /* @__PURE__ */ z.array(PrioritySchema),
    mandatoryPriorities: /* @__PURE__ */ z._default(/* @__PURE__ */ z.array(mandatoryPrioritySchema), []),
    source: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    notes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  })
  .check(
    /* @__PURE__ */ z.superRefine((s, ctx) => {
      const ids = new Set<string>();
      s.priorities.forEach((p, i) => {
        if (ids.has(p.id)) {
          ctx.issues.push({
            code: "custom",
            input: p.id,
            path: ["priorities", i, "id"],
            message: `${describeValue(p.id)} is used by another priority of this strategy`,
          });
        }
        ids.add(p.id);
      });
    }),
  );

type _StrategyMatches = Assert<Same<z.infer<typeof strategySchema>, Strategy>>;

/**
 * A community-safety strategy (or plan, or priority framework): id, title, the area it covers (a
 * code), the period, its priorities and the mandatory priorities set from outside, with the
 * source document. Checks that priority ids are unique.
 *
 * @example
 * ```ts
 * StrategySchema.safeParse({ id: "s", title: "S", area: "E09000015",
 *   period: { kind: "custom", first: "2023-04", last: "2026-03", label: "2023-26" },
 *   priorities: [] }).success;
 * //=> true
 * ```
 */
export const StrategySchema: z.ZodMiniType<Strategy> = strategySchema;

/**
 * Validates a strategy, throwing a {@link SchemaError} that lists every problem by path.
 * `mandatoryPriorities` defaults to `[]`.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path.
 * @returns The strategy.
 * @throws {@link SchemaError} when the input is not a valid strategy.
 * @example
 * ```ts
 * parseStrategy({ id: "s", title: "S", area: "E09000015",
 *   period: { kind: "custom", first: "2023-04", last: "2026-03", label: "2023-26" },
 *   priorities: [] }).mandatoryPriorities;
 * //=> []
 * ```
 */
export function parseStrategy(input: unknown, options?: ParseOptions): Strategy {
  return parseWith(StrategySchema, "Strategy", input, options);
}

/**
 * Validates a strategy without throwing.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link SchemaError}.
 * @throws Never.
 * @example
 * ```ts
 * safeParseStrategy({ id: "s", title: "S", area: "E09000015", priorities: [] }).success;
 * //=> false
 * ```
 */
export function safeParseStrategy(input: unknown, options?: ParseOptions): SafeParseResult<Strategy> {
  return safeParseWith(StrategySchema, "Strategy", input, options);
}
