import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { marksOf, specNumbers, svgTexts, thrown, viewOf } from "../test/specParts.js";
import { areaStyles } from "./areaStyles.js";
import { ChartsError } from "./ChartsError.js";
import { type ComparisonChartInput, comparisonChart } from "./comparisonChart.js";
import { palette } from "./palette.js";
import { renderSvg } from "./renderSvg.js";

const source = "Metropolitan Police Service; ONS";
const styles = areaStyles({ focus: "Harrow", comparators: ["Barnet", "Brent", "Ealing", "Hillingdon"], benchmarkArea: "London" });
/** A rate per 1,000 and its interval from a count and a population (intervals of about ±2 standard errors). */
function rate(area: string, count: number, population: number): { area: string; value: number; lower: number; upper: number } {
  const half = 1.96 * Math.sqrt(count);
  return { area, value: (count / population) * 1000, lower: ((count - half) / population) * 1000, upper: ((count + half) / population) * 1000 };
}
/** Burglary in Harrow and four neighbours: Ealing's interval overlaps Harrow's, the other three lie above it. */
const rows = [
  rate("Harrow", 1126, 268_448),
  rate("Barnet", 2446, 420_924),
  rate("Brent", 1873, 353_130),
  rate("Ealing", 1780, 393_434),
  rate("Hillingdon", 1537, 327_456),
];
const base: ComparisonChartInput = {
  title: "Burglary: rate per 1,000 residents",
  source,
  xTitle: "Burglaries per 1,000 residents, 12 months to Feb 2025",
  rows,
  reference: { label: "London", value: 5.43 },
  styles,
};

