/**
 * The JSON Schema documents of the local rows accept what the zod parsers accept, and refuse what
 * they refuse, on sample rows; the cross-field checks JSON Schema cannot express (documented on
 * `toJSONSchema`) are the only difference. The documents are checked twice: by a small evaluator of
 * the keywords they use (it fails on any other keyword, so a document it cannot read fails the test),
 * and, where Python's `jsonschema` is installed, by that validator (the one docs/schema.md shows).
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import {
  LocalKindSchema,
  localLayout,
  localRowFromCsv,
  safeParseDeliveryPlanAction,
  safeParseIncidentCount,
  safeParseServiceVolume,
  safeParseSurveyResult,
  safeParseYouthJusticeRecord,
  toJSONSchema,
  type SchemaName,
} from "../src/index.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Whether `value` matches `schema`, for the keywords zod writes for these documents; throws on any other keyword. */
function matches(schema: Record<string, unknown>, value: unknown): boolean {
  for (const key of Object.keys(schema)) {
    if (!KEYWORDS.has(key)) throw new Error(`the test's evaluator does not know the keyword ${key}`);
  }
  const type = schema["type"];
  if (type !== undefined) {
    const ok =
      (type === "object" && value !== null && typeof value === "object" && !Array.isArray(value)) ||
      (type === "array" && Array.isArray(value)) ||
      (type === "string" && typeof value === "string") ||
      (type === "number" && typeof value === "number" && Number.isFinite(value)) ||
      (type === "integer" && Number.isInteger(value));
    if (!ok) return false;
  }
  if (Array.isArray(schema["enum"]) && !schema["enum"].includes(value)) return false;
  if ("const" in schema && schema["const"] !== value) return false;
  if (typeof value === "string" && typeof schema["pattern"] === "string" && !new RegExp(schema["pattern"], "u").test(value)) return false;
  if (typeof value === "number") {
    if (typeof schema["minimum"] === "number" && value < schema["minimum"]) return false;
    if (typeof schema["maximum"] === "number" && value > schema["maximum"]) return false;
    if (typeof schema["exclusiveMinimum"] === "number" && value <= schema["exclusiveMinimum"]) return false;
  }
  if (Array.isArray(value)) {
    if (typeof schema["minItems"] === "number" && value.length < schema["minItems"]) return false;
    const items = schema["items"] as Record<string, unknown> | undefined;
    if (items !== undefined && !value.every((v) => matches(items, v))) return false;
  }
  if (Array.isArray(schema["anyOf"]) && !schema["anyOf"].some((s) => matches(s as Record<string, unknown>, value))) return false;
  if (Array.isArray(schema["oneOf"]) && schema["oneOf"].filter((s) => matches(s as Record<string, unknown>, value)).length !== 1) return false;
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    const properties = (schema["properties"] ?? {}) as Record<string, Record<string, unknown>>;
    if (Array.isArray(schema["required"]) && !schema["required"].every((k) => typeof k === "string" && k in object)) return false;
    for (const [k, v] of Object.entries(object)) {
      const sub = properties[k];
      if (sub === undefined) {
        if (schema["additionalProperties"] === false) return false;
      } else if (!matches(sub, v)) return false;
    }
  }
  return true;
}

const KEYWORDS = new Set([
  "$schema",
  "title",
  "type",
  "properties",
  "required",
  "additionalProperties",
  "enum",
  "const",
  "pattern",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "items",
  "minItems",
  "default",
  "anyOf",
  "oneOf",
]);

interface Sample {
  readonly schema: SchemaName;
  readonly value: Json;
  /** Refused only by a cross-field check of the parser, which JSON Schema cannot express. */
  readonly crossField?: true;
}

const incident = { measure: "hate-crime", area: "Harrow", period: "2024-03", flags: ["hate:race"], count: 4 };
const fte = { measure: "first-time-entrants", area: "Harrow", period: "2017-10/2018-09", count: 41, population10to17: 22110 };
const cohort = { measure: "reoffending", area: "Harrow", period: "2017-01/2017-03", cohort: 33, reoffenders: 12, reoffences: 33 };
const survey = { question: "Police treat everyone fairly", area: "Harrow", period: "2018-04/2018-06", agreeing: 12, base: 33, percent: 36.4 };
const service = {
  measure: "idva-referrals",
  measureName: "IDVA referrals",
  period: "2018-04/2019-03",
  value: 348,
  unit: "referrals",
  polarity: "higher-is-better",
};
const action = {
  priority: "Domestic abuse and VAWG",
  objective: "4b",
  action: "Run workshops",
  measures: [],
  due: { kind: "month", month: "2020-03", text: "2020-03-31" },
  leads: [{ organisation: "Harrow Council" }],
  lifecycle: "continue",
  rag: "amber",
};

