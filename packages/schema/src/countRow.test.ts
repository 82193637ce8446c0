import { describe, expect, it } from "vitest";
import { CountRowSchema, parseCountRow, safeParseCountRow } from "./countRow.js";

const row = { area: "E09000015", month: "2019-03", offence: "burglary", count: 120, unit: "offences", source: "data.police.uk", vintage: "2019-05" };

describe("CountRowSchema / parseCountRow / safeParseCountRow", () => {
  it("doc examples", () => {
    expect(CountRowSchema.safeParse({ area: "E09000015", month: "2025-01", offence: "BURGLARY", count: 1268 }).success).toBe(true);
    expect(parseCountRow({ area: "E09000015", month: "2019-03", offence: "burglary", count: 120, source: "data.police.uk", vintage: "2019-05" }).count).toBe(
      120,
    );
    const r = safeParseCountRow({ area: "E09000015", month: "2019-13", offence: "burglary", count: 3 }, { label: "counts[3]" });
    expect(r.success ? "" : r.error.details.problems.map((p) => `${p.path}: ${p.message}`).join("\n")).toBe(
      'counts[3].month: "2019-13" is not a month (expected YYYY-MM)',
    );
  });
  it("accepts the bare { area, month, offence, count } row and returns the same fields, adding none", () => {
    const bare = { area: "Harrow", month: "2024-01", offence: "Burglary", count: 2 };
    expect(parseCountRow(bare)).toEqual(bare);
    expect(parseCountRow(row)).toEqual(row);
  });
  it("counts are non-negative whole numbers", () => {
    expect(safeParseCountRow({ ...row, count: 1.5 }).success).toBe(false);
    expect(safeParseCountRow({ ...row, count: -1 }).success).toBe(false);
    expect(safeParseCountRow({ ...row, count: 0 }).success).toBe(true);
    const r = safeParseCountRow({ ...row, count: "12" });
    expect(r.success ? "" : r.error.details.problems[0]?.message).toBe('"12" is not a whole number');
  });
  it("needs the area, month, offence and count", () => {
    for (const key of ["area", "month", "offence", "count"] as const) {
      const { [key]: _dropped, ...rest } = row;
      const r = safeParseCountRow(rest);
      expect(r.success ? [] : r.error.details.problems.map((p) => p.path)).toEqual([key]);
    }
  });
  it("keeps stock counts, flags and taxonomy ids", () => {
    const c = parseCountRow({ ...row, unit: "cases", kind: "stock", flag: "domestic-abuse", taxonomy: "police-uk" });
    expect([c.kind, c.flag, c.taxonomy]).toEqual(["stock", "domestic-abuse", "police-uk"]);
    expect(safeParseCountRow({ ...row, kind: "snapshot" }).success).toBe(false);
  });
  it("rejects unknown fields, such as a period instead of a month (a typo is not silently dropped)", () => {
    const r = safeParseCountRow({ ...row, vintgae: "x" });
    expect(r.success ? "" : r.error.details.problems[0]?.message).toBe('has unknown field "vintgae"');
    expect(safeParseCountRow({ ...row, period: { kind: "month", first: "2019-03", last: "2019-03", label: "Mar 2019" } }).success).toBe(false);
  });
});
