import { describeValue } from "@crimestats/internal";
import * as z from "zod/mini";
import { parseWith, safeParseWith } from "./internal/parse.js";
import type { ParseOptions, SafeParseResult } from "./ParseOptions.js";
import { IsoDateSchema, MonthKeySchema, NonEmptyStringSchema } from "./primitives.js";
import { PriorityKindSchema } from "./priority.js";
import type { PriorityKind } from "./priority.js";
import type { Assert, Same } from "./internal/types.js";
import type { MonthKey } from "@crimestats/periods";

/** What every kind of due date may carry. */
export interface DueText {
  /** The plan's wording ("March 2020", "On going", "????"). */
  text?: string | undefined;
}

/** Due or reviewed in one month. */
export interface DueMonth extends DueText {
  /** The kind of due date. */
  kind: "month";
  /** The month. */
  month: MonthKey;
}

/** Reviewed in several months ("December 2018 … March 2019"). */
export interface DueMonths extends DueText {
  /** The kind of due date. */
  kind: "months";
  /** The months (at least one). */
  months: MonthKey[];
}

/** Ongoing, optionally from a start month. */
export interface DueOngoing extends DueText {
  /** The kind of due date. */
  kind: "ongoing";
  /** The month it started. */
  from?: MonthKey | undefined;
}

/** Reviewed at a cadence ("Quarterly"). */
export interface DueCadence extends DueText {
  /** The kind of due date. */
  kind: "cadence";
  /** How often. */
  cadence: "weekly" | "monthly" | "quarterly" | "six-monthly" | "annually";
}

/** Not known ("????"). */
export interface DueUnknown extends DueText {
  /** The kind of due date. */
  kind: "unknown";
}

/** When an action is due or reviewed; see {@link DueSchema}. */
export type Due = DueMonth | DueMonths | DueOngoing | DueCadence | DueUnknown;

/**
 * A lead for an action; see {@link LeadSchema}.
 */
export interface Lead {
  /** The person's name. */
  name?: string | undefined;
  /** Their role. */
  role?: string | undefined;
  /** Their organisation. */
  organisation?: string | undefined;
}

/**
 * A dated progress update; see {@link ProgressUpdateSchema}.
 */
export interface ProgressUpdate {
  /** The date of the update, `"YYYY-MM-DD"`. */
  date: string;
  /** What it says. */
  text: string;
}

/**
 * One row of a delivery plan; see {@link DeliveryPlanActionSchema}.
 */
export interface DeliveryPlanAction {
  /** An id for the row. */
  id?: string | undefined;
  /** The plan it belongs to ("2019/20 Delivery Plan"). */
  plan?: string | undefined;
  /** The crime group: `high-volume`, `high-harm` or `other`. */
  group?: PriorityKind | undefined;
  /** The partnership priority the action serves ("Domestic abuse and VAWG"). */
  priority?: string | undefined;
  /** The strategic objective it serves (`"1a"`, `"4b"`). */
  objective: string;
  /** The measures and targets block, verbatim. */
  measures: string[];
  /** The action. */
  action: string;
  /** When it is due or reviewed. */
  due: Due;
  /** Who leads it. */
  leads: Lead[];
  /** Where it stands in the plan's life (separate from `rag`). */
  lifecycle: Lifecycle;
  /** Its RAG rating (separate from `lifecycle`). */
  rag: RagRating;
  /** Dated progress updates, oldest first (default `[]`). */
  progress: ProgressUpdate[];
}

/**
 * Where an action stands in the plan's life (Harrow Delivery Plans 2018/19 and 2019/20), separate from its RAG rating:
 * `new` ("NEW ACTION"), `continue` ("CONTINUE 2019/20"), `complete` ("COMPLETE", once printed
 * "COMPLET E"), `remove` ("REMOVE") and `unknown` ("????").
 *
 * @example
 * ```ts
 * LifecycleSchema.safeParse("continue").success;
 * //=> true
 * ```
 */
export const LifecycleSchema: z.ZodMiniEnum<{ [K in Lifecycle]: K }> = /* @__PURE__ */ z.enum(["new", "continue", "complete", "remove", "unknown"]);

/** Where an action stands in the plan's life; see {@link LifecycleSchema}. */
export type Lifecycle = "new" | "continue" | "complete" | "remove" | "unknown";

/**
 * The RAG rating of an action (Harrow Delivery Plans 2018/19 and 2019/20): `red`, `amber`, `green`, or `not-rated` (the 2019/20
 * plan's empty RAG column). COMPLETE + Amber and CONTINUE + Green both occur, so keep it apart
 * from the lifecycle.
 *
 * @example
 * ```ts
 * RagRatingSchema.safeParse("not-rated").success;
 * //=> true
 * ```
 */
export const RagRatingSchema: z.ZodMiniEnum<{ [K in RagRating]: K }> = /* @__PURE__ */ z.enum(["red", "amber", "green", "not-rated"]);

/** The RAG rating of an action; see {@link RagRatingSchema}. */
export type RagRating = "red" | "amber" | "green" | "not-rated";

