import {
  anchorId,
  areasSentence,
  benchmarkDisplay,
  breakFigureLines,
  breaksHeading,
  categoriesText,
  recordingChangeLine,
  recordingChangesAnchor,
  recordingChangesIntro,
  releasesDisplay,
  driversDisplay,
  keyFindingsHeading,
  longTrendSentences,
  samePeriodDisplay,
  findingFootnotes,
  findingSentences,
  monthlyMeanText,
  monthPatternDisplay,
  noMonthPatternText,
  periodsSentence,
  populationsDisplay,
  populationsIntro,
  quickFactsDisplay,
  ragText,
  reconciliationDisplay,
  accountedHeading,
  reconciliationHeading,
  reconciliationSummary,
  rejectedExampleLines,
  summaryDisplay,
  syntheticWarning,
  wardDisplay,
  wardSentences,
  type DisplayTable,
} from "../present.js";
import { escapeXml } from "../xml.js";
import { monthsOfTwoYearsText, noPrioritySectionsText, printsLongTrend, printsPrioritySections, shortSeriesText, summaryNotes } from "./prioritySections.js";
import { renderSvg, type Chart } from "@crimestats/charts";
import { documentSvgs } from "../charts/documentSvg.js";
import type { FilledDocumentOptions } from "./documentOptions.js";
import {
  appendixAnchor,
  appendixHeading,
  appendixParagraphs,
  captions,
  contactText,
  contentsEntries,
  contentsHeading,
  documentTitle,
  findingSection,
  footerLines,
  withoutStop,
  notesAnchor,
  notesHeading,
  overviewHeading,
  missingHeading,
  noSourcesText,
  pageFooterText,
  pageHeaderText,
  producedText,
  rejectedHeading,
  releasesHeading,
  sourceGroups,
  sourcesAnchor,
  sourcesHeading,
  wardsHeading,
} from "./documentText.js";
import type { PrioritySection, RagVerdict, StrategicAssessmentResult } from "../../types.js";
import { localSectionHtml } from "./localHtml.js";
import { localSectionsOf, localSectionTexts } from "./localText.js";

