import { describe, expect, it } from "vitest";
import { CountSchema, parseCount, safeParseCount } from "./count.js";

const row = { area: "E09000015", month: "2019-03", offence: "burglary", count: 120, unit: "offences", source: "data.police.uk", vintage: "2019-05" };

describe("CountSchema / parseCount / safeParseCount", () => {
  it("doc examples", () => {
    expect(CountSchema.safeParse({ area: "E09000015", month: "2025-01", offence: "BURGLARY", count: 1268, unit: "offences", source: "MPS", vintage: "2025-02" }).success).toBe(true);
    expect(parseCount(row).kind).toBe("flow");
    const r = safeParseCount({ area: "E09000015", month: "2019-13", offence: "burglary", count: 3, unit: "offences", source: "MPS", vintage: "2019-06" }, { label: "counts[3]" });
    expect(r.success ? "" : r.error.details.problems.map((p) => `${p.path}: ${p.message}`).join("\n")).toBe(
      'counts[3].month: "2019-13" is not a month (expected YYYY-MM)',
    );
  });
  it("counts are non-negative whole numbers", () => {
    expect(safeParseCount({ ...row, count: 1.5 }).success).toBe(false);
    expect(safeParseCount({ ...row, count: -1 }).success).toBe(false);
    expect(safeParseCount({ ...row, count: 0 }).success).toBe(true);
    const r = safeParseCount({ ...row, count: "12" });
    expect(r.success ? "" : r.error.details.problems[0]?.message).toBe('"12" is not a whole number');
  });
  it("needs exactly one of month and period", () => {
    const { month: _m, ...noMonth } = row;
    expect(safeParseCount(noMonth).success).toBe(false);
    expect(safeParseCount({ ...noMonth, period: { kind: "rolling", first: "2017-10", last: "2018-09", label: "12 months to Sep 2018" } }).success).toBe(true);
  });
  it("keeps stock counts, flags and taxonomy ids", () => {
    const c = parseCount({ ...row, unit: "cases", kind: "stock", flag: "domestic-abuse", taxonomy: "police-uk" });
    expect([c.kind, c.flag, c.taxonomy]).toEqual(["stock", "domestic-abuse", "police-uk"]);
    expect(safeParseCount({ ...row, kind: "snapshot" }).success).toBe(false);
  });
  it("rejects unknown fields (a typo is not silently dropped)", () => {
    const r = safeParseCount({ ...row, vintgae: "x" });
    expect(r.success ? "" : r.error.details.problems[0]?.message).toBe('has unknown field "vintgae"');
  });
});
