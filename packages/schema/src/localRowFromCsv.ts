import { describeValue } from "@crimestats/internal";
import type { MonthKey } from "@crimestats/periods";
import type * as z from "zod/mini";
import { DeliveryPlanActionSchema } from "./deliveryPlanAction.js";
import type { DeliveryPlanAction, Due, Lead } from "./deliveryPlanAction.js";
import { IncidentCountSchema } from "./incidentCount.js";
import type { IncidentCount } from "./incidentCount.js";
import { localColumnSpecs, localSchemaName, type ColumnSpec } from "./internal/localColumns.js";
import { safeParseWith } from "./internal/parse.js";
import type { LocalKind } from "./localKind.js";
import { LocalKindSchema } from "./localKind.js";
import type { SafeParseResult } from "./ParseOptions.js";
import { IsoDateSchema } from "./primitives.js";
import { SchemaError, type SchemaProblem } from "./SchemaError.js";
import { ServiceVolumeSchema } from "./serviceVolume.js";
import type { ServiceVolume } from "./serviceVolume.js";
import { SurveyResultSchema } from "./surveyResult.js";
import type { SurveyResult } from "./surveyResult.js";
import { YouthJusticeRecordSchema } from "./youthJusticeRecord.js";
import type { YouthJusticeRecord } from "./youthJusticeRecord.js";

/** The row type of each kind of local data. */
export interface LocalRowTypes {
  /** {@link IncidentCount} rows. */
  readonly incidents: IncidentCount;
  /** {@link YouthJusticeRecord} rows. */
  readonly "youth-justice": YouthJusticeRecord;
  /** {@link SurveyResult} rows. */
  readonly survey: SurveyResult;
  /** {@link ServiceVolume} rows. */
  readonly "service-volumes": ServiceVolume;
  /** {@link DeliveryPlanAction} rows. */
  readonly "delivery-plan": DeliveryPlanAction;
}

/** A number as written in a cell: digits, optionally with "," between groups of three and a decimal part. */
const NUMBER_RE = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const FULL_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_RE = /^\d{4}-\d{2}$/;
const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const CADENCES: Readonly<Record<string, "weekly" | "monthly" | "quarterly" | "six-monthly" | "annually">> = {
  weekly: "weekly",
  monthly: "monthly",
  quarterly: "quarterly",
  "six-monthly": "six-monthly",
  "six monthly": "six-monthly",
  "half-yearly": "six-monthly",
  annually: "annually",
  annual: "annually",
  yearly: "annually",
};

/** The schema of each kind's rows. */
function rowSchema(kind: LocalKind): z.ZodMiniType<LocalRowTypes[LocalKind]> {
  switch (kind) {
    case "incidents":
      return IncidentCountSchema;
    case "youth-justice":
      return YouthJusticeRecordSchema;
    case "survey":
      return SurveyResultSchema;
    case "service-volumes":
      return ServiceVolumeSchema;
    default:
      return DeliveryPlanActionSchema;
  }
}

/** A number cell as a number; text that is not a number is kept, for the schema to name it. */
function numberCell(cell: string, percent: boolean): number | string {
  const text = percent ? cell.replace(/\s*%$/, "") : cell;
  return NUMBER_RE.test(text) ? Number(text.replaceAll(",", "")) : cell;
}

/** "March 2020" or "Mar 2020" as "2020-03", else null. */
function namedMonth(cell: string): string | null {
  const m = /^([A-Za-z]+)\.?\s+(\d{4})$/.exec(cell);
  if (m === null) return null;
  const word = (m[1] ?? "").toLowerCase();
  const i = MONTH_NAMES.findIndex((name) => name === word || (word.length >= 3 && name.startsWith(word)));
  return i < 0 ? null : `${m[2] ?? ""}-${String(i + 1).padStart(2, "0")}`;
}

