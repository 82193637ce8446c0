import { describe, expect, it } from "vitest";
import { expectPeriodError } from "./internal/expectPeriodError.js";
import { monthIndex } from "./monthIndex.js";

describe("monthIndex", () => {
  it("doc example: 2018 * 12 + 8", () => {
    expect(monthIndex("2018-09")).toBe(24224);
  });

  it("consecutive months have consecutive indices across a year end", () => {
    expect(monthIndex("2018-12") + 1).toBe(monthIndex("2019-01"));
    expect(monthIndex("1000-01")).toBe(12000);
    expect(monthIndex("9999-12")).toBe(119999);
  });

  it("throws for bad keys", () => {
    expectPeriodError(() => monthIndex("2019-1"), "invalid-month", '"2019-1"');
  });
});