const SAMPLES: readonly Sample[] = [
  { schema: "IncidentCount", value: incident },
  { schema: "IncidentCount", value: { ...incident, flags: [], unit: "incidents", kind: "stock", rounded: 5, victimAgeBand: "65+", victimSex: "male" } },
  { schema: "IncidentCount", value: { measure: "asb", area: "Harrow", period: "2024-01/2024-12", count: 2240 } },
  { schema: "IncidentCount", value: { ...incident, count: -1 } },
  { schema: "IncidentCount", value: { ...incident, count: 1.5 } },
  { schema: "IncidentCount", value: { ...incident, period: "2024-13" } },
  { schema: "IncidentCount", value: { ...incident, flags: ["Hate:Race"] } },
  { schema: "IncidentCount", value: { ...incident, measure: "Hate crime" } },
  { schema: "IncidentCount", value: { ...incident, rounded: 0 } },
  { schema: "IncidentCount", value: { ...incident, colour: "red" } },
  { schema: "IncidentCount", value: { ...incident, measure: "fgm" }, crossField: true },
  { schema: "IncidentCount", value: { ...incident, flags: ["knife", "knife"] }, crossField: true },
  { schema: "IncidentCount", value: { ...incident, period: "2024-05/2024-03" }, crossField: true },
  { schema: "YouthJusticeRecord", value: fte },
  { schema: "YouthJusticeRecord", value: cohort },
  { schema: "YouthJusticeRecord", value: { measure: "reoffending", area: "London", period: "2017-01/2017-03", percent: 44.4 } },
  { schema: "YouthJusticeRecord", value: { ...fte, measure: "fte" } },
  { schema: "YouthJusticeRecord", value: { ...fte, population10to17: 0 } },
  { schema: "YouthJusticeRecord", value: { ...cohort, cohort: 0 } },
  { schema: "YouthJusticeRecord", value: { measure: "reoffending", area: "London", period: "2017-01/2017-03", percent: 101 } },
  { schema: "YouthJusticeRecord", value: { ...cohort, reoffenders: 40 }, crossField: true },
  { schema: "YouthJusticeRecord", value: { ...cohort, reoffences: 5 }, crossField: true },
  { schema: "YouthJusticeRecord", value: { ...fte, count: undefined as unknown as Json, cohort: 3 } as Json, crossField: true },
  { schema: "SurveyResult", value: survey },
  { schema: "SurveyResult", value: { ...survey, agreeing: 1.5 } },
  { schema: "SurveyResult", value: { ...survey, base: 0 } },
  { schema: "SurveyResult", value: { ...survey, polarity: "up" } },
  { schema: "SurveyResult", value: { ...survey, percent: 36.3 }, crossField: true },
  { schema: "SurveyResult", value: { ...survey, agreeing: 40, percent: 100 }, crossField: true },
  { schema: "SurveyResult", value: { question: "Q", area: "Harrow", period: "2018-04" }, crossField: true },
  { schema: "ServiceVolume", value: service },
  { schema: "ServiceVolume", value: { ...service, value: 16.5, target: 20, area: "Harrow" } },
  { schema: "ServiceVolume", value: { ...service, value: -1 } },
  { schema: "ServiceVolume", value: { ...service, polarity: undefined as unknown as Json } as Json },
  { schema: "ServiceVolume", value: { ...service, measure: "IDVA" } },
  { schema: "DeliveryPlanAction", value: action },
  { schema: "DeliveryPlanAction", value: { ...action, priority: " " } },
  { schema: "DeliveryPlanAction", value: { ...action, rag: "Amber" } },
];

/** JSON without the fields set to undefined (as JSON.stringify writes it). */
const plain = (value: Json): Json => JSON.parse(JSON.stringify(value)) as Json;

const PARSERS: Readonly<Record<string, (v: unknown) => { success: boolean }>> = {
  IncidentCount: safeParseIncidentCount,
  YouthJusticeRecord: safeParseYouthJusticeRecord,
  SurveyResult: safeParseSurveyResult,
  ServiceVolume: safeParseServiceVolume,
  DeliveryPlanAction: safeParseDeliveryPlanAction,
};

describe("the JSON Schema documents of the local rows", () => {
  const docs = toJSONSchema() as unknown as Record<SchemaName, Record<string, unknown>>;

  it("accept what the parsers accept and refuse what they refuse, but for the cross-field checks", () => {
    for (const sample of SAMPLES) {
      const value = plain(sample.value);
      const zod = PARSERS[sample.schema]?.(value).success;
      const json = matches(docs[sample.schema], value);
      if (sample.crossField) expect([zod, json], JSON.stringify(value)).toEqual([false, true]);
      else expect(json, JSON.stringify(value)).toBe(zod);
    }
    // Both verdicts occur, so the comparison can fail either way.
    expect(SAMPLES.filter((s) => !s.crossField && PARSERS[s.schema]?.(plain(s.value)).success).length).toBeGreaterThan(5);
    expect(SAMPLES.filter((s) => !s.crossField && !PARSERS[s.schema]?.(plain(s.value)).success).length).toBeGreaterThan(5);
  });

  it("accept the worked example row of every layout, as the CSV reader turns it into a row", () => {
    for (const kind of LocalKindSchema.options) {
      const layout = localLayout(kind);
      const r = localRowFromCsv(kind, layout.example);
      expect(r.success, kind).toBe(true);
      if (r.success) expect(matches(docs[layout.schema], plain(r.data as unknown as Json)), kind).toBe(true);
    }
  });

  const python = spawnSync("python3", ["-c", "import jsonschema"], { stdio: "ignore" });
  const hasJsonschema = python.error === undefined && python.status === 0;
  // In CI (.ci/run installs python3-jsonschema) a missing jsonschema fails the test instead of skipping it.
  (hasJsonschema || process.env["CI"] === "true" ? it : it.skip)(
    `agree with Python's jsonschema on every sample${hasJsonschema ? "" : " (skipped: python3 with jsonschema is not installed)"}`,
    () => {
      const cases = SAMPLES.map((s) => ({ schema: docs[s.schema], value: plain(s.value) }));
      const program = [
        "import json, sys, jsonschema",
        "cases = json.load(sys.stdin)",
        "print(json.dumps([jsonschema.Draft202012Validator(c['schema']).is_valid(c['value']) for c in cases]))",
      ].join("\n");
      const run = spawnSync("python3", ["-c", program], { input: JSON.stringify(cases), encoding: "utf8" });
      expect(run.stderr).toBe("");
      const verdicts = JSON.parse(run.stdout) as boolean[];
      expect(verdicts).toEqual(SAMPLES.map((s) => matches(docs[s.schema], plain(s.value))));
    },
  );
});
