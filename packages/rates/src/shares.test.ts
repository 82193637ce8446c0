import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { roundHalfUp } from "./roundHalfUp.js";
import { shares } from "./shares.js";

// Source of the "published error" cases: figures printed in the London Borough of Harrow's Community Safety, Violence,
// Vulnerability and Exploitation Strategy 2019/20, numbered as in docs/methods.md#published-figures-that-do-not-reproduce.
describe("shares", () => {
  it("documented example", () => {
    const s = shares({ firearms: 3, offensiveWeapon: 1, knives: 27, other: 12 });
    expect(s.total).toBe(43);
    expect(s.shares[2]).toEqual({ key: "knives", part: 27, value: 62.7906976744186, per: 100 });
  });

  it("published error 13: YOT sentences with base 138 give 21.0 / 37.7 / 41.3", () => {
    const s = shares([29, 52, 57]);
    expect(s.total).toBe(138);
    expect(s.shares.map((e) => roundHalfUp(e.value ?? 0, 1))).toEqual([21, 37.7, 41.3]);
    expect(s.shares.map((e) => e.key)).toEqual([0, 1, 2]);
  });

  it("a zero total gives null shares", () => {
    expect(shares([0, 0]).shares.map((e) => e.value)).toEqual([null, null]);
    expect(shares([])).toEqual({ total: 0, shares: [] });
  });

  it("property: unrounded shares add to 100 and are permutation invariant", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1e6), { minLength: 1, maxLength: 30 }), (parts) => {
        const s = shares(parts);
        if (s.total === 0) return;
        const sum = s.shares.reduce((a, e) => a + (e.value ?? 0), 0);
        expect(sum).toBeCloseTo(100, 9);
        const reversed = shares([...parts].reverse());
        expect(reversed.total).toBe(s.total);
        expect(reversed.shares[0]?.value).toBe(s.shares[parts.length - 1]?.value);
      }),
    );
  });

  it("throws RatesError naming the bad part", () => {
    expect(() => shares([1, -2])).toThrow(RatesError);
    expect(() => shares({ a: 1, b: Number.NaN })).toThrow(/parts\["b"\].*NaN/);
  });

  it("parts adding up beyond the largest number throw invalid-number instead of giving NaN shares", () => {
    expect(() => shares([1e308, 1e308])).toThrow(RatesError);
    expect(() => shares({ a: Number.MAX_VALUE, b: 1e300 })).toThrow(/total of the parts/);
    expect(shares([1e308, 5e307]).shares.map((s) => s.value)).toEqual([(1e308 / 1.5e308) * 100, (5e307 / 1.5e308) * 100]);
  });

  it("null, undefined or a number instead of the parts throws RatesError", () => {
    for (const parts of [null, undefined, 5, "abc"]) {
      // @ts-expect-error not an array or a record
      expect(() => shares(parts)).toThrow(RatesError);
    }
  });
});
