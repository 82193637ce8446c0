import { describe, expect, it } from "vitest";
import { LocalKindSchema, type LocalKind } from "./localKind.js";
import { localLayout } from "./localLayout.js";
import { localRowFromCsv } from "./localRowFromCsv.js";
import { SchemaError } from "./SchemaError.js";
import { toJSONSchema } from "./toJSONSchema.js";

/** The row field a column fills: its snake_case name in camelCase ("population_10_to_17" → "population10to17"); `lead` fills `leads`. */
function fieldOf(column: string): string {
  if (column === "lead") return "leads";
  return column.replace(/([a-z])_([a-z])/g, (_m, a: string, b: string) => `${a}${b.toUpperCase()}`).replaceAll("_", "");
}

const KINDS = LocalKindSchema.options;
const docs = toJSONSchema();

describe("localLayout", () => {
  it("doc example", () => {
    expect(
      localLayout("youth-justice")
        .columns.map((c) => c.name)
        .slice(0, 5),
    ).toEqual(["measure", "area", "period", "count", "population_10_to_17"]);
  });

  it("has one column for every field of the kind's row type, named in snake_case, each once", () => {
    for (const kind of KINDS) {
      const names = localLayout(kind).columns.map((c) => c.name);
      expect(new Set(names).size, kind).toBe(names.length);
      for (const name of names) expect(name, kind).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
      const fields = Object.keys(docs[localLayout(kind).schema].properties ?? {});
      expect(names.map(fieldOf).sort(), kind).toEqual([...fields].sort());
    }
  });

  it("marks a column required exactly when its field is (a list may be left empty), and conditional ones say when they are needed", () => {
    for (const kind of KINDS) {
      const required = new Set(docs[localLayout(kind).schema].required ?? []);
      for (const c of localLayout(kind).columns) {
        const field = fieldOf(c.name);
        if (c.required === true) expect(required.has(field), `${kind}.${c.name}`).toBe(true);
        else if (required.has(field)) expect(["measures", "leads"], `${kind}.${c.name}`).toContain(field);
        if (c.required === "conditional") expect(c.description.length, `${kind}.${c.name}`).toBeGreaterThan(20);
      }
    }
    expect(
      localLayout("incidents")
        .columns.filter((c) => c.required === "conditional")
        .map((c) => c.name),
    ).toEqual(["measure_name"]);
    expect(
      localLayout("youth-justice")
        .columns.filter((c) => c.required === "conditional")
        .map((c) => c.name),
    ).toEqual(["count", "cohort", "reoffenders", "percent"]);
  });

  it("lists the allowed values of a field with a fixed list, the same as its schema", () => {
    for (const kind of KINDS) {
      const properties = docs[localLayout(kind).schema].properties ?? {};
      for (const c of localLayout(kind).columns) {
        const property = properties[fieldOf(c.name)];
        const allowed = typeof property === "object" && Array.isArray(property.enum) ? property.enum : undefined;
        expect(c.values, `${kind}.${c.name}`).toEqual(allowed);
        if (c.values !== undefined) expect(c.type).toBe("one of the values");
      }
    }
    expect(localLayout("delivery-plan").columns.find((c) => c.name === "rag")?.values).toEqual(["red", "amber", "green", "not-rated"]);
  });

  it("gives every column a type, a description and an example, and the worked example row every column", () => {
    for (const kind of KINDS) {
      const layout = localLayout(kind);
      expect(layout.kind).toBe(kind);
      expect(Object.keys(docs)).toContain(layout.schema);
      for (const c of layout.columns) {
        expect(c.type, `${kind}.${c.name}`).not.toBe("");
        expect(c.description, `${kind}.${c.name}`).toMatch(/^\S.*\.$/);
        expect(c.example, `${kind}.${c.name}`).not.toBe("");
        if (c.values !== undefined) expect(c.values, `${kind}.${c.name}`).toContain(c.example);
        // Each column's example cell is a value the reader accepts (put in the worked example row, it
        // may only clash with other cells: "is for reoffending rows only", never "… is not a number").
        const r = localRowFromCsv(kind, { ...layout.example, [c.name]: c.example });
        const own = r.success ? [] : r.error.details.problems.filter((p) => p.path === c.name).map((p) => p.message);
        for (const message of own) expect(message, `${kind}.${c.name}`).toMatch(/^is /);
      }
      expect(Object.keys(layout.example)).toEqual(layout.columns.map((c) => c.name));
      for (const c of layout.columns.filter((col) => col.required === true)) expect(layout.example[c.name], `${kind}.${c.name}`).not.toBe("");
    }
  });

  it("the worked example row of every kind reads as a valid row", () => {
    for (const kind of KINDS) {
      const r = localRowFromCsv(kind, localLayout(kind).example);
      expect(r.success ? "" : r.error.message, kind).toBe("");
    }
    const plan = localRowFromCsv("delivery-plan", localLayout("delivery-plan").example);
    expect(plan.success && plan.data.leads).toEqual([{ name: "Jane Smith", role: "Community Safety Manager", organisation: "Harrow Council" }]);
  });

  it("returns a fresh layout each call", () => {
    const a = localLayout("survey");
    (a.columns[0] as { name: string }).name = "changed";
    (a.example as Record<string, string>)["question"] = "changed";
    expect(localLayout("survey").columns[0]?.name).toBe("question");
    expect(localLayout("survey").example["question"]).toBe("Police do a good job in the local area");
  });

  it("throws a SchemaError naming a kind that is not one of the five", () => {
    expect(() => localLayout("incident" as LocalKind)).toThrow(SchemaError);
    expect(() => localLayout("incident" as LocalKind)).toThrow(
      'LocalKind is not valid (1 problem):\nkind: "incident" is not a kind of local data (expected one of incidents, youth-justice, survey, service-volumes, delivery-plan)',
    );
  });
});
