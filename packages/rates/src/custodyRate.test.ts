import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { custodyRate } from "./custodyRate.js";
import { rate } from "./rate.js";
import { roundHalfUp } from "./roundHalfUp.js";

describe("custodyRate", () => {
  it("documented example (own fixture: 7 custodial sentences, 22,500 residents aged 10–17)", () => {
    const r = custodyRate(7, 22500);
    expect(roundHalfUp(r.value, 2)).toBe(0.31);
    expect([r.method, r.reliable]).toEqual(["exact", false]);
  });

  it("Jan–Dec 18 = 7 vs 8 a year earlier, per 1,000 aged 10–17", () => {
    expect(roundHalfUp(custodyRate(8, 22500).value, 2)).toBe(0.36);
    expect(custodyRate(8, 22500)).toEqual(rate(8, 22500, { per: 1000 }));
  });

  it("throws RatesError on bad input", () => {
    expect(() => custodyRate(1.5, 20000)).toThrow(RatesError);
    expect(() => custodyRate(1, Number.NaN)).toThrow(/population/);
  });
});
