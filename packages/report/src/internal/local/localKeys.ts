import { localLayout, toJSONSchema } from "@crimestats/schema";
import type { LocalKind } from "../../localTypes.js";

/** The JSON field names of a kind's rows (camelCase), from its JSON Schema, for messages. */
export function localJsonFields(kind: LocalKind): string[] {
  const schema = toJSONSchema()[localLayout(kind).schema] as { properties?: Record<string, unknown> };
  return Object.keys(schema.properties ?? {});
}

/**
 * The fields that identify a row of each kind of local data: two rows with the same values of
 * these fields count the same thing twice, so the second is a `duplicate-row` problem. A field
 * absent from a row is a value of its own (a row without `ward` is the whole area, another with
 * a ward is not its duplicate); an incident row's `flags` are compared as a set.
 *
 * - incidents: measure, area, ward, period, category, flags, victim age band, victim sex, unit,
 *   kind (flow or stock);
 * - youth justice: measure, area, period, cohort name;
 * - survey: question, survey, area, period;
 * - service volumes: measure, area, period;
 * - delivery plan: priority, objective, action.
 */
export const LOCAL_KEY_FIELDS: Readonly<Record<LocalKind, readonly string[]>> = {
  incidents: ["measure", "area", "ward", "period", "category", "flags", "victimAgeBand", "victimSex", "unit", "kind"],
  "youth-justice": ["measure", "area", "period", "cohortName"],
  survey: ["question", "survey", "area", "period"],
  "service-volumes": ["measure", "area", "period"],
  "delivery-plan": ["priority", "objective", "action"],
};

/** The key of a row (its identifying fields, see {@link LOCAL_KEY_FIELDS}) as one string; case and surrounding spaces of text are ignored. */
export function localRowKey(kind: LocalKind, row: object): string {
  const record = row as Readonly<Record<string, unknown>>;
  return JSON.stringify(
    LOCAL_KEY_FIELDS[kind].map((field) => {
      const value = record[field];
      if (Array.isArray(value)) return [...value].map((v) => String(v).trim().toLowerCase()).sort();
      return typeof value === "string" ? value.trim().toLowerCase() : (value ?? null);
    }),
  );
}

/** The identifying fields of a kind in words, for a duplicate's message: "measure, area, ward, period, …". */
export function localKeyWords(kind: LocalKind): string {
  return LOCAL_KEY_FIELDS[kind].join(", ");
}
