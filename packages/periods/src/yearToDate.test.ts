import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectPeriodError } from "./internal/expectPeriodError.js";
import { monthKeyFromIndex } from "./monthKeyFromIndex.js";
import { monthsIn } from "./monthsIn.js";
import { yearToDate } from "./yearToDate.js";

describe("yearToDate", () => {
  it("doc example: April – November 2018", () => {
    expect(yearToDate("2018-11")).toEqual({ kind: "year-to-date", first: "2018-04", last: "2018-11", label: "2018/19 YTD to Nov 2018" });
    expect(yearToDate("2019-02").first).toBe("2018-04");
    expect(yearToDate("2018-11", { basis: "calendar" }).label).toBe("2018 YTD to Nov 2018");
  });

  it("the first month of the year is a one-month YTD; March closes the financial year", () => {
    expect(yearToDate("2018-04")).toMatchObject({ first: "2018-04", last: "2018-04" });
    expect(yearToDate("2019-03")).toMatchObject({ first: "2018-04", last: "2019-03", label: "2018/19 YTD to Mar 2019" });
    expect(yearToDate("2018-01", { basis: "calendar" })).toMatchObject({ first: "2018-01", last: "2018-01" });
    expect(yearToDate("2018-11", { basis: "calendar" })).toMatchObject({ first: "2018-01", last: "2018-11" });
  });

  it("other start months", () => {
    expect(yearToDate("2018-11", { financialYearStart: 9 })).toMatchObject({ first: "2018-09", label: "2018/19 YTD to Nov 2018" });
    expect(yearToDate("2018-08", { financialYearStart: 9 })).toMatchObject({ first: "2017-09", label: "2017/18 YTD to Aug 2018" });
  });

  it("rejects bad options", () => {
    expectPeriodError(() => yearToDate("2018-11", { basis: "fiscal" as "financial" }), "invalid-option", '"fiscal"');
    expectPeriodError(() => yearToDate("2018-11", { financialYearStart: 0 }), "invalid-option", "0");
    expectPeriodError(() => yearToDate("2018-11", { basis: "calendar", financialYearStart: 4 }), "invalid-option", "4");
    expectPeriodError(() => yearToDate("2018-1"), "invalid-month");
  });

  it("property: 1 to 12 months, ends at end, starts in the start month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 20000, max: 30000 }), fc.integer({ min: 2, max: 12 }), (endIndex, start) => {
        const p = yearToDate(monthKeyFromIndex(endIndex), { financialYearStart: start });
        const n = monthsIn(p).length;
        expect(n).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThanOrEqual(12);
        expect(Number(p.first.slice(5))).toBe(start);
        expect(p.last).toBe(monthKeyFromIndex(endIndex));
      }),
    );
  });

  it("options that are not an object (null, a string) throw invalid-option naming them, not a TypeError", () => {
    expectPeriodError(() => yearToDate("2018-11", null as never), "invalid-option", "yearToDate", "null");
    expectPeriodError(() => yearToDate("2018-11", "calendar" as never), "invalid-option", '"calendar"');
    expect(yearToDate("2018-11", { basis: null as never }).first).toBe("2018-04");
  });
});
