import { describe, expect, it } from "vitest";
import { isMonthKey } from "./isMonthKey.js";

describe("isMonthKey", () => {
  it("doc example", () => {
    expect(isMonthKey("2018-09")).toBe(true);
    expect(isMonthKey("2019-1")).toBe(false);
  });

  it("is false for other types and malformed text, never throws", () => {
    for (const value of [undefined, null, 201809, new Date(Date.UTC(2018, 8, 1)), {}, "2019-13", "2019-00", "18-09"]) {
      expect(isMonthKey(value)).toBe(false);
    }
  });
});
