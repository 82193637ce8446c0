import { describe, expect, it } from "vitest";
import { contrastRatio } from "./contrastRatio.js";
import { palette } from "./palette.js";

/** Every colour of the palette that carries meaning: text, marks of areas, and the classes a reader must tell from the background. */
const meaningful: readonly [string, string][] = [
  ["text", palette.text],
  ["axis", palette.axis],
  ["focus", palette.focus],
  ["benchmarkArea", palette.benchmarkArea],
  ...palette.comparators.map((colour, i): [string, string] => [`comparators[${i}]`, colour]),
  ["otherArea", palette.otherArea],
  ["darkest sequential class", palette.sequential[4]],
  ["diverging: largest fall", palette.diverging[0]],
  ["diverging: largest rise", palette.diverging[4]],
];

describe("palette", () => {
  it("gives the documented examples", () => {
    expect(palette.focus).toBe("#0072B2");
    expect(palette.sequential.length).toBe(5);
  });

  it.each(meaningful)("%s (%s) reaches 3:1 against the background", (_name, colour) => {
    expect(contrastRatio(colour, palette.background)).toBeGreaterThanOrEqual(3);
  });

  it("writes text at 4.5:1 or more, the contrast WCAG asks of text below 18 pt", () => {
    expect(contrastRatio(palette.text, palette.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(palette.axis, palette.background)).toBeGreaterThanOrEqual(4.5);
  });

  it("has the contrasts its documentation states, to one decimal", () => {
    const stated: [string, number][] = [
      [palette.text, 17.4],
      [palette.axis, 7],
      [palette.focus, 5.2],
      [palette.benchmarkArea, 10.4],
      [palette.comparators[0], 3.9],
      [palette.comparators[1], 3.4],
      [palette.comparators[2], 3.1],
      [palette.comparators[3], 4.3],
      [palette.otherArea, 4.5],
    ];
    for (const [colour, ratio] of stated) expect(Math.abs(contrastRatio(colour, palette.background) - ratio)).toBeLessThan(0.05);
  });

  it("orders the sequential classes from light to dark, and the diverging ones dark, light, dark", () => {
    const contrasts = palette.sequential.map((c) => contrastRatio(c, palette.background));
    for (let i = 1; i < contrasts.length; i++) expect(contrasts[i]).toBeGreaterThan(contrasts[i - 1] as number);
    const diverging = palette.diverging.map((c) => contrastRatio(c, palette.background));
    expect(Math.min(...diverging)).toBe(diverging[2]);
  });

  it("tells the focus area from every comparator and the benchmark area by colour as well as by dash", () => {
    for (const other of [...palette.comparators, palette.benchmarkArea, palette.otherArea]) expect(other.toLowerCase()).not.toBe(palette.focus.toLowerCase());
    expect(new Set(palette.comparators.map((c) => c.toLowerCase())).size).toBe(palette.comparators.length);
  });
});
