import { describe, expect, it } from "vitest";
import { expectPeriodError } from "./internal/expectPeriodError.js";
import { rollingYear } from "./rollingYear.js";

describe("rollingYear", () => {
  it("doc example: October 2017 – September 2018", () => {
    expect(rollingYear("2018-09")).toEqual({ kind: "rolling", first: "2017-10", last: "2018-09", label: "12 months to Sep 2018" });
  });

  it("the rolling year to December covers the calendar year's months", () => {
    expect(rollingYear("2018-12")).toMatchObject({ first: "2018-01", last: "2018-12" });
  });

  it("throws for a bad end month", () => {
    expectPeriodError(() => rollingYear("2018-13"), "invalid-month", '"2018-13"');
  });
});
