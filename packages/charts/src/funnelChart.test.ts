import { funnelLimits, funnelOverdispersion, funnelPoints } from "@crimestats/benchmark";
import { formatNumber } from "@crimestats/internal";
import { describe, expect, it } from "vitest";
import { marksOf, specNumbers, svgTexts, thrown } from "../test/specParts.js";
import { areaStyles } from "./areaStyles.js";
import { ChartsError } from "./ChartsError.js";
import { type FunnelChartInput, funnelChart } from "./funnelChart.js";
import { palette } from "./palette.js";
import { textWidth } from "./internal/labels.js";
import { overlaps } from "./internal/placeLabels.js";
import { renderSvg } from "./renderSvg.js";

const source = "Metropolitan Police Service; ONS";
const styles = areaStyles({ focus: "Harrow", comparators: ["Barnet", "Brent", "Ealing", "Hillingdon"], benchmarkArea: "London" });
const benchmark = 95.2;

/** Thirty areas of 150,000 to 440,000 residents whose rates spread far wider than chance (as London boroughs' do), Harrow among them. */
function spreadAreas(): { area: string; population: number; value: number }[] {
  const named = ["Harrow", "Barnet", "Brent", "Ealing", "Hillingdon"];
  return Array.from({ length: 30 }, (_, i) => ({
    area: named[i] ?? `Borough ${i + 1}`,
    population: 150_000 + ((i * 7919) % 29) * 10_000,
    value: i === 0 ? 61.2 : 40 + ((i * 37) % 30) * 4.5,
  }));
}
/** Areas whose counts are exactly what the benchmark expects: every one lies on the centre line. */
function areasOnBenchmark(): { area: string; population: number; value: number }[] {
  return Array.from({ length: 12 }, (_, i) => ({ area: `Area ${i + 1}`, population: 160_000 + i * 20_000, value: benchmark }));
}
const limits = funnelPoints(benchmark, { from: 140_000, to: 450_000 });
const base: FunnelChartInput = {
  title: "All offences: rate per 1,000 residents against residents",
  source,
  yTitle: "Crimes per 1,000 residents",
  rows: spreadAreas(),
  limits,
  benchmarkLabel: "London",
  styles,
};

