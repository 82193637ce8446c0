import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { abs, add, cmp, div, fromNumber, mul, sign, sub } from "./rational.js";
import { toNumber } from "./rationalNumber.js";

describe("internal rational", () => {
  it("reads numbers as the decimals they are written as", () => {
    expect(fromNumber(2189.94)).toEqual({ n: 218994n, d: 100n });
    expect(fromNumber(-0.5)).toEqual({ n: -5n, d: 10n });
    expect(fromNumber(1e21)).toEqual({ n: 10n ** 21n, d: 1n });
    expect(fromNumber(5e-324)).toEqual({ n: 5n, d: 10n ** 324n });
    expect(fromNumber(1.5e-7)).toEqual({ n: 15n, d: 10n ** 8n });
    expect(() => fromNumber(Number.NaN)).toThrow(RangeError);
  });

  it("decides the band edge exactly: 2147 + 2% of 2147 = 2189.94 (floating point says otherwise)", () => {
    const edge = add(fromNumber(2147), div(mul(fromNumber(2147), fromNumber(2)), fromNumber(100)));
    expect(cmp(edge, fromNumber(2189.94))).toBe(0);
    // The naive floating-point test of the gap against the band width gets it wrong:
    expect(2189.94 - 2147 <= (2147 * 2) / 100).toBe(false);
  });

  it("arithmetic", () => {
    const third = div(fromNumber(1), fromNumber(3));
    expect(cmp(mul(third, fromNumber(3)), fromNumber(1))).toBe(0);
    expect(cmp(div(fromNumber(1), fromNumber(-4)), fromNumber(-0.25))).toBe(0);
    expect(sign(sub(fromNumber(0.1), fromNumber(0.1)))).toBe(0);
    expect(cmp(abs(fromNumber(-3)), fromNumber(3))).toBe(0);
    expect(() => div(fromNumber(1), fromNumber(0))).toThrow(RangeError);
    expect(toNumber(div(fromNumber(2240), fromNumber(248.88)))).toBeCloseTo(9.000321440051431, 12);
    expect(toNumber(fromNumber(5e-324))).toBe(5e-324);
    expect(toNumber(fromNumber(-1e300))).toBe(-1e300);
  });

  it("property: cmp agrees with < on doubles, and toNumber round-trips", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), (a, b) => {
        expect(cmp(fromNumber(a), fromNumber(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
        expect(toNumber(fromNumber(a))).toBe(a === 0 ? 0 : a);
      }),
    );
  });
});
