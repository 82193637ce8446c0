import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { consistentNumerators } from "./consistentNumerators.js";

/**
 * Independent reference: k / base × 100 rounded half up to `decimals` places, as an exact integer
 * count of 10^-decimals units, floor((2 · k · 100 · 10^d + base) / (2 · base)).
 */
function printedUnits(k: number, base: number, decimals: number): bigint {
  const scaled = 2n * BigInt(k) * 100n * 10n ** BigInt(decimals);
  return (scaled + BigInt(base)) / (2n * BigInt(base));
}

/** Brute force over every numerator 0…base. */
function bruteForce(units: bigint, base: number, decimals: number): number[] {
  const out: number[] = [];
  for (let k = 0; k <= base; k++) if (printedUnits(k, base, decimals) === units) out.push(k);
  return out;
}

describe("consistentNumerators", () => {
  it("DOMAIN.md §4.4: 65% of 45 is impossible (29 is 64.4%, 30 is 66.7%)", () => {
    const r = consistentNumerators(65, 45);
    expect(r.consistent).toBe(false);
    expect(r.numerators).toEqual([]);
    expect(r.below?.numerator).toBe(29);
    expect(r.below?.percent).toBeCloseTo(64.444444444, 8);
    expect(r.above?.numerator).toBe(30);
    expect(r.above?.percent).toBeCloseTo(66.666666667, 8);
  });

  it("DOMAIN.md §4.4 figures that are consistent", () => {
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

  it("exact halves count as rounded up: 1 of 8 is 12.5%, printed 13 (not 12)", () => {
    expect(consistentNumerators(13, 8).numerators).toEqual([1]);
    expect(consistentNumerators(12, 8).numerators).toEqual([]);
    expect(consistentNumerators("12.5", 8).numerators).toEqual([1]);
  });

  it("reads the printed places: 20 vs '20.0' vs { decimals }", () => {
    expect(consistentNumerators(20, 200).numerators).toEqual([39, 40]); // 19.5% and 20.0%
    expect(consistentNumerators("20.0", 200).numerators).toEqual([40]);
    expect(consistentNumerators(20, 200, { decimals: 1 }).numerators).toEqual([40]);
    expect(consistentNumerators("20%", 200).percent).toBe("20");
    expect(consistentNumerators(20, 200, { decimals: 2 }).percent).toBe("20.00");
  });

  it("ends of the range: 0%, 100% and above 100%", () => {
    expect(consistentNumerators(0, 300).numerators).toEqual([0, 1]); // 0.33% prints 0
    expect(consistentNumerators(0, 300).below).toBeNull();
    expect(consistentNumerators(0, 300).above?.numerator).toBe(2);
    expect(consistentNumerators(100, 300).numerators).toEqual([299, 300]);
    expect(consistentNumerators(100, 300).above).toBeNull();
    const over = consistentNumerators(120, 10);
    expect(over.numerators).toEqual([]);
    expect(over.below).toEqual({ numerator: 10, percent: 100 });
    expect(over.above).toBeNull();
  });

  it("agrees with a brute-force search over every numerator", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 10_500 }),
        (base, decimals, raw) => {
          const units = BigInt(raw % (100 * 10 ** decimals + 1));
          const text = decimals === 0 ? `${units}` : `${units / 10n ** BigInt(decimals)}.${(units % 10n ** BigInt(decimals)).toString().padStart(decimals, "0")}`;
          const r = consistentNumerators(text, base);
          expect(r.numerators).toEqual(bruteForce(units, base, decimals));
          if (r.below !== null) expect(printedUnits(r.below.numerator, base, decimals) < units).toBe(true);
          if (r.above !== null) expect(printedUnits(r.above.numerator, base, decimals) > units).toBe(true);
          const first = r.numerators[0] ?? r.above?.numerator;
          if (r.below !== null && first !== undefined) expect(r.below.numerator).toBe(first - 1);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("throws RatesError naming the bad value", () => {
    expect(() => consistentNumerators(-5, 10)).toThrow(RatesError);
    expect(() => consistentNumerators(Number.NaN, 10)).toThrow(/percent.*NaN/);
    expect(() => consistentNumerators("about 5", 10)).toThrow(/percent.*"about 5"/);
    expect(() => consistentNumerators(5, 0)).toThrow(/base.*0/);
    expect(() => consistentNumerators(5, 2.5)).toThrow(expect.objectContaining({ code: "INVALID_COUNT" }));
    expect(() => consistentNumerators("16.75", 6, { decimals: 1 })).toThrow(/2 decimal places/);
    expect(() => consistentNumerators(5, 10, { decimals: -1 })).toThrow(expect.objectContaining({ code: "INVALID_OPTION" }));
  });
});
