import * as z from "zod/mini";
import { AreaSchema } from "./area.js";
import { ComparatorGroupSchema } from "./comparatorGroup.js";
import { CountRowSchema } from "./countRow.js";
import { DeliveryPlanActionSchema } from "./deliveryPlanAction.js";
import { IncidentCountSchema } from "./incidentCount.js";
import { IndicatorSchema } from "./indicator.js";
import { PopulationSchema } from "./population.js";
import { PeriodSchema } from "./primitives.js";
import { PrioritySchema } from "./priority.js";
import { RecordingBreakSchema } from "./recordingBreak.js";
import { ServiceVolumeSchema } from "./serviceVolume.js";
import { StrategySchema } from "./strategy.js";
import { SurveyResultSchema } from "./surveyResult.js";
import { TargetSchema } from "./target.js";
import { CategorySchema, TaxonomySchema } from "./taxonomy.js";
import { YouthJusticeRecordSchema } from "./youthJusticeRecord.js";

/** The names of the schemas {@link toJSONSchema} exports (also the names of the shipped files). */
export type SchemaName =
  | "Taxonomy"
  | "Category"
  | "Area"
  | "Population"
  | "CountRow"
  | "Indicator"
  | "Target"
  | "Priority"
  | "Strategy"
  | "ComparatorGroup"
  | "DeliveryPlanAction"
  | "Period"
  | "RecordingBreak"
  | "IncidentCount"
  | "YouthJusticeRecord"
  | "SurveyResult"
  | "ServiceVolume";

/** A JSON Schema document (draft 2020-12), as produced by zod's `toJSONSchema`. */
export type JsonSchema = z.core.JSONSchema.BaseSchema;

/**
 * Every schema of the package as JSON Schema (draft 2020-12), so analysts in Python or R can
 * validate the same data (`jsonschema` in Python, `jsonvalidate` in R). The same documents ship
 * with the package as `dist/json-schema/<Name>.schema.json`, importable as
 * `@crimestats/schema/json-schema/<Name>.schema.json`.
 *
 * The documents describe the input a parser accepts (fields with defaults are optional) and carry
 * the structure, enumerations, patterns (months, dates, age bands) and ranges. The cross-field
 * checks that JSON Schema cannot express are not in them and only the zod parsers apply them:
 * GSS code prefix by area level, first month not after last, a period's months fitting its kind,
 * unique codes and ids, parents and target indicators that exist, rate denominators and
 * multipliers, progress updates in date order, a recording break's like-for-like rows holding its affected
 * rows, and in the local rows: a run of months not ending before it starts, a measure name for a
 * measure that is not built in, flags listed once, the fields each youth-justice measure needs
 * (reoffenders at most the cohort, re-offences at least the reoffenders), a survey's agreeing count
 * with its base, at most the base and agreeing with its percent.
 *
 * @returns A fresh object from schema name to JSON Schema document (each with a `title`).
 * @throws Never.
 * @example
 * ```ts
 * const schemas = toJSONSchema();
 * schemas.CountRow.properties?.["unit"];
 * //=> { type: "string", enum: ["offences", "incidents", "victims", "calls", "referrals", "people", "cases", "attendances"] }
 * ```
 */
export function toJSONSchema(): Record<SchemaName, JsonSchema> {
  const schemas: Record<SchemaName, z.core.$ZodType> = {
    Taxonomy: TaxonomySchema,
    Category: CategorySchema,
    Area: AreaSchema,
    Population: PopulationSchema,
    CountRow: CountRowSchema,
    Indicator: IndicatorSchema,
    Target: TargetSchema,
    Priority: PrioritySchema,
    Strategy: StrategySchema,
    ComparatorGroup: ComparatorGroupSchema,
    DeliveryPlanAction: DeliveryPlanActionSchema,
    Period: PeriodSchema,
    RecordingBreak: RecordingBreakSchema,
    IncidentCount: IncidentCountSchema,
    YouthJusticeRecord: YouthJusticeRecordSchema,
    SurveyResult: SurveyResultSchema,
    ServiceVolume: ServiceVolumeSchema,
  };
  const out = {} as Record<SchemaName, JsonSchema>;
  for (const name of Object.keys(schemas) as SchemaName[]) {
    const doc = z.toJSONSchema(schemas[name], { io: "input", unrepresentable: "any" }) as JsonSchema;
    out[name] = { title: name, ...doc };
  }
  return out;
}
