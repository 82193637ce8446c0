import { describe, expect, it } from "vitest";
import { CategorySchema, TaxonomySchema, parseCategory, parseTaxonomy, safeParseCategory, safeParseTaxonomy } from "./taxonomy.js";
import { SchemaError } from "./SchemaError.js";

const base = { id: "t", name: "T", publisher: "P", version: "1", licence: "OGL-UK-3.0" };

function messages(r: { success: boolean; error?: SchemaError }): string[] {
  return r.success ? [] : (r.error?.details.problems ?? []).map((p) => `${p.path}: ${p.message}`);
}

describe("CategorySchema / parseCategory / safeParseCategory", () => {
  it("doc examples", () => {
    expect(CategorySchema.safeParse({ code: "burglary", name: "Burglary", level: 1 }).success).toBe(true);
    expect(parseCategory({ code: "burglary", name: "Burglary", level: 1 }).name).toBe("Burglary");
    expect(safeParseCategory({ code: "burglary", name: "Burglary", level: 0 }).success).toBe(false);
  });
  it("checks validity months and parents", () => {
    expect(messages(safeParseCategory({ code: "a", name: "A", level: 1, validFrom: "2013-05", validTo: "2011-09" }))).toEqual([
      'validTo: "2011-09" is before validFrom "2013-05"',
    ]);
    expect(messages(safeParseCategory({ code: "a", name: "A", level: 2 }))).toEqual(["parent: is missing (a level-2 category needs a parent)"]);
    expect(messages(safeParseCategory({ code: "a", name: "A", level: 1, parent: "b" }))).toEqual(['parent: a level-1 category has no parent (got "b")']);
    expect(messages(safeParseCategory({ code: " ", name: "A", level: 1 }))).toEqual(['code: " " is empty (expected some text)']);
  });
  it("throws SchemaError", () => {
    expect(() => parseCategory({ code: "a", name: "A", level: "1" })).toThrow(SchemaError);
    expect(() => parseCategory({ code: "a", name: "A", level: "1" })).toThrow('level: "1" is not a whole number');
  });
});

describe("TaxonomySchema / parseTaxonomy / safeParseTaxonomy", () => {
  it("doc examples", () => {
    expect(TaxonomySchema.safeParse({ ...base, categories: [{ code: "a", name: "A", level: 2, parent: "zz" }] }).success).toBe(false);
    expect(parseTaxonomy({ ...base, categories: [{ code: "burglary", name: "Burglary", level: 1 }] }).categories.length).toBe(1);
    expect(safeParseTaxonomy({ id: "t" }).success).toBe(false);
  });
  it("reports duplicate codes, unknown parents and parents at the wrong level", () => {
    const r = safeParseTaxonomy({
      ...base,
      categories: [
        { code: "a", name: "A", level: 1 },
        { code: "a", name: "A again", level: 1 },
        { code: "b", name: "B", level: 2, parent: "zz" },
        { code: "c", name: "C", level: 2, parent: "a" },
        { code: "d", name: "D", level: 3, parent: "a" },
      ],
    });
    expect(messages(r)).toEqual([
      'categories[1].code: "a" is used by another category (codes must be unique)',
      'categories[2].parent: "zz" is not the code of a category in this taxonomy',
      'categories[4].parent: "a" is at level 1 (expected a parent at level 2)',
    ]);
  });
  it("lists missing fields in plain English", () => {
    expect(messages(safeParseTaxonomy({ id: "t" }))).toEqual([
      "name: is missing (expected text)",
      "publisher: is missing (expected text)",
      "version: is missing (expected text)",
      "licence: is missing (expected text)",
      "categories: is missing (expected a list)",
    ]);
    expect(messages(safeParseTaxonomy({ ...base, categories: [] }))).toEqual(["categories: has 0 items (expected at least 1)"]);
  });
});
