import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { firstTimeEntrantRate } from "./firstTimeEntrantRate.js";
import { percentChange } from "./percentChange.js";
import { rate } from "./rate.js";
import { roundHalfUp } from "./roundHalfUp.js";

// Source of the "published error" cases: figures printed in the London Borough of Harrow's Community Safety, Violence,
// Vulnerability and Exploitation Strategy 2019/20, numbered as in docs/methods.md#published-figures-that-do-not-reproduce.
describe("firstTimeEntrantRate", () => {
  it("documented example (own fixture: 41 FTEs, 22,500 residents aged 10–17)", () => {
    const r = firstTimeEntrantRate(41, 22500);
    expect(r.value).toBe(182.22222222222223);
    expect(roundHalfUp(r.value, 0)).toBe(182);
    expect(r.per).toBe(100000);
  });

  it("Oct 16–Sep 17 61 vs Oct 17–Sep 18 41 FTEs, same population vintage", () => {
    const before = firstTimeEntrantRate(61, 22500);
    const after = firstTimeEntrantRate(41, 22500);
    expect(roundHalfUp(before.value, 0)).toBe(271);
    expect(roundHalfUp(after.value, 0)).toBe(182);
    // Published error 3: the printed fall of "34.0%" does not reproduce from the counts.
    expect(roundHalfUp(percentChange(61, 41) ?? Number.NaN, 1)).toBe(-32.8);
  });

  it("is rate() per 100,000 with the same interval options", () => {
    expect(firstTimeEntrantRate(7, 20000, { confidence: 0.998 })).toEqual(rate(7, 20000, { per: 100000, confidence: 0.998 }));
    expect(firstTimeEntrantRate(70, 20000, { method: "exact" }).method).toBe("exact");
  });

  it("throws RatesError on bad input", () => {
    expect(() => firstTimeEntrantRate(-1, 20000)).toThrow(RatesError);
    expect(() => firstTimeEntrantRate(1, 0)).toThrow(/population/);
  });
});
