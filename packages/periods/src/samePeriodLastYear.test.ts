import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarQuarter } from "./calendarQuarter.js";
import { calendarYear } from "./calendarYear.js";
import { customPeriod } from "./customPeriod.js";
import { financialQuarter } from "./financialQuarter.js";
import { financialYear } from "./financialYear.js";
import { formatPeriod } from "./formatPeriod.js";
import { arbitraryPeriod } from "./internal/arbitraries.js";
import { expectPeriodError } from "./internal/expectPeriodError.js";
import { referenceAddMonths } from "./internal/reference.js";
import { month } from "./month.js";
import { monthKeyFromIndex } from "./monthKeyFromIndex.js";
import { rolling } from "./rolling.js";
import { rollingYear } from "./rollingYear.js";
import { samePeriodLastYear } from "./samePeriodLastYear.js";
import { yearToDate } from "./yearToDate.js";

describe("samePeriodLastYear", () => {
  it("doc example", () => {
    expect(samePeriodLastYear(rollingYear("2018-09"))).toEqual({ kind: "rolling", first: "2016-10", last: "2017-09", label: "12 months to Sep 2017" });
    expect(samePeriodLastYear(financialQuarter(2018, 3)).label).toBe("Q3 2017/18");
  });

  it("each kind shifts to its own kind a year earlier", () => {
    expect(samePeriodLastYear(month("2018-01"))).toEqual(month("2017-01"));
    expect(samePeriodLastYear(calendarYear(2018))).toEqual(calendarYear(2017));
    expect(samePeriodLastYear(calendarQuarter(2018, 1))).toEqual(calendarQuarter(2017, 1));
    expect(samePeriodLastYear(financialYear(2018))).toEqual(financialYear(2017));
    expect(samePeriodLastYear(financialYear(2018, { financialYearStart: 9 }))).toEqual(financialYear(2017, { financialYearStart: 9 }));
    expect(samePeriodLastYear(financialQuarter(2018, 4))).toEqual(financialQuarter(2017, 4));
    expect(samePeriodLastYear(yearToDate("2018-11"))).toEqual(yearToDate("2017-11"));
    expect(samePeriodLastYear(yearToDate("2018-11", { basis: "calendar" }))).toEqual(yearToDate("2017-11", { basis: "calendar" }));
    expect(samePeriodLastYear(customPeriod("2018-10", "2018-12"))).toEqual(customPeriod("2017-10", "2017-12"));
  });

  it("throws before the year 1000", () => {
    expectPeriodError(() => samePeriodLastYear(calendarYear(1000)), "invalid-month-index");
  });

  it("property: every kind shifts by exactly 12 months (Date.UTC reference), keeps its kind and months count", () => {
    fc.assert(
      fc.property(arbitraryPeriod(1002, 9998), (p) => {
        const q = samePeriodLastYear(p);
        expect(q.kind).toBe(p.kind);
        expect(q.first).toBe(referenceAddMonths(p.first, -12));
        expect(q.last).toBe(referenceAddMonths(p.last, -12));
        expect(q.label).toBe(formatPeriod(q));
      }),
      { numRuns: 1000 },
    );
  });

  it("property: shifts first and last by exactly 12 months and keeps the kind", () => {
    fc.assert(
      fc.property(fc.integer({ min: 20000, max: 30000 }), fc.integer({ min: 1, max: 36 }), (endIndex, n) => {
        const p = rolling(monthKeyFromIndex(endIndex), n);
        const q = samePeriodLastYear(p);
        expect(q.kind).toBe(p.kind);
        expect(q.first).toBe(referenceAddMonths(p.first, -12));
        expect(q.last).toBe(referenceAddMonths(p.last, -12));
      }),
    );
  });
});
