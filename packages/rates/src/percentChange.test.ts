import { describe, expect, expectTypeOf, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { percentChange, type PercentChange } from "./percentChange.js";
import type { PercentagePointChange } from "./percentagePointChange.js";
import { roundHalfUp } from "./roundHalfUp.js";

// Source of the "published error" cases: figures printed in the London Borough of Harrow's Community Safety, Violence,
// Vulnerability and Exploitation Strategy 2019/20, numbered as in docs/methods.md#published-figures-that-do-not-reproduce.
describe("percentChange", () => {
  it("documented examples", () => {
    expect(percentChange(1541, 1798)).toBe(16.677482154445165);
    expect(percentChange(548, 364)).toBe(-33.57664233576642);
    expect(percentChange(0, 2)).toBeNull();
  });

  it("2011–14 plan percentages, half-up to integers", () => {
    const cases: readonly (readonly [number, number, number])[] = [
      [1541, 1798, 17],
      [548, 364, -34],
      [394, 317, -20],
      [373, 523, 40],
      [2075, 2625, 27], // printed "26%": known error 11
      [117, 227, 94],
    ];
    for (const [a, b, expected] of cases) expect(roundHalfUp(percentChange(a, b) ?? Number.NaN, 0)).toBe(expected);
  });

  it("published error 3: FTE 61 → 41 is −32.8%, not the printed −34.0%", () => {
    expect(roundHalfUp(percentChange(61, 41) ?? Number.NaN, 1)).toBe(-32.8);
  });

  it("reoffending 38.5% → 36.4% is about −5.5% relative", () => {
    expect(roundHalfUp(percentChange(38.5, 36.4) ?? Number.NaN, 1)).toBe(-5.5);
  });

  it("is branded differently from a percentage-point change", () => {
    expectTypeOf(percentChange(1, 2)).toEqualTypeOf<PercentChange | null>();
    expectTypeOf<PercentChange>().not.toEqualTypeOf<PercentagePointChange>();
    // @ts-expect-error a percent change is not a percentage-point change
    const pp: PercentagePointChange = percentChange(1, 2) as PercentChange;
    expect(pp).toBe(100);
  });

  it("throws RatesError on non-finite input or a negative base", () => {
    expect(() => percentChange(Number.NaN, 1)).toThrow(RatesError);
    expect(() => percentChange(1, Number.POSITIVE_INFINITY)).toThrow(/current.*Infinity/);
    expect(() => percentChange(-5, 1)).toThrow(/previous.*-5/);
  });

  it("a change too large to represent throws invalid-number; one whose difference overflows is still computed", () => {
    expect(() => percentChange(1e-310, 1)).toThrow(RatesError);
    expect(() => percentChange(5e-324, -1)).toThrow(/largest representable number/);
    expect(percentChange(1e308, -1e308)).toBe(-200);
    expect(percentChange(Number.MAX_VALUE, -Number.MAX_VALUE)).toBe(-200);
  });
});
