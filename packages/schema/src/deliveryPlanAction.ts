import * as z from "zod/mini";
import { show } from "./internal/describe.js";
import { parseWith, safeParseWith } from "./internal/parse.js";
import type { ParseOptions, SafeParseResult } from "./ParseOptions.js";
import { IsoDateSchema, MonthKeySchema, NonEmptyStringSchema } from "./primitives.js";
import { PriorityKindSchema } from "./priority.js";

/**
 * Where an action stands in the plan's life (DOMAIN §8.2), separate from its RAG rating:
 * `new` ("NEW ACTION"), `continue` ("CONTINUE 2019/20"), `complete` ("COMPLETE", once printed
 * "COMPLET E"), `remove` ("REMOVE") and `unknown` ("????").
 */
export const LifecycleSchema = z.enum(["new", "continue", "complete", "remove", "unknown"]);

/** Where an action stands in the plan's life; see {@link LifecycleSchema}. */
export type Lifecycle = z.infer<typeof LifecycleSchema>;

/**
 * The RAG rating of an action (DOMAIN §8.1): `red`, `amber`, `green`, or `unrated` (the 2019/20
 * plan's empty RAG column). COMPLETE + Amber and CONTINUE + Green both occur, so keep it apart
 * from the lifecycle.
 */
export const RagSchema = z.enum(["red", "amber", "green", "unrated"]);

/** The RAG rating of an action; see {@link RagSchema}. */
export type Rag = z.infer<typeof RagSchema>;

const text = { text: z.optional(z.string()) };

/**
 * When an action is due or reviewed (the plans' "Review Point" or "Deadline" column, DOMAIN §8.3):
 *
 * - `{ kind: "month", month }`: a month ("March 2020").
 * - `{ kind: "months", months }`: several review dates ("December 2018 … March 2019").
 * - `{ kind: "ongoing", from? }`: "Ongoing" / "On going", optionally from a start month.
 * - `{ kind: "cadence", cadence }`: a review cadence ("Quarterly"): `weekly`, `monthly`,
 *   `quarterly`, `six-monthly` or `annually`.
 * - `{ kind: "unknown" }`: "????".
 *
 * Each may keep the plan's wording in `text`.
 *
 * @example
 * ```ts
 * DueSchema.safeParse({ kind: "cadence", cadence: "quarterly", text: "Quarterly" }).success;
 * //=> true
 * ```
 */
export const DueSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("month"), month: MonthKeySchema, ...text }),
  z.strictObject({ kind: z.literal("months"), months: z.array(MonthKeySchema).check(z.minLength(1)), ...text }),
  z.strictObject({ kind: z.literal("ongoing"), from: z.optional(MonthKeySchema), ...text }),
  z.strictObject({
    kind: z.literal("cadence"),
    cadence: z.enum(["weekly", "monthly", "quarterly", "six-monthly", "annually"]),
    ...text,
  }),
  z.strictObject({ kind: z.literal("unknown"), ...text }),
]);

/** When an action is due or reviewed; see {@link DueSchema}. */
export type Due = z.infer<typeof DueSchema>;

/**
 * A lead for an action: a person's name, role and/or organisation (at least one).
 */
export const LeadSchema = z
  .strictObject({
    name: z.optional(NonEmptyStringSchema),
    role: z.optional(NonEmptyStringSchema),
    organisation: z.optional(NonEmptyStringSchema),
  })
  .check(
    z.superRefine((l, ctx) => {
      if (l.name === undefined && l.role === undefined && l.organisation === undefined) {
        ctx.issues.push({ code: "custom", input: l, path: [], message: "names nobody (give a name, role or organisation)" });
      }
    }),
  );

/** A lead for an action; see {@link LeadSchema}. */
export type Lead = z.infer<typeof LeadSchema>;

/**
 * A dated progress update ("UPDATE 10th Jan 2019" becomes `{ date: "2019-01-10", text }`).
 */
export const ProgressUpdateSchema = z.strictObject({
  date: IsoDateSchema,
  text: NonEmptyStringSchema,
});

/** A dated progress update; see {@link ProgressUpdateSchema}. */
export type ProgressUpdate = z.infer<typeof ProgressUpdateSchema>;

/**
 * One row of a delivery plan (DOMAIN §8.3): the strategic objective it serves (`"1a"`), the crime
 * group (`high-volume` / `high-harm`), the measures and targets block, the action, when it is due,
 * its leads, its lifecycle and its RAG rating (two separate fields), and dated progress updates
 * (in date order).
 *
 * @example
 * ```ts
 * DeliveryPlanActionSchema.safeParse({ objective: "1a", measures: [], action: "Run workshops",
 *   due: { kind: "ongoing" }, leads: [{ organisation: "Harrow Council" }],
 *   lifecycle: "complete", rag: "amber" }).success;
 * //=> true
 * ```
 */
export const DeliveryPlanActionSchema = z
  .strictObject({
    id: z.optional(NonEmptyStringSchema),
    plan: z.optional(NonEmptyStringSchema),
    group: z.optional(PriorityKindSchema),
    objective: NonEmptyStringSchema,
    measures: z.array(NonEmptyStringSchema),
    action: NonEmptyStringSchema,
    due: DueSchema,
    leads: z.array(LeadSchema),
    lifecycle: LifecycleSchema,
    rag: RagSchema,
    progress: z._default(z.array(ProgressUpdateSchema), []),
  })
  .check(
    z.superRefine((a, ctx) => {
      for (let i = 1; i < a.progress.length; i++) {
        const prev = a.progress[i - 1];
        const cur = a.progress[i];
        if (prev !== undefined && cur !== undefined && cur.date < prev.date) {
          ctx.issues.push({
            code: "custom",
            input: cur.date,
            path: ["progress", i, "date"],
            message: `${show(cur.date)} is before the previous update's ${show(prev.date)} (list updates in date order)`,
          });
        }
      }
    }),
  );

/** One row of a delivery plan; see {@link DeliveryPlanActionSchema}. */
export type DeliveryPlanAction = z.infer<typeof DeliveryPlanActionSchema>;

/**
 * Validates a delivery-plan action, throwing a {@link SchemaError} that lists every problem by
 * path. `progress` defaults to `[]`.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path.
 * @returns The action.
 * @throws {@link SchemaError} when the input is not a valid action.
 * @example
 * ```ts
 * parseDeliveryPlanAction({ objective: "4b", measures: ["As above"], action: "Share data",
 *   due: { kind: "month", month: "2020-03", text: "March 2020" }, leads: [],
 *   lifecycle: "new", rag: "unrated" }).lifecycle;
 * //=> "new"
 * ```
 */
export function parseDeliveryPlanAction(input: unknown, options?: ParseOptions): DeliveryPlanAction {
  return parseWith(DeliveryPlanActionSchema, "DeliveryPlanAction", input, options);
}

/**
 * Validates a delivery-plan action without throwing.
 *
 * @param input - The value to check.
 * @param options - `label` to prefix every problem's path.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link SchemaError}.
 * @throws Never.
 * @example
 * ```ts
 * safeParseDeliveryPlanAction({ objective: "1a", measures: [], action: "A", due: { kind: "ongoing" },
 *   leads: [], lifecycle: "COMPLETE", rag: "amber" }).success;
 * //=> false
 * ```
 */
export function safeParseDeliveryPlanAction(input: unknown, options?: ParseOptions): SafeParseResult<DeliveryPlanAction> {
  return safeParseWith(DeliveryPlanActionSchema, "DeliveryPlanAction", input, options);
}
