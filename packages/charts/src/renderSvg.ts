import { describeValue } from "@crimestats/internal";
import { ChartsError } from "./ChartsError.js";
import { compactSvg } from "./internal/compactSvg.js";
import { type VegaTextMetrics, withTextEstimate } from "./internal/vegaText.js";
import { escapeXml, replaceNonXml } from "./internal/xml.js";
import type { Chart, VegaLiteSpec } from "./types.js";

/** Options of {@link renderSvg}. */
export interface RenderSvgOptions {
  /** Prefix of the `id`s of the SVG's `<title>`, `<desc>` and clip paths, unique within one page. Default `"chart"`. */
  readonly id?: string;
}

/**
 * Renders a chart (or any Vega-Lite specification with inline data) to a standalone, compact,
 * accessible SVG string, in Node.js or a browser: Vega-Lite compiles the specification to Vega
 * and Vega's headless renderer draws it, with no browser, canvas, network or file system.
 *
 * The SVG has `role="img"`, a `<title>` (the chart's title) and a `<desc>` (its text alternative,
 * the finding first) linked by `aria-labelledby`. It is compact: every number in the attributes
 * that place and size marks (`d`, `transform`, `x`, `y`, `width`, `points`, …) is rounded to a
 * tenth of a pixel, straight-line paths are written as relative steps between whole pixels, labels
 * are placed at whole pixels, the grid lines (and an
 * axis's ticks) are one `<path>`, the labels' font family and size are set once on the root, Vega's
 * class names, default attributes and empty background paths are dropped, and a line is one
 * `<path>`. Vega-Lite's and Vega's warnings are never written to the console. Without a
 * canvas to measure text (in Node.js), Vega is given an estimate of Arial/Helvetica widths, so the
 * chart is as wide as its content; where a canvas exists (a browser), Vega measures as it does.
 * Loading anything from a URL is refused: data must be embedded in the specification.
 *
 * @param chart - A {@link Chart} from one of the chart functions, or a Vega-Lite specification object.
 * @param options - The id prefix of the title and description elements.
 * @returns The SVG markup, starting with `<svg`.
 * @throws {@link ChartsError} `invalid-argument` when the chart is not an object (or a chart's
 * `spec` is not one); `invalid-option` when the options are not an object with an optional string
 * `id`; `invalid-data` when the specification does not compile or render (for example, when it
 * asks to load data from a URL) or asks for more work than a chart needs (a width or height over
 * 10,000 pixels, more than 1,000 legend columns or ticks, a `sequence` generator, an expression
 * calling `sequence` or `pad`).
 * @example
 * ```ts
 * const chart = trendChart({
 *   title: "Burglary: rolling-year rate",
 *   source: "Metropolitan Police Service; ONS",
 *   yTitle: "Crimes per 1,000 residents",
 *   points: [{ series: "Harrow", month: "2024-12", value: 9.1 }, { series: "Harrow", month: "2025-01", value: 9.3 }],
 * });
 * const svg = await renderSvg(chart, { id: "burglary-trend" });
 * [svg.startsWith("<svg"), svg.includes('<title id="burglary-trend-title">Burglary: rolling-year rate</title>')];
 * //=> [true, true]
 * ```
 */
export async function renderSvg(chart: Chart | VegaLiteSpec, options: RenderSvgOptions = {}): Promise<string> {
  if (typeof chart !== "object" || chart === null || Array.isArray(chart)) {
    throw new ChartsError("invalid-argument", `renderSvg: the chart is ${describeValue(chart)}: expected a Chart or a Vega-Lite specification object.`, {});
  }
  if (typeof options !== "object" || options === null || (options.id !== undefined && typeof options.id !== "string")) {
    throw new ChartsError(
      "invalid-option",
      `renderSvg: the options are ${describeValue(options)}, not an object with an optional string id: expected e.g. { id: "chart-1" }.`,
      {},
    );
  }
  const isChart = "spec" in chart && "kind" in chart;
  const spec = isChart ? (chart as Chart).spec : (chart as VegaLiteSpec);
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) {
    throw new ChartsError("invalid-argument", `renderSvg: the chart's spec is ${describeValue(spec)}: expected a Vega-Lite specification object.`, {});
  }
  let external: string | null;
  try {
    external = findUrl(spec, 0);
  } catch {
    throw new ChartsError("invalid-data", "renderSvg: the specification nests too deeply (or refers to itself): expected a Vega-Lite specification.", {});
  }
  const oversized = findOversized(spec, 0);
  if (oversized !== null) {
    throw new ChartsError(
      "invalid-data",
      `renderSvg: chart "${titleOf(spec)}" asks for ${oversized}, which is refused: expected sizes up to 10,000 pixels, counts up to 1,000, and inline data without generators.`,
      {},
    );
  }
  if (external !== null) {
    throw new ChartsError(
      "invalid-data",
      `renderSvg: chart "${titleOf(spec)}" asks to load "${external}", which is refused: expected a Vega-Lite specification with inline data.`,
      { url: external },
    );
  }
  const [vega, vegaLite, { expressionInterpreter }] = await Promise.all([import("vega"), import("vega-lite"), import("vega-interpreter")]);
  let svg: string;
  try {
    const compiled = vegaLite.compile(spec as unknown as Parameters<typeof vegaLite.compile>[0], { logger: silent as never }).spec;
    const refuse = (uri: unknown): Promise<never> => Promise.reject(new Error(`loading "${String(uri)}" is refused: charts must embed their data`));
    const loader = { ...vega.loader(), load: refuse, sanitize: refuse, http: refuse, file: refuse };
    // Expressions are interpreted, never compiled with new Function: charts draw under a
    // Content-Security-Policy without 'unsafe-eval' (a page that forbids evaluating strings).
    const view = new vega.View(vega.parse(compiled, undefined, { ast: true }), {
      expr: expressionInterpreter as never,
      renderer: "none",
      loader: loader as unknown as ReturnType<typeof vega.loader>,
      logger: silent as never,
    });
    try {
      svg = await withTextEstimate((vega as unknown as { textMetrics: VegaTextMetrics }).textMetrics, () => view.toSVG());
    } finally {
      view.finalize();
    }
  } catch (error) {
    const explanation = error instanceof Error ? error.message : String(error);
    throw new ChartsError(
      "invalid-data",
      `renderSvg: chart "${titleOf(spec)}" could not be rendered (${explanation}): expected a Vega-Lite specification with inline data.`,
      { explanation },
    );
  }
  const id = escapeXml(options.id ?? "chart");
  const title = isChart && typeof (chart as Chart).title === "string" ? (chart as Chart).title : titleOf(spec) || "Chart";
  const specDescription = typeof spec["description"] === "string" ? spec["description"] : title;
  const description = isChart && typeof (chart as Chart).description === "string" ? (chart as Chart).description : specDescription;
  // Vega escapes markup in labels but passes control characters through: the SVG must stay well-formed XML.
  return localIds(compactSvg(replaceNonXml(svg)), id).replace(
    /^<svg([^>]*)>/,
    (_match, attributes: string) =>
      `<svg${attributes} role="img" aria-labelledby="${id}-title ${id}-desc"><title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>`,
  );
}

