import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectPeriodError } from "./internal/expectPeriodError.js";
import { monthIndex } from "./monthIndex.js";
import { monthKeyFromIndex } from "./monthKeyFromIndex.js";

describe("monthKeyFromIndex", () => {
  it("doc example", () => {
    expect(monthKeyFromIndex(24224)).toBe("2018-09");
  });

  it("edges", () => {
    expect(monthKeyFromIndex(12000)).toBe("1000-01");
    expect(monthKeyFromIndex(119999)).toBe("9999-12");
    expect(monthKeyFromIndex(2019 * 12)).toBe("2019-01");
    expect(monthKeyFromIndex(2019 * 12 + 11)).toBe("2019-12");
  });

  it.each([11999, 120000, 24224.5, Number.NaN, Number.POSITIVE_INFINITY, -1])("rejects %d", (value) => {
    expectPeriodError(() => monthKeyFromIndex(value), "invalid-month-index", String(value), "integer");
  });

  it("property: inverse of monthIndex over the whole range", () => {
    fc.assert(
      fc.property(fc.integer({ min: 12000, max: 119999 }), (index) => {
        expect(monthIndex(monthKeyFromIndex(index))).toBe(index);
      }),
    );
  });
});
