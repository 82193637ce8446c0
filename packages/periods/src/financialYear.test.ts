import { describe, expect, it } from "vitest";
import { financialYear } from "./financialYear.js";
import { expectPeriodError } from "./internal/expectPeriodError.js";

describe("financialYear", () => {
  it("doc example: April 2018 – March 2019, 2018/19", () => {
    expect(financialYear(2018)).toEqual({ kind: "financial-year", first: "2018-04", last: "2019-03", label: "2018/19" });
    expect(financialYear(2018, { financialYearStart: 9 }).last).toBe("2019-08");
  });

  it("labels across a century", () => {
    expect(financialYear(1999).label).toBe("1999/00");
    expect(financialYear(2009).label).toBe("2009/10");
  });

  it("configurable start month", () => {
    expect(financialYear(2018, { financialYearStart: 9 })).toEqual({ kind: "financial-year", first: "2018-09", last: "2019-08", label: "2018/19" });
    expect(financialYear(2018, { financialYearStart: 12 }).last).toBe("2019-11");
  });

  it("rejects bad years and start months", () => {
    expectPeriodError(() => financialYear(2018.5), "invalid-year", "2018.5");
    expectPeriodError(() => financialYear(2018, { financialYearStart: 1 }), "invalid-option", "1", "2 (February) to 12");
    expectPeriodError(() => financialYear(2018, { financialYearStart: 13 }), "invalid-option", "13");
    expectPeriodError(() => financialYear(9999), "invalid-month-index");
  });

  it("options that are not an object (null, a number, an array) throw invalid-option naming them, not a TypeError", () => {
    expectPeriodError(() => financialYear(2018, null as never), "invalid-option", "financialYear", "null", "{ financialYearStart: 4 }");
    expectPeriodError(() => financialYear(2018, 9 as never), "invalid-option", "9");
    expectPeriodError(() => financialYear(2018, [] as never), "invalid-option", "an array");
    expect(financialYear(2018, Object.create(null) as never)).toEqual(financialYear(2018));
  });
});
