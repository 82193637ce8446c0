import { describe, expect, it } from "vitest";
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
    expectPeriodError(() => contains(financialYear(2018), "2019-3"), "invalid-month-key", "inner month", '"2019-3"');
  });
});
