import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { marksOf, svgTexts, thrown, viewOf } from "../test/specParts.js";
import { ChartsError } from "./ChartsError.js";
import { type MixChartInput, mixChart } from "./mixChart.js";
import { palette } from "./palette.js";
import { renderSvg } from "./renderSvg.js";

const source = "Metropolitan Police Service";
/** A focus area's offences by major category in two periods (twelve categories). */
const categories: [string, number, number][] = [
  ["Violence against the person", 4788, 4799],
  ["Theft", 4574, 3369],
  ["Vehicle offences", 2092, 2406],
  ["Burglary", 1126, 1205],
  ["Public order offences", 996, 1040],
  ["Arson and criminal damage", 924, 1047],
  ["Drug offences", 658, 578],
  ["Robbery", 514, 418],
  ["Sexual offences", 467, 342],
  ["Miscellaneous crimes against society", 212, 211],
  ["Possession of weapons", 65, 92],
  ["Fraud and forgery", 3, 0],
];
const rows = categories.map(([name, current, previous]) => ({ name, current, previous }));
const base: MixChartInput = { title: "What makes up crime in Harrow", source, rows };

describe("mixChart", () => {
  it("gives the table of the documented example", () => {
    const chart = mixChart({
      title: "What makes up crime in Harrow, 12 months to Feb 2025",
      source: "Metropolitan Police Service",
      rows: [
        { name: "Theft", current: 450, previous: 400 },
        { name: "Violence against the person", current: 350, previous: 400 },
        { name: "Burglary", current: 200, previous: 200 },
      ],
    });
    expect(chart.table.rows).toEqual([
      ["Theft", "450", "45.0", "40.0", "+5.0"],
      ["Violence against the person", "350", "35.0", "40.0", "-5.0"],
      ["Burglary", "200", "20.0", "20.0", "0.0"],
    ]);
  });

  it("draws each category's share of the current total, sorted high to low, the rest past the top ten summed last in grey", () => {
    const chart = mixChart(base);
    const bars = viewOf(chart).data?.values ?? [];
    expect(bars.map((bar) => bar["name"])).toEqual([...categories.slice(0, 10).map(([name]) => name), "All other categories"]);
    const total = categories.reduce((sum, [, current]) => sum + current, 0);
    expect(bars[0]?.["value"]).toBeCloseTo((4788 / total) * 100, 12);
    expect(bars.at(-1)?.["value"]).toBeCloseTo(((65 + 3) / total) * 100, 12);
    expect(bars.slice(0, -1).every((bar) => bar["colour"] === palette.focus)).toBe(true);
    expect(bars.at(-1)?.["colour"]).toBe(palette.otherArea);
    expect(chart.description).toContain("; the other 2 categories together 0.4% (-0.2 points).");
  });

  it("keeps a single category left over under its own name rather than as all other categories", () => {
    const chart = mixChart({ ...base, top: 11 });
    expect((viewOf(chart).data?.values ?? []).map((bar) => bar["name"])).not.toContain("All other categories");
    expect(chart.table.rows).toHaveLength(12);
  });

  it("names the summed bar apart from a category already called all other categories", () => {
    const chart = mixChart({ ...base, top: 2, rows: [{ name: "All other categories", current: 5000, previous: 4000 }, ...rows.slice(0, 4)] });
    expect((viewOf(chart).data?.values ?? []).map((bar) => bar["name"])).toEqual([
      "All other categories",
      "Violence against the person",
      "All other categories (the rest)",
    ]);
  });

  it("gives shares that add up to 100 whatever the counts and the number of bars", () => {
    const count = fc.integer({ min: 0, max: 1_000_000 });
    fc.assert(
      fc.property(fc.array(count, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 50 }), (counts, top) => {
        fc.pre(counts.some((c) => c > 0));
        const chart = mixChart({ ...base, top, rows: counts.map((current, i) => ({ name: `Category ${i}`, current })) });
        const shares = (viewOf(chart).data?.values ?? []).map((bar) => bar["value"] as number);
        expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(100, 9);
        expect(shares.length).toBeLessThanOrEqual(top + 1);
      }),
    );
  });

  it("works out the change in share from the unrounded shares, rounding once", () => {
    // 7.04% now and 3.76% before: 7.0 − 3.8 would say 3.2 points, the change is 3.28 points.
    const chart = mixChart({
      ...base,
      rows: [
        { name: "Offensive weapons", current: 704, previous: 376 },
        { name: "Everything else", current: 9296, previous: 9624 },
      ],
    });
    expect(chart.table.rows[1]).toEqual(["Offensive weapons", "704", "7.0", "3.8", "+3.3"]);
    expect((viewOf(chart).data?.values ?? [])[1]?.["label"]).toBe("7.0% (+3.3 points)");
  });

  it("labels each bar with its share and change, from a share axis at zero whose title explains the brackets", () => {
    const chart = mixChart(base);
    const [bars] = marksOf(chart, "bar");
    expect(bars?.encoding["x"]?.scale?.zero).toBe(true);
    expect(bars?.encoding["x"]?.title).toEqual(["Share of all offences (%)", "In brackets: the change in share since the previous period"]);
    expect((viewOf(chart).data?.values ?? [])[1]?.["label"]).toBe("27.9% (+6.1 points)");
  });

  it("without previous counts draws shares only", () => {
    const chart = mixChart({ ...base, rows: rows.map(({ name, current }) => ({ name, current })), xTitle: "Share of offences in Harrow (%)" });
    expect(chart.table.columns).toEqual(["Category", "Offences", "Share (%)"]);
    expect(marksOf(chart, "bar")[0]?.encoding["x"]?.title).toBe("Share of offences in Harrow (%)");
    expect((viewOf(chart).data?.values ?? [])[0]?.["label"]).toBe("29.2%");
  });

  it("says when the previous period had no offences, so no change in share is shown", () => {
    const chart = mixChart({ ...base, rows: rows.map(({ name, current }) => ({ name, current, previous: 0 })) });
    expect(chart.notes).toEqual(["There were no offences in the previous period, so no change in share is shown."]);
    expect((viewOf(chart).data?.values ?? [])[0]?.["label"]).toBe("29.2%");
  });

  it("renders to SVG with every bar's name and label", async () => {
    const svg = await renderSvg(mixChart(base), { id: "mix" });
    const texts = svgTexts(svg);
    for (const label of ["Theft", "27.9% (+6.1 points)", "All other categories", "0.4% (-0.2 points)"]) expect(texts).toContain(label);
    expect(svg).toContain('<desc id="mix-desc">Bar chart of each category&#39;s share of all 16,419 offences');
  });

  it("rejects input it cannot draw with ChartsError and a stable code", async () => {
    const cases: [unknown, string][] = [
      [{ ...base, rows: [] }, "invalid-argument"],
      [{ ...base, rows: [{ name: "Theft", current: 0 }] }, "invalid-argument"],
      [{ ...base, rows: [{ name: "Theft", current: -1 }] }, "invalid-number"],
      [{ ...base, rows: [{ name: "Theft", current: 1, previous: Number.NaN }] }, "invalid-number"],
      [
        {
          ...base,
          rows: [
            { name: "Theft", current: 1e16 },
            { name: "Robbery", current: 1 },
          ],
        },
        "invalid-number",
      ],
      [
        {
          ...base,
          rows: [
            { name: "Theft", current: 1, previous: 1 },
            { name: "Robbery", current: 1 },
          ],
        },
        "invalid-argument",
      ],
      [{ ...base, rows: [rows[0], rows[0]] }, "invalid-argument"],
      [{ ...base, top: 0 }, "invalid-argument"],
      [{ ...base, xTitle: 1 }, "invalid-argument"],
      [{ ...base, title: undefined }, "invalid-argument"],
    ];
    for (const [input, code] of cases) {
      const error = await thrown(() => mixChart(input as MixChartInput));
      expect(error, JSON.stringify(input)?.slice(0, 100)).toBeInstanceOf(ChartsError);
      expect((error as ChartsError).code).toBe(code);
    }
  });
});
