import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths } from "./addMonths.js";
import { expectPeriodError } from "./internal/expectPeriodError.js";
import { monthKeyFromIndex } from "./monthKeyFromIndex.js";
import { monthsBetween } from "./monthsBetween.js";

describe("monthsBetween", () => {
  it("doc example", () => {
    expect(monthsBetween("2017-10", "2018-09")).toBe(11);
    expect(monthsBetween("2018-09", "2018-04")).toBe(-5);
  });

  it("zero for the same month; 12 for a year", () => {
    expect(monthsBetween("2018-09", "2018-09")).toBe(0);
    expect(monthsBetween("2016-03", "2017-03")).toBe(12);
  });

  it("throws for bad keys", () => {
    expectPeriodError(() => monthsBetween("2018-9", "2018-10"), "invalid-month", "start month");
    expectPeriodError(() => monthsBetween("2018-09", "2018-13"), "invalid-month", "end month");
  });

  it("property: inverse of addMonths", () => {
    fc.assert(
      fc.property(fc.integer({ min: 20000, max: 30000 }), fc.integer({ min: -600, max: 600 }), (i, n) => {
        const key = monthKeyFromIndex(i);
        expect(monthsBetween(key, addMonths(key, n))).toBe(n);
      }),
    );
  });
});
