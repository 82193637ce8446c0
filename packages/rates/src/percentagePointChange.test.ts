import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { percentagePointChange } from "./percentagePointChange.js";
import { roundHalfUp } from "./roundHalfUp.js";
import { share } from "./share.js";

describe("percentagePointChange", () => {
  it("documented examples", () => {
    expect(percentagePointChange(38.5, 36.4)).toBe(-2.1000000000000014);
    expect(roundHalfUp(percentagePointChange(38.5, 36.4), 1)).toBe(-2.1);
    expect(percentagePointChange((27 / 43) * 100, (14 / 26) * 100)).toBeCloseTo(-8.944543828264, 10);
  });

  it("offensive-weapon shares: later minus earlier, from unrounded shares", () => {
    // 2017 column total 43, 2018 column total 26; the printed "Change" reverses the sign (error 6).
    const rows: readonly (readonly [number, number, number, number])[] = [
      [3, 1, -3.1, 3.1], // possession of firearms (7.0 − 3.8 would give 3.2)
      [1, 0, -2.3, 2.3], // possession of an offensive weapon
      [27, 14, -8.9, 8.9], // possession of knives and similar
      [12, 11, 14.4, -14.4], // possession of other weapons
    ];
    for (const [n17, n18, truePp, printed] of rows) {
      const pp = percentagePointChange(share(n17, 43).value ?? Number.NaN, share(n18, 26).value ?? Number.NaN);
      expect(roundHalfUp(pp, 1)).toBe(truePp);
      expect(roundHalfUp(-pp, 1)).toBe(printed);
    }
    expect(roundHalfUp(share(3, 43).value ?? 0, 1) - roundHalfUp(share(1, 26).value ?? 0, 1)).toBeCloseTo(3.2, 10);
  });

  it("throws RatesError on non-finite input", () => {
    expect(() => percentagePointChange(Number.NaN, 1)).toThrow(RatesError);
    expect(() => percentagePointChange(1, Number.NEGATIVE_INFINITY)).toThrow(/current/);
  });

  it("a difference beyond the largest number throws invalid-number instead of returning Infinity", () => {
    expect(() => percentagePointChange(-1e308, 1e308)).toThrow(RatesError);
    expect(() => percentagePointChange(Number.MAX_VALUE, -Number.MAX_VALUE)).toThrow(/largest representable number/);
  });
});