describe("funnelChart", () => {
  it("gives the table of the documented example", () => {
    const chart = funnelChart({
      title: "All offences: rate per 1,000 residents against residents",
      source: "Metropolitan Police Service; ONS",
      yTitle: "Crimes per 1,000 residents",
      rows: [
        { area: "Harrow", population: 268_000, value: 61.2 },
        { area: "Barnet", population: 421_000, value: 80.3 },
        { area: "Brent", population: 353_000, value: 90.9 },
      ],
      limits: funnelPoints(80, { from: 150_000, to: 450_000 }),
      benchmarkLabel: "London",
    });
    expect(chart.table.rows).toEqual([
      ["Brent", "353,000", "90.9", "Above the 99.8% upper limit"],
      ["Barnet", "421,000", "80.3", "Within the 95% limits"],
      ["Harrow", "268,000", "61.2", "Below the 99.8% lower limit"],
    ]);
  });

  it("places each area against the limits as funnelLimits gives them at its own population", () => {
    const rows = [
      ...spreadAreas(),
      ...[0.9, 0.995, 1.005, 1.012, 1.1].map((factor, i) => ({ area: `Near ${i}`, population: 200_000 + i * 50_000, value: benchmark * factor })),
    ];
    const chart = funnelChart({ ...base, rows });
    for (const row of rows) {
      const exact = funnelLimits(benchmark, row.population).limits;
      const [inner, outer] = exact as unknown as [{ lower: number; upper: number }, { lower: number; upper: number }];
      const expected =
        row.value > outer.upper
          ? "Above the 99.8% upper limit"
          : row.value > inner.upper
            ? "Above the 95% upper limit"
            : row.value < outer.lower
              ? "Below the 99.8% lower limit"
              : row.value < inner.lower
                ? "Below the 95% lower limit"
                : "Within the 95% limits";
      expect(chart.table.rows.find((cells) => cells[0] === row.area)?.[3], row.area).toBe(expected);
    }
  });

  it("draws the population on a log axis whose title says so, and the value axis from zero above every point", () => {
    const chart = funnelChart(base);
    const [points] = marksOf(chart, "point");
    expect(points?.encoding["x"]?.scale).toEqual({ type: "log", domain: [140_000, 450_000], nice: false });
    expect(points?.encoding["x"]?.title).toBe("Residents (log scale)");
    const y = points?.encoding["y"];
    expect(y?.title).toBe("Crimes per 1,000 residents");
    expect(y?.scale?.zero).toBe(true);
    expect(y?.scale?.domain?.[0]).toBe(0);
    expect(y?.scale?.domain?.[1]).toBeGreaterThanOrEqual(Math.max(...spreadAreas().map((row) => row.value)));
  });

  it("draws each level's limits in its own dash, labelled at the right end with the centre line", () => {
    const chart = funnelChart(base);
    const [curves] = marksOf(chart, "line");
    const dash = curves?.encoding["strokeDash"]?.scale;
    expect(dash?.domain).toEqual([0, 1]);
    expect(dash?.range?.[0]).not.toEqual(dash?.range?.[1]);
    expect(new Set(curves?.data?.values.map((row) => row["curve"]))).toEqual(new Set(["upper 0", "lower 0", "upper 1", "lower 1"]));
    // Small areas: a wide funnel, each limit labelled at its own line.
    const wide = funnelChart({
      ...base,
      rows: spreadAreas().map((row) => ({ ...row, population: row.population / 750 })),
      limits: funnelPoints(benchmark, { from: 190, to: 600 }),
    });
    const texts = marksOf(wide, "text").flatMap((unit) => unit.data?.values.map((row) => row["text"]) ?? []);
    expect(texts.filter((text) => text === "95% limit")).toHaveLength(2);
    expect(texts.filter((text) => text === "99.8% limit")).toHaveLength(2);
    expect(texts).toContain("London: 95.2");
  });

  it("labels limits too close to label one by one together on each side, next to their lines, not stacked at the edge", () => {
    // Boroughs of 150,000 to 450,000 residents: the limits lie within a few pixels of the centre line at the right end.
    const texts = marksOf(funnelChart(base), "text").flatMap((unit) => unit.data?.values ?? []);
    const ends = texts.filter((row) => /limit|London/.test(String(row["text"])));
    expect(ends.map((row) => row["text"])).toEqual(["London: 95.2", "Upper 95% and 99.8% limits", "Lower 95% and 99.8% limits"]);
    const y = (text: string) => ends.find((row) => row["text"] === text)?.["y"] as number;
    expect(y("Upper 95% and 99.8% limits")).toBeLessThan(y("London: 95.2"));
    expect(y("Lower 95% and 99.8% limits")).toBeGreaterThan(y("London: 95.2"));
  });

  it("moves the end labels apart so none is within 14 pixels of another", () => {
    const chart = funnelChart(base);
    const ends = marksOf(chart, "text")
      .flatMap((unit) => unit.data?.values ?? [])
      .filter((row) => /limit|London/.test(String(row["text"])))
      .map((row) => row["y"] as number)
      .sort((a, b) => a - b);
    expect(ends).toHaveLength(3);
    for (let i = 1; i < ends.length; i++) expect((ends[i] as number) - (ends[i - 1] as number)).toBeGreaterThanOrEqual(14 - 1e-9);
  });

  it("draws the focus area largest, in its colour, last, with a bold label; comparators in their colours and shapes", () => {
    const chart = funnelChart(base);
    const values = marksOf(chart, "point")[0]?.data?.values ?? [];
    expect(values.at(-1)).toMatchObject({ area: "Harrow", colour: palette.focus, shape: "circle" });
    expect(Math.max(...values.map((row) => row["size"] as number))).toBe(values.at(-1)?.["size"]);
    expect(values.find((row) => row["area"] === "Brent")).toMatchObject({ colour: palette.comparators[1], shape: "diamond" });
    expect(values.find((row) => row["area"] === "Borough 7")).toMatchObject({ colour: palette.otherArea });
    const bold = marksOf(chart, "text").filter((unit) => unit.mark["fontWeight"] === "bold");
    expect(bold.flatMap((unit) => unit.data?.values.map((row) => row["text"]) ?? [])).toEqual(["Harrow"]);
    const labelled = marksOf(chart, "text").flatMap((unit) => unit.data?.values.map((row) => row["text"]) ?? []);
    for (const name of ["Barnet", "Brent", "Ealing", "Hillingdon"]) expect(labelled).toContain(name);
  });

  it("says how many areas lie beyond each limit and where the focus area lies, with its limits at its population", () => {
    const chart = funnelChart({ ...base, rows: base.rows.slice(0, 6) });
    const harrow = funnelLimits(benchmark, 150_000).limits[1] as { lower: number; upper: number };
    expect(chart.description).toContain(
      "Funnel plot of crimes per 1,000 residents against residents for 6 areas, around London at 95.2, with 95% and 99.8% limits.",
    );
    expect(chart.description).toMatch(/\d areas? \([^)]*\) lies? above the 99\.8% upper limit/);
    expect(chart.description).toContain(
      `Harrow (61.2, 150,000 residents) lies below the 99.8% lower limit; the 99.8% limits at its population are ${formatNumber(harrow.lower, 1)} to ${formatNumber(harrow.upper, 1)}.`,
    );
    const counted = [...chart.description.matchAll(/(\d+) areas?(?: \([^)]*\))? lies? (above|below|within)/g)].reduce(
      (sum, match) => sum + Number(match[1]),
      0,
    );
    expect(counted).toBe(6);
    expect(chart.description).not.toMatch(/\b(highest|lowest|best|worst|better|worse)\b/i);
  });

  it("notes over-dispersion when far more areas lie outside the outer limits than chance would put there, and not otherwise", () => {
    expect(funnelChart(base).notes[0]).toMatch(
      /^\d+ of 30 areas lie outside the 99\.8% limits, where chance alone would put about 0\.1: the areas differ by more than chance \(over-dispersion\)/,
    );
    expect(funnelChart(base).notes[0]).toContain(
      "; limits widened by an estimate of the over-dispersion (Spiegelhalter's φ) would show which areas stand out among them.",
    );
    const { benchmarkLabel: _unused, ...withoutLabel } = base;
    const calm = funnelChart({ ...withoutLabel, rows: areasOnBenchmark(), styles: undefined as never });
    expect(calm.notes).toEqual([]);
    expect(calm.description).toContain("12 areas lie within the 95% limits.");
    expect(calm.description).toContain("around the benchmark of 95.2, with 95% and 99.8% limits.");
  });

  it("says above the plot, in the text alternative and in a note that the limits were widened for over-dispersion, with φ", async () => {
    // φ estimated from counts behind the spread areas' rates, as a caller would (funnelOverdispersion of benchmark).
    const counted = base.rows.map((row) => ({ area: row.area, count: Math.round((row.value * row.population) / 1000), population: row.population }));
    const { overdispersion } = funnelOverdispersion(counted, benchmark);
    expect(overdispersion).toBeGreaterThan(10);
    const shown = formatNumber(overdispersion, 1);
    const widened = funnelPoints(benchmark, { from: 140_000, to: 450_000, overdispersion });
    const chart = funnelChart({ ...base, limits: widened });
    expect(chart.description).toContain("with 95% and 99.8% limits widened for over-dispersion.");
    // φ is given once, in the note (which the text alternative ends with).
    expect(chart.description.split(`φ = ${shown}`)).toHaveLength(2);
    expect(chart.notes[0]).toBe(
      `The limits are widened for over-dispersion (φ = ${shown}): the areas vary more than chance would make them, so the limits are widened by √φ to allow for the real differences between areas like these (Spiegelhalter 2005); an area outside them stands out among them.`,
    );
    expect(chart.notes.some((note) => note.includes("where chance alone would put"))).toBe(false);
    // Fewer areas lie outside the widened limits than outside the Poisson ones.
    const outside = (c: typeof chart): number =>
      c.table.rows.filter((row) => String(row[3]).startsWith("Above the 99.8%") || String(row[3]).startsWith("Below the 99.8%")).length;
    expect(outside(chart)).toBeLessThan(outside(funnelChart(base)));
    const texts = svgTexts(await renderSvg(chart, { id: "widened" }));
    expect(texts).toContain(`Limits widened for over-dispersion, φ = ${shown}`);
    // Without over-dispersion (φ = 1, or limits written without the field) nothing is said about widening.
    for (const plain of [funnelChart(base), funnelChart({ ...base, limits: { ...limits, overdispersion: undefined } as never })]) {
      expect(plain.description).not.toContain("widened for over-dispersion");
      expect(svgTexts(await renderSvg(plain))).not.toContain(`Limits widened for over-dispersion, φ = ${shown}`);
    }
    // A φ below 10 keeps two decimals, so 1.04 does not read as 1.0.
    expect(funnelChart({ ...base, limits: funnelPoints(benchmark, { from: 140_000, to: 450_000, overdispersion: 1.04 }) }).description).toContain("(φ = 1.04)");
  });

  it("labels areas outside the outer limits only where a label does not overlap another, and says how many it left out", () => {
    const crowded = Array.from({ length: 60 }, (_, i) => ({ area: `Crowded borough ${i + 1}`, population: 300_000 + i * 500, value: 20 + (i % 3) }));
    const chart = funnelChart({ ...base, rows: crowded, styles: undefined as never });
    const placed = marksOf(chart, "text").flatMap((unit) =>
      (unit.data?.values ?? [])
        .filter((row) => String(row["text"]).startsWith("Crowded"))
        .map((row) => {
          const w = textWidth(String(row["text"]), 12);
          const x = row["x"] as number;
          const left = unit.mark["align"] === "left" ? x : unit.mark["align"] === "right" ? x - w : x - w / 2;
          return { x: left, y: (row["y"] as number) - 7, w, h: 14 };
        }),
    );
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.length).toBeLessThan(60);
    placed.forEach((a, i) => {
      for (const b of placed.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    });
    expect(chart.notes).toContain(
      `${60 - placed.length} areas outside the limits are not labelled where a label would overlap another; the table gives every area.`,
    );
    expect(chart.table.rows).toHaveLength(60);
  });

  it("accepts limits as plain arrays as well as the typed arrays of funnelPoints, and draws no NaN or infinite number", () => {
    const plain = {
      benchmark: limits.benchmark,
      per: limits.per,
      population: Array.from(limits.population),
      curves: limits.curves.map((curve) => ({ confidence: curve.confidence, lower: Array.from(curve.lower), upper: Array.from(curve.upper) })),
    };
    const chart = funnelChart({ ...base, limits: plain as never });
    expect(chart.table).toEqual(funnelChart(base).table);
    expect(specNumbers(chart.spec).every(Number.isFinite)).toBe(true);
  });

  it("renders to SVG with the title, text alternative, the focus area's label and the limit labels", async () => {
    const svg = await renderSvg(funnelChart(base), { id: "funnel" });
    expect(svg).toContain('<title id="funnel-title">All offences: rate per 1,000 residents against residents</title>');
    expect(svg).toContain('<desc id="funnel-desc">Funnel plot of crimes per 1,000 residents');
    const texts = svgTexts(svg);
    for (const label of [
      "Harrow",
      "Barnet",
      "Upper 95% and 99.8% limits",
      "Lower 95% and 99.8% limits",
      "London: 95.2",
      "Residents (log scale)",
      "Crimes per 1,000 residents",
    ]) {
      expect(texts).toContain(label);
    }
    expect(svg).toMatch(/font-weight="bold"[^>]*>Harrow</);
  });

  it("rejects input it cannot draw with ChartsError and a stable code", async () => {
    const badCurve = { ...limits, curves: [{ ...limits.curves[0], lower: new Float64Array(3) }] };
    const cases: [unknown, string][] = [
      [{ ...base, yTitle: 3 }, "invalid-argument"],
      [{ ...base, rows: [] }, "invalid-argument"],
      [{ ...base, rows: [{ area: "Harrow", population: 9_000_000, value: 60 }] }, "invalid-argument"],
      [{ ...base, rows: [{ area: "Harrow", population: 0, value: 60 }] }, "invalid-number"],
      [{ ...base, rows: [{ area: "Harrow", population: 200_000, value: -1 }] }, "invalid-number"],
      [{ ...base, rows: [base.rows[0], base.rows[0]] }, "invalid-argument"],
      [{ ...base, limits: undefined }, "invalid-argument"],
      [{ ...base, limits: { ...limits, population: [300_000, 200_000] } }, "invalid-number"],
      [{ ...base, limits: badCurve }, "invalid-argument"],
      [{ ...base, limits: { ...limits, curves: [{ ...limits.curves[0], confidence: 95 }] } }, "invalid-confidence"],
      [{ ...base, limits: { ...limits, curves: [limits.curves[0], limits.curves[0]] } }, "invalid-argument"],
      [{ ...base, limits: { ...limits, benchmark: Number.NaN } }, "invalid-number"],
      [{ ...base, limits: { ...limits, overdispersion: 0.5 } }, "invalid-number"],
      [{ ...base, limits: { ...limits, overdispersion: "12" } }, "invalid-number"],
      [{ ...base, decimals: -1 }, "invalid-argument"],
    ];
    for (const [input, code] of cases) {
      const error = await thrown(() => funnelChart(input as FunnelChartInput));
      expect(error, JSON.stringify(input)?.slice(0, 120)).toBeInstanceOf(ChartsError);
      expect((error as ChartsError).code).toBe(code);
    }
    expect(((await thrown(() => funnelChart({ ...base, rows: [{ area: "Harrow", population: 9_000_000, value: 60 }] }))) as Error).message).toBe(
      "funnelChart: rows[0] (Harrow) has population 9,000,000, outside the limits' populations 140,000 to 450,000: expected funnelPoints over a range spanning every area's population.",
    );
  });
});
