import { isPeriod } from "@crimestats/periods";
import {
  safeParseDeliveryPlanAction,
  safeParseIncidentCount,
  safeParseServiceVolume,
  safeParseStrategy,
  safeParseSurveyResult,
  safeParseYouthJusticeRecord,
  type LocalKind,
  type SafeParseResult,
} from "@crimestats/schema";
import { ReportError } from "../ReportError.js";
import type { StrategicAssessmentInput } from "../strategicAssessment.js";
import { describeValue } from "@crimestats/internal";
import { isSuiteError } from "./suiteErrors.js";

const POLARITIES = ["lower-is-better", "higher-is-better", "no-judgement"];

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function bad(
  field: string,
  value: unknown,
  expected: string,
  code: "invalid-argument" | "invalid-population" = "invalid-argument",
  caller = "strategicAssessment",
): ReportError {
  return new ReportError(code, `${caller}: ${field} is ${describeValue(value)}: expected ${expected}.`, { field });
}

function checkOptionalText(field: string, value: unknown): void {
  if (value !== undefined && typeof value !== "string") throw bad(field, value, "a string or nothing");
}

function checkTextList(field: string, value: unknown, optional: boolean): void {
  if (optional && value === undefined) return;
  if (!Array.isArray(value)) throw bad(field, value, optional ? "a list of strings or nothing" : "a list of strings");
  for (let i = 0; i < value.length; i += 1) {
    if (typeof value[i] !== "string") throw bad(`${field}[${i}]`, value[i], "a string");
  }
}

function checkOptionalObject(field: string, value: unknown, expected: string): void {
  if (value !== undefined && !isRecord(value)) throw bad(field, value, `${expected} or nothing`);
}

function checkResidents(record: Record<string, unknown>, prefix: string, caller: string): void {
  for (const [area, n] of Object.entries(record)) {
    if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) {
      throw bad(`${prefix}the population of ${JSON.stringify(area)}`, n, "a whole number of residents from 0 to 2^53 - 1", "invalid-population", caller);
    }
  }
}

/** Populations: one record of residents by area, or a non-empty list of estimates by year (each year once), given to `caller`. */
export function checkPopulations(populations: unknown, caller = "strategicAssessment"): void {
  const expected = "an object of residents by area, or a list of estimates by year [{ year, populations, source? }]";
  const fail = (field: string, value: unknown, what: string): ReportError => bad(field, value, what, "invalid-argument", caller);
  if (isRecord(populations)) {
    checkResidents(populations, "", caller);
    return;
  }
  if (!Array.isArray(populations) || populations.length === 0) throw fail("populations", populations, expected);
  const years = new Set<number>();
  populations.forEach((e: unknown, i) => {
    const field = `populations[${i}]`;
    if (!isRecord(e)) throw fail(field, e, "an estimate { year, populations, source? }");
    const year = e["year"];
    if (typeof year !== "number" || !Number.isSafeInteger(year) || year < 1000 || year > 9999) throw fail(`${field}.year`, year, "a four-digit year");
    if (years.has(year)) throw fail(`${field}.year`, year, "each year once");
    years.add(year);
    if (!isRecord(e["populations"])) throw fail(`${field}.populations`, e["populations"], "an object of residents by area");
    checkResidents(e["populations"], `${field}: `, caller);
    if (e["source"] !== undefined && typeof e["source"] !== "string") throw fail(`${field}.source`, e["source"], "a string or nothing");
  });
}

/**
 * Checks the whole input of `strategicAssessment` (other than the count rows, which `countTable`
 * checks as it reads them) before anything is computed, so a malformed value is named in a
 * `ReportError` (`invalid-argument`, `invalid-population` for a population, `invalid-data` for
 * priorities that are not a valid framework) instead of surfacing as a TypeError or a non-finite figure.
 */
