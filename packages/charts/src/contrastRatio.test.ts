import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { thrown } from "../test/specParts.js";
import { ChartsError } from "./ChartsError.js";
import { contrastRatio } from "./contrastRatio.js";

describe("contrastRatio", () => {
  it("gives the documented examples", () => {
    expect(contrastRatio("#000", "#ffffff")).toBe(21);
    expect(contrastRatio("#0072B2", "#ffffff") >= 3).toBe(true);
  });

  it("matches published WCAG ratios", () => {
    // WebAIM contrast checker (webaim.org/resources/contrastchecker): #767676 on white is 4.54:1, #777777 4.48:1.
    expect(contrastRatio("#767676", "#fff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#777777", "#fff")).toBeCloseTo(4.48, 2);
    // Pure sRGB red on white: 3.998:1 (WCAG's luminance of #FF0000 is 0.2126).
    expect(contrastRatio("#ff0000", "#ffffff")).toBeCloseTo(1.05 / 0.2626, 12);
  });

  it("reads #rgb as #rrggbb and ignores case", () => {
    expect(contrastRatio("#abc", "#123")).toBe(contrastRatio("#AABBCC", "#112233"));
  });

  it("is symmetric, 1 for a colour against itself, and from 1 to 21", () => {
    const colour = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, "0")}`);
    fc.assert(
      fc.property(colour, colour, (a, b) => {
        const ratio = contrastRatio(a, b);
        expect(ratio).toBe(contrastRatio(b, a));
        expect(ratio).toBeGreaterThanOrEqual(1);
        expect(ratio).toBeLessThanOrEqual(21);
        expect(contrastRatio(a, a)).toBe(1);
      }),
    );
  });

  it.each([
    ["a name", "red", 'a is "red"'],
    ["five digits", "#12345", 'a is "#12345"'],
    ["not text", 0x000000, "a is 0"],
    ["undefined", undefined, "a is undefined"],
  ])("rejects a colour that is %s with invalid-argument", async (_name, colour, message) => {
    const error = await thrown(() => contrastRatio(colour as string, "#fff"));
    expect(error).toBeInstanceOf(ChartsError);
    expect((error as ChartsError).code).toBe("invalid-argument");
    expect((error as ChartsError).message).toContain(message);
  });
});
