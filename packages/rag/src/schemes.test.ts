import { describe, expect, it } from "vitest";
import { bragScheme, harrowDeliveryPlan, standardScheme, type RagScheme } from "./schemes.js";

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const entries = (s: RagScheme) => [s.red, s.amber, s.green, s.notRated, ...(s.complete ? [s.complete] : [])];

describe("schemes", () => {
  it("doc examples", () => {
    expect(standardScheme.red.colour).toBe("#d4351c");
    expect(standardScheme.amber.symbol).toBe("!");
    expect(`${harrowDeliveryPlan.amber.label} – ${harrowDeliveryPlan.amber.definition}`).toBe(
      "Amber – some work is required, action slightly behind target.",
    );
    expect(bragScheme.complete?.colour).toBe("#1d70b8");
  });

  it("harrowDeliveryPlan has the Delivery Plans' definitions verbatim", () => {
    const lines = [harrowDeliveryPlan.red, harrowDeliveryPlan.amber, harrowDeliveryPlan.green].map(
      (e) => `${e.label} – ${e.definition}`,
    );
    expect(lines).toEqual([
      "Red – there are problems which need to be addressed, close monitoring required.",
      "Amber – some work is required, action slightly behind target.",
      "Green – action on track or completed.",
    ]);
    expect(harrowDeliveryPlan.instruction).toBe("When updating progress against actions, please also use the RAG rating.");
    expect(harrowDeliveryPlan.complete).toBeUndefined();
  });

  it.each([standardScheme, harrowDeliveryPlan, bragScheme])("$id: hex colours, AA text contrast, distinct symbols and labels", (scheme) => {
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
