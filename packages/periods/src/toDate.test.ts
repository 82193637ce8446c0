import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDate } from "./fromDate.js";
import { expectPeriodError } from "./internal/expectPeriodError.js";
import { monthKeyFromIndex } from "./monthKeyFromIndex.js";
import { toDate } from "./toDate.js";

describe("toDate", () => {
  it("doc example", () => {
    expect(toDate("2018-09").toISOString()).toBe("2018-09-01T00:00:00.000Z");
  });

  it("is the same instant as Date.UTC whatever the process time zone", () => {
    expect(toDate("2018-03").getTime()).toBe(Date.UTC(2018, 2, 1));
    expect(toDate("2018-10").getTime()).toBe(Date.UTC(2018, 9, 1));
    expect(toDate("1000-01").getTime()).toBe(Date.UTC(1000, 0, 1));
    expect(toDate("9999-12").getTime()).toBe(Date.UTC(9999, 11, 1));
    expect(toDate("2018-09")).toBeInstanceOf(Date);
    expect(toDate("2018-09").getMonth()).toBe(8);
  });

  it("throws for a bad key, never an Invalid Date", () => {
    expectPeriodError(() => toDate("2018-13"), "invalid-month", '"2018-13"');
  });

  it("property: fromDate(toDate(k)) === k", () => {
    fc.assert(
      fc.property(fc.integer({ min: 12000, max: 119999 }), (i) => {
        const key = monthKeyFromIndex(i);
        expect(fromDate(toDate(key))).toBe(key);
      }),
    );
  });
});
