import { describe, expect, it } from "vitest";
import { renderChartSvg } from "./renderChartSvg.js";
import { ReportError } from "./ReportError.js";
import { trendChartSpec, type TrendChartPoint } from "./trendChartSpec.js";

const points: TrendChartPoint[] = [
  { series: "Harrow", month: "2024-12", value: 9.1 },
  { series: "Harrow", month: "2025-01", value: 9.305 },
  { series: "London", month: "2024-12", value: 11.06 },
  { series: "London", month: "2025-01", value: 10.4 },
];

describe("trendChartSpec", () => {
  it("doc example: a line chart with points", () => {
    const spec = trendChartSpec({
      title: "Burglary: rolling-year rate",
      yTitle: "Crimes per 1,000 residents",
      points: [
        { series: "Harrow", month: "2024-12", value: 9.1 },
        { series: "Harrow", month: "2025-01", value: 9.3 },
      ],
    });
    expect(spec["mark"]).toEqual({ type: "line", point: true });
  });

  it("has a title, both axis titles, a text alternative and encodes series by dash and shape, not colour alone", () => {
    const spec = trendChartSpec({ title: "Burglary", yTitle: "Crimes per 1,000 residents", points, highlight: "Harrow" });
    const encoding = spec["encoding"] as Record<string, { field?: string; title?: string }>;
    expect(spec["title"]).toBe("Burglary");
    expect(encoding["x"]?.title).toBe("Rolling year ending");
    expect(encoding["y"]?.title).toBe("Crimes per 1,000 residents");
    expect(encoding["strokeDash"]?.field).toBe("series");
    expect(encoding["shape"]?.field).toBe("series");
    // Values are rounded half up only in the words of the text alternative: 9.305 -> 9.31.
    expect(spec["description"]).toBe(
      "Line chart: Burglary. Crimes per 1,000 residents by month; Harrow from 9.10 (December 2024) to 9.31 (January 2025); London from 11.06 (December 2024) to 10.40 (January 2025).",
    );
    expect(JSON.stringify(spec["data"])).toContain('"value":9.305');
  });

  it("rejects empty input, bad months and non-finite values", () => {
    expect(() => trendChartSpec({ title: "T", yTitle: "Y", points: [] })).toThrow(ReportError);
    expect(() => trendChartSpec({ title: "T", yTitle: "Y", points: [{ series: "A", month: "2025-13", value: 1 }] })).toThrow(/"YYYY-MM"/);
    expect(() => trendChartSpec({ title: "T", yTitle: "Y", points: [{ series: "A", month: "2025-01", value: Number.NaN }] })).toThrow(/finite/);
  });
});

describe("renderChartSvg", () => {
  it("doc example: renders an SVG", async () => {
    const svg = await renderChartSvg(trendChartSpec({ title: "Burglary", yTitle: "Rate", points: [{ series: "Harrow", month: "2025-01", value: 9.3 }] }));
    expect(svg.startsWith("<svg")).toBe(true);
  });

  it("renders an accessible SVG with title, description, axis titles and legend, and no external reference", async () => {
    const svg = await renderChartSvg(trendChartSpec({ title: "Burglary & theft", yTitle: "Crimes per 1,000 residents", points, highlight: "Harrow" }), {
      id: "c1",
    });
    expect(svg).toMatch(
      /^<svg[^>]* role="img" aria-labelledby="c1-title c1-desc"><title id="c1-title">Burglary &amp; theft<\/title><desc id="c1-desc">Line chart: /,
    );
    expect(svg).toContain(">Crimes per 1,000 residents</text>");
    expect(svg).toContain(">Rolling year ending</text>");
    expect(svg).toContain(">Dec 2024</text>");
    expect(svg).toContain(">London</text>");
    expect(svg).toContain("stroke-dasharray");
    const references = [...svg.matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1]);
    expect(references).toEqual([]);
    expect(svg.replace(/xmlns(:xlink)?="http:\/\/www\.w3\.org\/[^"]*"/g, "")).not.toMatch(/https?:\/\//);
  });

  it("refuses a specification that would load data from a URL", async () => {
    const spec = { ...trendChartSpec({ title: "T", yTitle: "Y", points }), data: { url: "https://example.org/data.csv" } };
    await expect(renderChartSvg(spec)).rejects.toMatchObject({ code: "invalid-data", message: expect.stringContaining("refused") });
  });
});
