import { describe, expect, it } from "vitest";

interface Cell {
  readonly area: string;
  readonly column: string;
  readonly recomputed: number;
  readonly recomputedDisplay: number;
  readonly reproduces: boolean;
}
interface Finding {
  readonly label: string | null;
  readonly field: string;
  readonly published: number;
  readonly expected: number;
  readonly cause: string;
  readonly source: { readonly area: string } | null;
}
interface Reproduction {
  readonly tables: readonly { readonly id: string; readonly cells: readonly Cell[]; readonly explanations: readonly string[] }[];
  readonly audit: { readonly findings: readonly Finding[] };
}

// The example reads the published figures from examples/data/harrow/golden-2019.json (Harrow
// Community Safety Strategy 2019/20, strategic assessment section) and recomputes them with the
// generic functions of @crimestats/benchmark, as a partnership can check its own tables.
const example = new URL("../../../examples/reproduce-harrow-2019.mjs", import.meta.url).href;
const { readGolden, reproduce } = (await import(example)) as { readGolden: () => unknown; reproduce: (golden: unknown) => Reproduction };
const result = reproduce(readGolden());

describe("examples/reproduce-harrow-2019.mjs: a published benchmark table checked against its recomputation", () => {
  it("recomputes the Total Offences table exactly as printed, with rate changes from unrounded rates", () => {
    const total = result.tables.find((t) => t.id === "total-offences");
    expect(total?.cells.map((c) => `${c.area} ${c.column} ${c.recomputedDisplay}`)).toEqual([
      "Barnet 2017 rate 69.61",
      "Barnet 2018 rate 72.81",
      "Barnet rate change 3.2",
      "Brent 2017 rate 90.42",
      "Brent 2018 rate 93.3",
      "Brent rate change 2.87",
      "Ealing 2017 rate 82.63",
      "Ealing 2018 rate 82.38",
      "Ealing rate change -0.25",
      "Harrow 2017 rate 56.08",
      "Harrow 2018 rate 59.73",
      "Harrow rate change 3.65",
      "Hillingdon 2017 rate 81.95",
      "Hillingdon 2018 rate 82.6",
      "Hillingdon rate change 0.65",
      "London 2017 rate 93.44",
      "London 2018 rate 95.06",
      "London rate change 1.62",
    ]);
    // Brent: 2.8744 unrounded, 2.87 printed; the naive 93.30 − 90.42 would give 2.88.
    expect(total?.cells.find((c) => c.area === "Brent" && c.column === "rate change")?.recomputed).toBeCloseTo(2.8744, 4);
  });

  it("recomputes the Burglary table, including offences change and Hillingdon's -0.90", () => {
    const burglary = result.tables.find((t) => t.id === "burglary");
    expect(burglary?.cells.every((c) => c.reproduces)).toBe(true);
    expect(burglary?.cells.filter((c) => c.column === "offences change").map((c) => c.recomputedDisplay)).toEqual([394, 362, -22, -146, -273, 5866]);
    expect(burglary?.cells.find((c) => c.area === "Hillingdon" && c.column === "rate change")?.recomputed).toBeCloseTo(-0.903, 3);
    expect(burglary?.explanations.join(" ")).toContain("Hillingdon had the largest fall");
  });

  it("flags the quick-facts rates copied from Ealing, and the prose's arithmetic and sign, and nothing in the tables", () => {
    const found = result.audit.findings.map((f) => [f.label, f.field, f.published, f.expected, f.cause, f.source?.area ?? null]);
    expect(found).toContainEqual(["Burglary quick facts", "current.rate", 8.81, 9, "copied-from-another-row", "Ealing"]);
    expect(found).toContainEqual(["Burglary quick facts", "previous.rate", 8.87, 9.59, "copied-from-another-row", "Ealing"]);
    expect(found).toContainEqual(["Burglary prose", "change.count", -146, -145, "unexplained", null]);
    expect(
      result.audit.findings.some((f) => f.label === "Burglary prose" && f.field === "change.rate" && f.published === 0.59 && f.cause === "sign-reversed"),
    ).toBe(true);
    expect(result.audit.findings.filter((f) => f.label?.endsWith("table") === true)).toEqual([]);
  });
});
