import { describe, expect, it } from "vitest";
import { thrown } from "../test/specParts.js";
import { type AreaStylesInput, areaStyles } from "./areaStyles.js";
import { ChartsError } from "./ChartsError.js";
import { palette } from "./palette.js";

describe("areaStyles", () => {
  it("gives the documented example", () => {
    const styles = areaStyles({ focus: "Harrow", comparators: ["Barnet", "Brent"], benchmarkArea: "London" });
    expect([styles["Harrow"]?.colour, styles["Barnet"]?.colour, styles["London"]?.dash]).toEqual(["#0072B2", "#D55E00", [8, 4]]);
  });

  it("gives each area its role, the focus area solid and widest in the focus colour", () => {
    const styles = areaStyles({ focus: "Harrow", comparators: ["Barnet", "Brent"], benchmarkArea: "London" });
    expect(Object.fromEntries(Object.entries(styles).map(([name, style]) => [name, style.role]))).toEqual({
      Harrow: "focus",
      Barnet: "comparator",
      Brent: "comparator",
      London: "benchmark-area",
    });
    const focus = styles["Harrow"];
    expect(focus?.colour).toBe(palette.focus);
    expect(focus?.dash).toEqual([]);
    for (const [name, style] of Object.entries(styles)) if (name !== "Harrow") expect(style.strokeWidth).toBeLessThan(focus?.strokeWidth as number);
    expect(styles["London"]?.colour).toBe(palette.benchmarkArea);
  });

  it("gives comparators the palette's comparator colours in the order given", () => {
    const comparators = ["Barnet", "Brent", "Ealing", "Hillingdon"];
    const styles = areaStyles({ focus: "Harrow", comparators });
    expect(comparators.map((name) => styles[name]?.colour)).toEqual([...palette.comparators]);
    const reversed = areaStyles({ focus: "Harrow", comparators: [...comparators].reverse() });
    expect(reversed["Hillingdon"]?.colour).toBe(palette.comparators[0]);
  });

  it("draws comparators past the fourth in grey, told apart by their own dash and shape", () => {
    const comparators = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"];
    const styles = areaStyles({ focus: "Focus", comparators });
    const grey = comparators.slice(4).map((name) => styles[name]);
    for (const style of grey) expect(style?.colour).toBe(palette.otherArea);
    expect(new Set(grey.map((style) => JSON.stringify(style?.dash))).size).toBe(grey.length);
    expect(new Set(grey.map((style) => style?.shape)).size).toBe(grey.length);
    const looks = comparators.map((name) => JSON.stringify([styles[name]?.colour, styles[name]?.dash]));
    expect(new Set(looks).size).toBe(comparators.length);
    for (const name of comparators) expect(styles[name]?.dash).not.toEqual([]);
  });

  it("gives the same area the same style whatever else the document holds", () => {
    const one = areaStyles({ focus: "Harrow", comparators: ["Barnet"], benchmarkArea: "London" });
    const two = areaStyles({ focus: "Harrow", comparators: ["Barnet", "Brent", "Ealing"], benchmarkArea: "London" });
    expect(two["Barnet"]).toEqual(one["Barnet"]);
    expect(two["London"]).toEqual(one["London"]);
  });

  it("styles only the focus area when there are no comparators and no benchmark area", () => {
    expect(Object.keys(areaStyles({ focus: "Harrow" }))).toEqual(["Harrow"]);
  });

  it.each([
    ["no input", undefined, "the input is not an object"],
    ["a focus that is not a name", { focus: "" }, "focus is"],
    ["comparators that are not an array", { focus: "Harrow", comparators: "Barnet" }, "comparators is not an array"],
    ["a comparator that is not text", { focus: "Harrow", comparators: [5] }, "area 2 is 5"],
    ["an area named twice", { focus: "Harrow", comparators: ["Barnet"], benchmarkArea: "Harrow" }, 'area "Harrow" is named twice'],
  ])("rejects %s with invalid-argument", async (_name, input, message) => {
    const error = await thrown(() => areaStyles(input as unknown as AreaStylesInput));
    expect(error).toBeInstanceOf(ChartsError);
    expect((error as ChartsError).code).toBe("invalid-argument");
    expect((error as ChartsError).message).toContain(message);
  });
});
