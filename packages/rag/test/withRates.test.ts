import { rollingYear } from "@crimestats/periods";
import { samePeriodComparison } from "@crimestats/rates";
import { describe, expect, it } from "vitest";
import { evaluate } from "../src/index.js";

// A samePeriodComparison of @crimestats/rates can be spread into the input of a change rule.
describe("with @crimestats/rates and @crimestats/periods", () => {
  it("samePeriodComparison → change rule, with the periods' labels", () => {
    // 2017: 12 × 199 - 2 = 2,386; 2018: 12 × 187 - 4 = 2,240 (Harrow burglary, docs/methods.md#rate-change).
    const values = [...Array(11).fill(199), 197, ...Array(11).fill(187), 183];
    const comparison = samePeriodComparison({ start: "2017-01", values }, rollingYear("2018-12"));
    expect([comparison.current, comparison.previous]).toEqual([2240, 2386]);
    const result = evaluate({ kind: "change", polarity: "lower-is-better", amber: { percent: 2 } }, { ...comparison, what: "burglaries" });
    expect(result.explanation).toBe("Green: 2,240 burglaries in the 12 months to Dec 2018 is 6.1% below 2,386 in the 12 months to Dec 2017 (amber band 2%)");
  });
});
