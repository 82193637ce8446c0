import { describe, expect, it } from "vitest";
import { expectPeriodError } from "./internal/expectPeriodError.js";
import { month } from "./month.js";

describe("month", () => {
  it("doc example", () => {
    expect(month("2018-09")).toEqual({ kind: "month", first: "2018-09", last: "2018-09", label: "Sep 2018" });
  });

  it("labels every month with its three-letter name", () => {
    const labels = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"].map((m) => month(`2019-${m}`).label);
    expect(labels).toEqual([
      "Jan 2019",
      "Feb 2019",
      "Mar 2019",
      "Apr 2019",
      "May 2019",
      "Jun 2019",
      "Jul 2019",
      "Aug 2019",
      "Sep 2019",
      "Oct 2019",
      "Nov 2019",
      "Dec 2019",
    ]);
  });

  it("returns a frozen value", () => {
    expect(Object.isFrozen(month("2018-09"))).toBe(true);
  });

  it("throws for a bad key", () => {
    expectPeriodError(() => month("2019-13"), "invalid-month", '"2019-13"');
  });
});