/** The free-text note every form of a due date may carry (one schema, shared by the five forms). */
const optionalText = /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string());

const dueSchema = /* @__PURE__ */ z.discriminatedUnion("kind", [
  /* @__PURE__ */ z.strictObject({
    kind: /* @__PURE__ */ z.literal("month"),
    month: MonthKeySchema,
    text: optionalText,
  }),
  /* @__PURE__ */ z.strictObject({
    kind: /* @__PURE__ */ z.literal("months"),
    months: /* @__PURE__ */ z.array(MonthKeySchema).check(/* @__PURE__ */ z.minLength(1)),
    text: optionalText,
  }),
  /* @__PURE__ */ z.strictObject({
    kind: /* @__PURE__ */ z.literal("ongoing"),
    from: /* @__PURE__ */ z.optional(MonthKeySchema),
    text: optionalText,
  }),
  /* @__PURE__ */ z.strictObject({
    kind: /* @__PURE__ */ z.literal("cadence"),
    cadence: /* @__PURE__ */ z.enum(["weekly", "monthly", "quarterly", "six-monthly", "annually"]),
    text: optionalText,
  }),
  /* @__PURE__ */ z.strictObject({ kind: /* @__PURE__ */ z.literal("unknown"), text: optionalText }),
]);

type _DueMatches = Assert<Same<z.infer<typeof dueSchema>, Due>>;

/**
 * When an action is due or reviewed (the plans' "Review Point" or "Deadline" column, Harrow Delivery Plans 2018/19 and 2019/20):
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
export const DueSchema: z.ZodMiniType<Due> = dueSchema;

const leadSchema = /* @__PURE__ */ z
  .strictObject({
    name: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
    role: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
    organisation: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
  })
  .check(
    /* @__PURE__ */ z.superRefine((l, ctx) => {
      if (l.name === undefined && l.role === undefined && l.organisation === undefined) {
        ctx.issues.push({ code: "custom", input: l, path: [], message: "names nobody (give a name, role or organisation)" });
      }
    }),
  );

type _LeadMatches = Assert<Same<z.infer<typeof leadSchema>, Lead>>;

/**
 * A lead for an action: a person's name, role and/or organisation (at least one).
 *
 * @example
 * ```ts
 * LeadSchema.safeParse({ role: "Community Safety Manager", organisation: "Harrow Council" }).success;
 * //=> true
 * ```
 */
export const LeadSchema: z.ZodMiniType<Lead> = leadSchema;

const progressUpdateSchema = /* @__PURE__ */ z.strictObject({
  date: IsoDateSchema,
  text: NonEmptyStringSchema,
});

type _ProgressUpdateMatches = Assert<Same<z.infer<typeof progressUpdateSchema>, ProgressUpdate>>;

/**
 * A dated progress update ("UPDATE 10th Jan 2019" becomes `{ date: "2019-01-10", text }`).
 *
 * @example
 * ```ts
 * ProgressUpdateSchema.safeParse({ date: "2019-01-10", text: "UPDATE 10th Jan 2019: …" }).success;
 * //=> true
 * ```
 */
export const ProgressUpdateSchema: z.ZodMiniType<ProgressUpdate> = progressUpdateSchema;

const deliveryPlanActionSchema = /* @__PURE__ */ z
  .strictObject({
    id: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
    plan: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
    group: /* @__PURE__ */ z.optional(PriorityKindSchema),
    priority: /* @__PURE__ */ z.optional(NonEmptyStringSchema),
    objective: NonEmptyStringSchema,
    measures: /* @__PURE__ */ z.array(NonEmptyStringSchema),
    action: NonEmptyStringSchema,
    due: dueSchema,
    leads: /* @__PURE__ */ z.array(leadSchema),
    lifecycle: LifecycleSchema,
    rag: RagRatingSchema,
    progress: /* @__PURE__ */ z._default(/* @__PURE__ */ z.array(progressUpdateSchema), []),
  })
  .check(
    /* @__PURE__ */ z.superRefine((a, ctx) => {
      for (let i = 1; i < a.progress.length; i++) {
        const prev = a.progress[i - 1];
        const cur = a.progress[i];
        if (prev !== undefined && cur !== undefined && cur.date < prev.date) {
          ctx.issues.push({
            code: "custom",
            input: cur.date,
            path: ["progress", i, "date"],
            message: `${describeValue(cur.date)} is before the previous update's ${describeValue(prev.date)} (list updates in date order)`,
          });
        }
      }
    }),
  );

type _DeliveryPlanActionMatches = Assert<Same<z.infer<typeof deliveryPlanActionSchema>, DeliveryPlanAction>>;

/**
 * One row of a delivery plan (Harrow Delivery Plans 2018/19 and 2019/20): the strategic objective it serves (`"1a"`), the crime
 * group (`high-volume` / `high-harm`), optionally the partnership priority it serves, the measures and targets block, the action, when it is due,
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
export const DeliveryPlanActionSchema: z.ZodMiniType<DeliveryPlanAction> = deliveryPlanActionSchema;

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
 *   lifecycle: "new", rag: "not-rated" }).lifecycle;
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
