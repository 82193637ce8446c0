import { roundHalfUp } from "@crimestats/rates";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditTotal } from "./auditTotal.js";
import { BenchmarkError } from "./BenchmarkError.js";

describe("auditTotal", () => {
  it("doc example: a budget's two lines against its printed total, shares within rounding, the bound for figures rounded to 5", () => {
    const budget = auditTotal([266525, 186376], 452628);
    expect([budget.sum, budget.difference, budget.consistent, budget.cause]).toEqual([452901, 273, false, "unexplained"]);
    const shares = auditTotal([25.1, 25.1, 25, 25], 100, { decimals: 1, totalRounded: false });
    expect([shares.difference, shares.tolerance, shares.consistent, shares.cause]).toEqual([0.2, 0.2, true, "rounding"]);
    expect(auditTotal([10, 15, 10], 30, { rounded: 5 }).tolerance).toBe(10);
  });

  // Harrow Local Crime Prevention Fund, as printed in the Harrow Community Safety Strategy 2019/20:
  // £266,525 (year 1) + £186,376 (year 2) = "combined 2 year allocation of £452,628".
  it("finds that two whole-pound finance lines do not make their printed total, by £273, and says rounding cannot explain it", () => {
    const audit = auditTotal([266525, 186376], 452628);
    expect(audit).toMatchObject({ published: 452628, sum: 452901, difference: 273, tolerance: 0, consistent: false, cause: "unexplained", part: null });
    expect(audit.explanation).toBe(
      "The 2 parts add up to 452,901 against a printed total of 452,628 (a difference of +273): the figures are taken as exact, so rounding cannot explain it, and no part left out or counted twice, nor two digits swapped, gives the printed total.",
    );
  });

  // NHS FGM dataset, Harrow, as quoted in the Strategy: newly recorded 10, 15 and 10 in Q1–Q3
  // 2018-19 (published rounded to the nearest 5) against "around 30" for the whole year.
  it("accepts quarterly figures rounded to 5 that add up to more than the rounded annual figure, and says the year also has a fourth quarter", () => {
    const audit = auditTotal([10, 15, 10], 30, { rounded: 5, totalAlsoCovers: "the fourth quarter (January to March 2019)" });
    expect(audit).toMatchObject({ sum: 35, difference: 5, tolerance: 10, consistent: true, cause: "rounding" });
    expect(audit.explanation).toBe(
      "The 3 parts add up to 35 against a printed total of 30 (a difference of +5): within rounding, since each figure rounded to the nearest 5 can be off by up to 2.5, so rounding the 4 figures (3 parts and the total) can make the parts differ from the total by up to 10 (4 × 2.5); the total also covers the fourth quarter (January to March 2019), which the parts do not, so it may exceed their sum but not fall short of it beyond rounding.",
    );
  });

  // Offensive weapon offences (Harrow, 2016–2018), shares of each year's offences printed to 1 dp.
  it("checks each year's printed shares against 100%: 2016 and 2017 make 100.0, 2018 makes 99.9 (within rounding)", () => {
    const years = {
      "2016": [13.5, 56.8, 21.6, 8.1],
      "2017": [7.0, 2.3, 62.8, 27.9],
      "2018": [3.8, 0.0, 53.8, 42.3],
    };
    const audits = Object.entries(years).map(([year, shares]) => [year, auditTotal(shares, 100, { decimals: 1, totalRounded: false })] as const);
    expect(audits.map(([year, a]) => [year, a.sum, a.consistent, a.cause])).toEqual([
      ["2016", 100, true, null],
      ["2017", 100, true, null],
      ["2018", 99.9, true, "rounding"],
    ]);
    expect(audits[0]?.[1].explanation).toBe("The 4 parts add up to 100.0, the printed total.");
    // The counts of the same table add up to the printed totals 37, 43 and 26.
    expect([auditTotal([5, 21, 8, 3], 37), auditTotal([3, 1, 27, 12], 43), auditTotal([1, 0, 14, 11], 26)].map((a) => a.cause)).toEqual([null, null, null]);
  });

  it("accepts four 1-decimal shares summing to 100.2 as rounding, the bound being 4 × 0.05 = 0.2, and rejects 100.3", () => {
    const audit = auditTotal([40.1, 30.1, 20.0, 10.0], 100, { decimals: 1, totalRounded: false });
    expect(audit).toMatchObject({ sum: 100.2, difference: 0.2, tolerance: 0.2, consistent: true, cause: "rounding" });
    expect(audit.explanation).toBe(
      "The 4 parts add up to 100.2 against a printed total of 100.0 (a difference of +0.2): within rounding, since each figure printed to 1 decimal place can be off by up to 0.05, so rounding the 4 figures (the 4 parts; the total is exact) can make the parts differ from the total by up to 0.2 (4 × 0.05).",
    );
    const over = auditTotal([40.1, 30.1, 20.1, 10.0], 100, { decimals: 1, totalRounded: false });
    expect([over.difference, over.consistent, over.cause]).toEqual([0.3, false, "unexplained"]);
    expect(over.explanation).toContain("more than rounding can make (each figure printed to 1 decimal place can be off by up to 0.05");
  });

  it("counts the total's own rounding unless it is exact: (n + 1) × half a unit", () => {
    expect(auditTotal([1.1, 2.2], 3.3, { decimals: 1 }).tolerance).toBe(0.15);
    expect(auditTotal([1.1, 2.2], 3.3, { decimals: 1, totalRounded: false }).tolerance).toBe(0.1);
    expect(auditTotal([10, 15, 10], 30, { rounded: 5, totalRounded: false }).tolerance).toBe(7.5);
    expect(auditTotal([12, 7], 19).tolerance).toBe(0);
  });

  it("with a total that also covers more, parts below it are consistent (part-of-total) and parts above it beyond rounding are not", () => {
    const below = auditTotal([10, 5], 40, { rounded: 5, totalAlsoCovers: "the fourth quarter" });
    expect([below.consistent, below.cause]).toEqual([true, "part-of-total"]);
    expect(below.explanation).toContain("the parts fall short of the total, which also covers the fourth quarter");
    const above = auditTotal([20, 25, 20], 40, { rounded: 5, totalAlsoCovers: "the fourth quarter" });
    expect([above.difference, above.tolerance, above.consistent]).toEqual([25, 10, false]);
    // Without it, a sum far below the total is a mismatch.
    expect(auditTotal([10, 5], 40, { rounded: 5 }).consistent).toBe(false);
  });

  it("names a part left out of the total, a part counted twice, and two swapped digits", () => {
    expect(auditTotal([120, 45, 30], 165)).toMatchObject({ cause: "part-left-out", part: 2, consistent: false });
    expect(auditTotal([120, 45, 30], 165).explanation).toContain("the printed total is the sum without part 3 (30)");
    expect(auditTotal([120, 45, 30], 240)).toMatchObject({ cause: "part-counted-twice", part: 1 });
    expect(auditTotal([1200, 134], 1343)).toMatchObject({ sum: 1334, cause: "transposed-digits", part: null });
  });

  it("adds decimals exactly: 0.1 + 0.2 makes 0.3", () => {
    const audit = auditTotal([0.1, 0.2], 0.3);
    expect([audit.sum, audit.difference, audit.cause, audit.decimals]).toEqual([0.3, 0, null, 1]);
  });

  it("property: shares of whole counts, each rounded half up, are always consistent with 100", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 3 }), (counts, decimals) => {
        const whole = counts.reduce((a, b) => a + b, 0);
        fc.pre(whole > 0);
        const shares = counts.map((c) => roundHalfUp((c / whole) * 100, decimals));
        const audit = auditTotal(shares, 100, { decimals, totalRounded: false });
        expect(audit.consistent).toBe(true);
        expect(Math.abs(audit.difference)).toBeLessThanOrEqual(audit.tolerance);
      }),
    );
  });

  it("property: counts rounded to 5, and their total rounded on its own, are always consistent", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 10 }), (counts) => {
        const to5 = (x: number) => roundHalfUp(x / 5, 0) * 5;
        const audit = auditTotal(counts.map(to5), to5(counts.reduce((a, b) => a + b, 0)), { rounded: 5 });
        expect(audit.consistent).toBe(true);
      }),
    );
  });

  it("throws BenchmarkError with the suite's codes for bad input", () => {
    const holey = new Array<number>(3);
    holey[0] = 1;
    holey[2] = 2;
    const cases: [() => unknown, string][] = [
      [() => auditTotal("1,2" as never, 3), "invalid-argument"],
      [() => auditTotal([], 3), "empty-input"],
      [() => auditTotal([1, Number.NaN], 3), "invalid-number"],
      [() => auditTotal(holey, 3), "invalid-number"],
      [() => auditTotal([1, 2], Number.POSITIVE_INFINITY), "invalid-number"],
      [() => auditTotal([1.25, 2], 3.25, { decimals: 1 }), "invalid-number"],
      [() => auditTotal([10, 12], 20, { rounded: 5 }), "invalid-number"],
      [() => auditTotal([1e308, 1e308], 1), "invalid-number"],
      [() => auditTotal([1, 2], 3, { decimals: 1.5 }), "invalid-option"],
      [() => auditTotal([1, 2], 3, { rounded: 0 }), "invalid-option"],
      [() => auditTotal([1, 2], 3, { rounded: 5, decimals: 0 }), "invalid-option"],
      [() => auditTotal([1, 2], 3, { totalRounded: "no" as never }), "invalid-option"],
      [() => auditTotal([1, 2], 3, { totalAlsoCovers: " " }), "invalid-option"],
      [() => auditTotal([1, 2], 3, null as never), "invalid-option"],
    ];
    for (const [call, code] of cases) {
      expect(call).toThrow(BenchmarkError);
      expect(call).toThrow(expect.objectContaining({ code }));
    }
    expect(() => auditTotal([0.5, 2], 3, { decimals: undefined, rounded: undefined })).not.toThrow();
    expect(() => auditTotal([1.25, 2], 3.25, { decimals: 1 })).toThrow("auditTotal: parts[0] 1.25 has more decimal places than the 1 given as decimals.");
  });
});
