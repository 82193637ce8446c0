import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarYear } from "./calendarYear.js";
import { customPeriod } from "./customPeriod.js";
import { financialQuarter } from "./financialQuarter.js";
import { arbitraryPeriod } from "./internal/arbitraries.js";
import { expectPeriodError } from "./internal/expectPeriodError.js";
import { referenceMonths } from "./internal/reference.js";
import { monthsIn } from "./monthsIn.js";
import { rollingYear } from "./rollingYear.js";
import type { Period } from "./types.js";

describe("monthsIn", () => {
  it("doc example", () => {
    expect(monthsIn(financialQuarter(2018, 1))).toEqual(["2018-04", "2018-05", "2018-06"]);
    expect(monthsIn(rollingYear("2018-09")).length).toBe(12);
  });

  it("crosses year ends and matches Date.UTC reference arithmetic", () => {
    expect(monthsIn(rollingYear("2018-02"))).toEqual(referenceMonths("2017-03", "2018-02"));
    expect(monthsIn(customPeriod("2015-11", "2019-02"))).toEqual(referenceMonths("2015-11", "2019-02"));
    expect(monthsIn(calendarYear(2018))[11]).toBe("2018-12");
  });

  it("property: for every kind, the months are first … last by Date.UTC reference arithmetic", () => {
    fc.assert(
      fc.property(arbitraryPeriod(2000, 2200), (p) => {
        expect(monthsIn(p)).toEqual(referenceMonths(p.first, p.last));
      }),
      { numRuns: 500 },
    );
  });

  it("rejects inconsistent hand-built periods", () => {
    const bad = (p: unknown) => p as Period;
    expectPeriodError(() => monthsIn(bad({ kind: "month", first: "2018-01", last: "2018-02", label: "" })), "invalid-period", "month");
    expectPeriodError(() => monthsIn(bad({ kind: "financial-year", first: "2018-01", last: "2018-12", label: "" })), "invalid-period");
    expectPeriodError(() => monthsIn(bad({ kind: "calendar-quarter", first: "2018-02", last: "2018-04", label: "" })), "invalid-period");
    expectPeriodError(() => monthsIn(bad({ kind: "custom", first: "2018-03", last: "2018-02", label: "" })), "invalid-range");
    expectPeriodError(() => monthsIn(bad({ kind: "custom", first: "2018-3", last: "2018-04", label: "" })), "invalid-month");
    expectPeriodError(() => monthsIn(bad({ kind: "week", first: "2018-03", last: "2018-04", label: "" })), "invalid-period", '"week"');
    expectPeriodError(() => monthsIn(bad(null)), "invalid-period", "null");
    expectPeriodError(() => monthsIn(bad({ kind: "year-to-date", first: "2018-03", last: "2019-04", label: "" })), "invalid-period");
  });
});