/** A text as a CSS string (for `content:`): quotes, backslashes, line breaks, the characters of markup and anything outside printable ASCII escaped, so it can neither end the string nor the style element. */
function cssString(text: string): string {
  let out = "";
  // Each code point outside printable ASCII (and a lone surrogate, which CSS reads as U+FFFD) as a hex escape.
  for (const c of text) out += /^[ !#-%(-;=?-[\]-~]$/.test(c) ? c : `\\${(c.codePointAt(0) ?? 0xfffd).toString(16)} `;
  return `"${out}"`;
}

/**
 * The document's style: the screen layout (one column up to 60rem, tables and charts that scroll
 * inside their box on a phone so the page never scrolls sideways), the accent colour of headings,
 * rules and links, and the A4 print layout with the title, date, footer and page number in the page
 * margins.
 */
function documentCss(result: StrategicAssessmentResult, options: FilledDocumentOptions): string {
  const header = pageHeaderText(result, options);
  const footer = pageFooterText(result, options);
  return `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #1b1b1b; background: #fff; margin: 0 auto; max-width: 60rem; padding: 1.5rem; line-height: 1.45; }
h1, h2, h3 { color: ${options.accentColour}; }
a { color: ${options.accentColour}; }
h1 { font-size: 1.8rem; margin: 0.6rem 0 0.3rem; }
h2 { font-size: 1.4rem; border-bottom: 2px solid ${options.accentColour}; padding-bottom: 0.2rem; margin-top: 2.2rem; }
h3 { font-size: 1.1rem; margin-top: 1.4rem; }
header { border-bottom: 4px solid ${options.accentColour}; padding-bottom: 0.6rem; }
header img { display: block; max-height: 5rem; max-width: min(16rem, 100%); }
.partnership { font-size: 1.15rem; font-weight: 700; margin: 0; }
.produced { margin-top: 0.2rem; color: #404040; }
/* the gap holds the second column's numbers (drawn left of its text) and still leaves space after the first column's longest entries */
nav ol { columns: 2 16rem; column-gap: 4.5rem; padding-left: 2.2rem; margin: 0.4rem 0; }
nav li { break-inside: avoid; }
.sources dt { font-weight: 700; margin-top: 0.5rem; }
.sources dd { margin: 0 0 0 1.2rem; }
.sources dt + dd { font-style: italic; }
.appendix dt { font-weight: 700; margin-top: 0.6rem; }
.appendix dd { margin: 0; }
footer { border-top: 2px solid ${options.accentColour}; margin-top: 2.5rem; padding-top: 0.4rem; font-size: 0.9rem; }
table { border-collapse: collapse; margin: 0.6rem 0; width: 100%; font-size: 0.92rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
th, td { border: 1px solid #8a8a8a; padding: 0.25rem 0.45rem; vertical-align: top; }
th { background: #eeeeee; text-align: left; }
table.data td, th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.data td.text { text-align: left; }
#summary td.text { white-space: nowrap; }
tr.focus td { font-weight: 700; background: #f6f6f6; }
.synthetic { border: 3px solid #b00020; background: #fff0f0; padding: 0.7rem 1rem; font-weight: 700; margin: 1rem 0; }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 0.5rem; margin: 0; }
.facts div { border: 1px solid #8a8a8a; padding: 0.45rem 0.6rem; }
.facts dt { font-size: 0.8rem; color: #404040; }
.facts dd { margin: 0; font-size: 1.3rem; font-weight: 700; }
figure.chart { margin: 1rem 0; max-width: 100%; overflow-x: auto; }
figure.chart svg { display: block; max-width: none; height: auto; }
figcaption { font-size: 0.85rem; color: #404040; max-width: 46rem; }
ol.map-key { font-size: 0.8rem; display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); column-gap: 1.5rem; margin: 0.2rem 0 1rem; padding: 0; list-style: none; }
ol.map-key li { break-inside: avoid; padding: 0.05rem 0 0.05rem 1.9rem; position: relative; }
ol.map-key b { position: absolute; left: 0; font-variant-numeric: tabular-nums; }
ol.map-key span { font-variant-numeric: tabular-nums; color: #404040; }
table.compact { font-size: 0.8rem; width: auto; }
.table-scroll { max-width: 100%; overflow-x: auto; }
/* a wide table's caption wraps within the screen and stays in view while the table scrolls sideways */
.table-scroll caption { position: sticky; left: 0; max-width: calc(100vw - 1.6rem); box-sizing: border-box; }
.table-scroll:focus-visible, figure.chart:focus-visible { outline: 3px solid ${options.accentColour}; outline-offset: 2px; }
p, li, dt, dd, figcaption, caption, #reconciliation th[scope="row"] { overflow-wrap: anywhere; }
.rag { display: inline-block; padding: 0.05rem 0.5rem; border: 2px solid #1b1b1b; font-weight: 700; }
.note { font-size: 0.85rem; color: #404040; }
.warning { border: 3px solid #b00020; background: #fff0f0; padding: 0.7rem 1rem; font-weight: 700; margin: 1rem 0; }
section.priority { break-inside: auto; }
ul.notes { font-size: 0.85rem; color: #404040; padding-left: 1.2rem; }
/* on a narrow screen a chart (each is drawn 580 to 780 px wide) or a table of five columns or more is wider than the screen: it says that it scrolls (its right part is off-screen); the cue is not read out */
@media screen and (max-width: 44rem) {
  figure.chart::before, .table-scroll:has(thead th:nth-child(5))::before {
    content: "Scroll sideways to see all of it \\2192" / "";
    display: block; position: sticky; left: 0; width: max-content; font-size: 0.8rem; color: #404040; margin-bottom: 0.2rem;
  }
}
@media (max-width: 40rem) {
  body { padding: 0.8rem; }
  h1 { font-size: 1.5rem; }
  h2 { font-size: 1.25rem; }
}
@page {
  size: A4;
  margin: 20mm 16mm 22mm;
  font: 8pt system-ui, Arial, sans-serif;
  color: #404040;
  @top-left { content: ${cssString(header)}; }
  @top-right { content: ${cssString(options.dateText)}; }
  @bottom-left { content: ${cssString(footer)}; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); }
}
@page :first {
  @top-left { content: none; }
  @top-right { content: none; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  p, li { widows: 3; orphans: 3; }
  nav, section.priority, section.local, #wards { break-before: page; }
  h2, h3, h3 + p, caption, dt { break-after: avoid; }
  figure, .facts, nav, dt, table.keep, section.priority ul, ol.map-key { break-inside: avoid; }
  figure + .table-scroll { break-before: avoid; }
  /* a local section's chart need not share a page with the table after it: they show different figures */
  section.local figure + .table-scroll { break-before: auto; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  figure.chart { overflow: visible; }
  figure.chart svg { max-width: 100%; }
  .table-scroll { overflow: visible; }
  .synthetic { border-width: 2px; }
  a { color: inherit; text-decoration: none; }
}
`;
}

/** A table of at most this many rows is kept on one printed page (a longer one breaks between rows, its header repeated). */
const KEEP_ROWS = 15;

/**
 * A data table with its caption, in a box that scrolls sideways on a narrow screen (so the page
 * does not): the box is a focusable region named by the caption (`captionId`), so a keyboard can
 * scroll it.
 */
function htmlTable(table: DisplayTable, caption: string, captionId: string, id?: string): string {
  const head = table.header.map((h, j) => `<th scope="col"${table.numeric[j] === true ? ' class="num"' : ""}>${escapeXml(h)}</th>`).join("");
  const body = table.rows
    .map((row, i) => {
      const cells = row
        .map((c, j) => (j === 0 ? `<th scope="row">${escapeXml(c)}</th>` : `<td${table.numeric[j] === true ? "" : ' class="text"'}>${escapeXml(c)}</td>`))
        .join("");
      return `<tr${i === table.emphasis ? ' class="focus"' : ""}>${cells}</tr>`;
    })
    .join("\n");
  // A data table's cells are numbers, right-aligned, unless marked as text (most are numbers). A short table is printed on one page.
  return `<div class="table-scroll" tabindex="0" role="region" aria-labelledby="${captionId}"><table class="${table.rows.length <= KEEP_ROWS ? "data keep" : "data"}"${id === undefined ? "" : ` id="${id}"`}>\n<caption id="${captionId}">${escapeXml(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}

/** A colour as CSS may take it from a RAG scheme (`#rgb`, `#rrggbb`, `#rrggbbaa` or a colour name), else `null`: never further CSS such as `url(…)`. */
function cssColour(colour: string): string | null {
  return /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20})$/.test(colour.trim()) ? colour.trim() : null;
}

