import { describe, expect, it } from "vitest";
import { financialYear, formatPeriod, monthName, monthsIn, parsePeriod, PeriodError, rollingYear, samePeriodLastYear, yearToDate } from "../src/index.js";

describe("README example", () => {
  it("gives the results the README states", () => {
    const ry = rollingYear("2018-09");
    expect(ry).toEqual({ kind: "rolling", first: "2017-10", last: "2018-09", label: "12 months to Sep 2018" });
    expect(samePeriodLastYear(ry).label).toBe("12 months to Sep 2017");
    expect(formatPeriod(ry, "short-range")).toBe("Oct 17 - Sep 18");
    expect(financialYear(2018).label).toBe("2018/19");
    expect(yearToDate("2018-11").first).toBe("2018-04");
    expect(monthsIn(parsePeriod("Q4 2017/18"))).toEqual(["2018-01", "2018-02", "2018-03"]);
    expect(() => parsePeriod("18/19")).toThrow(PeriodError);
    expect(parsePeriod("18/19", { strict: false }).label).toBe("2018/19");
    expect([monthName(9), monthName(9, "short")]).toEqual(["September", "Sep"]);
  });
});
