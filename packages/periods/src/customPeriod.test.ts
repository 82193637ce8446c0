import { describe, expect, it } from "vitest";
import { customPeriod } from "./customPeriod.js";
import { expectPeriodError } from "./internal/expectPeriodError.js";

describe("customPeriod", () => {
  it("doc example", () => {
    expect(customPeriod("2017-10", "2018-09")).toEqual({ kind: "custom", first: "2017-10", last: "2018-09", label: "Oct 2017 \u2013 Sep 2018" });
  });

  it("a single month is allowed", () => {
    expect(customPeriod("2017-01", "2017-01").label).toBe("Jan 2017 \u2013 Jan 2017");
  });

  it("rejects first after last and bad keys", () => {
    expectPeriodError(() => customPeriod("2018-10", "2018-09"), "invalid-range", '"2018-10"', '"2018-09"');
    expectPeriodError(() => customPeriod("2018-1", "2018-09"), "invalid-month", "first month", '"2018-1"');
    expectPeriodError(() => customPeriod("2018-01", "2018-9"), "invalid-month", "last month");
  });
});