function ragBadge(rag: RagVerdict): string {
  const background = cssColour(rag.colour);
  const text = cssColour(rag.textColour);
  const style = background === null || text === null ? "" : ` style="background:${background};color:${text}"`;
  return `<span class="rag"${style}>${escapeXml(`${rag.symbol} ${rag.label}`)}</span>`;
}

/** Each chart of the document drawn: its SVG and the id of its figure. */
type Drawn = ReadonlyMap<Chart, { readonly svg: string; readonly id: string }>;

/**
 * A chart as a figure: its SVG (drawn at its own width; on a narrow screen the figure scrolls
 * rather than the text shrinking below 11 px), then its text alternative as the caption. The
 * SVG's own `<desc>` is dropped and the image described by the caption instead, so the long text
 * is in the page once. A map is followed by its key: the numbers on the map with each area's
 * name and value; unless `keyTable` names the table that follows the figure and carries the
 * numbers (a ward map's table), which the caption then links to, the key listing only the numbers
 * that table lacks.
 */
function figure(
  drawn: Drawn,
  said: Set<string>,
  chart: Chart | null,
  printed: string,
  keyTable?: { readonly id: string; readonly keys: ReadonlyMap<string, string> },
): string {
  const found = chart === null ? undefined : drawn.get(chart);
  if (chart === null || found === undefined) return "";
  const { id } = found;
  const svg = found.svg
    .replace(/<desc id="[^"]*">[\s\S]*?<\/desc>/, "")
    .replace(/ aria-labelledby="([^" ]*) [^"]*"/, ` aria-labelledby="$1" aria-describedby="${id}-caption"`);
  const see = keyTable === undefined ? "" : ` The numbers on the map are in the Map column of <a href="#${keyTable.id}">the table below</a>.`;
  const tabled = keyTable !== undefined || (chart.kind === "hotspot" && chart.table.rows.length > 0);
  const caption = `<figcaption id="${id}-caption">${escapeXml(captionOf(chart.description, printed, said, tabled))}${see}</figcaption>`;
  return `<figure class="chart" id="${id}" tabindex="0">${svg}${caption}</figure>${mapKey(chart, `${id}-table`, keyTable?.keys)}`;
}

