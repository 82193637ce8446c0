import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { changeContributions, classifyChange, proportionDifference, rate, rateChange, rateRatioTest, rollingYearTotal, roundHalfUp } from "../src/index.js";

describe("README example", () => {
  it("gives the results it shows", () => {
    const r = rate(2240, 248880, { confidence: [0.95, 0.998] });
    expect(roundHalfUp(r.value, 2)).toBe(9);
    expect(r.method).toBe("byar");
    expect(r.intervals).toHaveLength(2);
    const c = rateChange({ count: 2386, population: 248880 }, { count: 2240, population: 248880 });
    expect(c.change.count).toBe(-146);
    expect(roundHalfUp(c.change.value, 2)).toBe(-0.59);
    expect(roundHalfUp(rateRatioTest({ count: 2386, population: 248880 }, { count: 2240, population: 248880 }).pValue, 3)).toBe(0.033);
    expect(classifyChange({ count: 2386, population: 248880 }, { count: 2240, population: 248880 }).explanation).toBe("a significant fall");
    expect(classifyChange({ count: 2, population: 248880 }, { count: 3, population: 248880 }).explanation).toBe("too few to judge");
    const d = changeContributions([
      { name: "Burglary", previous: 1100, current: 641 },
      { name: "Shoplifting", previous: 1500, current: 2427 },
    ]);
    expect(d.change).toBe(468);
    expect(d.rows.map((row) => [row.name, row.change])).toEqual([
      ["Shoplifting", 927],
      ["Burglary", -459],
    ]);
    expect(roundHalfUp(d.rows[0]?.share as number, 1)).toBe(198.1);
    const ry = rollingYearTotal({ start: "2017-10", values: [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] });
    expect(ry.map((w) => [w.period.label, w.sum])).toEqual([
      ["12 months to Sep 2018", 126],
      ["12 months to Oct 2018", 138],
    ]);
  });

  it("compares two proportions as it shows", () => {
    const d = proportionDifference(12, 33, 15, 39);
    expect(roundHalfUp(d.value, 1)).toBe(-2.1);
    expect(d.excludesZero).toBe(false);
  });

  it("prints results as it shows", () => {
    expect(inspect(rate(2240, 248880))).toBe("9.00 per 1,000 (95% CI 8.63–9.38, Byar)");
    expect(inspect(rateChange({ count: 2386, population: 248880 }, { count: 2240, population: 248880 }))).toBe(
      "9.59 → 9.00 per 1,000: -0.59 per 1,000 (-6.1%), count 2,386 → 2,240 (-146)",
    );
  });
});
