import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths } from "./addMonths.js";
import { expectPeriodError } from "./internal/expectPeriodError.js";
import { monthIndex } from "./monthIndex.js";
import { monthKeyFromIndex } from "./monthKeyFromIndex.js";

describe("addMonths", () => {
  it("doc example", () => {
    expect(addMonths("2018-09", 4)).toBe("2019-01");
    expect(addMonths("2018-09", -11)).toBe("2017-10");
  });

  it("handles zero, whole years and year boundaries", () => {
    expect(addMonths("2018-09", 0)).toBe("2018-09");
    expect(addMonths("2018-01", -1)).toBe("2017-12");
    expect(addMonths("2018-12", 1)).toBe("2019-01");
    expect(addMonths("2018-03", -24)).toBe("2016-03");
    expect(addMonths("2018-03", 121)).toBe("2028-04");
  });

  it("throws for bad input", () => {
    expectPeriodError(() => addMonths("2018-9", 1), "invalid-month", '"2018-9"');
    expectPeriodError(() => addMonths("2018-09", 1.5), "invalid-offset", "1.5", "integer");
    expectPeriodError(() => addMonths("2018-09", Number.NaN), "invalid-offset", "NaN");
    expectPeriodError(() => addMonths("9999-12", 1), "invalid-month-index", "9999");
    expectPeriodError(() => addMonths("1000-01", -1), "invalid-month-index");
  });

  it("property: adding a then b equals adding a + b; the index moves by exactly n", () => {
    fc.assert(
      fc.property(fc.integer({ min: 24000, max: 25000 }), fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 }), (i, a, b) => {
        const key = monthKeyFromIndex(i);
        expect(addMonths(addMonths(key, a), b)).toBe(addMonths(key, a + b));
        expect(monthIndex(addMonths(key, a)) - i).toBe(a);
      }),
    );
  });
});