/** A sentence of a caption at least this long that an earlier caption of the document gave (a method, such as how a map's classes are set) is not given again. */
const ONCE_LENGTH = 100;

/**
 * What a map's caption leaves to the table printed with it: a choropleth's highest and lowest
 * area (the ward table lists every ward), a hotspot map's classes and busiest cell (its table
 * lists them).
 */
const IN_MAP_TABLE = /^(?:Highest: |Classes: |The busiest cell \(key 1\b)/;

/**
 * A chart's caption: its text alternative without the sentences the section already prints (the
 * finding is the section's own sentence, so a reader meets it once), without a long sentence an
 * earlier caption of the document gave (`said` holds them), and, when `tabled`, without what the
 * map's table prints.
 */
function captionOf(description: string, printed: string, said: Set<string>, tabled: boolean): string {
  const sentences = description.split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])/);
  const kept = sentences.filter((sentence) => {
    if (printed.includes(sentence) || (tabled && IN_MAP_TABLE.test(sentence))) return false;
    if (sentence.length < ONCE_LENGTH) return true;
    if (said.has(sentence)) return false;
    said.add(sentence);
    return true;
  });
  return (kept.length === 0 ? sentences.slice(-1) : kept).join(" ");
}

/**
 * What follows a map: a choropleth's key (each number on the map with its area's name and value,
 * in columns; the class is in the legend), or a hotspot map's table (its classes and busiest
 * cells) as a compact table.
 */
