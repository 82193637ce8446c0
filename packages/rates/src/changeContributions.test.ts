import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changeContributions, type ContributionInput } from "./changeContributions.js";
import { RatesError } from "./RatesError.js";
import { rateChange } from "./rateChange.js";
import { roundHalfUp } from "./roundHalfUp.js";
import { share } from "./share.js";

/** The thrown RatesError's code and message, or a note that nothing (or something else) was thrown. */
function thrown(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (error) {
    if (error instanceof RatesError) return { code: error.code, message: error.message };
    return { code: `not a RatesError: ${String(error)}`, message: "" };
  }
  return { code: "nothing thrown", message: "" };
}

const DOC_ROWS: readonly ContributionInput[] = [
  { name: "Burglary", previous: 1100, current: 641 },
  { name: "Shoplifting", previous: 1500, current: 2427 },
  { name: "Theft from the person", previous: 800, current: 1244 },
];

/** Rows with unique names and counts up to `max`. */
const rowsArbitrary = (max: number) =>
  fc.uniqueArray(fc.record({ name: fc.string({ minLength: 1, maxLength: 6 }), previous: fc.nat(max), current: fc.nat(max) }), {
    selector: (row) => row.name,
    maxLength: 40,
  });

describe("changeContributions", () => {
  it("doc example: three offences' changes, largest first, with their shares of the total change in percent", () => {
    const c = changeContributions(DOC_ROWS);
    expect([c.previous, c.current, c.change]).toEqual([3400, 4312, 912]);
    expect(c.rows.map((row) => [row.name, row.change])).toEqual([
      ["Shoplifting", 927],
      ["Burglary", -459],
      ["Theft from the person", 444],
    ]);
    expect(roundHalfUp(c.rows[0]?.share as number, 1)).toBe(101.6);
    const r = changeContributions([{ name: "Shoplifting", previous: 1500, current: 2427 }], { previousPopulation: 260987, currentPopulation: 270724 });
    expect(roundHalfUp(r.rows[0]?.rateChange as number, 2)).toBe(3.22);
  });

  it("a share is a percentage of the total change: negative for a part that moved against the total, above 100 for one that outgrew it", () => {
    const c = changeContributions(DOC_ROWS);
    const shareOf = (name: string) => c.rows.find((row) => row.name === name)?.share;
    expect(shareOf("Burglary")).toBe((-459 / 912) * 100);
    expect(shareOf("Shoplifting")).toBe((927 / 912) * 100);
    expect(shareOf("Theft from the person")).toBe((444 / 912) * 100);
  });

  it("a share is on the scale of rates' share: parts that all moved with the total get the same percentages as share(change, total change)", () => {
    const c = changeContributions([
      { name: "a", previous: 10, current: 13 },
      { name: "b", previous: 20, current: 21 },
      { name: "c", previous: 5, current: 5 },
    ]);
    for (const row of c.rows) expect(row.share).toBe(share(row.change, c.change).value);
    expect(c.rows.map((row) => row.share)).toEqual([75, 25, 0]);
  });

  it("without populations there are no rate changes; per is still given", () => {
    const c = changeContributions(DOC_ROWS);
    expect(c.rateChange).toBeNull();
    expect(c.per).toBe(1000);
    for (const row of c.rows) expect(row.rateChange).toBeNull();
  });

  it("rate changes use each period's own population and agree with rateChange for the total and each part", () => {
    const previousPopulation = 260987;
    const currentPopulation = 270724;
    const c = changeContributions(DOC_ROWS, { previousPopulation, currentPopulation, per: 100000 });
    expect(c.per).toBe(100000);
    const expected = rateChange({ count: 3400, population: previousPopulation }, { count: 4312, population: currentPopulation }, { per: 100000 });
    expect(c.rateChange).toBe(expected.change.value);
    for (const row of c.rows) {
      const own = rateChange({ count: row.previous, population: previousPopulation }, { count: row.current, population: currentPopulation }, { per: 100000 });
      expect(row.rateChange).toBe(own.change.value);
    }
    // Burglary fell in count and, with the population growing, fell more in rate than a fixed population would say.
    const burglary = c.rows.find((row) => row.name === "Burglary");
    expect(burglary?.rateChange).toBeLessThan(((641 - 1100) / previousPopulation) * 100000);
  });

  it("a total change of 0 gives every share null, and no rows give zero totals", () => {
    const c = changeContributions([
      { name: "a", previous: 5, current: 8 },
      { name: "b", previous: 8, current: 5 },
    ]);
    expect(c.change).toBe(0);
    expect(c.rows.map((row) => row.share)).toEqual([null, null]);
    expect(changeContributions([])).toEqual({ previous: 0, current: 0, change: 0, rateChange: null, per: 1000, rows: [] });
  });

  it("orders rows by the size of their change, rises and falls alike, then by name", () => {
    const c = changeContributions([
      { name: "b", previous: 10, current: 13 },
      { name: "c", previous: 10, current: 7 },
      { name: "a", previous: 10, current: 13 },
      { name: "d", previous: 0, current: 20 },
      { name: "e", previous: 4, current: 4 },
    ]);
    expect(c.rows.map((row) => row.name)).toEqual(["d", "a", "b", "c", "e"]);
  });

  it("prints the totals and each part's change in a REPL; the data are a plain object", () => {
    expect(inspect(changeContributions(DOC_ROWS))).toBe(
      "3,400 → 4,312 (+912): Shoplifting +927 (102%), Burglary -459 (-50%), Theft from the person +444 (49%)",
    );
    const withRates = changeContributions(DOC_ROWS, { previousPopulation: 260987, currentPopulation: 270724 });
    expect(inspect(withRates)).toBe("3,400 → 4,312 (+912, +2.90 per 1,000): Shoplifting +927 (102%), Burglary -459 (-50%), Theft from the person +444 (49%)");
    // No total change: no shares to print.
    const cancelling = [
      { name: "a", previous: 5, current: 8 },
      { name: "b", previous: 8, current: 5 },
    ];
    expect(inspect(changeContributions(cancelling))).toBe("13 → 13 (0): a +3, b -3");
    expect(Object.keys(withRates)).toEqual(["previous", "current", "change", "rateChange", "per", "rows"]);
  });

  it("property: the contributions add up to the total change exactly, and the shares to 100", () => {
    fc.assert(
      fc.property(rowsArbitrary(1_000_000), (rows) => {
        const c = changeContributions(rows);
        expect(c.rows.reduce((sum, row) => sum + row.change, 0)).toBe(c.change);
        expect(c.change).toBe(c.current - c.previous);
        expect(c.previous).toBe(rows.reduce((sum, row) => sum + row.previous, 0));
        if (c.change !== 0) expect(c.rows.reduce((sum, row) => sum + (row.share as number), 0)).toBeCloseTo(100, 7);
      }),
      { numRuns: 300 },
    );
  });

  it("property: the rate contributions add up to the total rate change to rounding", () => {
    fc.assert(
      fc.property(rowsArbitrary(100_000), fc.integer({ min: 1000, max: 1e7 }), fc.integer({ min: 1000, max: 1e7 }), (rows, pp, cp) => {
        const c = changeContributions(rows, { previousPopulation: pp, currentPopulation: cp });
        const sum = c.rows.reduce((s, row) => s + (row.rateChange as number), 0);
        const scale = (c.previous / pp + c.current / cp) * 1000 || 1;
        expect(Math.abs(sum - (c.rateChange as number))).toBeLessThanOrEqual(1e-12 * scale);
      }),
      { numRuns: 300 },
    );
  });

  it("property: the result does not depend on the order of the rows", () => {
    fc.assert(
      fc.property(rowsArbitrary(1000), (rows) => {
        expect(changeContributions([...rows].reverse())).toEqual(changeContributions(rows));
      }),
      { numRuns: 200 },
    );
  });

  it("property: the rows are sorted by the size of their change, then by name", () => {
    fc.assert(
      fc.property(rowsArbitrary(50), (rows) => {
        const out = changeContributions(rows).rows;
        for (let i = 1; i < out.length; i++) {
          const [a, b] = [out[i - 1], out[i]] as [(typeof out)[number], (typeof out)[number]];
          expect(Math.abs(a.change) > Math.abs(b.change) || (Math.abs(a.change) === Math.abs(b.change) && a.name < b.name)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("throws RatesError naming the bad value", () => {
    // @ts-expect-error not an array
    expect(thrown(() => changeContributions({ name: "a", previous: 1, current: 2 }))).toMatchObject({
      code: "invalid-argument",
      message: /rows must be an array/,
    });
    // @ts-expect-error not a row
    expect(thrown(() => changeContributions([null]))).toMatchObject({ code: "invalid-argument", message: /rows\[0\] must be an object/ });
    expect(thrown(() => changeContributions([{ name: "", previous: 1, current: 2 }]))).toMatchObject({ code: "invalid-argument", message: /rows\[0\]\.name/ });
    expect(
      thrown(() =>
        changeContributions([
          { name: "a", previous: 1, current: 2 },
          { name: "a", previous: 1, current: 2 },
        ]),
      ),
    ).toMatchObject({ code: "invalid-argument", message: /rows\[1\]\.name "a" is given more than once/ });
    expect(thrown(() => changeContributions([{ name: "a", previous: -1, current: 2 }]))).toMatchObject({
      code: "invalid-count",
      message: /rows\[0\]\.previous must be a non-negative integer count .*got -1/,
    });
    expect(thrown(() => changeContributions([{ name: "a", previous: 1, current: 2.5 }]))).toMatchObject({
      code: "invalid-count",
      message: /rows\[0\]\.current/,
    });
    expect(
      thrown(() =>
        changeContributions([
          { name: "a", previous: Number.MAX_SAFE_INTEGER, current: 0 },
          { name: "b", previous: 2, current: 0 },
        ]),
      ),
    ).toMatchObject({ code: "invalid-count", message: /previous counts add up to/ });
    expect(thrown(() => changeContributions(DOC_ROWS, { previousPopulation: 0, currentPopulation: 10 }))).toMatchObject({
      code: "invalid-population",
      message: /previousPopulation must be a finite number greater than 0, got 0/,
    });
    expect(thrown(() => changeContributions(DOC_ROWS, { currentPopulation: 10 }))).toMatchObject({
      code: "invalid-option",
      message: /currentPopulation is given without previousPopulation/,
    });
    expect(thrown(() => changeContributions(DOC_ROWS, { per: 0 }))).toMatchObject({ code: "invalid-number", message: /per must be/ });
    // @ts-expect-error not an object
    expect(thrown(() => changeContributions(DOC_ROWS, null)).code).toBe("invalid-option");
    expect(thrown(() => changeContributions(DOC_ROWS, { previousPopulation: 5e-324, currentPopulation: 5e-324 })).code).toBe("invalid-number");
  });
});
