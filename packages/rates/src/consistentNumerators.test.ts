import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { consistentNumerators } from "./consistentNumerators.js";

/**
 * Independent reference: k / base × 100 rounded half up to `decimals` places, as an exact integer
 * count of 10^-decimals units, floor((2 · k · 100 · 10^d + base) / (2 · base)).
 */
function printedUnits(k: number, base: number, decimals: number, per = 100): bigint {
  const scaled = 2n * BigInt(k) * BigInt(per) * 10n ** BigInt(decimals);
  return (scaled + BigInt(base)) / (2n * BigInt(base));
}

/** Brute force over every numerator 0…max. */
function bruteForce(units: bigint, base: number, decimals: number, per = 100, max = base): number[] {
  const out: number[] = [];
  for (let k = 0; k <= max; k++) if (printedUnits(k, base, decimals, per) === units) out.push(k);
  return out;
}

// Source of the "published error" cases: figures printed in the London Borough of Harrow's Community Safety, Violence,
// Vulnerability and Exploitation Strategy 2019/20, numbered as in docs/methods.md#published-figures-that-do-not-reproduce.
describe("consistentNumerators", () => {
  it("65% of 45 is impossible (29 is 64.4%, 30 is 66.7%)", () => {
    const r = consistentNumerators(65, 45);
    expect(r.consistent).toBe(false);
    expect(r.numerators).toEqual([]);
    expect(r.below?.numerator).toBe(29);
    expect(r.below?.value).toBeCloseTo(64.444444444, 8);
    expect(r.above?.numerator).toBe(30);
    expect(r.above?.value).toBeCloseTo(66.666666667, 8);
  });

  it("figures that are consistent", () => {
    expect(consistentNumerators("16.7", 6).numerators).toEqual([1]); // triage 1 of 6
    expect(consistentNumerators(20, 40).numerators).toEqual([8]); // YOT 8/40 within group
    expect(consistentNumerators("27.6", 29).numerators).toEqual([8]); // 8/29 within outcome
    expect(consistentNumerators("24.2", 248880).numerators).toEqual(
      Array.from({ length: 249 }, (_, i) => 60105 + i), // 24.15% ≤ k/248880 < 24.25%
    );
  });

  it("documented examples", () => {
    expect(consistentNumerators(25, 100).numerators).toEqual([25]);
    expect(consistentNumerators(50, 7).numerators).toEqual([]);
    expect(consistentNumerators(50, 7).below?.numerator).toBe(3);
    expect(consistentNumerators(50, 7).above?.numerator).toBe(4);
  });

  it("published error 10: a re-offending frequency of 2.78 with 12 re-offenders is impossible", () => {
    const r = consistentNumerators(2.78, 12, { per: 1 });
    expect(r.numerators).toEqual([]);
    expect(r.below).toEqual({ numerator: 33, value: 2.75 });
    expect(r.above?.numerator).toBe(34);
    expect(r.above?.value).toBeCloseTo(2.8333333333, 9);
    expect(consistentNumerators("2.75", 12, { per: 1 }).numerators).toEqual([33]);
  });

  it("published error 2: 17 artifice burglaries in 248,880 print 0.07 per 1,000, not 0.7", () => {
    expect(consistentNumerators("0.07", 248880, { per: 1000 }).numerators).toEqual([17, 18]);
    const slip = consistentNumerators("0.7", 248880, { per: 1000 });
    expect(slip.numerators.includes(17)).toBe(false);
    expect([slip.numerators[0], slip.numerators.at(-1)]).toEqual([162, 186]); // 0.65 ≤ k/248.88 < 0.75
  });

  it("max bounds the numerators; a percentage is bounded by its base unless told otherwise", () => {
    expect(consistentNumerators(150, 10).numerators).toEqual([]);
    expect(consistentNumerators(150, 10, { max: Number.POSITIVE_INFINITY }).numerators).toEqual([15]);
    expect(consistentNumerators(3, 2, { per: 1, max: 5 }).numerators).toEqual([5]); // 2.5 → 3
    expect(consistentNumerators(3, 2, { per: 1, max: 4 }).numerators).toEqual([]);
  });

  it("exact halves count as rounded up: 1 of 8 is 12.5%, printed 13 (not 12)", () => {
    expect(consistentNumerators(13, 8).numerators).toEqual([1]);
    expect(consistentNumerators(12, 8).numerators).toEqual([]);
    expect(consistentNumerators("12.5", 8).numerators).toEqual([1]);
  });

  it("reads the printed places: 20 vs '20.0' vs { decimals }", () => {
    expect(consistentNumerators(20, 200).numerators).toEqual([39, 40]); // 19.5% and 20.0%
    expect(consistentNumerators("20.0", 200).numerators).toEqual([40]);
    expect(consistentNumerators(20, 200, { decimals: 1 }).numerators).toEqual([40]);
    expect(consistentNumerators("20%", 200).printed).toBe("20");
    expect(consistentNumerators(20, 200, { decimals: 2 }).printed).toBe("20.00");
  });

  it("ends of the range: 0%, 100% and above 100%", () => {
    expect(consistentNumerators(0, 300).numerators).toEqual([0, 1]); // 0.33% prints 0
    expect(consistentNumerators(0, 300).below).toBeNull();
    expect(consistentNumerators(0, 300).above?.numerator).toBe(2);
    expect(consistentNumerators(100, 300).numerators).toEqual([299, 300]);
    expect(consistentNumerators(100, 300).above).toBeNull();
    const over = consistentNumerators(120, 10);
    expect(over.numerators).toEqual([]);
    expect(over.below).toEqual({ numerator: 10, value: 100 });
    expect(over.above).toBeNull();
  });

  it("agrees with a brute-force search over every numerator", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 10_500 }), (base, decimals, raw) => {
        const units = BigInt(raw % (100 * 10 ** decimals + 1));
        const text = decimals === 0 ? `${units}` : `${units / 10n ** BigInt(decimals)}.${(units % 10n ** BigInt(decimals)).toString().padStart(decimals, "0")}`;
        const r = consistentNumerators(text, base);
        expect(r.numerators).toEqual(bruteForce(units, base, decimals));
        if (r.below !== null) expect(printedUnits(r.below.numerator, base, decimals) < units).toBe(true);
        if (r.above !== null) expect(printedUnits(r.above.numerator, base, decimals) > units).toBe(true);
        const first = r.numerators[0] ?? r.above?.numerator;
        if (r.below !== null && first !== undefined) expect(r.below.numerator).toBe(first - 1);
      }),
      { numRuns: 500 },
    );
  });

  it("agrees with a brute-force search for ratios (per 1) up to a max", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 100_000 }), (base, decimals, raw) => {
        const units = BigInt(raw % (4 * 10 ** decimals + 1)); // figures 0 to 4
        const text = (Number(units) / 10 ** decimals).toFixed(decimals);
        const max = 3 * base;
        const r = consistentNumerators(text, base, { per: 1, max });
        expect(r.numerators).toEqual(bruteForce(units, base, decimals, 1, max));
        if (r.below !== null) expect(printedUnits(r.below.numerator, base, decimals, 1) < units).toBe(true);
        if (r.above !== null) expect(printedUnits(r.above.numerator, base, decimals, 1) > units).toBe(true);
        else expect(printedUnits(max, base, decimals, 1) <= units).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("throws RatesError naming the bad value", () => {
    expect(() => consistentNumerators(-5, 10)).toThrow(RatesError);
    expect(() => consistentNumerators(Number.NaN, 10)).toThrow(/printed.*NaN/);
    expect(() => consistentNumerators("about 5", 10)).toThrow(/printed.*"about 5"/);
    expect(() => consistentNumerators(5, 0)).toThrow(/base.*0/);
    expect(() => consistentNumerators(5, 2.5)).toThrow(expect.objectContaining({ code: "invalid-count" }));
    expect(() => consistentNumerators("16.75", 6, { decimals: 1 })).toThrow(/2 decimal places/);
    expect(() => consistentNumerators(5, 10, { decimals: -1 })).toThrow(expect.objectContaining({ code: "invalid-option" }));
    expect(() => consistentNumerators(5, 10, { per: 0.5 })).toThrow(/per.*0\.5/);
    expect(() => consistentNumerators(5, 10, { max: -1 })).toThrow(/max.*-1/);
    expect(() => consistentNumerators(5, 1e12, { per: 1 })).toThrow(/more than 1,000,000: printed to 0 places it cannot be checked/);
  });

  it("a printed figure implying numerators beyond Number.MAX_SAFE_INTEGER throws invalid-number instead of giving Infinity", () => {
    expect(() => consistentNumerators("9".repeat(200000), 248880, { per: 1000 })).toThrow(RatesError);
    expect(() => consistentNumerators("9".repeat(30), 1, { per: 1 })).toThrow(/MAX_SAFE_INTEGER/);
    // The last safe numerator is listed, and no numerator above it is offered.
    const last = consistentNumerators(String(Number.MAX_SAFE_INTEGER), 1, { per: 1 });
    expect(last.numerators).toEqual([Number.MAX_SAFE_INTEGER]);
    expect(last.above).toBeNull();
  });
});
