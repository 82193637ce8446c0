import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectPeriodError } from "./internal/expectPeriodError.js";
import { referenceAddMonths } from "./internal/reference.js";
import { monthKeyFromIndex } from "./monthKeyFromIndex.js";
import { monthsIn } from "./monthsIn.js";
import { rolling } from "./rolling.js";

describe("rolling", () => {
  it("doc example", () => {
    expect(rolling("2018-09", 6)).toEqual({ kind: "rolling", first: "2018-04", last: "2018-09", label: "6 months to Sep 2018" });
  });

  it("a one-month window is labelled in the singular", () => {
    expect(rolling("2018-09", 1)).toEqual({ kind: "rolling", first: "2018-09", last: "2018-09", label: "1 month to Sep 2018" });
    expect(rolling("2018-09", 24).first).toBe("2016-10");
  });

  it("rejects a window of 0, negative or fractional", () => {
    expectPeriodError(() => rolling("2018-09", 0), "invalid-window", "0", "positive integer");
    expectPeriodError(() => rolling("2018-09", -3), "invalid-window", "-3");
    expectPeriodError(() => rolling("2018-09", 2.5), "invalid-window", "2.5");
    expectPeriodError(() => rolling("2018-9", 12), "invalid-month", '"2018-9"');
    expectPeriodError(() => rolling("1000-06", 12), "invalid-month-index");
  });

  it("property: monthsIn length equals the window and the start matches Date.UTC arithmetic", () => {
    fc.assert(
      fc.property(fc.integer({ min: 20000, max: 30000 }), fc.integer({ min: 1, max: 240 }), (endIndex, n) => {
        const end = monthKeyFromIndex(endIndex);
        const p = rolling(end, n);
        expect(monthsIn(p)).toHaveLength(n);
        expect(p.first).toBe(referenceAddMonths(end, -(n - 1)));
        expect(p.last).toBe(end);
      }),
    );
  });
});