function mapKey(chart: Chart, captionId: string, inTable?: ReadonlyMap<string, string>): string {
  const { columns } = chart.table;
  const rows = chart.table.rows.filter(([, area]) => inTable?.has(keyName(area ?? "")) !== true);
  if (rows.length === 0) return "";
  if (chart.kind === "hotspot") {
    const head = columns.map((c) => `<th scope="col">${escapeXml(c)}</th>`).join("");
    const body = rows.map((row) => `<tr>${row.map((c) => `<td>${escapeXml(c)}</td>`).join("")}</tr>`).join("");
    return `<div class="table-scroll" tabindex="0" role="region" aria-labelledby="${captionId}"><table class="compact"><caption id="${captionId}">${escapeXml(`${chart.title}: the table of the map`)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
  }
  if (chart.kind !== "choropleth" || columns[0] !== "Key") return "";
  const items = rows.map(([key, area, value]) => `<li><b>${escapeXml(key ?? "")}</b> ${escapeXml(area ?? "")} <span>${escapeXml(value ?? "")}</span></li>`);
  return `<ol class="map-key" aria-label="${escapeXml(`Key to the map: number, ${(columns[1] ?? "area").toLowerCase()}, ${columns[2] ?? "value"}`)}">${items.join("")}</ol>`;
}

/** An area's name as a map's key and a table are matched on: ignoring case and spaces at the ends. */
function keyName(name: string): string {
  return name.trim().toLowerCase();
}

/** Each area of a choropleth's key (by {@link keyName}) with its number on the map; empty for any other chart. */
function mapNumbers(chart: Chart | null): Map<string, string> {
  const out = new Map<string, string>();
  if (chart === null || chart.kind !== "choropleth" || chart.table.columns[0] !== "Key") return out;
  for (const [key, area] of chart.table.rows) if (key !== undefined && area !== undefined) out.set(keyName(area), key);
  return out;
}

/** A ward table with the ward map's number of each ward in a "Map" column after the ward's name (blank for a ward the map does not number, and for the total). */
function withMapNumbers(table: DisplayTable, numbers: ReadonlyMap<string, string>): DisplayTable {
  return {
    header: [table.header[0] ?? "", "Map", ...table.header.slice(1)],
    rows: table.rows.map(([name = "", ...rest]) => [name, numbers.get(keyName(name)) ?? "", ...rest]),
    emphasis: table.emphasis,
    numeric: [table.numeric[0] ?? false, true, ...table.numeric.slice(1)],
  };
}

/** The overview after the summary: the benchmark area's map and funnel plot of the headline rate, and what makes up crime in the focus area. */
function overview(result: StrategicAssessmentResult, fig: (chart: Chart | null, printed?: string) => string): string[] {
  const { areas, funnel, mix } = result.charts;
  const headline = result.priorities[0] as PrioritySection | undefined;
  const name = headline?.name ?? "All offences";
  return [
    '<section id="overview">',
    `<h2>${escapeXml(overviewHeading(result))}</h2>`,
    ...(areas === null ? [] : [`<h3>${escapeXml(`${name}: rate by ${result.benchmarkArea.membersName}`)}</h3>`, fig(areas)]),
    ...(funnel === null ? [] : [`<h3>${escapeXml(`${name}: rates against residents`)}</h3>`, fig(funnel)]),
    ...(mix === null ? [] : [`<h3>${escapeXml(`What makes up crime in ${result.area}`)}</h3>`, fig(mix)]),
    "</section>",
  ];
}

/** Every chart of a result, in document order, with the id of its figure. */
function chartsOf(result: StrategicAssessmentResult): [Chart, string][] {
  const out: [Chart, string][] = [];
  const add = (chart: Chart | null, id: string): void => {
    if (chart !== null) out.push([chart, id]);
  };
  add(result.charts.areas, "chart-areas");
  add(result.charts.funnel, "chart-funnel");
  add(result.charts.mix, "chart-mix");
  // The charts of the sections printed only (none per priority when each would repeat its Summary row).
  for (const p of printsPrioritySections(result) ? result.priorities : []) {
    const id = anchorId(p.anchor);
    add(p.charts.comparison, `${id}-comparison`);
    add(p.charts.drivers, `${id}-drivers`);
    add(printsLongTrend(p) ? (p.longTrend?.chart ?? null) : null, `${id}-long-trend`);
    add(p.charts.trend, `${id}-trend`);
    add(p.charts.monthly, `${id}-monthly`);
    add(p.charts.hotspot, `${id}-hotspot`);
  }
  // The ward maps are in the ward section, printed with or without the priorities' sections.
  for (const p of result.priorities) add(p.charts.wards, `${anchorId(p.anchor)}-wards`);
  for (const s of localSectionsOf(result.local)) {
    for (const [i, chart] of s.charts.entries()) add(chart, `${anchorId(s.anchor)}-chart-${i + 1}`);
  }
  return out;
}

/** How the document's SVGs are written. */
export interface HtmlLayout {
  /**
   * `true` (the HTML file): an outline drawn on several maps is written once and reused, and the
   * default text colour is set by one CSS rule. `false` (the Word document reads the HTML): every
   * SVG stands alone, as `renderSvg` drew it (no `<use>` of the document's definitions, every fill
   * in the SVG).
   */
  readonly shareOutlines: boolean;
}

/**
 * The HTML document of a Strategic Assessment whose shape has been checked: what
 * `renderHtml` returns (with `shareOutlines`), and what the Word document is made from (without).
 * Well-formed XHTML-compatible markup of semantic elements only (h1–h3, p, ul/ol/li, dl, table
 * with caption/thead/tbody/th/td, figure with svg and figcaption).
 */
export async function htmlDocument(result: StrategicAssessmentResult, options: FilledDocumentOptions, layout: HtmlLayout): Promise<string> {
  const all = chartsOf(result);
  // One at a time: rendering holds each chart's scenegraph in memory.
  const rendered: string[] = [];
  for (const [chart, id] of all) rendered.push(await renderSvg(chart, { id }));
  // The document's SVGs made smaller together: an outline drawn on several maps is written once.
  const { svgs, defs, css: svgCss } = layout.shareOutlines ? documentSvgs(rendered) : { svgs: rendered, defs: "", css: "" };
  const drawn = new Map<Chart, { svg: string; id: string }>(all.map(([chart, id], i) => [chart, { svg: svgs[i] ?? "", id }]));
  // Long sentences a caption gave (a method): the captions after it do not repeat them.
  const said = new Set<string>();
  const fig = (chart: Chart | null, printed = ""): string => figure(drawn, said, chart, printed);
  const parts: string[] = [];
  // Each table's caption has an id, the name of the region that scrolls the table on a phone.
  let tables = 0;
  const dataTable = (display: DisplayTable, caption: string): string => htmlTable(display, caption, `t${++tables}`);
  const plainTitle = documentTitle(result, options);
  const title = escapeXml(plainTitle);
  const { logo, partnership } = options;
  const contact = contactText(options);
  const shortSeries = shortSeriesText(result);
  // No section per priority when each would only repeat its row of the Summary table.
  const sections = printsPrioritySections(result);
  parts.push(
    "<!DOCTYPE html>",
    '<html lang="en-GB">',
    "<head>",
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${title}</title>`,
    `<style>${documentCss(result, options)}${svgCss}</style>`,
    "</head>",
    "<body>",
    ...(defs === "" ? [] : [defs]),
    "<header>",
    ...(logo === null ? [] : [`<img src="${logo.dataUri}" alt="${escapeXml(logo.alt)}" />`]),
    `<h1>${title}</h1>`,
  );
  if (result.synthetic) parts.push(`<p class="synthetic" role="note">${escapeXml(syntheticWarning)}</p>`);
  parts.push(
    ...(partnership === null ? [] : [`<p class="partnership">${escapeXml(partnership)}</p>`]),
    `<p class="produced">${escapeXml(producedText(options))}</p>`,
    `<p>${escapeXml(areasSentence(result))}</p>`,
    `<p>${escapeXml(periodsSentence(result))}</p>`,
    ...(shortSeries === null ? [] : [`<p>${escapeXml(shortSeries)}</p>`]),
    ...options.introduction.map((paragraph) => `<p>${escapeXml(paragraph)}</p>`),
    ...(contact === null ? [] : [`<p>${escapeXml(contact)}</p>`]),
    "</header>",
    `<nav aria-labelledby="contents"><h2 class="first" id="contents">${escapeXml(contentsHeading)}</h2>`,
    `<ol>${contentsEntries(result)
      .map((e) => `<li><a href="#${e.id}">${escapeXml(e.text)}</a></li>`)
      .join("")}</ol>`,
    "</nav>",
    "<main>",
    ...(result.keyFindings.length === 0
      ? []
      : [
          `<section id="key-findings"><h2>${escapeXml(keyFindingsHeading)}</h2>`,
          `<ul>${result.keyFindings
            .map((f) => {
              const to = findingSection(result, f.section);
              return `<li>${escapeXml(withoutStop(f.explanation))} (see <a href="#${to.id}">${escapeXml(to.text)}</a>).</li>`;
            })
            .join("")}</ul>`,
          "</section>",
        ]),
    '<section id="summary"><h2>Summary</h2>',
    dataTable(summaryDisplay(result), captions.summary(result)),
    ...summaryNotes(result).map((note) => `<p class="note">${escapeXml(note)}</p>`),
    ...(sections ? [] : [`<p>${escapeXml(noPrioritySectionsText(result))}</p>`]),
    "</section>",
    ...overview(result, fig),
  );
  for (const p of sections ? result.priorities : []) {
    parts.push(`<section class="priority" id="${anchorId(p.anchor)}">`, `<h2>${escapeXml(p.name)}</h2>`);
    // A priority of one category named as its heading needs no "Categories:" line.
    if (categoriesText(p) !== p.name) parts.push(`<p class="note">Categories: ${escapeXml(categoriesText(p))}.</p>`);
    parts.push("<h3>Quick facts</h3>", '<dl class="facts">');
    for (const [label, value] of quickFactsDisplay(result, p)) parts.push(`<div><dt>${escapeXml(label)}</dt><dd>${escapeXml(value)}</dd></div>`);
    // What the section prints in words: a chart's caption leaves out the sentences it opens with that are here.
    const printed = [...findingSentences(result, p), p.drivers?.explanation ?? "", ...longTrendSentences(p)].join(" ");
    const said = findingSentences(result, p).join(" ");
    parts.push("</dl>", ...(said === "" ? [] : [`<p>${escapeXml(said)}</p>`]));
    for (const note of findingFootnotes(p)) parts.push(`<p class="note">${escapeXml(note)}</p>`);
    if (p.charts.withheld !== null) parts.push(`<p>${escapeXml(p.charts.withheld)}</p>`);
    parts.push(fig(p.charts.comparison, printed));
    if (p.drivers !== null) {
      parts.push(
        "<h3>What drove the change</h3>",
        `<p>${escapeXml(p.drivers.explanation)}</p>`,
        fig(p.charts.drivers, printed),
        dataTable(driversDisplay(result, p.drivers), captions.drivers(result, p)),
      );
    }
    // A table of the focus area alone (no comparator, a benchmark area of itself) repeats the quick facts: not printed.
    if (p.table.length > 1) parts.push("<h3>Benchmark</h3>", dataTable(benchmarkDisplay(result, p.table), captions.benchmark(p)));
    if (p.explanations.length > 0) parts.push(`<ul>${p.explanations.map((s) => `<li>${escapeXml(s)}</li>`).join("")}</ul>`);
    const breakLines = breakFigureLines(result, p);
    if (breakLines.length > 0) {
      const see = ` (see <a href="#${recordingChangesAnchor}">${escapeXml(breaksHeading)}</a>)`;
      parts.push(`<h3>${escapeXml(breaksHeading)}</h3>`, `<ul>${breakLines.map((line) => `<li>${escapeXml(line)}${see}</li>`).join("")}</ul>`);
    }
    const samePeriod = samePeriodDisplay(p);
    // A single-period assessment has no long-term trend or monthly pattern: the front matter says why, once.
    if (p.longTrend !== null && samePeriod !== null && printsLongTrend(p)) {
      parts.push(
        "<h3>Long-term trend</h3>",
        `<p>${escapeXml(longTrendSentences(p).join(" "))}</p>`,
        dataTable(samePeriod, captions.samePeriod(result, p)),
        fig(p.longTrend.chart, printed),
      );
    }
    if (p.charts.trend !== null) parts.push("<h3>Rolling-year trend</h3>", fig(p.charts.trend, printed));
    if (result.previous !== null) parts.push("<h3>Above and below average months</h3>");
    if (p.months === null) {
      if (result.previous !== null) parts.push(`<p>${escapeXml(noMonthPatternText)}</p>`);
    } else {
      parts.push(
        `<p>Monthly average over 24 months: <strong>${escapeXml(monthlyMeanText(p.months.mean))}</strong>. ${escapeXml(monthsOfTwoYearsText(result, p))}</p>`,
        "<ul>",
        ...monthPatternDisplay(p.months).map(([label, value]) => `<li>${escapeXml(`${label}: ${value}`)}</li>`),
        "</ul>",
        // The method, unless the notes give it once for every section.
        ...(result.notes.includes(`Above and below average months: ${p.months.method}`) ? [] : [`<p class="note">${escapeXml(p.months.method)}</p>`]),
        fig(p.charts.monthly, printed),
      );
    }
    if (p.charts.hotspot !== null) parts.push("<h3>Where: street-level crimes</h3>", fig(p.charts.hotspot, printed));
    if (p.rag !== null) {
      parts.push("<h3>RAG</h3>", `<p>${ragBadge(p.rag)} ${escapeXml(ragText(p.rag))}</p>`);
    }
    parts.push("</section>");
  }
  // The partnership's own measures, after the recorded-crime priorities.
  for (const [s, text] of localSectionTexts(result.local)) parts.push(...localSectionHtml(s, text, { figure: fig, table: dataTable }));
  if (result.wards !== null) {
    const w = result.wards;
    parts.push(
      '<section id="wards">',
      `<h2>${escapeXml(wardsHeading(result))}</h2>`,
      `<p>${escapeXml(`${w.changeExplanation === null ? "" : `${w.changeExplanation} `}${w.rankExplanation}`)}</p>`,
    );
    for (const p of w.priorities) {
      const section = result.priorities.find((s) => s.id === p.id);
      const map = section?.charts.wards ?? null;
      const numbers = mapNumbers(map);
      const tableId = `${anchorId(section?.anchor ?? p.id)}-ward-table`;
      const table = wardDisplay(w, p);
      // The map's numbers are a column of the ward table that follows it, not a separate key.
      const keyTable =
        table === null || numbers.size === 0 || !table.rows.some(([name]) => numbers.has(keyName(name ?? ""))) ? undefined : { id: tableId, keys: numbers };
      parts.push(`<h3>${escapeXml(p.name)}</h3>`, figure(drawn, said, map, wardSentences(result, w, p).join(" "), keyTable));
      if (map === null && section?.charts.withheld != null) parts.push(`<p class="note">${escapeXml(section.charts.withheld)}</p>`);
      // A priority no ward recorded gets its sentence, no table of zeros.
      if (table !== null)
        parts.push(
          keyTable === undefined
            ? dataTable(table, captions.wards(result, p.name))
            : htmlTable(withMapNumbers(table, numbers), captions.wards(result, p.name), `t${++tables}`, tableId),
        );
      const sentences = wardSentences(result, w, p);
      if (sentences.length > 0) parts.push(`<ul>${sentences.map((e) => `<li>${escapeXml(e)}</li>`).join("")}</ul>`);
    }
    parts.push(`<p class="note">${escapeXml(w.footnote)}</p>`, "</section>");
  }
  if (result.reconciliation !== null) {
    const r = result.reconciliation;
    parts.push(
      '<section id="reconciliation">',
      `<h2>${escapeXml(reconciliationHeading)}</h2>`,
      `<p${r.complete ? "" : ' class="warning" role="note"'}>${escapeXml(reconciliationSummary(r))}</p>`,
      dataTable(reconciliationDisplay(r), captions.reconciliation),
    );
    const releases = releasesDisplay(r);
    if (releases !== null) parts.push(`<h3>${releasesHeading}</h3>`, dataTable(releases, captions.releases));
    if ((r.accounted?.length ?? 0) > 0)
      parts.push(`<h3>${accountedHeading}</h3>`, `<ul>${(r.accounted ?? []).map((m) => `<li>${escapeXml(m)}</li>`).join("")}</ul>`);
    if (r.missing.length > 0) parts.push(`<h3>${missingHeading}</h3>`, `<ul>${r.missing.map((m) => `<li>${escapeXml(m)}</li>`).join("")}</ul>`);
    const examples = rejectedExampleLines(r);
    if (examples.length > 0) parts.push(`<h3>${rejectedHeading}</h3>`, `<ul>${examples.map((e) => `<li>${escapeXml(e)}</li>`).join("")}</ul>`);
    parts.push("</section>");
  }
  if (result.recordingChanges.length > 0) {
    parts.push(`<section id="${recordingChangesAnchor}">`, `<h2>${escapeXml(breaksHeading)}</h2>`, `<p>${escapeXml(recordingChangesIntro)}</p>`, "<ul>");
    for (const c of result.recordingChanges) {
      const line = recordingChangeLine(result, c);
      parts.push(`<li><strong>${escapeXml(line.heading)}</strong> ${escapeXml(line.text)}</li>`);
    }
    parts.push("</ul>", "</section>");
  }
  parts.push(`<section id="${notesAnchor}">`, `<h2>${escapeXml(notesHeading)}</h2>`, "<ul>");
  for (const note of result.notes) parts.push(`<li>${escapeXml(note)}</li>`);
  parts.push("</ul>");
  // The residents used, after the notes on the estimates.
  const populations = populationsDisplay(result);
  if (populations !== null) parts.push(`<p>${escapeXml(populationsIntro)}</p>`, dataTable(populations, captions.populations));
  parts.push("</section>", `<section id="${sourcesAnchor}">`, `<h2>${escapeXml(sourcesHeading)}</h2>`, '<dl class="sources">');
  const groups = sourceGroups(result, options);
  if (groups.length === 0) parts.push(`<dt>${escapeXml(noSourcesText)}</dt>`);
  for (const g of groups) {
    parts.push(
      `<dt>${escapeXml(g.publisher)}</dt>`,
      `<dd>${escapeXml(g.licence)}</dd>`,
      ...g.datasets.map((d) => `<dd>${escapeXml(`Dataset: ${d}`)}</dd>`),
      ...g.sources.map((source) => `<dd>${escapeXml(source)}</dd>`),
    );
  }
  parts.push("</dl>", "</section>", `<section id="${appendixAnchor}">`, `<h2>${escapeXml(appendixHeading)}</h2>`, '<dl class="appendix">');
  for (const a of appendixParagraphs(result)) parts.push(`<dt>${escapeXml(a.title)}</dt>`, `<dd>${escapeXml(a.text)}</dd>`);
  parts.push("</dl>", "</section>", "</main>");
  const footer = footerLines(result, options, syntheticWarning);
  if (footer.length > 0)
    parts.push("<footer>", ...footer.map((line) => `<p${line === syntheticWarning ? ' class="synthetic"' : ""}>${escapeXml(line)}</p>`), "</footer>");
  parts.push("</body>", "</html>", "");
  return parts.join("\n");
}