/** A due cell as a {@link Due}, or a problem message. */
function dueCell(cell: string): Due | string {
  if (FULL_DATE_RE.test(cell)) {
    return IsoDateSchema.safeParse(cell).success
      ? { kind: "month", month: cell.slice(0, 7) as MonthKey, text: cell }
      : `${describeValue(cell)} is not a date (expected YYYY-MM-DD)`;
  }
  if (MONTH_RE.test(cell)) return { kind: "month", month: cell as MonthKey };
  const month = namedMonth(cell);
  if (month !== null) return { kind: "month", month: month as MonthKey, text: cell };
  const words = cell.toLowerCase().replace(/\s+/g, " ");
  if (/^on ?-?going$/.test(words)) return { kind: "ongoing", text: cell };
  const cadence = CADENCES[words];
  if (cadence !== undefined) return { kind: "cadence", cadence, text: cell };
  return { kind: "unknown", text: cell };
}

/** A lead cell ("Name, Role, Organisation" / …) as leads, or a problem message. */
function leadCell(cell: string): Lead[] | string {
  const leads: Lead[] = [];
  for (const part of cell.split(" / ")) {
    const pieces = part.split(",").map((p) => p.trim());
    if (pieces.length !== 3 || pieces.every((p) => p === "")) {
      return `${describeValue(part.trim())} is not a lead (expected "Name, Role, Organisation", an unknown part left empty with its comma kept, e.g. ", , Harrow Council"; several leads separated by " / ")`;
    }
    const [name, role, organisation] = pieces as [string, string, string];
    leads.push({ ...(name === "" ? {} : { name }), ...(role === "" ? {} : { role }), ...(organisation === "" ? {} : { organisation }) });
  }
  return leads;
}

/** A progress cell (one "YYYY-MM-DD: text" a line) as updates, or a problem message. */
function progressCell(cell: string): { date: string; text: string }[] | string {
  const updates: { date: string; text: string }[] = [];
  for (const line of cell.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const m = /^\s*(\d{4}-\d{2}-\d{2})\s*:\s*(.*\S)\s*$/.exec(line);
    if (m === null) return `${describeValue(line.trim())} is not a progress update (expected "YYYY-MM-DD: what was done", one a line)`;
    updates.push({ date: m[1] ?? "", text: m[2] ?? "" });
  }
  return updates;
}

/** The field value of one non-empty cell, or a problem message (`{ problem }`). */
function fieldValue(spec: ColumnSpec, cell: string): { readonly value: unknown } | { readonly problem: string } {
  if (spec.values !== undefined) {
    const normal = cell.toLowerCase().replace(/\s+/g, "-");
    return { value: spec.values.includes(normal) ? normal : cell };
  }
  switch (spec.cell) {
    case "number":
    case "percent":
      return { value: numberCell(cell, spec.cell === "percent") };
    case "list":
      return {
        value: cell
          .split(";")
          .map((s) => s.trim())
          .filter((s) => s !== ""),
      };
    case "lead": {
      const leads = leadCell(cell);
      return typeof leads === "string" ? { problem: leads } : { value: leads };
    }
    case "due": {
      const due = dueCell(cell);
      return typeof due === "string" ? { problem: due } : { value: due };
    }
    case "progress": {
      const progress = progressCell(cell);
      return typeof progress === "string" ? { problem: progress } : { value: progress };
    }
    default:
      return { value: cell };
  }
}

