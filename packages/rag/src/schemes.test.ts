import { describe, expect, it } from "vitest";
import { actionScheme, bragScheme, measureScheme, standardScheme, type RagScheme } from "./schemes.js";
import { contrast } from "../test/contrast.js";

const entries = (s: RagScheme) => [s.red, s.amber, s.green, s.notRated, ...(s.complete ? [s.complete] : [])];

describe("schemes", () => {
  it("doc examples: the standard scheme's GOV.UK red and amber symbol, BRAG's blue for complete", () => {
    expect(standardScheme.red.colour).toBe("#d4351c");
    expect(standardScheme.amber.symbol).toBe("!");
    expect(bragScheme.complete?.colour).toBe("#1d70b8");
  });

  it.each([standardScheme, bragScheme, measureScheme, actionScheme])("$id: hex colours, AA text contrast, distinct symbols and labels", (scheme) => {
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

  it("doc examples: a measure's red speaks of its target and benchmark, an action's amber of being slightly behind", () => {
    expect(measureScheme.red.definition).toBe(
      "Off track: the measure is worse than its target or its benchmark, or has got worse, by more than the tolerance.",
    );
    expect(measureScheme.red.colour === standardScheme.red.colour).toBe(true);
    expect(actionScheme.amber.definition).toBe("Slightly behind: some work is needed to bring the action back on track, or its progress has not been updated.");
  });

  it("measure definitions say nothing about actions, and action definitions nothing about measures", () => {
    for (const entry of entries(measureScheme)) expect(entry.definition).not.toMatch(/action|overdue|complete|finished|progress/i);
    for (const entry of entries(actionScheme)) expect(entry.definition).not.toMatch(/measure|target|benchmark|improv|tolerance|data/i);
    expect(measureScheme.complete).toBeUndefined();
    expect(actionScheme.complete).toBeUndefined();
  });

  it.each([measureScheme, actionScheme])("$id: looks like the standard scheme (labels, colours, symbols) and defines every status its own way", (scheme) => {
    for (const status of ["red", "amber", "green", "notRated"] as const) {
      const { definition, ...look } = scheme[status];
      const { definition: standard, ...standardLook } = standardScheme[status];
      expect(look).toEqual(standardLook);
      expect(definition).not.toBe(standard);
    }
    expect(scheme.id).not.toBe(standardScheme.id);
  });

  it("the contrast helper agrees with WCAG's black on white (21:1)", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 10);
  });
});
