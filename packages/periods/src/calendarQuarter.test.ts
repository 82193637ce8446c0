import { describe, expect, it } from "vitest";
import { calendarQuarter } from "./calendarQuarter.js";
import { expectPeriodError } from "./internal/expectPeriodError.js";

describe("calendarQuarter", () => {
  it("doc example", () => {
    expect(calendarQuarter(2018, 4)).toEqual({ kind: "calendar-quarter", first: "2018-10", last: "2018-12", label: "Q4 2018" });
  });

  it("Q1 to Q3", () => {
    expect(
      [1, 2, 3].map((q) => {
        const p = calendarQuarter(2019, q);
        return [p.first, p.last, p.label];
      }),
    ).toEqual([
      ["2019-01", "2019-03", "Q1 2019"],
      ["2019-04", "2019-06", "Q2 2019"],
      ["2019-07", "2019-09", "Q3 2019"],
    ]);
  });

  it("rejects quarter 5, 0 and 1.5 and bad years", () => {
    expectPeriodError(() => calendarQuarter(2018, 5), "invalid-quarter", "5", "1, 2, 3 or 4");
    expectPeriodError(() => calendarQuarter(2018, 0), "invalid-quarter", "0");
    expectPeriodError(() => calendarQuarter(2018, 1.5), "invalid-quarter", "1.5");
    expectPeriodError(() => calendarQuarter(18.5, 1), "invalid-year", "18.5");
  });
});