describe("comparisonChart", () => {
  it("gives the table and text alternative of the documented example", () => {
    const chart = comparisonChart({
      title: "Burglary: rate per 1,000 residents",
      source: "Metropolitan Police Service; ONS",
      xTitle: "Crimes per 1,000 residents, 12 months to Feb 2025",
      rows: [
        { area: "Harrow", value: 5.3, lower: 5.0, upper: 5.6 },
        { area: "Barnet", value: 6.1, lower: 5.9, upper: 6.4 },
        { area: "Brent", value: 5.5, lower: 5.2, upper: 5.8 },
      ],
      reference: { label: "London", value: 6.0 },
    });
    expect(chart.table.rows).toEqual([
      ["Barnet", "6.1", "5.9 to 6.4"],
      ["Brent", "5.5", "5.2 to 5.8"],
      ["Harrow", "5.3", "5.0 to 5.6"],
      ["London (reference)", "6.0", ""],
    ]);
    expect(
      chart.description.endsWith(
        "The interval of Brent overlaps Harrow's; Barnet's lies wholly above it. The reference line, London at 6.0, lies above Harrow's interval.",
      ),
    ).toBe(true);
  });

  it("sorts the bars high to low, from a value axis that starts at zero and leaves room for the labels", () => {
    const chart = comparisonChart(base);
    const [bars] = marksOf(chart, "bar");
    expect(bars?.encoding["y"]?.sort).toEqual(["Barnet", "Brent", "Hillingdon", "Ealing", "Harrow"]);
    const x = bars?.encoding["x"];
    expect(x?.scale?.zero).toBe(true);
    expect(x?.scale?.domain?.[0]).toBe(0);
    const widest = Math.max(...rows.map((row) => row.upper));
    expect(x?.scale?.domain?.[1]).toBeGreaterThan(widest);
    expect(x?.title).toEqual(["Burglaries per 1,000 residents, 12 months to Feb 2025", "Lines: 95% confidence intervals"]);
  });

  it("draws each area in its document colour and the focus area's name and value in bold", () => {
    const chart = comparisonChart(base);
    const values = viewOf(chart).data?.values ?? [];
    const colour = (area: string): unknown => values.find((bar) => bar["area"] === area)?.["colour"];
    expect(colour("Harrow")).toBe(palette.focus);
    expect(colour("Barnet")).toBe(palette.comparators[0]);
    expect(colour("Hillingdon")).toBe(palette.comparators[3]);
    const [bars] = marksOf(chart, "bar");
    expect(bars?.encoding["y"]?.axis?.["labelFontWeight"]).toEqual({ condition: { test: 'datum.value === "Harrow"', value: "bold" }, value: "normal" });
    const bold = marksOf(chart, "text").find((unit) => unit.mark["fontWeight"] === "bold");
    expect(bold?.transform).toEqual([{ filter: "datum.focus" }]);
  });

  it("fills only the focus area's bar solid; the others are pale inside an outline in their colour, so the focus is the strongest mark", () => {
    const chart = comparisonChart(base);
    const [bars] = marksOf(chart, "bar");
    expect(bars?.encoding["fill"]).toMatchObject({ field: "colour", scale: null });
    expect(bars?.encoding["stroke"]).toMatchObject({ field: "colour", scale: null });
    expect(bars?.encoding["fillOpacity"]).toEqual({ condition: { test: "datum.focus", value: 1 }, value: 0.25 });
    const values = viewOf(chart).data?.values ?? [];
    expect(values.filter((bar) => bar["focus"] === true).map((bar) => bar["area"])).toEqual(["Harrow"]);
  });

  it("draws an area the document's styles do not name in grey, and styles from the rows' order when none are given", () => {
    const withOther = comparisonChart({ ...base, rows: [...rows, rate("Hounslow", 1300, 300_000)] });
    expect((viewOf(withOther).data?.values ?? []).find((bar) => bar["area"] === "Hounslow")?.["colour"]).toBe(palette.otherArea);
    const own = comparisonChart({ ...base, styles: undefined as never, rows: [rows[1], rows[0]] as never });
    const values = viewOf(own).data?.values ?? [];
    expect(values.find((bar) => bar["area"] === "Barnet")?.["colour"]).toBe(palette.focus);
    expect(values.find((bar) => bar["area"] === "Harrow")?.["colour"]).toBe(palette.comparators[0]);
  });

  it("draws whiskers from each interval's lower to upper end, capped, and the reference as a labelled dashed line", () => {
    const chart = comparisonChart(base);
    const rules = marksOf(chart, "rule");
    const whisker = rules.find((unit) => unit.encoding["x2"] !== undefined);
    expect(whisker?.encoding["x"]?.field).toBe("lower");
    expect(whisker?.encoding["x2"]?.field).toBe("upper");
    expect(marksOf(chart, "tick")[0]?.transform).toContainEqual({ fold: ["lower", "upper"], as: ["end", "at"] });
    const reference = rules.find((unit) => unit.data?.values.length === 1);
    expect(reference?.mark["strokeDash"]).toEqual([8, 4]);
    expect(reference?.data?.values).toEqual([{ value: 5.43, label: "London: 5.4" }]);
  });

  it("starts a value label after the reference line when the line would cross it, and leaves the others at their whiskers", () => {
    const chart = comparisonChart({ ...base, reference: { label: "London", value: 4.95 } });
    const values = viewOf(chart).data?.values ?? [];
    const ealing = rows[3] as (typeof rows)[number];
    expect(values.find((bar) => bar["area"] === "Ealing")?.["labelAt"]).toBe(4.95);
    expect(ealing.upper).toBeLessThan(4.95);
    expect(values.find((bar) => bar["area"] === "Barnet")?.["labelAt"]).toBe((rows[1] as (typeof rows)[number]).upper);
  });

  it("says which intervals overlap the focus area's and which lie wholly above or below it, never ranking them", () => {
    const chart = comparisonChart(base);
    expect(chart.description).toBe(
      "Bar chart of burglaries per 1,000 residents, 12 months to Feb 2025, by area, with 95% confidence intervals, sorted high to low: Barnet 5.8 (5.6 to 6.0), Brent 5.3 (5.1 to 5.5), Hillingdon 4.7 (4.5 to 4.9), Ealing 4.5 (4.3 to 4.7), Harrow 4.2 (3.9 to 4.4). The interval of Ealing overlaps Harrow's; Barnet's, Brent's and Hillingdon's lie wholly above it. The reference line, London at 5.4, lies above Harrow's interval.",
    );
    expect(chart.description).not.toMatch(/\b(highest|lowest|best|worst|better|worse|significant)/i);
  });

  it("given the test the verdicts come from, says so and does not judge which intervals overlap", async () => {
    const chart = comparisonChart({ ...base, judgedBy: "the exact test of two Poisson rates" });
    expect(chart.description).toBe(
      "Bar chart of burglaries per 1,000 residents, 12 months to Feb 2025, by area, with 95% confidence intervals, sorted high to low: Barnet 5.8 (5.6 to 6.0), Brent 5.3 (5.1 to 5.5), Hillingdon 4.7 (4.5 to 4.9), Ealing 4.5 (4.3 to 4.7), Harrow 4.2 (3.9 to 4.4). The reference line is London at 5.4. Whether Harrow's value differs from another is judged by the exact test of two Poisson rates, not by whether the intervals overlap.",
    );
    expect(chart.description).not.toMatch(/overlaps|wholly/);
    expect(await thrown(() => comparisonChart({ ...base, judgedBy: "" }))).toMatchObject({ code: "invalid-argument" });
  });

  it("classes every other area's interval against the focus area's as overlapping, wholly above or wholly below", () => {
    const interval = fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true }));
    fc.assert(
      fc.property(fc.array(interval, { minLength: 2, maxLength: 8 }), (intervals) => {
        const input = intervals.map(([lower, width], i) => ({ area: `Area ${i + 1}`, value: lower + width / 2, lower, upper: lower + width }));
        const chart = comparisonChart({ title: "T", source, xTitle: "Rate", rows: input });
        const focus = input[0] as (typeof input)[number];
        for (const other of input.slice(1)) {
          const overlapping = other.lower <= focus.upper && other.upper >= focus.lower;
          const sentence = chart.description.split(". ").find((part) => part.includes("overlap") || part.includes("wholly")) ?? "";
          const [overlapPart = "", whollyPart = ""] = sentence.includes("overlap") ? sentence.split(";") : ["", sentence];
          expect(new RegExp(`\\b${other.area}\\b`).test(overlapPart)).toBe(overlapping);
          expect(new RegExp(`\\b${other.area}'s`).test(whollyPart)).toBe(!overlapping);
        }
      }),
    );
  });

  it("says the level of the intervals in the axis title, the table and the text alternative", () => {
    const chart = comparisonChart({ ...base, confidence: 0.998 });
    expect(marksOf(chart, "bar")[0]?.encoding["x"]?.title).toEqual([base.xTitle, "Lines: 99.8% confidence intervals"]);
    expect(chart.table.columns).toEqual(["Area", base.xTitle, "99.8% confidence interval"]);
    expect(chart.description).toContain("with 99.8% confidence intervals");
  });

  it("without intervals draws no whiskers, and its note says differences cannot be judged", () => {
    const chart = comparisonChart({ ...base, rows: rows.map(({ area, value }) => ({ area, value })) });
    expect(marksOf(chart, "tick")).toEqual([]);
    expect(chart.table.columns).toEqual(["Area", base.xTitle]);
    expect(chart.notes).toEqual(["No confidence intervals are given, so the chart cannot show which differences may be chance."]);
    expect(chart.description).not.toContain("overlap");
    expect(chart.description).toContain(
      "sorted high to low: Barnet 5.8, Brent 5.3, Hillingdon 4.7, Ealing 4.5, Harrow 4.2. The reference line is London at 5.4.",
    );
  });

  it("names the areas given without an interval", () => {
    const chart = comparisonChart({ ...base, rows: [...rows, { area: "Hounslow", value: 4.1 }] });
    expect(chart.description).toContain("No interval is given for Hounslow.");
    expect(chart.table.rows.find((row) => row[0] === "Hounslow")).toEqual(["Hounslow", "4.1", ""]);
  });

  it("rounds labels half up to the decimals asked for, keeping the data at full precision", () => {
    const chart = comparisonChart({ ...base, rows: [{ area: "Harrow", value: 4.125 }], reference: undefined as never, decimals: 2 });
    expect(chart.table.rows).toEqual([["Harrow", "4.13"]]);
    expect(viewOf(chart).data?.values[0]?.["value"]).toBe(4.125);
  });

  it("draws bars of zero on an axis from 0 to a positive number, with no NaN or infinite number anywhere", () => {
    const chart = comparisonChart({ ...base, rows: [{ area: "Harrow", value: 0, lower: 0, upper: 0 }], reference: undefined as never });
    expect(specNumbers(chart.spec).every(Number.isFinite)).toBe(true);
    expect(marksOf(chart, "bar")[0]?.encoding["x"]?.scale?.domain?.[1]).toBeGreaterThan(0);
  });

  it("renders to SVG with the title, text alternative, every area, its value label and the reference label", async () => {
    const chart = comparisonChart(base);
    const svg = await renderSvg(chart, { id: "burglary-comparison" });
    expect(svg).toContain('<title id="burglary-comparison-title">Burglary: rate per 1,000 residents</title>');
    expect(svg).toContain('<desc id="burglary-comparison-desc">Bar chart of burglaries per 1,000 residents');
    const texts = svgTexts(svg);
    for (const label of ["Barnet", "Brent", "Hillingdon", "Ealing", "Harrow", "5.8", "5.3", "4.7", "4.5", "4.2", "London: 5.4"]) expect(texts).toContain(label);
    expect(svg).toMatch(/font-weight="bold"[^>]*>Harrow</);
    for (const colour of [palette.focus, ...palette.comparators]) expect(svg.toLowerCase()).toContain(`fill="${colour.toLowerCase()}"`);
  });

  it("rejects input it cannot draw with ChartsError and a stable code", async () => {
    const cases: [unknown, string][] = [
      [{ ...base, xTitle: undefined }, "invalid-argument"],
      [{ ...base, rows: [] }, "invalid-argument"],
      [{ ...base, rows: Array.from({ length: 101 }, (_, i) => ({ area: `Area ${i}`, value: i })) }, "invalid-argument"],
      [{ ...base, rows: [rows[0], rows[0]] }, "invalid-argument"],
      [{ ...base, rows: [{ area: "Harrow", value: 4, lower: 3 }] }, "invalid-argument"],
      [{ ...base, rows: [{ area: "Harrow", value: 4, lower: 4.5, upper: 5 }] }, "invalid-number"],
      [{ ...base, rows: [{ area: "Harrow", value: -1 }] }, "invalid-number"],
      [{ ...base, rows: [{ area: "Harrow", value: Number.NaN }] }, "invalid-number"],
      [{ ...base, rows: [{ area: "", value: 1 }] }, "invalid-argument"],
      [{ ...base, reference: { label: "London", value: Number.POSITIVE_INFINITY } }, "invalid-number"],
      [{ ...base, reference: { value: 5 } }, "invalid-argument"],
      [{ ...base, width: 50, reference: { label: "London", value: 1e308 } }, "invalid-number"],
      [{ ...base, confidence: 95 }, "invalid-confidence"],
      [{ ...base, decimals: 7 }, "invalid-argument"],
      [{ ...base, styles: { Harrow: { ...styles["Harrow"], colour: "blue" } } }, "invalid-argument"],
      [null, "invalid-argument"],
    ];
    for (const [input, code] of cases) {
      const error = await thrown(() => comparisonChart(input as ComparisonChartInput));
      expect(error, JSON.stringify(input)?.slice(0, 80)).toBeInstanceOf(ChartsError);
      expect((error as ChartsError).code).toBe(code);
    }
    expect(((await thrown(() => comparisonChart({ ...base, rows: [{ area: "Harrow", value: 4, lower: 4.5, upper: 5 }] }))) as Error).message).toBe(
      "comparisonChart: rows[0] (Harrow) has the interval 4.5 to 5, which does not contain its value 4: expected lower ≤ value ≤ upper.",
    );
  });
});
