import { describe, expect, it } from "vitest";
import { bragScheme, standardScheme, type RagScheme } from "./schemes.js";
import { contrast } from "../test/contrast.js";

const entries = (s: RagScheme) => [s.red, s.amber, s.green, s.notRated, ...(s.complete ? [s.complete] : [])];

describe("schemes", () => {
  it("doc examples: the standard scheme's GOV.UK red and amber symbol, BRAG's blue for complete", () => {
    expect(standardScheme.red.colour).toBe("#d4351c");
    expect(standardScheme.amber.symbol).toBe("!");
    expect(bragScheme.complete?.colour).toBe("#1d70b8");
  });

  it.each([standardScheme, bragScheme])("$id: hex colours, AA text contrast, distinct symbols and labels", (scheme) => {
    const all = entries(scheme);
    for (const e of all) {
      expect(e.colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(e.textColour).toMatch(/^#[0-9a-f]{6}$/);
      expect(contrast(e.colour, e.textColour)).toBeGreaterThanOrEqual(4.5);
      expect(e.symbol.length).toBeGreaterThan(0);
      expect(e.definition.length).toBeGreaterThan(0);
    }
    expect(new Set(all.map((e) => e.symbol)).size).toBe(all.length);
    expect(new Set(all.map((e) => e.label)).size).toBe(all.length);
    expect(new Set(all.map((e) => e.colour)).size).toBe(all.length);
    expect(new Set(all.map((e) => e.abbreviation)).size).toBe(all.length);
  });

  it("the contrast helper agrees with WCAG's black on white (21:1)", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 10);
  });
});
