import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryPeriod } from "./internal/arbitraries.js";
import { monthsIn } from "./monthsIn.js";
import { calendarYear } from "./calendarYear.js";
import { contains } from "./contains.js";
import { financialQuarter } from "./financialQuarter.js";
import { financialYear } from "./financialYear.js";
import { expectPeriodError } from "./internal/expectPeriodError.js";
import { rollingYear } from "./rollingYear.js";

describe("contains", () => {
  it("doc example", () => {
    expect(contains(financialYear(2018), "2019-03")).toBe(true);
    expect(contains(financialYear(2018), financialQuarter(2018, 4))).toBe(true);
    expect(contains(financialYear(2018), calendarYear(2018))).toBe(false);
  });

  it("edges are inclusive", () => {
    expect(contains(financialYear(2018), "2018-04")).toBe(true);
    expect(contains(financialYear(2018), "2018-03")).toBe(false);
    expect(contains(financialYear(2018), "2019-04")).toBe(false);
    expect(contains(financialYear(2018), financialYear(2018))).toBe(true);
    expect(contains(rollingYear("2018-12"), calendarYear(2018))).toBe(true);
  });

  it("throws for bad input", () => {
    expectPeriodError(() => contains(financialYear(2018), "2019-3"), "invalid-month", "inner month", '"2019-3"');
  });
});

describe("contains: property", () => {
  it("agrees with the month sets of monthsIn, for periods and single months of any kind", () => {
    fc.assert(
      fc.property(arbitraryPeriod(1990, 2030), arbitraryPeriod(1990, 2030), (a, b) => {
        const outer = new Set(monthsIn(a));
        const inner = monthsIn(b);
        expect(contains(a, b)).toBe(inner.every((m) => outer.has(m)));
        expect(contains(a, inner[0]!)).toBe(outer.has(inner[0]!));
        expect(contains(a, b.last)).toBe(outer.has(b.last));
      }),
      { numRuns: 2000 },
    );
  });
});
