import * as z from "zod/mini";

/**
 * The five kinds of a partnership's own (local) data, one row type each: `incidents`
 * ({@link IncidentCount}), `youth-justice` ({@link YouthJusticeRecord}), `survey`
 * ({@link SurveyResult}), `service-volumes` ({@link ServiceVolume}) and `delivery-plan`
 * ({@link DeliveryPlanAction}).
 *
 * @example
 * ```ts
 * LocalKindSchema.safeParse("service-volumes").success;
 * //=> true
 * ```
 */
export const LocalKindSchema: z.ZodMiniEnum<{ [K in LocalKind]: K }> = /* @__PURE__ */ z.enum([
  "incidents",
  "youth-justice",
  "survey",
  "service-volumes",
  "delivery-plan",
]);

/** A kind of local data; see {@link LocalKindSchema}. */
export type LocalKind = "incidents" | "youth-justice" | "survey" | "service-volumes" | "delivery-plan";
