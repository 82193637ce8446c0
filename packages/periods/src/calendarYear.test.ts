import { describe, expect, it } from "vitest";
import { calendarYear } from "./calendarYear.js";
import { expectPeriodError } from "./internal/expectPeriodError.js";

describe("calendarYear", () => {
  it("doc example", () => {
    expect(calendarYear(2018)).toEqual({ kind: "calendar-year", first: "2018-01", last: "2018-12", label: "2018" });
  });

  it.each([2018.5, Number.NaN, 999, 10000, Number.POSITIVE_INFINITY])("rejects year %d", (year) => {
    expectPeriodError(() => calendarYear(year), "invalid-year", String(year), "integer");
  });

  it("rejects a year given as a string by an untyped caller", () => {
    expectPeriodError(() => calendarYear("2018" as unknown as number), "invalid-year", '"2018"');
  });
});