/**
 * A logger that writes nothing, given to Vega-Lite's compiler and Vega's view: their warnings
 * (an encoding dropped, a scale adjusted) are for a chart's author, and a library must not write
 * to the console of the program or notebook that draws a chart. Errors still throw.
 */
const silent = {
  level(level?: number) {
    return level === undefined ? 0 : silent;
  },
  error: () => silent,
  warn: () => silent,
  info: () => silent,
  debug: () => silent,
};

/**
 * The SVG with the ids Vega gives clip paths and gradients (`clip7`, numbered across the process)
 * renamed after the chart's id and their order in it (`chart-clip1`), so two charts on one page
 * never share an id and the same chart always gives the same SVG.
 */
function localIds(svg: string, prefix: string): string {
  const names = new Map<string, string>();
  for (const match of svg.matchAll(/\sid="([^"]+)"/g)) {
    const name = match[1] as string;
    if (!names.has(name)) names.set(name, `${prefix}-${name.replace(/\d+$/, "")}${names.size + 1}`);
  }
  if (names.size === 0) return svg;
  return svg.replace(/(\sid="|url\(#|href="#)([^")]+)/g, (whole, lead: string, name: string) => {
    const local = names.get(name);
    return local === undefined ? whole : `${lead}${local}`;
  });
}

/**
 * Limits of the numbers that set how much work Vega does (axis ticks follow the plot's height or
 * width: a height of 1e10 asks for hundreds of millions of ticks and takes minutes).
 */
const numericLimits: Readonly<Record<string, number>> = {
  width: 10_000,
  height: 10_000,
  step: 10_000,
  padding: 10_000,
  columns: 1_000,
  tickCount: 1_000,
  maxbins: 1_000,
  labelLimit: 10_000,
};

/** Vega expression functions that build arrays or strings as long as asked (sequence(0, 1e9) fills the memory). */
const generating = /\b(sequence|timeSequence|utcSequence|pad)\s*\(/;
/** The keys whose strings Vega-Lite reads as expressions (titles and labels are text, not code). */
const expressionKeys = new Set(["calculate", "filter", "test", "expr", "signal", "update", "init"]);

/**
 * The first size or count in a specification beyond its limit (as "height 10000000000"), a data
 * generator (`sequence`) or an expression that builds arrays or strings of any length, or `null`;
 * data rows are not looked at.
 */
function findOversized(value: unknown, depth: number): string | null {
  if (depth > 100 || value === null || typeof value !== "object") return null;
  for (const [key, item] of Object.entries(value)) {
    if (key === "values") continue;
    if (key === "sequence") return "generated data (sequence)";
    if (expressionKeys.has(key) && typeof item === "string" && generating.test(item))
      return `the expression ${JSON.stringify(item.length > 40 ? `${item.slice(0, 40)}…` : item)}`;
    const limit = numericLimits[key];
    // Vega reads a numeric string as its number ("9999…" becomes Infinity), so strings are checked too.
    const size = typeof item === "string" && item.trim() !== "" ? Number(item) : item;
    if (limit !== undefined && typeof size === "number" && !(Math.abs(size) <= limit))
      return `${key} ${typeof item === "string" ? JSON.stringify(item.length > 20 ? `${item.slice(0, 20)}…` : item) : String(item)}`;
    const found = findOversized(item, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** The title of a specification for a message ("" when it is not text). */
function titleOf(spec: VegaLiteSpec): string {
  const title = spec["title"];
  if (typeof title === "string") return title;
  const text = typeof title === "object" && title !== null ? (title as Record<string, unknown>)["text"] : undefined;
  if (typeof text === "string") return text;
  if (Array.isArray(text) && text.every((line) => typeof line === "string")) return text.join(" ");
  return "";
}

/** The first `url` (data, image or other resource) anywhere in a specification, or `null`; throws past 100 levels of nesting (or a cycle). */
function findUrl(value: unknown, depth: number): string | null {
  if (depth > 100) throw new RangeError("too deep");
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findUrl(item, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if ((key === "url" || key === "href") && typeof item === "string") return item;
      if (key === "values") continue; // inline data rows are data, not references
      const found = findUrl(item, depth + 1);
      if (found !== null) return found;
    }
  }
  return null;
}
