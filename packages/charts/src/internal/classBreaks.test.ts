import { roundDecimal } from "@crimestats/internal";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { palette } from "../palette.js";
import { classBreaks, classColours } from "./classBreaks.js";

describe("classBreaks", () => {
  test("doc example: natural breaks moved to round numbers, labels state the breaks", () => {
    expect(classBreaks([1.2, 1.4, 5.1, 5.3, 9.8], { classes: 3, decimals: 1 }).classes.map((c) => c.label)).toEqual([
      "1.2 to under 5.0",
      "5.0 to under 6.0",
      "6.0 to 9.8",
    ]);
  });

  test("classes values as they are shown: a value shown as the break is in the class above it", () => {
    const result = classBreaks([1, 1.1, 4.96, 5, 9, 9.2], { classes: 3, decimals: 1 });
    expect(result.breaks).toContain(5);
    expect(result.classOf(4.96)).toBe(result.classOf(5));
    expect(result.classOf(4.94)).toBe(result.classOf(5) - 1);
  });

  test("says the method in a sentence", () => {
    expect(classBreaks([1, 2, 3, 4, 5, 6], { classes: 3, decimals: 0 }).method).toMatch(/Jenks natural breaks \(ckmeans, Wang and Song 2011\)/);
    expect(classBreaks([1, 2, 3], { classes: 3, decimals: 0, breaks: [2] }).method).toBe(
      "Class breaks set by the author (2); each class runs from its lower break up to, not including, the next.",
    );
  });

  test("makes fewer classes when there are fewer distinct shown values", () => {
    expect(classBreaks([3, 3, 3], { classes: 5, decimals: 0 }).classes.map((c) => c.label)).toEqual(["3"]);
    expect(classBreaks([1, 2, 2.04], { classes: 5, decimals: 1 }).classes.map((c) => c.label)).toEqual(["1.0 to under 2.0", "2.0"]);
    expect(classBreaks([], { classes: 5, decimals: 1 }).classes.map((c) => c.label)).toEqual(["All values"]);
  });

  test("diverging classes are symmetric about zero (odd: a middle class around zero; even: a break at zero)", () => {
    const values = [-12.3, -4.1, -0.5, 0.2, 3.3, 8.9, 15];
    const odd = classBreaks(values, { classes: 5, decimals: 1, scheme: "diverging" });
    expect(odd.breaks).toEqual(odd.breaks.map((b) => -b).reverse());
    expect(odd.breaks).toHaveLength(4);
    expect(odd.classes[2]?.colour).toBe(palette.diverging[2]);
    expect(odd.classOf(0)).toBe(2);
    const even = classBreaks(values, { classes: 4, decimals: 0, scheme: "diverging" });
    expect(even.breaks).toContain(0);
    expect(even.breaks).toEqual(even.breaks.map((b) => (b === 0 ? 0 : -b)).reverse());
    expect(even.classes.map((c) => c.colour)).toEqual([palette.diverging[0], palette.diverging[1], palette.diverging[3], palette.diverging[4]]);
  });

  test("uses given breaks as they are, labelling ends by the values' range or as open ends", () => {
    const result = classBreaks([3, 7, 11], { classes: 5, decimals: 1, breaks: [2.5, 5, 10, 20] });
    expect(result.classes.map((c) => c.label)).toEqual(["under 2.5", "2.5 to under 5.0", "5.0 to under 10.0", "10.0 to under 20.0", "20.0 and over"]);
    expect(result.classes.map((c) => c.colour)).toEqual([...palette.sequential]);
    expect(classBreaks([1, 30], { classes: 5, decimals: 0, breaks: [2.25] }).classes.map((c) => c.label)).toEqual(["1 to under 2.25", "2.25 to 30"]);
  });

  test("every value falls in exactly one class whose label bounds contain its shown value (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 3, max: 7 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom("sequential" as const, "diverging" as const),
        (values, classes, decimals, scheme) => {
          const result = classBreaks(values, { classes, decimals, scheme });
          expect(result.breaks.length).toBe(result.classes.length - 1);
          expect(result.classes.length).toBeLessThanOrEqual(classes);
          for (let i = 1; i < result.breaks.length; i++) expect(result.breaks[i]).toBeGreaterThan(result.breaks[i - 1] as number);
          for (const value of values) {
            const shown = roundDecimal(value, decimals);
            const cls = result.classes[result.classOf(value)];
            if (cls?.lower !== null && cls?.lower !== undefined) expect(shown).toBeGreaterThanOrEqual(cls.lower);
            if (cls?.upper !== null && cls?.upper !== undefined) expect(shown).toBeLessThan(cls.upper);
          }
        },
      ),
    );
  });
});

describe("classColours", () => {
  test("gives one class (every value alike, say all 0) the lightest sequential colour or the diverging middle, never a dark fill that reads as high", () => {
    expect(classColours("sequential", 1)).toEqual([palette.sequential[0]]);
    expect(classColours("diverging", 1)).toEqual([palette.diverging[2]]);
  });

  test("three to five classes take palette colours; six and seven run from the lightest to the darkest", () => {
    expect(classColours("sequential", 3)).toEqual([palette.sequential[0], palette.sequential[2], palette.sequential[4]]);
    expect(classColours("diverging", 5)).toEqual([...palette.diverging]);
    const seven = classColours("sequential", 7);
    expect(seven).toHaveLength(7);
    expect(seven[0]).toBe(palette.sequential[0]);
    expect(seven[6]).toBe(palette.sequential[4]);
    expect(new Set(seven).size).toBe(7);
  });
});
