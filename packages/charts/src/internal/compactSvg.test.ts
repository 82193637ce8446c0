import * as vega from "vega";
import * as vegaLite from "vega-lite";
import { describe, expect, it } from "vitest";
import { squareGrid } from "../../test/squares.js";
import { choroplethMap } from "../choroplethMap.js";
import { trendChart } from "../trendChart.js";
import type { Chart } from "../types.js";
import { compactSvg } from "./compactSvg.js";

/** Vega's own SVG of a chart, before compacting. */
async function vegaSvg(chart: Chart): Promise<string> {
  const compiled = vegaLite.compile(chart.spec as unknown as Parameters<typeof vegaLite.compile>[0]).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The problem that keeps markup from being well-formed XML (a stray `<` or `&`, a tag closed out of order), or null. */
function xmlProblem(svg: string): string | null {
  const open: string[] = [];
  const token =
    /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos|#\d+);[^"<&]*)*")*)\s*(\/?)>|[<>]|&(?!(?:amp|lt|gt|quot|apos|#\d+);)/g;
  for (const match of svg.matchAll(token)) {
    const [whole, closing, name, , selfClosing] = match;
    if (name === undefined) return `a stray ${whole} at ${match.index}`;
    if (closing === "/") {
      if (open.pop() !== name) return `</${name}> closes another element at ${match.index}`;
    } else if (selfClosing !== "/") open.push(name);
  }
  return open.length === 0 ? null : `<${open.at(-1)}> is not closed`;
}

/** The texts of an SVG a reader sees (Vega's labels hidden to avoid overlaps, opacity 0, left out). */
function shownTexts(svg: string): string[] {
  return [...svg.matchAll(/<text ([^>]*)>(.*?)<\/text>/g)].filter((match) => !/opacity="0"/.test(match[1] ?? "")).map((match) => match[2] ?? "");
}

/** The absolute positions a path of `m`/`M`, `l`/`L`, `z`/`Z` and numbers visits, in tenths, each rounded to `unit` tenths. */
function positions(d: string, unit = 1): [number, number][] {
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = "";
  let first = true;
  const numbers: number[] = [];
  for (const token of d.match(/[MmLlZz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? []) {
    if (/[MmLlZz]/.test(token)) {
      command = token;
      first = true;
      if (token === "z" || token === "Z") [x, y] = [startX, startY];
      continue;
    }
    numbers.push(Math.round((Number(token) * 10) / unit) * unit);
    if (numbers.length < 2) continue;
    const [a, b] = numbers.splice(0, 2) as [number, number];
    const relative = command === "m" || command === "l";
    [x, y] = relative ? [x + a, y + b] : [a, b];
    if (first && (command === "m" || command === "M")) [startX, startY] = [x, y];
    if (command === "m" || command === "M") command = command === "m" ? "l" : "L";
    first = false;
    out.push([x, y]);
  }
  return out;
}

const trend = trendChart({
  title: "Burglary: rolling-year rate",
  source: "Metropolitan Police Service; ONS",
  yTitle: "Crimes per 1,000 residents",
  points: ["Harrow", "Barnet", "London"].flatMap((series, s) =>
    Array.from({ length: 24 }, (_, m) => ({
      series,
      month: `${2023 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}` as `${number}-${number}`,
      value: 4 + s / 3 + Math.sin(m / 4 + s) / 7,
    })),
  ),
});
const grid = squareGrid(3, 3);
const map = choroplethMap({
  title: "Burglary rate by area",
  source: "Metropolitan Police Service; ONS",
  legendTitle: "Burglaries per 1,000 residents",
  boundaries: grid,
  values: grid.features.map((feature, index) => ({ area: feature.name as string, value: index + 1 })),
});

describe("compactSvg", () => {
  it.each([
    ["a trend chart", trend],
    ["a choropleth map with a legend", map],
  ])("keeps every text a reader sees of %s and stays well-formed XML, in fewer characters", async (_name, chart) => {
    const raw = await vegaSvg(chart);
    const compact = compactSvg(raw);
    expect(xmlProblem(raw)).toBeNull();
    expect(xmlProblem(compact)).toBeNull();
    expect(shownTexts(compact)).toEqual(shownTexts(raw));
    expect(shownTexts(compact).length).toBeGreaterThan(5);
    expect(compact.length).toBeLessThan(raw.length * 0.75);
  });

  it("writes straight-line paths as relative steps that land on the positions rounded to a whole pixel", () => {
    const svg =
      '<svg><g fill="none"><path d="M421.04,219.06L393.4,229.3L396.71,260.5ZM10,10L12,12.04Z" fill="#eff3ff"/><path d="M0,0C1.25,1,2,2,3,3"/></g></svg>';
    const compact = compactSvg(svg);
    expect(compact).toContain('d="m421,219-28,10,4,32zm-411-209,2,2z"');
    expect(compact).toContain('d="M0,0C1.3,1,2,2,3,3"');
    expect(positions("m421,219-28,10,4,32zm-411-209,2,2z")).toEqual(positions("M421,219L393,229L397,261ZM10,10L12,12Z"));
  });

  it("draws every straight-line path of a map through the same points as Vega's, rounded to a whole pixel", async () => {
    const raw = await vegaSvg(map);
    const before = [...raw.matchAll(/<path[^>]* d="([MLZ\d.,\s-]+)"/g)].map((match) => positions(match[1] as string, 10));
    const after = [...compactSvg(raw).matchAll(/<path[^>]* d="([mlzMLZ\d.,\s-]+)"/g)].map((match) => positions(match[1] as string));
    const nonEmpty = (list: [number, number][][]) => list.filter((points) => points.length > 1);
    expect(nonEmpty(after).length).toBeGreaterThanOrEqual(9);
    for (const points of nonEmpty(after)) expect(nonEmpty(before)).toContainEqual(points);
  });

  it("writes a run of rectangles drawn alike that do not overlap as one path, and keeps overlapping or differently drawn ones apart", () => {
    const cap = (x: number, y: number, rest = ' fill="#1a1a1a" opacity="0.7"') => `<path d="M${x},${y}h1.5v12h-1.5Z"${rest}/>`;
    const apart = `<svg><g fill="none">${cap(10, 9)}${cap(40, 9)}${cap(10, 39)}</g></svg>`;
    expect(compactSvg(apart)).toBe(
      '<svg><g fill="none"><path d="M10,9h1.5v12h-1.5ZM40,9h1.5v12h-1.5ZM10,39h1.5v12h-1.5Z" fill="#1a1a1a" opacity="0.7"/></g></svg>',
    );
    const overlapping = `<svg><g fill="none">${cap(10, 9)}${cap(11, 9)}</g></svg>`;
    expect(compactSvg(overlapping)).toBe(overlapping);
    const different = `<svg><g fill="none">${cap(10, 9)}${cap(40, 9, ' fill="#ffffff"')}</g></svg>`;
    expect(compactSvg(different)).toBe(different);
  });

  it("anchors a run of labels anchored alike with one group, and keeps a lone label's own anchor", () => {
    const svg =
      '<svg><g transform="translate(1,2)"><text text-anchor="middle" x="5">A</text><text text-anchor="middle" x="9"><tspan>B</tspan></text><text text-anchor="end" x="3">C</text><path d="M0,0h5"/><text text-anchor="end" x="3">D</text></g></svg>';
    expect(compactSvg(svg)).toBe(
      '<svg><g transform="translate(1,2)"><g text-anchor="middle"><text x="5">A</text><text x="9"><tspan>B</tspan></text></g><text text-anchor="end" x="3">C</text><path d="M0,0h5"/><text text-anchor="end" x="3">D</text></g></svg>',
    );
  });

  it("sets the font family and size once on the root when every text names them, keeping a text's other size", () => {
    const font = 'font-family="Arial, Helvetica, sans-serif"';
    const svg = `<svg width="10"><g><text ${font} font-size="12px">A</text><text ${font} font-size="12px">B</text><text ${font} font-size="15px">C</text></g></svg>`;
    expect(compactSvg(svg)).toBe(`<svg width="10" ${font} font-size="12px"><text>A</text><text>B</text><text font-size="15px">C</text></svg>`);
    const unnamed = '<svg width="10"><text font-size="12px">A</text><text>B</text></svg>';
    expect(compactSvg(unnamed)).toBe(unnamed);
  });

  it("rounds a line's end points (x1, y1, x2, y2), whose names hold digits, to a tenth", () => {
    const compact = compactSvg('<svg><line x1="0.04" y1="3.25" x2="10.123" y2="8.664149221676851" stroke="#000"/></svg>');
    expect(compact).not.toMatch(/\d\.\d{2}/);
    expect(positions(/ d="([^"]*)"/.exec(compact)?.[1] ?? "")).toEqual([
      [0, 33],
      [101, 87],
    ]);
  });

  it("writes a run of sibling lines drawn alike (a grid, an axis's ticks) as one path drawing the same lines", async () => {
    const raw = await vegaSvg(trend);
    const lines = (svg: string) =>
      [...svg.matchAll(/<line ([^>]*)\/>/g)].map((m) => {
        const at = (name: string) => Number(new RegExp(` ${name}="([^"]*)"`).exec(m[1] ?? "")?.[1] ?? 0);
        const [dx, dy] = (/translate\(([^,)]*),?([^)]*)\)/.exec(m[1] ?? "")?.slice(1) ?? []).map((n) => Number(n || 0));
        const tenth = (n: number) => Math.round(n * 10);
        return [tenth((dx ?? 0) + at("x1")), tenth((dy ?? 0) + at("y1")), tenth((dx ?? 0) + at("x2")), tenth((dy ?? 0) + at("y2"))].join(",");
      });
    const before = lines(raw);
    const compact = compactSvg(raw);
    expect(compact).not.toContain("<line");
    // Each subpath M x,y then h/v/l one step: parse back to the lines' end points.
    const after = [...compact.matchAll(/<path d="((?:M[^Mhvlz]+[hvl][^M"]+)+)"/g)].flatMap((m) =>
      [...(m[1] ?? "").matchAll(/M(-?[\d.]+),?(-?[\d.]+)([hvl])(-?[\d.]+),?(-?[\d.]+)?/g)].map(([, x, y, c, a, b]) => {
        const [x1, y1] = [Math.round(Number(x) * 10), Math.round(Number(y) * 10)];
        const step = Math.round(Number(a) * 10);
        const [x2, y2] = c === "h" ? [x1 + step, y1] : c === "v" ? [x1, y1 + step] : [x1 + step, y1 + Math.round(Number(b) * 10)];
        return [x1, y1, x2, y2].join(",");
      }),
    );
    expect(before.length).toBeGreaterThan(10);
    expect(after.sort()).toEqual(before.sort());
  });

  it("places a text moved by a translate alone with x and y, to the whole pixel", () => {
    expect(compactSvg('<svg><text transform="translate(12.54,-0.4)" fill="#000">A</text><text transform="translate(1,2) rotate(-90)">B</text></svg>')).toBe(
      '<svg><text x="13" fill="#000">A</text><text transform="translate(1,2) rotate(-90)">B</text></svg>',
    );
    // Lines of a text set with <tspan x="0">: x="0" is the text's own origin, which only the translate moves.
    const lines = '<svg><text transform="translate(240,31)"><tspan>A</tspan><tspan x="0" dy="14">B</tspan></text></svg>';
    expect(compactSvg(lines)).toBe(lines);
  });

  it("drops a legend entry's empty background (Vega writes it with opacity 1 and no fill)", () => {
    const svg =
      '<svg><g fill="none"><g><path class="background" aria-hidden="true" d="M0,0h172v15.408203932499369h-172Z" pointer-events="none" opacity="1"/><text font-size="12px">3.0 to 6.0</text></g></g></svg>';
    expect(compactSvg(svg)).not.toContain("background");
  });
});
