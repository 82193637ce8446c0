import { describe, expect, it } from "vitest";
import { isKebabCase } from "./kebabCase.js";

describe("isKebabCase", () => {
  it("accepts the suite's codes and refuses other spellings", () => {
    for (const code of ["invalid-count", "month-out-of-range", "empty-input", "invalid-csv", "vs-benchmark-area"]) expect(isKebabCase(code), code).toBe(true);
    for (const code of ["INVALID_COUNT", "invalid_count", "invalidCount", "Invalid-count", "invalid--count", "-invalid", "invalid-", ""])
      expect(isKebabCase(code), code).toBe(false);
  });
});
