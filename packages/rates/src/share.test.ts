import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { roundHalfUp } from "./roundHalfUp.js";
import { share } from "./share.js";

describe("share", () => {
  it("documented examples", () => {
    expect(share(1, 6)).toEqual({ value: 16.666666666666664, part: 1, total: 6, per: 100 });
    expect(share(0, 0)).toEqual({ value: null, part: 0, total: 0, per: 100 });
  });

  it("shares at 1 dp and whole numbers", () => {
    expect(roundHalfUp(share(1, 6).value ?? 0, 1)).toBe(16.7);
    expect(roundHalfUp(share(7, 56).value ?? 0, 0)).toBe(13);
    expect(roundHalfUp(share(17, 40).value ?? 0, 0)).toBe(43);
    expect(roundHalfUp(share(3, 16).value ?? 0, 1)).toBe(18.8);
    expect(roundHalfUp(share(8, 40).value ?? 0, 0)).toBe(20);
    expect(roundHalfUp(share(8, 29).value ?? 0, 1)).toBe(27.6);
    expect(roundHalfUp(share(60305, 248880).value ?? 0, 1)).toBe(24.2);
  });

  it("throws RatesError on negative or non-finite input", () => {
    expect(() => share(-1, 5)).toThrow(RatesError);
    expect(() => share(1, Number.NaN)).toThrow(/total.*NaN/);
  });

  it("a share too large to represent throws invalid-number instead of returning Infinity", () => {
    expect(() => share(1, 1e-310)).toThrow(RatesError);
    expect(() => share(Number.MAX_VALUE, 0.5)).toThrow(/largest representable number/);
    expect(share(5e-324, 1e-323).value).toBe(50);
  });
});