export function checkAssessmentInput(input: unknown): asserts input is StrategicAssessmentInput {
  if (!isRecord(input)) throw bad("the input", input, "an object with counts, populations, area, benchmarkArea and priorities");
  if (typeof input["area"] !== "string" || input["area"] === "") throw bad("area", input["area"], "the name of the focus area");
  const benchmarkArea = input["benchmarkArea"];
  if (!isRecord(benchmarkArea))
    throw bad("benchmarkArea", benchmarkArea, 'the wider area the focus area belongs to, e.g. { name: "Cumbria", membersName: "districts" }');
  for (const field of ["name", "membersName"]) {
    const text = benchmarkArea[field];
    if (typeof text !== "string" || text.trim() === "") throw bad(`benchmarkArea.${field}`, text, "a non-empty string");
  }
  const group = input["comparatorGroup"];
  if (group !== undefined) {
    if (!isRecord(group)) throw bad("comparatorGroup", group, "a comparator group { name, members } or nothing");
    if (group["name"] !== undefined && (typeof group["name"] !== "string" || group["name"].trim() === ""))
      throw bad("comparatorGroup.name", group["name"], "a non-empty string or nothing");
    checkTextList("comparatorGroup.members", group["members"], false);
  }
  checkPopulations(input["populations"]);
  checkOptionalText("end", input["end"]);
  if (input["period"] !== undefined && !isPeriod(input["period"])) {
    throw bad("period", input["period"], "a period of @crimestats/periods (e.g. financialYear(2024)) or nothing");
  }
  const priorities = input["priorities"];
  if (Array.isArray(priorities)) {
    for (let i = 0; i < priorities.length; i += 1) {
      const p: unknown = priorities[i];
      const field = `priorities[${i}]`;
      if (!isRecord(p)) throw bad(field, p, "a priority { id, name, offences }");
      if (typeof p["id"] !== "string") throw bad(`${field}.id`, p["id"], "a string");
      if (typeof p["name"] !== "string" || p["name"] === "") throw bad(`${field}.name`, p["name"], "a non-empty string");
      checkTextList(`${field}.offences`, p["offences"], false);
      if (p["polarity"] !== undefined && !POLARITIES.includes(p["polarity"] as string)) {
        throw bad(`${field}.polarity`, p["polarity"], `one of ${POLARITIES.map((x) => `"${x}"`).join(", ")} or nothing`);
      }
    }
  } else {
    const parsed = safeParseStrategy(priorities);
    if (!parsed.success) {
      throw new ReportError(
        "invalid-data",
        `strategicAssessment: priorities is ${describeValue(priorities)} that is not a priority framework (${firstProblems(parsed.error.message)}): expected a list of priorities or a Strategy.`,
        { field: "priorities" },
      );
    }
  }
  if (input["change"] !== undefined && input["change"] !== "year-earlier" && input["change"] !== "none")
    throw bad("change", input["change"], '"year-earlier", "none" or nothing');
  if (input["synthetic"] !== undefined && typeof input["synthetic"] !== "boolean") throw bad("synthetic", input["synthetic"], "true, false or nothing");
  checkTextList("sources", input["sources"], true);
  checkTextList("notes", input["notes"], true);
  checkOptionalText("title", input["title"]);
  if (input["breaks"] !== undefined && !Array.isArray(input["breaks"])) throw bad("breaks", input["breaks"], "a list of recording breaks or nothing");
  if (input["detectedBreaks"] !== undefined && typeof input["detectedBreaks"] !== "boolean")
    throw bad("detectedBreaks", input["detectedBreaks"], "true, false or nothing");
  if (input["ragRule"] !== undefined && typeof input["ragRule"] !== "function") throw bad("ragRule", input["ragRule"], "a function or nothing");
  checkOptionalObject("ragScheme", input["ragScheme"], "a RAG scheme of @crimestats/rag");
  const wards = input["wards"];
  if (wards !== undefined && !isRecord(wards)) throw bad("wards", wards, "{ counts } or nothing");
  checkOptionalObject("disclosure", input["disclosure"], "a disclosure policy of @crimestats/disclosure");
  if (input["local"] !== undefined) {
    checkLocalMeasures(input["local"], "strategicAssessment", "local");
    parsedLocalRows(input["local"], "strategicAssessment", "local");
  }
  if (input["reconciliation"] !== undefined && input["reconciliation"] !== null) {
    checkOptionalObject("reconciliation", input["reconciliation"], "an input reconciliation");
  }
}

/** The fields of `LocalMeasuresInput`: the lists of rows, then the rest. */
const LOCAL_ROWS = ["incidents", "youthJustice", "surveys", "services", "plan"] as const;
const LOCAL_FIELDS: readonly string[] = [...LOCAL_ROWS, "synthetic", "sources", "streetPoints", "openData"];

/**
 * Checks the shape of a `LocalMeasuresInput` (the partnership's own data) given to `caller` as
 * `field` (`"local"` of the assessment's input; `""` when it is the whole input of
 * `localSections`, whose own fields `extra` names): an object whose fields are known (an unknown
 * field is an error naming it, so a misspelt `incident` is never silently ignored), lists of rows
 * where rows are expected, `synthetic` true or false, `sources` text, `openData` measure ids. Throws `ReportError`
 * `invalid-argument`.
 */
