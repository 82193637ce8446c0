import { describe, expect, it } from "vitest";
import { ChartsError } from "./ChartsError.js";
import { renderSvg } from "./renderSvg.js";
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

async function thrown(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  return undefined;
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
    const groups = [...svg.matchAll(/<g class="mark-line[^"]*">(.*?)<\/g>/g)].map((m) => m[1] ?? "");
    expect(groups).toHaveLength(6);
    for (const group of groups) expect(group.match(/<path /g)).toHaveLength(1);
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
    expect(svg).toContain("<desc id=\"chart-desc\">Harrow&#39;s rate fell &amp; stayed low.</desc>");
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
