import { calendarYear } from "@crimestats/periods";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { rollingYearTotal } from "./rollingYearTotal.js";

describe("rollingYearTotal", () => {
  it("documented examples", () => {
    expect(Array.from(rollingYearTotal(new Float64Array(13).fill(2)))).toEqual([24, 24]);
    expect(rollingYearTotal({ start: "2018-01", values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] })).toEqual([
      { period: { kind: "rolling", first: "2018-01", last: "2018-12", label: "12 months to Dec 2018" }, sum: 78 },
    ]);
  });

  it("the rolling year ending December equals the calendar year", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(500), { minLength: 36, maxLength: 36 }), (values) => {
        const ry = rollingYearTotal({ start: "2016-01", values });
        for (const year of [2016, 2017, 2018]) {
          const cy = calendarYear(year);
          const december = ry.find((w) => w.period.last === cy.last);
          const total = values.slice((year - 2016) * 12, (year - 2015) * 12).reduce((a, b) => a + b, 0);
          expect(december?.sum).toBe(total);
          expect(december?.period.first).toBe(cy.first);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("passes fill through and reports gaps", () => {
    expect(() => rollingYearTotal({ start: "2018-01", values: [...Array(11).fill(1), null] })).toThrow(RatesError);
    expect(rollingYearTotal({ start: "2018-01", values: [...Array(11).fill(1), null] }, { fill: 0 })[0]?.sum).toBe(11);
    expect(Array.from(rollingYearTotal(new Float64Array([...Array(11).fill(1), Number.NaN]), { fill: 2 }))).toEqual([13]);
  });

  it("a series running past December 9999 throws invalid-month (a RatesError)", () => {
    const values = Array.from({ length: 13 }, () => 1);
    expect(() => rollingYearTotal({ start: "9999-01", values })).toThrow(expect.objectContaining({ name: "RatesError", code: "invalid-month" }));
  });

  it("window sums beyond the largest number throw invalid-number instead of Infinity or NaN", () => {
    const values = new Float64Array(13).fill(2e307);
    expect(() => rollingYearTotal(values)).toThrow(RatesError);
    expect(() => rollingYearTotal({ start: "2017-01", values: Array.from(values) })).toThrow(RatesError);
  });
});