/**
 * Reads one row of a local-data CSV (`{ column: cell }`, as a CSV reader gives it) as a row of its
 * kind, then validates it with the kind's schema ({@link IncidentCountSchema},
 * {@link YouthJusticeRecordSchema}, {@link SurveyResultSchema}, {@link ServiceVolumeSchema} or
 * {@link DeliveryPlanActionSchema}). Cells are trimmed and an empty cell is an absent value (an
 * empty list for `flags`, `lead`, `measures` and `progress`). Numbers may have "," between groups
 * of three digits (`"2,240"`), and a `percent` cell a trailing "%" (`"12.5%"`); a column with a
 * fixed list of values ignores case and reads spaces as "-" (`"Not rated"` is `not-rated`). `flags`
 * and `measures` are separated by ";". A delivery plan's `lead` is "Name, Role, Organisation" (a
 * part may be empty, its comma kept), several separated by " / "; its `due` is a date
 * `YYYY-MM-DD` (kept as its month, the date as the text), a month `YYYY-MM` or "March 2020",
 * "Ongoing", a cadence ("Quarterly"), or other words (an unknown date, the words kept as its text);
 * its `progress` is one "YYYY-MM-DD: text" a line. Every problem's path is the CSV column at fault,
 * and a column the layout does not have is a problem too.
 *
 * @param kind - The kind of local data (see {@link localLayout}).
 * @param record - The row, by column name.
 * @returns `{ success: true, data }` with the typed row, or `{ success: false, error }` with a {@link SchemaError} whose problems name the columns (one problem when `record` is not an object of cells).
 * @throws {@link SchemaError} when `kind` is not one of the five kinds.
 * @example
 * ```ts
 * const r = localRowFromCsv("incidents", { measure: "asb", area: "Harrow", period: "2024-01/2024-12",
 *   flags: "", count: "2,240", unit: "Incidents" });
 * r.success ? r.data : r.error.message;
 * //=> { measure: "asb", area: "Harrow", period: "2024-01/2024-12", flags: [], count: 2240, unit: "incidents" }
 * ```
 */
export function localRowFromCsv<K extends LocalKind>(kind: K, record: Readonly<Record<string, string>>): SafeParseResult<LocalRowTypes[K]> {
  if (!LocalKindSchema.safeParse(kind).success) {
    throw new SchemaError("LocalKind", [
      {
        path: "kind",
        message: `${describeValue(kind)} is not a kind of local data (expected one of ${LocalKindSchema.options.join(", ")})`,
        code: "invalid_value",
      },
    ]);
  }
  const specs = localColumnSpecs(kind);
  const schema = rowSchema(kind);
  const name = localSchemaName(kind);
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    const message = `${describeValue(record)} is not a row (expected the cells of one CSV row by column name)`;
    return { success: false, error: new SchemaError(name, [{ path: "", message, code: "invalid_type" }]) };
  }
  const problems: SchemaProblem[] = [];
  const row: Record<string, unknown> = {};
  const byName = new Map(specs.map((s) => [s.name, s]));
  for (const [column, raw] of Object.entries(record)) {
    const spec = byName.get(column.trim());
    if (spec === undefined) {
      problems.push({
        path: column,
        message: `is not a column of the ${kind} template (expected one of ${specs.map((s) => s.name).join(", ")})`,
        code: "unrecognized_keys",
      });
      continue;
    }
    const cell = typeof raw === "string" ? raw.trim() : raw;
    if (cell === "") continue;
    if (typeof cell !== "string") {
      problems.push({ path: spec.name, message: `${describeValue(cell)} is not text (expected the cell as read from the CSV)`, code: "invalid_type" });
      continue;
    }
    const v = fieldValue(spec, cell);
    if ("problem" in v) problems.push({ path: spec.name, message: v.problem, code: "custom" });
    else row[spec.field] = v.value;
  }
  for (const spec of specs) {
    if ((spec.cell === "list" || spec.cell === "lead" || spec.cell === "progress") && row[spec.field] === undefined) row[spec.field] = [];
  }
  const parsed = safeParseWith(schema, name, row);
  if (parsed.success && problems.length === 0) return parsed as SafeParseResult<LocalRowTypes[K]>;
  const byField = new Map(specs.map((s) => [s.field, s]));
  const reported = new Set(problems.map((p) => p.path));
  const schemaProblems = parsed.success
    ? []
    : parsed.error.details.problems
        .map((p) => {
          const spec = byField.get(/^[^.[]*/.exec(p.path)?.[0] ?? "");
          if (spec === undefined) return p;
          // An empty required cell is named with the column's type in words, not the row field's JSON type.
          const missing = spec.values === undefined && /^is missing \(expected /.test(p.message);
          return { ...p, path: spec.name, message: missing ? `is missing (expected ${spec.type})` : p.message };
        })
        // A cell that could not be read is reported once, not again as missing.
        .filter((p) => !reported.has(p.path));
  return { success: false, error: new SchemaError(name, [...problems, ...schemaProblems]) };
}
