import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { percentChange } from "./percentChange.js";
import { percentagePointChange } from "./percentagePointChange.js";
import { reoffending } from "./reoffending.js";
import { roundHalfUp } from "./roundHalfUp.js";

// Source of the "published error" cases: figures printed in the London Borough of Harrow's Community Safety, Violence,
// Vulnerability and Exploitation Strategy 2019/20, numbered as in docs/methods.md#published-figures-that-do-not-reproduce.
describe("reoffending", () => {
  it("documented example", () => {
    const r = reoffending({ cohort: 16, reoffenders: 3, reoffences: 11 });
    expect(roundHalfUp(r.binaryRate, 1)).toBe(18.8);
    expect(roundHalfUp(r.reoffencesPerReoffender ?? Number.NaN, 2)).toBe(3.67);
    expect(r.reoffencesPerOffender).toBe(0.6875);
  });

  it("local FTE cohorts reproduce (1 dp and 2 dp, half-up)", () => {
    const rows: readonly (readonly [number, number, number, number, number])[] = [
      [22, 3, 7, 13.6, 2.33],
      [16, 3, 11, 18.8, 3.67],
      [18, 11, 32, 61.1, 2.91],
      [15, 5, 31, 33.3, 6.2],
    ];
    for (const [cohort, reoffenders, reoffences, pct, perReoffender] of rows) {
      const r = reoffending({ cohort, reoffenders, reoffences });
      expect(roundHalfUp(r.binaryRate, 1)).toBe(pct);
      expect(roundHalfUp(r.reoffencesPerReoffender ?? Number.NaN, 2)).toBe(perReoffender);
    }
  });

  it("12/33 = 36.4% vs 38.5% is −2.1 percentage points, about −5.5% relative", () => {
    const r = reoffending({ cohort: 33, reoffenders: 12, reoffences: 33 });
    expect(roundHalfUp(r.binaryRate, 1)).toBe(36.4);
    expect(roundHalfUp(percentagePointChange(38.5, roundHalfUp(r.binaryRate, 1)), 1)).toBe(-2.1);
    expect(roundHalfUp(percentChange(38.5, 36.4) ?? Number.NaN, 1)).toBe(-5.5);
    expect(r.binary.method).toBe("wilson");
    expect(r.binary.lower).toBeLessThan(r.binaryRate);
  });

  it("published error 10: no whole number of re-offences by 12 reoffenders gives 2.78", () => {
    const printed = [];
    for (let reoffences = 12; reoffences <= 60; reoffences++) {
      printed.push(roundHalfUp(reoffending({ cohort: 33, reoffenders: 12, reoffences }).reoffencesPerReoffender ?? 0, 2));
    }
    expect(printed).toContain(2.75);
    expect(printed).toContain(2.83);
    expect(printed).not.toContain(2.78);
  });

  it("no reoffenders: frequency per reoffender is null; confidence passes through", () => {
    const r = reoffending({ cohort: 10, reoffenders: 0, reoffences: 0 }, { confidence: "none" });
    expect(r).toMatchObject({ binaryRate: 0, reoffencesPerReoffender: null, reoffencesPerOffender: 0 });
    expect(r.binary.lower).toBeNull();
  });

  it("throws RatesError on inconsistent counts", () => {
    expect(() => reoffending({ cohort: 10, reoffenders: 11, reoffences: 20 })).toThrow(/reoffenders 11 must not exceed the cohort 10/);
    expect(() => reoffending({ cohort: 10, reoffenders: 3, reoffences: 2 })).toThrow(/reoffences 2/);
    expect(() => reoffending({ cohort: 10, reoffenders: 0, reoffences: 2 })).toThrow(RatesError);
    expect(() => reoffending({ cohort: 0, reoffenders: 0, reoffences: 0 })).toThrow(/cohort/);
    expect(() => reoffending({ cohort: 10, reoffenders: 1.5, reoffences: 2 })).toThrow(/reoffenders/);
    // @ts-expect-error not an object
    expect(() => reoffending(null)).toThrow(RatesError);
  });
});
