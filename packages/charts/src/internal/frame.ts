import { palette } from "../palette.js";
import type { Chart, ChartKind, ChartOptions, ChartTable, VegaLiteSpec } from "../types.js";
import { textWidth } from "./labels.js";

/** Line breaks and other control characters, which a chart's titles cannot hold. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what this matches
const controls = /[\u0000-\u001f\u007f]+/g;

/** The text on one line: control characters become spaces, spaces are collapsed. */
export function oneLine(text: string): string {
  return text.replace(controls, " ").replace(/\s+/g, " ").trim();
}

/** The source line drawn under every chart: "Source: ⟨source⟩. ⟨licence⟩." (default licence OGL v3.0). */
function sourceLine(options: ChartOptions): string {
  const source = oneLine(options.source)
    .replace(/^source:\s*/i, "")
    .replace(/\.$/, "");
  const licence = oneLine(options.licence ?? "Open Government Licence v3.0").replace(/\.$/, "");
  return `Source: ${source}.${licence === "" ? "" : ` ${licence}.`}`;
}

/**
 * The configuration every chart shares: the palette's text and axis colours, text of 12 px (titles
 * 15 px), no frame around the plot, a white background, the title at the start with little space
 * under it, and numbers on the axes written as in the suite's tables (a hyphen-minus, commas).
 */
const chartConfig: VegaLiteSpec = {
  background: palette.background,
  font: "Arial, Helvetica, sans-serif",
  view: { stroke: null },
  title: {
    anchor: "start",
    fontSize: 15,
    fontWeight: "bold",
    lineHeight: 19,
    color: palette.text,
    offset: 6,
    subtitleFontSize: 12,
    subtitleColor: palette.text,
  },
  axis: {
    labelFontSize: 12,
    titleFontSize: 12,
    titleFontWeight: "normal",
    labelColor: palette.text,
    titleColor: palette.text,
    domainColor: palette.axis,
    tickColor: palette.axis,
    gridColor: palette.grid,
  },
  legend: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: "normal", labelColor: palette.text, titleColor: palette.text, labelLimit: 260 },
  text: { fontSize: 12, color: palette.text },
  // Numbers as the suite writes them in tables and text: "-200" with a hyphen-minus, not d3's U+2212 "−200", and "1,000".
  locale: { number: { decimal: ".", thousands: ",", grouping: [3], currency: ["£", ""], minus: "-" } },
};

/** Pixels per character of the source line, generously (11.5 px Arial averages about 6). */
const sourceCharWidth = 6.2;

/** The text broken into lines that each `fit`, at spaces (a longer word keeps its own line). */
function wrap(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && !fits(`${line} ${word}`)) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}

/** What a chart function hands to {@link finishChart}: its view, the data summary in words, its table and notes. */
export interface ChartBody {
  /** The Vega-Lite view (a unit or layer specification, with its own width and height), without title, description or config. */
  readonly view: VegaLiteSpec;
  /** What is drawn, in words (the text alternative after the finding), e.g. "Line chart of … Harrow from 5.1 (March 2022) to 4.3 (February 2025)." */
  readonly summary: string;
  /** The drawn values as a table of text. */
  readonly table: ChartTable;
  /** Notes for the reader (empty when none). */
  readonly notes?: readonly string[];
}

/**
 * Wraps a chart's view into the suite's frame: the title, the view, the source line drawn under
 * it, the shared configuration, and the text alternative (the finding, then the summary, then
 * the notes) as `description`. The specification carries the chart kind in `usermeta`.
 */
export function finishChart(kind: ChartKind, options: ChartOptions, body: ChartBody): Chart {
  const title = oneLine(options.title);
  const source = sourceLine(options);
  const notes = body.notes ?? [];
  const description = [options.finding === undefined ? "" : oneLine(options.finding), oneLine(body.summary), ...notes.map(oneLine)]
    .filter((part) => part !== "")
    .join(" ");
  const width = typeof body.view["width"] === "number" ? body.view["width"] : 560;
  const size = Math.max(20, Math.floor(width / sourceCharWidth));
  const lines = wrap(source, (line) => line.length <= size);
  // A title wider than the plot is set on two or more lines, so it does not widen the chart (a
  // chart scaled to a column would then have smaller text).
  const titleLines = wrap(title, (line) => textWidth(line, 15, true) <= Math.max(width, 200));
  const spec: VegaLiteSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: titleLines.length === 1 ? title : { text: titleLines },
    description,
    vconcat: [
      body.view,
      {
        width,
        height: 14 * lines.length,
        data: { values: [{ source: lines.join("\n") }] },
        mark: { type: "text", align: "left", baseline: "top", fontSize: 11.5, color: palette.text, lineBreak: "\n", lineHeight: 14 },
        encoding: { text: { field: "source" }, x: { value: 0 }, y: { value: 0 } },
      },
    ],
    spacing: 8,
    config: chartConfig,
    usermeta: { crimestats: { kind } },
  };
  return { kind, spec, title, description, source, table: body.table, notes };
}
