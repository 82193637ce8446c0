import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { roundHalfUp } from "./roundHalfUp.js";

/**
 * Independent reference: decimal-string rounding with BigInt. The number's shortest decimal
 * string is scaled to an exact integer count of 10^-(decimals+1) units and rounded half away
 * from zero on the last digit.
 */
function referenceRound(x: number, decimals: number): number {
  const s = String(Math.abs(x));
  const [mantissa, expPart] = s.split("e");
  const [i = "0", f = ""] = (mantissa as string).split(".");
  const exp = expPart === undefined ? 0 : Number(expPart);
  // value = BigInt(i + f) * 10^(exp - f.length)
  let n = BigInt(i + f);
  const shift = exp - f.length + decimals + 1; // scale to units of 10^-(decimals+1)
  let scaled: bigint;
  if (shift >= 0) scaled = n * 10n ** BigInt(shift);
  else {
    // truncation is enough: only the digit at 10^-(decimals+1) matters for half-up
    scaled = n / 10n ** BigInt(-shift);
  }
  n = scaled / 10n + (scaled % 10n >= 5n ? 1n : 0n);
  const out = Number(`${n.toString()}e${-decimals}`);
  return x < 0 && out !== 0 ? -out : out;
}

describe("roundHalfUp", () => {
  it("documented examples", () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(12.5, 0)).toBe(13);
    expect(roundHalfUp(18.75, 1)).toBe(18.8);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
    expect(roundHalfUp(2.8744, 2)).toBe(2.87);
  });

  it("rounding cases", () => {
    expect(roundHalfUp((7 / 56) * 100, 0)).toBe(13);
    expect(roundHalfUp((17 / 40) * 100, 0)).toBe(43);
    expect(roundHalfUp((3 / 16) * 100, 1)).toBe(18.8);
    expect(roundHalfUp(16.68, 0)).toBe(17);
    expect(roundHalfUp(-33.58, 0)).toBe(-34);
    expect(roundHalfUp(-19.54, 0)).toBe(-20);
    expect(roundHalfUp((14866 / 248880) * 1000, 2)).toBe(59.73);
    expect(roundHalfUp((17 / 248880) * 1000, 2)).toBe(0.07);
  });

  it("handles carries, zero, tiny and huge values and negative decimals", () => {
    expect(roundHalfUp(9.995, 2)).toBe(10);
    expect(roundHalfUp(99.95, 1)).toBe(100);
    expect(roundHalfUp(0.5, 0)).toBe(1);
    expect(roundHalfUp(0.49999, 0)).toBe(0);
    expect(roundHalfUp(-0.004, 2)).toBe(0);
    expect(Object.is(roundHalfUp(-0.004, 2), 0)).toBe(true);
    expect(roundHalfUp(0, 3)).toBe(0);
    expect(roundHalfUp(1e-7, 2)).toBe(0);
    expect(roundHalfUp(5e-7, 6)).toBe(0.000001);
    expect(roundHalfUp(1.5e21, 0)).toBe(1.5e21);
    expect(roundHalfUp(1234.5, -1)).toBe(1230);
    expect(roundHalfUp(1235, -1)).toBe(1240);
    expect(roundHalfUp(-1250, -2)).toBe(-1300);
    expect(roundHalfUp(1.25, 5)).toBe(1.25);
  });

  it("throws RatesError naming the bad value", () => {
    expect(() => roundHalfUp(Number.NaN, 2)).toThrow(RatesError);
    expect(() => roundHalfUp(Number.POSITIVE_INFINITY, 2)).toThrow(/Infinity/);
    expect(() => roundHalfUp(1, 1.5)).toThrow(/decimals.*1\.5/);
    expect(() => roundHalfUp(1, 101)).toThrow(RatesError);
  });

  it("property: agrees with decimal-string rounding", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 12 }), (x, d) => {
        expect(roundHalfUp(x, d)).toBe(referenceRound(x, d) + 0);
      }),
      { numRuns: 5000 },
    );
  });

  it("property: agrees on exact .5 ties built from integers", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), (n, d) => {
        // n.5 × 10^-d written as a decimal string: always a tie.
        const x = Number(`${n}5e${-(d + 1)}`);
        const expected = referenceRound(x, d);
        expect(roundHalfUp(x, d)).toBe(expected + 0);
        expect(Math.abs(roundHalfUp(x, d))).toBeGreaterThanOrEqual(Math.abs(x) - 1e-300);
      }),
      { numRuns: 2000 },
    );
  });

  it("property: is idempotent and never moves more than half a unit", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 8 }), (x, d) => {
        const r = roundHalfUp(x, d);
        expect(roundHalfUp(r, d)).toBe(r);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5 * 10 ** -d * (1 + 1e-9) + Math.abs(x) * 1e-15);
      }),
    );
  });
});
