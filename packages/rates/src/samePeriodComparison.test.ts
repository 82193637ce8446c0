import { inspect } from "node:util";
import { calendarYear, financialQuarter, rollingYear } from "@crimestats/periods";
import { describe, expect, it } from "vitest";
import { samePeriodComparison } from "./samePeriodComparison.js";

describe("samePeriodComparison", () => {
  it("documented example", () => {
    const values = [...Array(12).fill(10), ...Array(12).fill(9)];
    const c = samePeriodComparison({ start: "2017-01", values }, rollingYear("2018-12"));
    expect(c.previousPeriod.label).toBe("12 months to Dec 2017");
    expect([c.previous, c.current, c.reduced]).toEqual([120, 108, true]);
    expect(c.change).toEqual({ value: -12, percent: -10 });
  });

  it("Harrow 2019 Strategy: Harrow burglary 2,386 (2017) → 2,240 (2018) is a reduction of 146", () => {
    // A monthly series consistent with the annual totals (the monthly split is illustrative).
    const y2017 = [210, 195, 205, 190, 185, 180, 175, 190, 200, 215, 220, 221];
    const y2018 = [200, 180, 190, 175, 170, 165, 170, 180, 185, 200, 210, 215];
    expect(y2017.reduce((a, b) => a + b)).toBe(2386);
    expect(y2018.reduce((a, b) => a + b)).toBe(2240);
    const c = samePeriodComparison({ start: "2017-01", values: [...y2017, ...y2018] }, calendarYear(2018));
    expect(c).toMatchObject({ current: 2240, previous: 2386, change: { value: -146 }, reduced: true });
    expect(c.previousPeriod.label).toBe(calendarYear(2017).label);
  });

  it("works for quarters and reports months the series does not cover", () => {
    const records = Array.from({ length: 18 }, (_, i) => ({
      month: `20${17 + Math.floor((i + 3) / 12)}-${String(((i + 3) % 12) + 1).padStart(2, "0")}`,
      count: i,
    }));
    // Apr 2017 … Sep 2018; Q2 2018/19 is Jul–Sep 2018 (indices 15, 16, 17), last year 3, 4, 5.
    const c = samePeriodComparison(records, financialQuarter(2018, 2));
    expect([c.current, c.previous]).toEqual([48, 12]);
    expect(() => samePeriodComparison(records, financialQuarter(2018, 1))).not.toThrow();
    expect(() => samePeriodComparison(records, financialQuarter(2017, 1))).toThrow(/does not cover 2016-04/);
    expect(samePeriodComparison(records, financialQuarter(2017, 1), { fill: 0 }).previous).toBe(0);
    expect(samePeriodComparison(records, financialQuarter(2017, 1), { fill: 0 }).change.percent).toBeNull();
  });

  it("throws RatesError invalid-period on a value that is not a valid Period", () => {
    const series = { start: "2017-01", values: Array(24).fill(1) };
    // @ts-expect-error not a period
    expect(() => samePeriodComparison(series, null)).toThrow(expect.objectContaining({ name: "RatesError", code: "invalid-period" }));
    expect(() => samePeriodComparison(series, { kind: "custom", first: "2018-05", last: "2018-02", label: "x" })).toThrow(/before period.first/);
    expect(() => samePeriodComparison(series, { kind: "custom", first: "2018-5", last: "2018-06", label: "x" })).toThrow(/period.first.*"2018-5"/);
    expect(() => samePeriodComparison(series, { kind: "custom", first: "2018-5", last: "2018-06", label: "x" })).toThrow(
      expect.objectContaining({ code: "invalid-period" }),
    );
  });

  it("a period whose year before falls before January 1000 throws invalid-period (a RatesError)", () => {
    const values = Array.from({ length: 24 }, () => 1);
    expect(() => samePeriodComparison({ start: "1000-01", values }, calendarYear(1000))).toThrow(
      expect.objectContaining({ name: "RatesError", code: "invalid-period" }),
    );
  });
});

describe("samePeriodComparison in a REPL or notebook", () => {
  it("prints both totals with their periods and the change, and keeps its data unchanged", () => {
    const values = [...Array(12).fill(10), ...Array(12).fill(9)];
    const c = samePeriodComparison({ start: "2017-01", values }, rollingYear("2018-12"));
    expect(inspect(c)).toBe("108 in the 12 months to Dec 2018 against 120 in the 12 months to Dec 2017: -12 (-10.0%)");
    expect(inspect(samePeriodComparison({ start: "2017-01", values: [...Array(12).fill(0), ...Array(12).fill(1.5)] }, calendarYear(2018)))).toBe(
      "18 in 2018 against 0 in 2017: +18",
    );
    expect(c).toEqual({ ...c });
    expect(Object.keys(c)).toEqual(["previous", "current", "change", "previousPeriod", "currentPeriod", "reduced"]);
  });
});
