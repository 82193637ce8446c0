import { describe, expect, it } from "vitest";
import { PeriodError } from "./PeriodError.js";
import { parseMonthKey } from "./parseMonthKey.js";

describe("PeriodError", () => {
  it("doc example: parseMonthKey('2019-13') throws code invalid-month", () => {
    let code: string | undefined;
    try {
      parseMonthKey("2019-13");
    } catch (error) {
      code = (error as PeriodError).code;
    }
    expect(code).toBe("invalid-month");
  });

  it("doc example: constructor keeps code, message and details", () => {
    const error = new PeriodError("invalid-quarter", "Quarter 5 is not valid; expected 1, 2, 3 or 4.", { value: 5 });
    expect(error.code).toBe("invalid-quarter");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("PeriodError");
    expect(error.message).toBe("Quarter 5 is not valid; expected 1, 2, 3 or 4.");
    expect(error.details).toEqual({ value: 5 });
    expect(new PeriodError("invalid-year", "x").details).toEqual({});
  });
});
