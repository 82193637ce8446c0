import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDate } from "./fromDate.js";
import { expectPeriodError } from "./internal/expectPeriodError.js";

describe("fromDate", () => {
  it("doc example", () => {
    expect(fromDate(new Date("2018-09-30T23:30:00Z"))).toBe("2018-09");
    expect(fromDate(Date.UTC(2019, 0, 1))).toBe("2019-01");
  });

  it("month edges in UTC, not in the process time zone", () => {
    expect(fromDate(new Date("2019-03-31T23:59:59.999Z"))).toBe("2019-03");
    expect(fromDate(new Date("2019-04-01T00:00:00.000Z"))).toBe("2019-04");
    expect(fromDate(new Date("2018-12-31T23:59:59.999Z"))).toBe("2018-12");
    // 2019-04-01T00:30 in London (BST) is 2019-03-31T23:30Z: March in UTC.
    expect(fromDate(new Date("2019-04-01T00:30:00+01:00"))).toBe("2019-03");
  });

  it("throws for Invalid Date, NaN, Infinity and out-of-range years", () => {
    expectPeriodError(() => fromDate(new Date("nope")), "invalid-date", "The date given, an invalid Date, is not valid");
    expectPeriodError(() => fromDate(Number.NaN), "invalid-date", "NaN");
    expectPeriodError(() => fromDate(Number.POSITIVE_INFINITY), "invalid-date", "Infinity");
    expectPeriodError(() => fromDate(Date.UTC(999, 11, 31)), "invalid-date", "999");
    expectPeriodError(() => fromDate(Date.UTC(10000, 0, 1)), "invalid-date", "10000");
    expectPeriodError(() => fromDate("2018-09" as unknown as Date), "invalid-date", '"2018-09"');
  });

  it("a finite time beyond the range of a Date throws instead of returning NaN", () => {
    for (const time of [8.64e15 + 1, -8.64e15 - 1, Number.MAX_VALUE, -Number.MAX_VALUE]) {
      expectPeriodError(() => fromDate(time), "invalid-date", String(time), "outside the range of a Date");
    }
    // The last millisecond a Date can hold is in year 275760, outside 1000–9999, named as such.
    expectPeriodError(() => fromDate(8.64e15), "invalid-date", "in the year 275760");
  });

  it("property: agrees with getUTCFullYear/getUTCMonth", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }), (t) => {
        const d = new Date(t);
        const expected = `${String(d.getUTCFullYear())}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
        expect(fromDate(t)).toBe(expected);
        expect(fromDate(d)).toBe(expected);
      }),
    );
  });
});
