import { describeValue } from "@crimestats/internal";
import * as z from "zod/mini";
import { parseWith, safeParseWith } from "./internal/parse.js";
import type { ParseOptions, SafeParseResult } from "./ParseOptions.js";
import { NonEmptyStringSchema } from "./primitives.js";
import type { Assert, Same } from "./internal/types.js";

/**
 * A comparator group and its aggregation rule; see {@link ComparatorGroupSchema}.
 */
export interface ComparatorGroup {
  /** Stable id. */
  id: string;
  /** Name as shown ("Neighbouring boroughs", "London"). */
  name: string;
  /** The members' area codes (unique). */
  members: string[];
  /** How the members' figures combine. */
  aggregation: Aggregation;
  /** Whether the area being compared is one of the members (HMIC MSG averages include it). */
  includesSelf: boolean;
  /** The code of the area being compared. */
  self?: string | undefined;
  /** Who publishes the group or its figure. */
  publisher?: string | undefined;
  /** Notes. */
  description?: string | undefined;
}

/**
 * How a comparator group's figure is formed (docs/methods.md#comparator-groups):
 *
 * - `pooled`: Σcount / Σpopulation over the members ("London rate").
 * - `mean-of-rates`: the unweighted mean of the members' rates (MOPAC priority-area average,
 *   HMIC most-similar-group average).
 * - `median-of-rates`: the median of the members' rates.
 * - `external`: a published value taken as given (YOT family, national).
 *
 * @example
 * ```ts
 * AggregationSchema.safeParse("meanOfRates").success;
 * //=> false
 * ```
 */
export const AggregationSchema: z.ZodMiniEnum<{ [K in Aggregation]: K }> = /* @__PURE__ */ z.enum(["pooled", "mean-of-rates", "median-of-rates", "external"]);

/** How a comparator group's figure is formed; see {@link AggregationSchema}. */
export type Aggregation = "pooled" | "mean-of-rates" | "median-of-rates" | "external";

const comparatorGroupSchema = /* @__PURE__ */ z
  .strictObject({
    id: NonEmptyStringSchema,
    name: NonEmptyStringSchema,
    members: /* @__PURE__ */ z.array(NonEmptyStringSchema).check(/* @__PURE__ */ z.minLength(1)),
    aggregation: AggregationSchema,
    includesSelf: /* @__PURE__ */ z.boolean(),
    self: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
    publisher: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
    description: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  })
  .check(
    /* @__PURE__ */ z.superRefine((g, ctx) => {
      const seen = new Set<string>();
      g.members.forEach((m, i) => {
        if (seen.has(m)) ctx.issues.push({ code: "custom", input: m, path: ["members", i], message: `${describeValue(m)} is listed twice` });
        seen.add(m);
      });
      if (g.self !== undefined && seen.has(g.self) !== g.includesSelf) {
        ctx.issues.push({
          code: "custom",
          input: g.includesSelf,
          path: ["includesSelf"],
          message: g.includesSelf
            ? `is true but self ${describeValue(g.self)} is not among the members`
            : `is false but self ${describeValue(g.self)} is among the members`,
        });
      }
    }),
  );

type _ComparatorGroupMatches = Assert<Same<z.infer<typeof comparatorGroupSchema>, ComparatorGroup>>;

/**
 * A comparator group: its members (area codes, unique), how their figures aggregate, whether the
 * area being compared (`self`) is one of the members (HMIC MSG averages include the force itself),
 * and who publishes it. When `self` is given, `includesSelf` must agree with the member list.
 *
 * @example
 * ```ts
 * ComparatorGroupSchema.safeParse({ id: "neighbours", name: "Neighbouring boroughs",
 *   members: ["E09000003", "E09000005", "E09000009", "E09000015", "E09000017"],
 *   aggregation: "mean-of-rates", includesSelf: true, self: "E09000015" }).success;
 * //=> true
 * ```
 */
export const ComparatorGroupSchema: z.ZodMiniType<ComparatorGroup> = comparatorGroupSchema;

/**
 * Validates a comparator group, throwing a {@link SchemaError} that lists every problem by path.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path.
 * @returns The comparator group.
 * @throws {@link SchemaError} when the input is not a valid comparator group.
 * @example
 * ```ts
 * parseComparatorGroup({ id: "london", name: "London", members: ["E12000007"],
 *   aggregation: "pooled", includesSelf: false }).aggregation;
 * //=> "pooled"
 * ```
 */
export function parseComparatorGroup(input: unknown, options?: ParseOptions): ComparatorGroup {
  return parseWith(ComparatorGroupSchema, "ComparatorGroup", input, options);
}

/**
 * Validates a comparator group without throwing.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link SchemaError}.
 * @throws Never.
 * @example
 * ```ts
 * safeParseComparatorGroup({ id: "g", name: "G", members: ["A", "A"],
 *   aggregation: "pooled", includesSelf: false }).success;
 * //=> false
 * ```
 */
export function safeParseComparatorGroup(input: unknown, options?: ParseOptions): SafeParseResult<ComparatorGroup> {
  return safeParseWith(ComparatorGroupSchema, "ComparatorGroup", input, options);
}
