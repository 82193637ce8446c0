import { describe, expect, it } from "vitest";
import { rate, rateChange, rateRatioTest, rollingYearTotal, roundHalfUp } from "../src/index.js";

describe("README example", () => {
  it("gives the results it shows", () => {
    const r = rate(14866, 248880, { confidence: [0.95, 0.998] });
    expect(roundHalfUp(r.value, 2)).toBe(59.73);
    expect(r.method).toBe("byar");
    expect(r.intervals).toHaveLength(2);
    const c = rateChange({ count: 29759, population: 329110 }, { count: 30705, population: 329110 });
    expect(roundHalfUp(c.change.value, 2)).toBe(2.87);
    expect(roundHalfUp(rateRatioTest({ count: 2386, population: 248880 }, { count: 2240, population: 248880 }).pValue, 3)).toBe(0.033);
    const ry = rollingYearTotal({ start: "2017-10", values: [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] });
    expect(ry.map((w) => [w.period.label, w.sum])).toEqual([
      ["12 months to Sep 2018", 126],
      ["12 months to Oct 2018", 138],
    ]);
  });
});
