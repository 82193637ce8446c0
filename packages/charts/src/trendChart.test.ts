import type { MonthKey } from "@crimestats/periods";
import { describe, expect, it } from "vitest";
import { channelOf, specNumbers, thrown, type Unit, unitsOf } from "../test/specParts.js";
import { areaStyles } from "./areaStyles.js";
import { ChartsError } from "./ChartsError.js";
import { palette } from "./palette.js";
import { renderSvg } from "./renderSvg.js";
import { type TrendChartInput, type TrendPoint, trendChart } from "./trendChart.js";

const source = "Metropolitan Police Service; ONS";

/** Months from a start, `n` of them. */
function months(first: MonthKey, n: number): MonthKey[] {
  const [y, m] = first.split("-").map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => {
    const index = y * 12 + m - 1 + i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}` as MonthKey;
  });
}

const names = ["Harrow", "Barnet", "Brent", "Ealing", "Hillingdon", "London"];
/** Three years of a rolling-year rate for six areas, values with long decimals. */
function sixAreas(): TrendPoint[] {
  return names.flatMap((series, s) =>
    months("2022-03", 36).map((month, i) => ({ series, month, value: 6 + s * 0.4 + Math.sin(i / 5 + s) * 0.8 + i * 0.01234567 })),
  );
}
const styles = areaStyles({ focus: "Harrow", comparators: ["Barnet", "Brent", "Ealing", "Hillingdon"], benchmarkArea: "London" });
const base: TrendChartInput = { title: "Burglary: rolling-year rate", source, yTitle: "Crimes per 1,000 residents", points: sixAreas(), styles };

describe("trendChart", () => {
  it("draws each line at its area's width: the focus area widest, the benchmark area next, comparators thinnest (never NaN)", async () => {
    const svg = await renderSvg(trendChart(base));
    const widths = new Map(
      [...svg.matchAll(/<path [^>]*>/g)]
        .map((m) => [/ stroke="(#[0-9A-Fa-f]{6})"/.exec(m[0])?.[1]?.toUpperCase(), / stroke-width="([^"]+)"/.exec(m[0])?.[1]] as const)
        .filter(([stroke, width]) => stroke !== undefined && width !== undefined),
    );
    expect(widths.get(palette.focus.toUpperCase())).toBe("3");
    expect(widths.get(palette.benchmarkArea.toUpperCase())).toBe("2");
    expect(widths.get(palette.comparators[0].toUpperCase())).toBe("1.5");
    expect(svg).not.toContain("NaN");
  });

  it("compiles without a Vega-Lite warning, so the month labels keep their format (a dropped format printed raw dates)", async () => {
    const { compile } = await import("vega-lite");
    const warnings: unknown[][] = [];
    const logger = {
      level: () => logger,
      info: () => logger,
      debug: () => logger,
      warn: (...message: unknown[]) => {
        warnings.push(message);
        return logger;
      },
      error: (...message: unknown[]) => {
        warnings.push(message);
        return logger;
      },
    };
    const chart = trendChart({
      ...base,
      period: { first: "2024-03", last: "2025-02", label: "Assessed period" },
      breaks: [{ month: "2024-09", label: "Change" }],
    });
    compile(chart.spec as unknown as Parameters<typeof compile>[0], { logger } as unknown as Parameters<typeof compile>[1]);
    expect(warnings).toEqual([]);
  });

  it("gives the chart and text alternative of the documented example", () => {
    const chart = trendChart({
      title: "Burglary: rolling-year rate",
      source: "Metropolitan Police Service; ONS",
      yTitle: "Crimes per 1,000 residents",
      points: [
        { series: "Harrow", month: "2024-12", value: 9.14 },
        { series: "Harrow", month: "2025-01", value: 9.26 },
        { series: "London", month: "2024-12", value: 7.5 },
        { series: "London", month: "2025-01", value: 7.42 },
      ],
    });
    expect([chart.kind, chart.description]).toEqual([
      "trend",
      "Line chart of crimes per 1,000 residents by rolling year ending, December 2024 to January 2025. Harrow from 9.1 to 9.3, highest 9.3 (January 2025), lowest 9.1 (December 2024). In January 2025 Harrow (9.3) was above London (7.4).",
    ]);
  });

  it("renders the documented renderSvg example with its title", async () => {
    const chart = trendChart({
      title: "Burglary: rolling-year rate",
      source: "Metropolitan Police Service; ONS",
      yTitle: "Crimes per 1,000 residents",
      points: [
        { series: "Harrow", month: "2024-12", value: 9.1 },
        { series: "Harrow", month: "2025-01", value: 9.3 },
      ],
    });
    const svg = await renderSvg(chart, { id: "burglary-trend" });
    expect([svg.startsWith("<svg"), svg.includes('<title id="burglary-trend-title">Burglary: rolling-year rate</title>')]).toEqual([true, true]);
  });

  it("puts the finding first in the text alternative, then what the data show", () => {
    const chart = trendChart({ ...base, finding: "Harrow's rate rose but stays below London's." });
    expect(chart.description.startsWith("Harrow's rate rose but stays below London's. Line chart of crimes per 1,000 residents")).toBe(true);
    expect(chart.description).toContain("Harrow from 6.0 to 7.0, highest 7.0 (February 2025), lowest 5.5 (");
    expect(chart.description).toContain("In February 2025 Harrow (7.0) was below Barnet (7.6), Brent (7.6), Ealing (7.2), Hillingdon (7.2) and London (8.0).");
  });

  it("tells the focus area's course and where it ends against each other line, not every line's course", () => {
    const chart = trendChart(base);
    expect(chart.description).toContain("Harrow from 6.0 to 7.0");
    for (const other of ["Barnet from", "London from", "highest 8.0"]) expect(chart.description).not.toContain(other);
  });

  it("says 'level with' for a value that reads the same as the focus area's, never above or below it", () => {
    const chart = trendChart({
      title: "Rate",
      source: "ONS",
      yTitle: "Crimes per 1,000 residents",
      decimals: 2,
      points: [
        { series: "Harrow", month: "2025-01", value: 1.9 },
        { series: "Harrow", month: "2025-02", value: 1.914 },
        { series: "Barnet", month: "2025-01", value: 1.8 },
        { series: "Barnet", month: "2025-02", value: 1.906 },
        { series: "London", month: "2025-01", value: 2 },
        { series: "London", month: "2025-02", value: 2.5 },
      ],
    });
    expect(chart.description).toContain("In February 2025 Harrow (1.91) was below London (2.50) and level with Barnet.");
  });

  it("starts the value axis at zero, titled with its unit", () => {
    for (const unit of unitsOf(trendChart(base))) {
      const y = unit.encoding["y"];
      if (y === undefined) continue;
      expect(y.scale?.domain?.[0]).toBe(0);
      expect(y.scale?.zero).toBe(true);
      expect(y.title).toBe("Crimes per 1,000 residents");
    }
  });

  it("draws each area in its document style, the focus area last", () => {
    const lines = unitsOf(trendChart(base)).filter((u) => u.mark?.["type"] === "line");
    expect(lines).toHaveLength(2);
    const last = lines[1] as Unit;
    expect(last.transform).toEqual([{ filter: { field: "series", oneOf: ["Harrow"] } }]);
    const colour = channelOf(last, "color").scale;
    expect(colour.domain.at(-1)).toBe("Harrow");
    expect(colour.range.at(-1)).toBe(palette.focus);
    expect(colour.range[colour.domain.indexOf("London")]).toBe(styles["London"]?.colour);
    const widths = channelOf(last, "strokeWidth").scale;
    expect(Math.max(...(widths.range as number[]))).toBe(widths.range[widths.domain.indexOf("Harrow")]);
    const dashes = channelOf(last, "strokeDash").scale;
    expect(dashes.range[dashes.domain.indexOf("London")]).toEqual(styles["London"]?.dash);
  });

  it("labels each line at its end, labels at least 14 pixels apart however close the values", () => {
    const points = names.flatMap((series, s) => months("2024-01", 12).map((month) => ({ series, month, value: 7 + s * 0.01 })));
    const chart = trendChart({ ...base, points, height: 260 });
    const label = unitsOf(chart).find(
      (u) => u.mark?.["type"] === "text" && u.encoding["text"]?.field === "label" && u.data?.values[0]?.["series"] !== undefined,
    );
    const rows = label?.data?.values ?? [];
    expect(rows.map((r) => r["label"])).toEqual(["Harrow 7.0", "Barnet 7.0", "Brent 7.0", "Ealing 7.0", "Hillingdon 7.0", "London 7.1"]);
    const top = channelOf(label, "y").scale.domain[1] as number;
    const pixels = rows.map((r) => (260 * (top - (r["labelValue"] as number))) / top).sort((a, b) => a - b);
    for (let i = 1; i < pixels.length; i++) expect((pixels[i] as number) - (pixels[i - 1] as number)).toBeGreaterThanOrEqual(14 - 1e-9);
    for (const p of pixels) expect(p).toBeGreaterThanOrEqual(0);
    for (const p of pixels) expect(p).toBeLessThanOrEqual(260);
  });

  it("shades and labels the period and marks breaks with labelled rules, and says so in words", () => {
    const chart = trendChart({
      ...base,
      period: { first: "2024-03", last: "2025-02", label: "Assessed period" },
      breaks: [{ month: "2023-04", label: "Recording change" }],
    });
    const all = unitsOf(chart);
    expect(all.some((u) => u.mark?.["type"] === "rect" && u.data?.values[0]?.["label"] === "Assessed period")).toBe(true);
    expect(all.some((u) => u.mark?.["type"] === "rule" && u.data?.values[0]?.["label"] === "Recording change")).toBe(true);
    expect(chart.description).toContain("The shaded band marks Assessed period (March 2024 to February 2025).");
    expect(chart.description).toContain("A vertical line at April 2023 marks: Recording change.");
  });

  it("runs a break's rule from the axis up to its own label only, so it never crosses the period's label above it", () => {
    const chart = trendChart({
      ...base,
      period: { first: "2024-03", last: "2025-02", label: "12 months to Feb 2025" },
      breaks: [{ month: "2024-01", label: "counting rules changed" }],
    });
    const all = unitsOf(chart);
    const rule = all.find((u) => u.mark?.["type"] === "rule" && u.data?.values[0]?.["label"] === "counting rules changed");
    const label = all.find((u) => u.mark?.["type"] === "text" && u.data?.values[0]?.["label"] === "counting rules changed");
    const periodLabel = all.find((u) => u.mark?.["type"] === "text" && u.data?.values[0]?.["label"] === "12 months to Feb 2025");
    expect([rule?.encoding["y"]?.field, (rule?.encoding["y2"] as Record<string, unknown> | undefined)?.["datum"]]).toEqual(["labelValue", 0]);
    expect(label?.encoding["y"]?.field).toBe("labelValue");
    // The rule's top (its label's top) lies below the period's label, on the row under it.
    expect(rule?.data?.values[0]?.["labelValue"] as number).toBeLessThan(periodLabel?.data?.values[0]?.["labelValue"] as number);
  });

  it("widens the month axis to a period or break outside the data, so nothing is drawn outside the plot", () => {
    const chart = trendChart({ ...base, period: { first: "2025-01", last: "2025-06", label: "Next period" }, breaks: [{ month: "2021-06", label: "Change" }] });
    const x = channelOf(
      unitsOf(chart).find((u) => u.mark["type"] === "line"),
      "x",
    );
    expect(x.scale.domain).toEqual([
      { year: 2021, month: 6, date: 1, utc: true },
      { year: 2025, month: 6, date: 1, utc: true },
    ]);
  });

  it("gives the values as a table by month, rounded for display", () => {
    const chart = trendChart(base);
    expect(chart.table.columns).toEqual(["Month", ...names]);
    expect(chart.table.rows).toHaveLength(36);
    expect(chart.table.rows[0]?.[0]).toBe("Mar 2022");
    for (const row of chart.table.rows) for (const cell of row.slice(1)) expect(cell).toMatch(/^\d+\.\d$/);
  });

  it("styles areas from the input's order when no styles are given, the first the focus area", () => {
    const { styles: _omit, ...rest } = base;
    const lines = unitsOf(trendChart(rest)).filter((u) => u.mark?.["type"] === "line");
    expect(lines.at(-1)?.transform).toEqual([{ filter: { field: "series", oneOf: ["Harrow"] } }]);
  });

  it("renders one path per line with a symbol only at its end, every label and the source line", async () => {
    const svg = await renderSvg(trendChart(base));
    // Vega draws a line mark as a path with round joins, and a symbol as a path moved to its place.
    expect(svg.match(/<path [^>]*stroke-linejoin="round"/g)).toHaveLength(6);
    expect(svg.match(/<path transform="translate\([^)]*\)" d="/g)).toHaveLength(6);
    for (const n of names) expect(svg).toMatch(new RegExp(`>${n} \\d+\\.\\d</text>`));
    expect(svg).toContain(">Source: Metropolitan Police Service; ONS. Open Government Licence v3.0.</text>");
    expect(svg).toContain(">Crimes per 1,000 residents</text>");
    expect(svg).not.toMatch(/font-size="(?:[0-9]|10)(?:\.\d)?px"/);
  });

  it("labels the months of the axis as 'Mar 2023', spaced so they do not crowd", async () => {
    const svg = await renderSvg(trendChart(base));
    const labels = [...svg.matchAll(/>([A-Z][a-z]{2} \d{4})<\/text>/g)].map((m) => m[1]);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(labels.length).toBeLessThanOrEqual(8);
  });

  it("renders a three-year, six-area chart in under 16 KB", async () => {
    const svg = await renderSvg(trendChart(base));
    expect(svg.length).toBeLessThan(16_000);
  });

  it("keeps every number of the spec finite for values next to zero and next to the largest number", () => {
    for (const value of [5e-324, Number.MAX_VALUE]) {
      const chart = trendChart({
        ...base,
        points: [
          { series: "Harrow", month: "2024-12", value },
          { series: "Harrow", month: "2025-01", value: 0 },
        ],
      });
      expect(specNumbers(chart.spec).every(Number.isFinite)).toBe(true);
    }
  });
});

describe("trendChart on inputs of the wrong shape (as a caller or a fuzzer passes them)", () => {
  const point: TrendPoint = { series: "Harrow", month: "2025-01", value: 9.3 };
  const good = { title: "Burglary", source, yTitle: "Rate", points: [point] };
  it.each([
    ["no input", "invalid-argument", "the input is undefined", undefined],
    [
      "points that are an object without a prototype",
      "invalid-argument",
      "points is an object",
      { ...good, points: Object.assign(Object.create(null) as object, { 0: point }) },
    ],
    ["points that are null", "invalid-argument", "points is null", { ...good, points: null }],
    ["no points", "invalid-argument", "points is empty", { ...good, points: [] }],
    ["a hole among the points", "invalid-argument", "points[1] is undefined", { ...good, points: [point, , point] }],
    ["a null point", "invalid-argument", "points[0] is null", { ...good, points: [null] }],
    ["a title without a prototype", "invalid-argument", "title is an object", { ...good, title: Object.create(null) as object }],
    ["a NaN title", "invalid-argument", "title is NaN", { ...good, title: Number.NaN }],
    ["a Symbol axis title", "invalid-argument", "yTitle is Symbol(fuzz)", { ...good, yTitle: Symbol("fuzz") }],
    ["a BigInt value", "invalid-number", "points[0].value is 5n", { ...good, points: [{ ...point, value: 5n }] }],
    ["a NaN value", "invalid-number", "points[0].value is NaN", { ...good, points: [{ ...point, value: Number.NaN }] }],
    ["a negative value", "invalid-number", "of at least 0", { ...good, points: [{ ...point, value: -1 }] }],
    ["a month that is not a month", "invalid-month", "points[0].month", { ...good, points: [{ ...point, month: "2025-13" }] }],
    ["a series twice in a month", "invalid-argument", "a second time", { ...good, points: [point, point] }],
    ["a width of a billion pixels", "invalid-argument", "width is 1000000000", { ...good, width: 1e9 }],
    ["a period that ends before it starts", "invalid-month", "is before period.first", { ...good, period: { first: "2025-01", last: "2024-01", label: "P" } }],
    ["breaks that are not an array", "invalid-argument", "breaks is", { ...good, breaks: {} }],
    ["decimals of 1.5", "invalid-number", "decimals is 1.5", { ...good, decimals: 1.5 }],
    ["styles that are not styles", "invalid-argument", "styles", { ...good, styles: { Harrow: { role: "x" } } }],
  ])("%s is %s", async (_name, code, message, input) => {
    const error = await thrown(() => trendChart(input as unknown as TrendChartInput));
    expect(error).toBeInstanceOf(ChartsError);
    expect((error as ChartsError).code).toBe(code);
    expect((error as ChartsError).message).toContain(message);
  });

  it("a title that merely reads like an expression is text, and renders", async () => {
    const svg = await renderSvg(trendChart({ ...good, title: "Offence sequence (2024) pad (x)" }));
    expect(svg).toContain("Offence sequence (2024) pad (x)");
  });
});
