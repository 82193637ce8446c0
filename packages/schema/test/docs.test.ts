/**
 * docs/schema.md shows each local template's columns as a table; the tables are made from
 * `localLayout`, so the documentation and the code cannot drift. `REGEN=1` rewrites them.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LocalKindSchema, localKindOf, localLayout, localRowFromCsv, type LocalKind } from "../src/index.js";

const DOC = fileURLToPath(new URL("../../../docs/schema.md", import.meta.url));

/** Text for a Markdown table cell (pipes escaped, line breaks as spaces). */
const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

/** The Markdown table of a layout's columns. */
function table(kind: LocalKind): string {
  const required = (r: boolean | "conditional"): string => (r === true ? "yes" : r === "conditional" ? "conditional" : "no");
  const code = (text: string): string => (text === "" ? "" : `\`${cell(text)}\``);
  return [
    "| column | required | type | values | meaning | example |",
    "| --- | --- | --- | --- | --- | --- |",
    ...localLayout(kind).columns.map(
      (c) =>
        `| \`${c.name}\` | ${required(c.required)} | ${cell(c.type)} | ${(c.values ?? []).map(code).join(", ")} | ${cell(c.description)} | ${code(c.example)} |`,
    ),
  ].join("\n");
}

/** The document with each layout's table between its markers. */
function withTables(doc: string): string {
  return doc.replace(/(<!-- local-layout: ([a-z-]+) -->\n)[\s\S]*?(<!-- \/local-layout -->)/g, (_m, open: string, kind: string, close: string) => {
    return `${open}${table(kind as LocalKind)}\n${close}`;
  });
}

describe("docs/schema.md", () => {
  const read = readFileSync(DOC, "utf8");
  if (process.env["REGEN"] === "1") writeFileSync(DOC, withTables(read));
  const doc = process.env["REGEN"] === "1" ? withTables(read) : read;

  it("has one table of columns for each local template, the same as localLayout", () => {
    const kinds = [...doc.matchAll(/<!-- local-layout: ([a-z-]+) -->/g)].map((m) => m[1]);
    expect(kinds).toEqual(LocalKindSchema.options);
    expect(doc).toBe(withTables(doc));
  });

  it("its example reads as it says", () => {
    expect(localKindOf(["measure", "area", "period", "count"])).toBe("incidents");
    const r = localRowFromCsv("incidents", { measure: "asb", area: "Harrow", period: "2024-01/2024-12", count: "2,240", unit: "Incidents" });
    expect(r.success && r.data).toEqual({ measure: "asb", area: "Harrow", period: "2024-01/2024-12", flags: [], count: 2240, unit: "incidents" });
    expect(localRowFromCsv("survey", { question: "Q", area: "A", period: "2018-04", agreeing: "12", base: "33", percent: "36.3" }).success).toBe(false);
  });
});
