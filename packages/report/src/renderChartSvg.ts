import { escapeXml, replaceNonXml } from "./internal/xml.js";
import { ReportError } from "./ReportError.js";
import type { VegaLiteSpec } from "./trendChartSpec.js";

/** Options of {@link renderChartSvg}. */
export interface RenderChartSvgOptions {
  /** Prefix of the `id`s of the SVG's `<title>` and `<desc>`, unique within one page. Default `"chart"`. */
  readonly id?: string;
}

/**
 * Renders a Vega-Lite specification to a standalone SVG string on the server (Vega-Lite
 * compiles it to Vega; Vega's `View.toSVG` draws it headless, with no browser or canvas). The
 * SVG is accessible: `role="img"`, a `<title>` (the specification's title) and a `<desc>` (its
 * `description`, the text alternative), linked by `aria-labelledby`. Loading anything from a
 * URL is refused, so rendering never touches the network: data must be embedded in the spec.
 *
 * @param spec - A Vega-Lite specification with inline data (e.g. from {@link trendChartSpec}).
 * @param options - The id prefix for the title and description elements.
 * @returns The SVG markup, starting with `<svg`.
 * @throws {@link ReportError} `invalid-argument` when the specification is not an object;
 * `invalid-option` when the options are not an object with an optional string `id`;
 * `invalid-data` when the specification does not
 * compile or render (for example, when it asks to load data from a URL), asks for more work than a
 * chart needs (a width or height over 10,000 pixels, more than 1,000 legend columns or ticks, a
 * `sequence` generator, an expression calling `sequence` or `pad`).
 * @example
 * ```ts
 * const svg = await renderChartSvg(trendChartSpec({ title: "Burglary", yTitle: "Rate", points: [{ series: "Harrow", month: "2025-01", value: 9.3 }] }));
 * svg.startsWith("<svg");
 * //=> true
 * ```
 */
export async function renderChartSvg(spec: VegaLiteSpec, options: RenderChartSvgOptions = {}): Promise<string> {
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) {
    throw new ReportError(
      "invalid-argument",
      `renderChartSvg: the specification is ${spec === null ? "null" : Array.isArray(spec) ? "an array" : typeof spec}: expected a Vega-Lite specification object.`,
      {},
    );
  }
  if (typeof options !== "object" || options === null || (options.id !== undefined && typeof options.id !== "string")) {
    throw new ReportError("invalid-option", 'renderChartSvg: the options are not an object with an optional string id: expected e.g. { id: "chart-1" }.', {});
  }
  let external: string | null;
  try {
    external = findUrl(spec, 0);
  } catch {
    throw new ReportError("invalid-data", "renderChartSvg: the specification nests too deeply (or refers to itself): expected a Vega-Lite specification.", {});
  }
  const oversized = findOversized(spec, 0);
  if (oversized !== null) {
    throw new ReportError(
      "invalid-data",
      `Chart "${titleOf(spec)}" asks for ${oversized}, which is refused: expected sizes up to 10,000 pixels, counts up to 1,000, and inline data without generators.`,
      {},
    );
  }
  if (external !== null) {
    throw new ReportError(
      "invalid-data",
      `Chart "${titleOf(spec)}" asks to load "${external}", which is refused: expected a Vega-Lite specification with inline data.`,
      {
        url: external,
      },
    );
  }
  const [vega, vegaLite] = await Promise.all([import("vega"), import("vega-lite")]);
  let svg: string;
  try {
    const compiled = vegaLite.compile(spec as unknown as Parameters<typeof vegaLite.compile>[0]).spec;
    const refuse = (uri: unknown): Promise<never> => Promise.reject(new Error(`loading "${String(uri)}" is refused: charts must embed their data`));
    const loader = { ...vega.loader(), load: refuse, sanitize: refuse, http: refuse, file: refuse };
    const view = new vega.View(vega.parse(compiled), { renderer: "none", loader: loader as unknown as ReturnType<typeof vega.loader> });
    try {
      svg = await view.toSVG();
    } finally {
      view.finalize();
    }
  } catch (error) {
    const explanation = error instanceof Error ? error.message : String(error);
    throw new ReportError(
      "invalid-data",
      `Chart "${titleOf(spec)}" could not be rendered (${explanation}): expected a Vega-Lite specification with inline data.`,
      {
        explanation,
      },
    );
  }
  const id = options.id ?? "chart";
  const title = typeof spec["title"] === "string" ? spec["title"] : "Chart";
  const description = typeof spec["description"] === "string" ? spec["description"] : title;
  // Vega escapes markup in labels but passes control characters through: the SVG must stay well-formed XML.
  return replaceNonXml(svg).replace(
    /^<svg([^>]*)>/,
    (_match, attributes: string) =>
      `<svg${attributes} role="img" aria-labelledby="${escapeXml(id)}-title ${escapeXml(id)}-desc"><title id="${escapeXml(id)}-title">${escapeXml(title)}</title><desc id="${escapeXml(id)}-desc">${escapeXml(description)}</desc>`,
  );
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
  return typeof title === "string" ? title : "";
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
