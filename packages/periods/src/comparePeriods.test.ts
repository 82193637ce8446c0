import { describe, expect, it } from "vitest";
import { calendarYear } from "./calendarYear.js";
import { comparePeriods } from "./comparePeriods.js";
import { financialYear } from "./financialYear.js";
import { month } from "./month.js";
import { rollingYear } from "./rollingYear.js";
import { customPeriod } from "./customPeriod.js";

describe("comparePeriods", () => {
  it("doc example", () => {
    expect(comparePeriods(calendarYear(2018), financialYear(2018))).toBe(-1);
    expect([financialYear(2018), month("2018-04")].sort(comparePeriods).map((p) => p.label)).toEqual(["Apr 2018", "2018/19"]);
  });

  it("same months: kind decides; identical periods compare 0", () => {
    expect(comparePeriods(calendarYear(2018), rollingYear("2018-12"))).toBe(-1);
    expect(comparePeriods(rollingYear("2018-12"), calendarYear(2018))).toBe(1);
    expect(comparePeriods(calendarYear(2018), calendarYear(2018))).toBe(0);
    expect(comparePeriods(customPeriod("2018-01", "2018-03"), customPeriod("2018-01", "2018-02"))).toBe(1);
    expect(comparePeriods(financialYear(2018), calendarYear(2018))).toBe(1);
  });
});
