import { describe, expect, it } from "vitest";
import { AgeBandSchema, PopulationSchema, parsePopulation, safeParsePopulation } from "./population.js";

const harrow = { area: "E09000015", year: 2017, value: 248880, source: "ONS mid-year estimates", vintage: "mid-2017" };

describe("PopulationSchema / parsePopulation / safeParsePopulation", () => {
  it("doc examples", () => {
    expect(PopulationSchema.safeParse(harrow).success).toBe(true);
    expect(parsePopulation({ ...harrow, ageBand: "all" }).value).toBe(248880);
    expect(safeParsePopulation({ ...harrow, value: -1 }).success).toBe(false);
    expect(AgeBandSchema.safeParse("16-64").success).toBe(true);
  });
  it("needs exactly one of year and period", () => {
    const { year: _y, ...noYear } = harrow;
    const r1 = safeParsePopulation(noYear);
    expect(r1.success ? "" : r1.error.message).toContain("year: is missing (give a year or a period)");
    const r2 = safeParsePopulation({ ...harrow, period: { kind: "calendar-year", first: "2017-01", last: "2017-12", label: "2017" } });
    expect(r2.success ? "" : r2.error.message).toContain("year: is given together with period (give one, not both)");
    expect(safeParsePopulation({ ...noYear, period: { kind: "calendar-year", first: "2017-01", last: "2017-12", label: "2017" } }).success).toBe(true);
  });
  it("keeps a sub-group with its source (the Islamophobic rate denominator)", () => {
    expect(parsePopulation({ ...harrow, year: 2011, subGroup: "Muslim", source: "2011 Census KS209EW", vintage: "2011 Census" }).subGroup).toBe("Muslim");
  });
  it("checks age bands and values", () => {
    for (const b of ["all", "0-15", "10-17", "65+", "90+"]) expect(AgeBandSchema.safeParse(b).success, b).toBe(true);
    for (const b of ["", "17-10", "65-", "ALL", "under 16", "10 - 17"]) expect(AgeBandSchema.safeParse(b).success, b).toBe(false);
    expect(safeParsePopulation({ ...harrow, value: Number.NaN }).success).toBe(false);
    expect(safeParsePopulation({ ...harrow, value: Number.POSITIVE_INFINITY }).success).toBe(false);
    expect(safeParsePopulation({ ...harrow, year: 17 }).success).toBe(false);
  });
});
