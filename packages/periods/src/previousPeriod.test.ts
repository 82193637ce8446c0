import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarQuarter } from "./calendarQuarter.js";
import { calendarYear } from "./calendarYear.js";
import { customPeriod } from "./customPeriod.js";
import { financialQuarter } from "./financialQuarter.js";
import { financialYear } from "./financialYear.js";
import { expectPeriodError } from "./internal/expectPeriodError.js";
import { referenceAddMonths } from "./internal/reference.js";
import { month } from "./month.js";
import { monthKeyFromIndex } from "./monthKeyFromIndex.js";
import { monthsIn } from "./monthsIn.js";
import { previousPeriod } from "./previousPeriod.js";
import { rolling } from "./rolling.js";
import { rollingYear } from "./rollingYear.js";
import { yearToDate } from "./yearToDate.js";

describe("previousPeriod", () => {
  it("doc example", () => {
    expect(previousPeriod(financialQuarter(2018, 1)).label).toBe("Q4 2017/18");
    expect(previousPeriod(rollingYear("2018-09"))).toEqual({ kind: "rolling", first: "2016-10", last: "2017-09", label: "12 months to Sep 2017" });
    expect(previousPeriod(yearToDate("2018-11"))).toEqual({ kind: "custom", first: "2017-08", last: "2018-03", label: "Aug 2017 \u2013 Mar 2018" });
  });

  it("each kind", () => {
    expect(previousPeriod(month("2018-01"))).toEqual(month("2017-12"));
    expect(previousPeriod(calendarQuarter(2018, 1))).toEqual(calendarQuarter(2017, 4));
    expect(previousPeriod(calendarYear(2018))).toEqual(calendarYear(2017));
    expect(previousPeriod(financialQuarter(2018, 4))).toEqual(financialQuarter(2018, 3));
    expect(previousPeriod(financialYear(2018))).toEqual(financialYear(2017));
    expect(previousPeriod(financialYear(2018, { financialYearStart: 9 }))).toEqual(financialYear(2017, { financialYearStart: 9 }));
    expect(previousPeriod(rolling("2018-09", 3))).toEqual(rolling("2018-06", 3));
    expect(previousPeriod(customPeriod("2018-01", "2018-02"))).toEqual(customPeriod("2017-11", "2017-12"));
  });

  it("throws before the year 1000", () => {
    expectPeriodError(() => previousPeriod(month("1000-01")), "invalid-month-index");
  });

  it("property: same length, ends the month before the period starts", () => {
    fc.assert(
      fc.property(fc.integer({ min: 20000, max: 30000 }), fc.integer({ min: 1, max: 60 }), (endIndex, n) => {
        const p = rolling(monthKeyFromIndex(endIndex), n);
        const q = previousPeriod(p);
        expect(monthsIn(q)).toHaveLength(n);
        expect(q.last).toBe(referenceAddMonths(p.first, -1));
      }),
    );
  });
});
