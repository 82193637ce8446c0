import { describe, expect, it } from "vitest";
import { formatNumber, formatParameter, formatPercent, formatValue } from "./format.js";

describe("internal format", () => {
  it.each([
    [2240, 0, false, "2,240"],
    [2147, 0, false, "2,147"],
    [1234567.891, 2, false, "1,234,567.89"],
    [1.005, 2, false, "1.01"], // decimal half-up (toFixed gives 1.00)
    [12.5, 0, false, "13"],
    [-2.5, 0, false, "-3"],
    [4.33162552398696, 1, false, "4.3"],
    [45, 1, false, "45.0"],
    [999.995, 2, false, "1,000.00"],
    [2, 2, true, "2"],
    [2.5, 2, true, "2.5"],
    [0.0001, 2, false, "0.00"],
    [-0.0001, 2, false, "0.00"],
    [1e21, 0, false, "1,000,000,000,000,000,000,000"],
    [1.5e-7, 7, false, "0.0000002"],
  ] as const)("formatNumber(%d, %d, %s) = %s", (x, decimals, trim, expected) => {
    expect(formatNumber(x, decimals, trim)).toBe(expected);
  });

  it("values, percentages and parameters", () => {
    expect(formatValue(2240, undefined)).toBe("2,240");
    expect(formatValue(9.0003, undefined)).toBe("9.00");
    expect(formatValue(9, 2)).toBe("9.00");
    expect(formatPercent(4.3316)).toBe("4.3%");
    expect(formatParameter(2)).toBe("2");
    expect(formatParameter(0.125)).toBe("0.13");
  });
});
