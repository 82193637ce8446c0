import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryPeriod } from "./internal/arbitraries.js";
import { monthsIn } from "./monthsIn.js";
import { calendarYear } from "./calendarYear.js";
import { customPeriod } from "./customPeriod.js";
import { financialYear } from "./financialYear.js";
import { expectPeriodError } from "./internal/expectPeriodError.js";
import { month } from "./month.js";
import { overlaps } from "./overlaps.js";
import type { Period } from "./types.js";

describe("overlaps", () => {
  it("doc example", () => {
    expect(overlaps(financialYear(2018), calendarYear(2018))).toBe(true);
    expect(overlaps(financialYear(2018), calendarYear(2017))).toBe(false);
  });

  it("single shared edge month counts; symmetric", () => {
    expect(overlaps(financialYear(2017), calendarYear(2018))).toBe(true);
    expect(overlaps(calendarYear(2018), financialYear(2017))).toBe(true);
    expect(overlaps(month("2018-03"), financialYear(2018))).toBe(false);
    expect(overlaps(customPeriod("2018-01", "2018-02"), customPeriod("2018-03", "2018-04"))).toBe(false);
  });

  it("throws for an inconsistent period", () => {
    expectPeriodError(
      () => overlaps({ kind: "calendar-year", first: "2018-02", last: "2019-01", label: "2018" } as Period, month("2018-03")),
      "invalid-period",
      "first period",
    );
  });
});

describe("overlaps: property", () => {
  it("is symmetric and agrees with the month sets of monthsIn", () => {
    fc.assert(
      fc.property(arbitraryPeriod(1990, 2030), arbitraryPeriod(1990, 2030), (a, b) => {
        const months = new Set(monthsIn(a));
        expect(overlaps(a, b)).toBe(monthsIn(b).some((m) => months.has(m)));
        expect(overlaps(b, a)).toBe(overlaps(a, b));
      }),
      { numRuns: 2000 },
    );
  });
});
