import { describe, expect, it } from "vitest";
import { toJSONSchema, type JsonSchema } from "./toJSONSchema.js";

/** Every `pattern` in a JSON Schema document, wherever it sits. */
function patterns(doc: unknown, out: string[] = []): string[] {
  if (Array.isArray(doc)) for (const d of doc) patterns(d, out);
  else if (doc !== null && typeof doc === "object") {
    for (const [k, v] of Object.entries(doc)) {
      if (k === "pattern" && typeof v === "string") out.push(v);
      else patterns(v, out);
    }
  }
  return out;
}

describe("toJSONSchema", () => {
  const schemas = toJSONSchema();

  it("doc example", () => {
    expect(schemas.CountRow.properties?.["unit"]).toEqual({
      type: "string",
      enum: ["offences", "incidents", "victims", "calls", "referrals", "people", "cases", "attendances"],
    });
  });

  it("exports the seventeen schemas, each titled, as draft 2020-12, and plain JSON", () => {
    expect(Object.keys(schemas).sort()).toEqual([
      "Area",
      "Category",
      "ComparatorGroup",
      "CountRow",
      "DeliveryPlanAction",
      "IncidentCount",
      "Indicator",
      "Period",
      "Population",
      "Priority",
      "RecordingBreak",
      "ServiceVolume",
      "Strategy",
      "SurveyResult",
      "Target",
      "Taxonomy",
      "YouthJusticeRecord",
    ]);
    for (const [name, doc] of Object.entries(schemas) as [string, JsonSchema][]) {
      expect(doc.title).toBe(name);
      expect(doc.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
    }
  });

  it("describes the input: required and optional fields as the parsers take them, unknown fields are refused", () => {
    expect(schemas.CountRow.required).toEqual(["area", "month", "offence", "count"]);
    expect(schemas.CountRow.properties?.["kind"]).toEqual({ type: "string", enum: ["flow", "stock"] });
    expect(schemas.CountRow.additionalProperties).toBe(false);
    expect(schemas.CountRow.properties?.["count"]).toMatchObject({ type: "integer", minimum: 0 });
    expect(schemas.Indicator.properties?.["polarity"]).toEqual({ type: "string", enum: ["lower-is-better", "higher-is-better", "no-judgement"] });
    expect(schemas.DeliveryPlanAction.properties?.["lifecycle"]).toEqual({ type: "string", enum: ["new", "continue", "complete", "remove", "unknown"] });
    expect(schemas.DeliveryPlanAction.properties?.["rag"]).toEqual({ type: "string", enum: ["red", "amber", "green", "not-rated"] });
  });

  it("carries the month, date and age-band patterns, and they behave as the parsers do", () => {
    const all = patterns(schemas);
    const first = schemas.Period.properties?.["first"];
    const month = new RegExp(typeof first === "object" ? (first.pattern ?? "") : "", "u");
    expect(["2019-01", "2019-12"].every((m) => month.test(m))).toBe(true);
    expect(["2019-13", "2019-1", "201901"].some((m) => month.test(m))).toBe(false);
    for (const p of all) expect(() => new RegExp(p, "u")).not.toThrow();
    expect(all.some((p) => p.includes("\\+"))).toBe(true);
  });

  it("returns a fresh object each call", () => {
    const a = toJSONSchema();
    a.CountRow.title = "changed";
    expect(toJSONSchema().CountRow.title).toBe("CountRow");
  });
});
