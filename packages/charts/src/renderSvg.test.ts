import * as vega from "vega";
import { describe, expect, it, vi } from "vitest";
import { thrown } from "../test/specParts.js";
import { ChartsError } from "./ChartsError.js";
import { textWidth } from "./internal/labels.js";
import { renderSvg } from "./renderSvg.js";
import { trendChart } from "./trendChart.js";
import type { VegaLiteSpec } from "./types.js";

/** Three years of monthly values for each of six series, with values that have long decimals. */
function sixSeriesSpec(): VegaLiteSpec {
  const values: { series: string; date: string; value: number }[] = [];
  for (const [s, series] of ["Harrow", "Barnet", "Brent", "Ealing", "Hillingdon", "London"].entries()) {
    for (let i = 0; i < 36; i++) {
      const month = `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
      values.push({ series, date: `${month}-01T00:00:00Z`, value: 4 + s / 3 + Math.sin(i / 4 + s) / 7 });
    }
  }
  return {
    title: "Six series",
    description: "Six lines.",
    width: 560,
    height: 260,
    data: { values },
    mark: { type: "line" },
    encoding: {
      x: { field: "date", type: "temporal", timeUnit: "utcyearmonth" },
      y: { field: "value", type: "quantitative" },
      color: { field: "series", type: "nominal", legend: null },
    },
  };
}

/** The numbers in the attributes of every tag (text content left out). */
function attributeNumbers(svg: string): string[] {
  const numbers: string[] = [];
  for (const tag of svg.match(/<[^<>]*>/g) ?? []) {
    for (const match of tag.matchAll(/\s[a-zA-Z-]+="([^"]*)"/g)) numbers.push(...((match[1] ?? "").match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? []));
  }
  return numbers;
}

describe("renderSvg", () => {
  it("rounds every number in the drawing's attributes to at most one decimal", async () => {
    const svg = await renderSvg(sixSeriesSpec());
    const numbers = attributeNumbers(svg);
    expect(numbers.length).toBeGreaterThan(100);
    expect(numbers.filter((n) => /\.\d{2,}|e/i.test(n))).toEqual([]);
    expect(svg).not.toMatch(/\.0[^\d]/);
  });

  it("draws a line series as one path", async () => {
    const svg = await renderSvg(sixSeriesSpec());
    // A series of 36 months drawn as one path has 35 steps after its move: one such path per series, each in its own colour.
    const lines = [...svg.matchAll(/<path d="([^"]*)"[^>]* stroke="(#[0-9a-fA-F]+)"/g)].filter(
      (m) => (m[1]?.match(/-?(?:\d+\.?\d*|\.\d+)/g)?.length ?? 0) >= 70,
    );
    expect(lines).toHaveLength(6);
    expect(new Set(lines.map((m) => m[2])).size).toBe(6);
  });

  it("drops the empty background paths Vega draws for every group and the parts' ARIA attributes", async () => {
    const svg = await renderSvg(sixSeriesSpec());
    expect(svg).not.toContain('d="M0,0h0v0h0Z"');
    expect(svg).not.toContain('d=""');
    expect(svg).not.toContain("aria-roledescription");
    expect(svg).not.toContain('role="graphics-');
  });

  it("is an accessible image: role, title and description linked by id", async () => {
    const svg = await renderSvg(sixSeriesSpec(), { id: "trend-1" });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('role="img" aria-labelledby="trend-1-title trend-1-desc"');
    expect(svg).toContain('<title id="trend-1-title">Six series</title><desc id="trend-1-desc">Six lines.</desc>');
  });

  it("takes the title and description of a Chart rather than of its spec", async () => {
    const chart = {
      kind: "trend" as const,
      spec: sixSeriesSpec(),
      title: "Burglary <rate>",
      description: "Harrow's rate fell & stayed low.",
      source: "Source: x.",
      table: { columns: [], rows: [] },
      notes: [],
    };
    const svg = await renderSvg(chart);
    expect(svg).toContain('<title id="chart-title">Burglary &lt;rate&gt;</title>');
    expect(svg).toContain('<desc id="chart-desc">Harrow&#39;s rate fell &amp; stayed low.</desc>');
  });

  it("names clip paths after the chart's id, so charts on one page never share an id and a chart always renders the same", async () => {
    const clipped = {
      width: 100,
      height: 100,
      data: {
        values: [
          { x: 1, y: 2 },
          { x: 5, y: 9 },
        ],
      },
      mark: { type: "line", clip: true },
      encoding: { x: { field: "x", type: "quantitative", scale: { domain: [0, 3] } }, y: { field: "y", type: "quantitative" } },
    };
    const first = await renderSvg(clipped, { id: "a" });
    const second = await renderSvg(clipped, { id: "a" });
    expect(first).toBe(second);
    expect(first).toContain('<clipPath id="a-clip1">');
    expect(first).toContain('clip-path="url(#a-clip1)"');
    const other = await renderSvg(clipped, { id: "b" });
    expect(other).toContain('<clipPath id="b-clip1">');
  });

  it("escapes the id so it cannot add markup", async () => {
    const svg = await renderSvg(sixSeriesSpec(), { id: 'a"b' });
    expect(svg).toContain('aria-labelledby="a&quot;b-title a&quot;b-desc"');
  });

  it("keeps the SVG well-formed when a label holds control characters", async () => {
    const spec = { ...sixSeriesSpec(), title: "Bad\u0001title" };
    const svg = await renderSvg(spec);
    expect(svg).not.toContain("\u0001");
  });

  it("writes nothing to the console or stderr when Vega-Lite or Vega would warn about a specification", async () => {
    const written: unknown[] = [];
    const spies = [
      vi.spyOn(console, "warn").mockImplementation((...args) => void written.push(args)),
      vi.spyOn(console, "error").mockImplementation((...args) => void written.push(args)),
      vi.spyOn(console, "log").mockImplementation((...args) => void written.push(args)),
      vi.spyOn(process.stderr, "write").mockImplementation((chunk) => written.push(chunk) > 0),
    ];
    try {
      // A shape encoding on bars makes Vega-Lite warn ("shape dropped as it is incompatible with bar") by default.
      const svg = await renderSvg({
        data: { values: [{ a: 1, b: 2 }] },
        mark: "bar",
        encoding: { x: { field: "a", type: "quantitative" }, y: { field: "b", type: "quantitative" }, shape: { field: "c", type: "nominal" } },
      });
      expect(svg.startsWith("<svg")).toBe(true);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(written).toEqual([]);
  });

  it("refuses to load data from a URL", async () => {
    const error = await thrown(() => renderSvg({ ...sixSeriesSpec(), data: { url: "https://example.org/data.json" } }));
    expect(error).toBeInstanceOf(ChartsError);
    expect((error as ChartsError).code).toBe("invalid-data");
    expect((error as ChartsError).message).toContain('asks to load "https://example.org/data.json", which is refused');
  });

  it("reports a specification Vega-Lite cannot compile as invalid-data", async () => {
    const error = await thrown(() => renderSvg({ mark: "no-such-mark", data: { values: [] } }));
    expect(error).toBeInstanceOf(ChartsError);
    expect((error as ChartsError).code).toBe("invalid-data");
    expect((error as ChartsError).message).toContain("could not be rendered");
  });

  it("rejects a chart whose spec is not an object", async () => {
    const error = await thrown(() => renderSvg({ kind: "trend", spec: null } as unknown as VegaLiteSpec));
    expect((error as ChartsError).code).toBe("invalid-argument");
    expect((error as ChartsError).message).toContain("the chart's spec is null");
  });
});

/** A narrow bar chart under a long bold title, in the charts' font. */
function longTitleSpec(title: string): VegaLiteSpec {
  return {
    title: { text: title, anchor: "start", fontSize: 15, fontWeight: "bold", font: "Arial, Helvetica, sans-serif" },
    width: 200,
    height: 60,
    config: { font: "Arial, Helvetica, sans-serif" },
    data: {
      values: [
        { area: "Kensington and Chelsea", value: 3 },
        { area: "Harrow", value: 5 },
      ],
    },
    mark: "bar",
    encoding: { y: { field: "area", type: "nominal", title: null }, x: { field: "value", type: "quantitative", title: "Crimes per 1,000 residents" } },
  };
}

/** The width of an SVG's root element. */
function svgWidth(svg: string): number {
  return Number(/^<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]);
}

/** Vega's text metrics, which the renderer reads to measure text. */
const metrics = (vega as unknown as { textMetrics: { width: unknown; estimateWidth: unknown } }).textMetrics;

describe("renderSvg measures text as Arial or Helvetica sets it when Vega has no canvas", () => {
  const title = "Burglary: rate per 1,000 residents in the 12 months to February 2025, Harrow and its neighbours";

  it("lays a chart out as wide as its title and view, not half as wide again, and cuts no label", async () => {
    const svg = await renderSvg(longTitleSpec(title));
    const estimate = textWidth(title, 15, true);
    // The title is wider than the view and its axis labels: the chart is the title plus Vega's padding (5 px each side).
    expect(svgWidth(svg)).toBeGreaterThanOrEqual(estimate);
    expect(svgWidth(svg)).toBeLessThanOrEqual(Math.ceil(estimate) + 2 * 5 + 1);
    // Vega's own estimate (0.8 × font size a character) made it far wider.
    expect(0.8 * 15 * title.length).toBeGreaterThan(estimate + 150);
    expect(svg).toContain(`>${title}</text>`);
    expect(svg).toContain(">Kensington and Chelsea</text>");
    expect(svg).not.toContain("…");
  });

  it("sets a chart's title wider than its plot on lines that fit the plot, so the title does not widen the chart", async () => {
    const long = `${title}, rolling year to February 2025`;
    const chart = trendChart({
      title: long,
      source: "Metropolitan Police Service; ONS",
      yTitle: "Crimes per 1,000 residents",
      points: [
        { series: "Harrow", month: "2025-01", value: 9.3 },
        { series: "Harrow", month: "2025-02", value: 9.1 },
      ],
    });
    const lines = (chart.spec["title"] as { text: string[] }).text;
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(long);
    for (const line of lines) expect(textWidth(line, 15, true)).toBeLessThanOrEqual(560);
    expect(chart.title).toBe(long);
    const svg = await renderSvg(chart);
    // As wide as the same chart under a short title.
    expect(svgWidth(svg)).toBe(svgWidth(await renderSvg({ ...chart, spec: { ...chart.spec, title: "Burglary" } })));
    expect(svg).toContain(`<title id="chart-title">${long}</title>`);
    for (const line of lines) expect(svg).toContain(`>${line}</`);
  });

  it("gives the same SVGs to renders running at once as one at a time, and leaves Vega's estimate in place after", async () => {
    const titles = [title, "Short", `${title} and London`];
    const alone: string[] = [];
    for (const text of titles) alone.push(await renderSvg(longTitleSpec(text)));
    const together = await Promise.all(titles.map((text) => renderSvg(longTitleSpec(text))));
    expect(together).toEqual(alone);
    expect(new Set(alone.map(svgWidth)).size).toBe(3);
    expect(metrics.width).toBe(metrics.estimateWidth);
  });

  it("leaves a width function Vega already has (a canvas, as in a browser) to do the measuring", async () => {
    const own = metrics.width;
    const canvasLike = (item: { fontSize?: number }, text?: unknown): number => 2 * (item.fontSize ?? 11) * String(text ?? "").length;
    metrics.width = canvasLike;
    try {
      const svg = await renderSvg(longTitleSpec(title));
      expect(svgWidth(svg)).toBeGreaterThanOrEqual(2 * 15 * title.length);
      expect(metrics.width).toBe(canvasLike);
    } finally {
      metrics.width = own;
    }
  });
});

describe("renderSvg on inputs of the wrong shape or asking for too much (as a caller or a fuzzer passes them)", () => {
  const withLegendColumns = (columns: unknown): VegaLiteSpec => {
    const spec = structuredClone(sixSeriesSpec()) as { encoding: { color: Record<string, unknown> } };
    spec.encoding.color["legend"] = { columns };
    return spec as unknown as VegaLiteSpec;
  };
  it.each([
    ["no chart", "invalid-argument", "the chart is undefined", [undefined]],
    ["null options", "invalid-option", "the options are null", [sixSeriesSpec(), null]],
    ["a number as id", "invalid-option", "not an object with an optional string id", [sixSeriesSpec(), { id: 5 }]],
    [
      "a specification that contains itself",
      "invalid-data",
      "nests too deeply",
      [
        (() => {
          const spec: Record<string, unknown> = { ...sixSeriesSpec() };
          spec["self"] = spec;
          return spec;
        })(),
      ],
    ],
    [
      "a height of 1e10 pixels (hundreds of millions of axis ticks)",
      "invalid-data",
      "asks for height 10000000000, which is refused",
      [{ ...sixSeriesSpec(), height: 1e10 }],
    ],
    ["a legend of 1,532,559,828 columns", "invalid-data", "asks for columns 1532559828, which is refused", [withLegendColumns(1532559828)]],
    [
      "a data generator of a billion rows",
      "invalid-data",
      "asks for generated data (sequence)",
      [{ ...sixSeriesSpec(), data: { sequence: { start: 0, stop: 1e9 } } }],
    ],
    [
      "an expression that builds a billion-element array",
      "invalid-data",
      'asks for the expression "sequence(0, 1e9)"',
      [{ ...sixSeriesSpec(), transform: [{ calculate: "sequence(0, 1e9)", as: "s" }] }],
    ],
    ["a NaN width", "invalid-data", "asks for width NaN", [{ ...sixSeriesSpec(), width: Number.NaN }]],
    ["legend columns written as 200,000 nines", "invalid-data", 'asks for columns "99999999999999999999…"', [withLegendColumns("9".repeat(200_000))]],
  ])("%s is %s", async (_name, code, message, args) => {
    const error = await thrown(() => (renderSvg as (...a: unknown[]) => Promise<string>)(...args));
    expect(error).toBeInstanceOf(ChartsError);
    expect((error as ChartsError).code).toBe(code);
    expect((error as ChartsError).message).toContain(message);
  });
});
