import { ReportError } from "../ReportError.js";
import { isSuiteError } from "./suiteErrors.js";
import { describeValue } from "@crimestats/internal";
import { isRecord } from "./assessmentInput.js";

/**
 * Checks the top level of a Strategic Assessment result before a renderer walks it, naming the
 * first field that is missing or of the wrong type: `title`, `area`, the `current` and
 * `previous` periods, the benchmark area and comparator group, the document's `charts`, and the
 * `priorities` (each with its `charts`), `notes`, `sources`, `keyFindings` and `recordingChanges` lists,
 * and the local sections when there are any.
 */
export function checkResultShape(fn: string, result: unknown): void {
  const bad = (field: string, expected: string, value: unknown): ReportError =>
    new ReportError("invalid-argument", `${fn}: ${field} is ${describeValue(value)}: expected ${expected} (pass the result of strategicAssessment).`, {
      field,
    });
  if (!isRecord(result)) throw bad("the result", "a Strategic Assessment result object", result);
  for (const field of ["title", "area"]) if (typeof result[field] !== "string") throw bad(field, "a string", result[field]);
  for (const field of ["current", "previous"]) {
    const period = result[field];
    // A single-period assessment has no previous period (`null`); nothing else stands in for one.
    if (field === "previous" && period === null) continue;
    if (!isRecord(period) || typeof period["label"] !== "string") throw bad(`${field}`, "a period with a label", period);
  }
  const single = result["previous"] === null;
  for (const field of ["priorities", "notes", "sources", "keyFindings", "recordingChanges"])
    if (!Array.isArray(result[field])) throw bad(field, "an array", result[field]);
  const benchmarkArea = result["benchmarkArea"];
  if (!isRecord(benchmarkArea) || typeof benchmarkArea["name"] !== "string" || typeof benchmarkArea["membersName"] !== "string") {
    throw bad("benchmarkArea", "a benchmark area { name, membersName }", benchmarkArea);
  }
  const charts = result["charts"];
  if (!isRecord(charts)) throw bad("charts", "the document's charts { areas, funnel, mix }", charts);
  const group = result["comparatorGroup"];
  if (!isRecord(group) || typeof group["name"] !== "string" || !Array.isArray(group["members"]))
    throw bad("comparatorGroup", "a comparator group { name, members }", group);
  // A result written before the local sections existed has no `local`: it renders without them.
  const local = result["local"];
  if (local !== undefined && local !== null) {
    if (!isRecord(local) || !Array.isArray(local["sections"]) || typeof local["disclosure"] !== "string")
      throw bad("local", "the local sections { sections, disclosure } or null", local);
    for (const [i, s] of (local["sections"] as unknown[]).entries()) {
      if (
        !isRecord(s) ||
        typeof s["name"] !== "string" ||
        typeof s["anchor"] !== "string" ||
        typeof s["period"] !== "string" ||
        !["facts", "findings", "tables", "charts", "notes"].every((f) => Array.isArray(s[f]))
      )
        throw bad(`local.sections[${i}]`, "a local section (name, anchor, period, facts, findings, tables, charts, notes, verdict)", s);
    }
  }
  for (const [i, p] of (result["priorities"] as unknown[]).entries()) {
    if (
      !isRecord(p) ||
      typeof p["name"] !== "string" ||
      typeof p["anchor"] !== "string" ||
      !Array.isArray(p["categories"]) ||
      !isRecord(p["quickFacts"]) ||
      !(isRecord(p["change"]) || (single && p["change"] === null)) ||
      !Array.isArray(p["table"]) ||
      !Array.isArray(p["breaks"]) ||
      !isRecord(p["charts"]) ||
      !chartOrNull(p["charts"]["trend"]) ||
      !chartOrNull(p["charts"]["comparison"]) ||
      !(
        (single && p["longTrend"] === null) ||
        (isRecord(p["longTrend"]) && chartOrNull(p["longTrend"]["chart"]) && Array.isArray(p["longTrend"]["samePeriod"]))
      )
    ) {
      throw bad(`priorities[${i}]`, "a priority section (name, anchor, categories, quickFacts, change, table, breaks, charts, …)", p);
    }
  }
}

/** A chart, or `null` where a section has none (too few offences to chart). */
function chartOrNull(value: unknown): boolean {
  return value === null || isRecord(value);
}

/**
 * The error a renderer throws when a result of the right top-level shape is malformed deeper
 * down: a `ReportError` passes through; anything else (a TypeError while reading a field, an
 * error of another package of the suite on a value that is not a number) becomes `ReportError`
 * `invalid-argument`, so the renderers throw only this package's error class.
 */
export function asRenderError(fn: string, error: unknown): unknown {
  if (error instanceof ReportError) return error;
  const why = isSuiteError(error) || error instanceof RangeError ? ` (${error.message.replace(/[.;:]+$/, "")})` : " (a field is missing or of the wrong type)";
  return new ReportError("invalid-argument", `${fn}: the result is malformed${why}: expected the result of strategicAssessment.`, {
    explanation: error instanceof Error ? error.message : typeof error,
  });
}
