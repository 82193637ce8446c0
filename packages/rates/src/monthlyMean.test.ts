import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { monthlyMean } from "./monthlyMean.js";
import { roundHalfUp } from "./roundHalfUp.js";

/** A 24-month series whose calendar years total `a` and `b` (months as even as possible). */
function twoYears(a: number, b: number): number[] {
  const spread = (total: number) => Array.from({ length: 12 }, (_, i) => Math.floor(total / 12) + (i < total % 12 ? 1 : 0));
  return [...spread(a), ...spread(b)];
}

// Source of the "published error" cases: figures printed in the London Borough of Harrow's Community Safety, Violence,
// Vulnerability and Exploitation Strategy 2019/20, numbered as in docs/methods.md#published-figures-that-do-not-reproduce.
describe("monthlyMean", () => {
  it("documented example", () => {
    const m = monthlyMean({ start: "2017-01", values: [...Array(23).fill(27), 32] });
    expect(m.value).toBe(27.208333333333332);
    expect(roundHalfUp(m.value, 0)).toBe(27);
    expect([m.total, m.months, m.first, m.last]).toEqual([653, 24, "2017-01", "2018-12"]);
  });

  it("hate crime (326 + 327) / 24 = 27.21 → 27", () => {
    const m = monthlyMean({ start: "2017-01", values: twoYears(326, 327) });
    expect(roundHalfUp(m.value, 2)).toBe(27.21);
    expect(roundHalfUp(m.value, 0)).toBe(27);
  });

  it("published error: ASB 407.79 (printed 407) and drug offences 46.33 (printed 45)", () => {
    expect(roundHalfUp(monthlyMean({ start: "2017-01", values: twoYears(4898, 4889) }).value, 2)).toBe(407.79);
    expect(roundHalfUp(monthlyMean({ start: "2017-01", values: twoYears(4898, 4889) }).value, 0)).toBe(408);
    expect(roundHalfUp(monthlyMean({ start: "2017-01", values: twoYears(539, 573) }).value, 2)).toBe(46.33);
  });

  it("throws on an empty series and on gaps without fill", () => {
    expect(() => monthlyMean([])).toThrow(expect.objectContaining({ name: "RatesError", code: "empty-input" }));
    expect(() => monthlyMean({ start: "2017-01", values: [] })).toThrow(/empty/);
    const gap = [
      { month: "2017-01", count: 2 },
      { month: "2017-03", count: 4 },
    ];
    expect(() => monthlyMean(gap)).toThrow(/2017-02/);
    expect(monthlyMean(gap, { fill: 0 }).value).toBe(2);
  });

  it("values adding up beyond the largest number throw invalid-number instead of a NaN mean", () => {
    expect(() => monthlyMean({ start: "2017-01", values: [1e308, 1e308] })).toThrow(RatesError);
    expect(() => monthlyMean({ start: "2017-01", values: [null, null] }, { fill: 1e308 })).toThrow(/add up to more/);
  });

  it("a series running past December 9999 throws invalid-month (a RatesError, not the periods error)", () => {
    expect(() => monthlyMean({ start: "9999-12", values: [1, 2] })).toThrow(expect.objectContaining({ name: "RatesError", code: "invalid-month" }));
  });
});
