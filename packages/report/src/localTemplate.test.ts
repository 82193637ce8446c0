import { describe, expect, it } from "vitest";
import { localLayout } from "@crimestats/schema";
import { localTemplate } from "./localTemplate.js";
import { readLocalFile } from "./readLocalFile.js";
import { ReportError } from "./ReportError.js";
import type { LocalKind } from "./localTypes.js";

const kinds: readonly LocalKind[] = ["incidents", "youth-justice", "survey", "service-volumes", "delivery-plan"];

describe("localTemplate", () => {
  it("mirrors the doc example: the incident template's header starts measure, measure_name, area", () => {
    const template = localTemplate("incidents");
    expect(template.csv.split("\n")[0]?.split(",").slice(0, 3)).toEqual(["measure", "measure_name", "area"]);
  });

  it.each(kinds)("writes the %s template's header and example row, which readLocalFile reads as that kind with no problem", async (kind) => {
    const { csv } = localTemplate(kind);
    const read = await readLocalFile({ name: `${kind}.csv`, data: csv });
    expect(read.problems).toEqual([]);
    expect(read.kind).toBe(kind);
    expect(read.rows).toHaveLength(1);
    expect(csv.split("\n")).toHaveLength(3); // header, example, final line break
  });

  it.each(kinds)("defines every column of the %s layout in the Markdown, one table row each", (kind) => {
    const { columns } = localTemplate(kind);
    const names = localLayout(kind).columns.map((c) => c.name);
    const rows = columns.split("\n").filter((line) => line.startsWith("| `"));
    expect(rows.map((r) => /^\| `([^`]+)`/.exec(r)?.[1])).toEqual(names);
    expect(columns).toContain(`crimestats check ${kind}.csv`);
  });

  it.each(kinds)("gives the %s JSON Schema of a file {kind, rows} whose rows are the row schema", (kind) => {
    const schema = JSON.parse(localTemplate(kind).jsonSchema) as {
      $schema: string;
      required: string[];
      properties: { kind: { const: string }; rows: { type: string; items: { type?: string; properties?: Record<string, unknown> } } };
    };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(["kind", "rows"]);
    expect(schema.properties.kind.const).toBe(kind);
    expect(schema.properties.rows.type).toBe("array");
    expect(Object.keys(schema.properties.rows.items.properties ?? {})).toContain(kind === "delivery-plan" ? "action" : "period");
  });

  it("refuses a kind that is not one of the five", () => {
    expect(() => localTemplate("crimes" as LocalKind)).toThrow(ReportError);
    expect(() => localTemplate("crimes" as LocalKind)).toThrow(/kind "crimes" is not a kind of local data: expected one of incidents, youth-justice/);
    expect(() => localTemplate("constructor" as LocalKind)).toThrow(ReportError);
  });
});