export function checkLocalMeasures(value: unknown, caller: string, field: string, extra: readonly string[] = []): asserts value is Record<string, unknown> {
  const name = (f: string): string => (field === "" ? f : `${field}.${f}`);
  const fail = (f: string, v: unknown, expected: string): ReportError =>
    new ReportError("invalid-argument", `${caller}: ${f} is ${describeValue(v)}: expected ${expected}.`, { field: f });
  if (!isRecord(value))
    throw fail(field === "" ? "the input" : field, value, "the partnership's own data { incidents?, youthJustice?, surveys?, services?, plan?, … }");
  const known = [...LOCAL_FIELDS, ...extra];
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new ReportError("invalid-argument", `${caller}: ${name(key)} is not a field of the local data: expected one of ${known.join(", ")}.`, {
        field: name(key),
      });
    }
  }
  for (const key of [...LOCAL_ROWS, "streetPoints"]) {
    if (value[key] !== undefined && !Array.isArray(value[key])) throw fail(name(key), value[key], "a list of rows or nothing");
  }
  if (value["synthetic"] !== undefined && typeof value["synthetic"] !== "boolean") throw fail(name("synthetic"), value["synthetic"], "true, false or nothing");
  const sources = value["sources"];
  if (sources !== undefined) {
    if (!Array.isArray(sources)) throw fail(name("sources"), sources, "a list of strings or nothing");
    sources.forEach((s: unknown, i) => {
      if (typeof s !== "string") throw fail(`${name("sources")}[${i}]`, s, "a string");
    });
  }
  const openData = value["openData"];
  if (openData !== undefined && (!Array.isArray(openData) || openData.some((m: unknown) => typeof m !== "string")))
    throw fail(name("openData"), openData, "a list of measure ids or nothing");
  (value["streetPoints"] as unknown[] | undefined)?.forEach((point, i) => {
    if (!isRecord(point)) throw fail(`${name("streetPoints")}[${i}]`, point, "a street-level crime of @crimestats/police-data");
  });
}

/** The lists of rows of the local data, each with its kind, the schema parser of its rows and what a row is, in words (`readLocalFile` parses a JSON file's rows with them too). */
export const LOCAL_PARSERS: readonly {
  readonly field: string;
  readonly kind: LocalKind;
  readonly parse: (row: unknown, options?: { readonly label?: string }) => SafeParseResult<unknown>;
  readonly what: string;
}[] = [
  { field: "incidents", kind: "incidents", parse: safeParseIncidentCount, what: "an incident count" },
  { field: "youthJustice", kind: "youth-justice", parse: safeParseYouthJusticeRecord, what: "a youth justice record" },
  { field: "surveys", kind: "survey", parse: safeParseSurveyResult, what: "a survey result" },
  { field: "services", kind: "service-volumes", parse: safeParseServiceVolume, what: "a service volume" },
  { field: "plan", kind: "delivery-plan", parse: safeParseDeliveryPlanAction, what: "a delivery plan action" },
];

/**
 * The lists of rows of local data (already shaped, see {@link checkLocalMeasures}), each row as
 * its parser of @crimestats/schema returns it (defaults filled in); a row the schema rejects is a
 * `ReportError` `invalid-data` naming the row (`local.incidents[3]`) and its first three problems.
 */
export function parsedLocalRows(value: Record<string, unknown>, caller: string, field: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { field: key, parse, what } of LOCAL_PARSERS) {
    const rows = value[key];
    if (rows === undefined) continue;
    out[key] = (rows as readonly unknown[]).map((row, i) => {
      const label = `${field === "" ? "" : `${field}.`}${key}[${i}]`;
      return parsedRow(parse(row, { label }), row, label, what, caller);
    });
  }
  return out;
}

/** The first three problems of a schema error's message (one a line after a heading) on one line, and how many more. */
function firstProblems(message: string): string {
  const lines = message.split("\n");
  const problems = (lines.length > 1 ? lines.slice(1) : lines).map((p) => p.trim());
  const shown = problems.slice(0, 3).join("; ") + (problems.length > 3 ? `; ${problems.length - 3} more` : "");
  return shown.replace(/[.;:]+$/, "");
}

/** A row as its parser returns it, or the ReportError `invalid-data` naming the row and its first three problems. */
function parsedRow<T>(parsed: SafeParseResult<T>, row: unknown, label: string, what: string, caller: string): T {
  if (parsed.success) return parsed.data;
  throw new ReportError("invalid-data", `${caller}: ${label} is ${describeValue(row)} that is not ${what} (${firstProblems(parsed.error.message)}).`, {
    field: label,
  });
}

/**
 * `error` as this package's error: a `ReportError` passes through; an error of another package
 * of the suite (e.g. a TaxonomyError for an offence label that is not an MPS category, a RagError
 * for a malformed rating rule) becomes `ReportError` `invalid-data` with the same message.
 */
export function asReportError(error: unknown): unknown {
  if (error instanceof ReportError || !isSuiteError(error)) return error;
  return new ReportError("invalid-data", error.message, { code: error.code });
}
