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
  reconciliationHeading,
  reconciliationSummary,
  rejectedExampleLines,
  summaryDisplay,
  syntheticWarning,
  wardDisplay,
  wardSentences,
  type DisplayTable,
} from "./internal/present.js";
import { asRenderError, checkResultShape } from "./internal/checkResult.js";
import { escapeXml } from "./internal/xml.js";
import { renderChartSvg } from "./renderChartSvg.js";
import type { RagVerdict, StrategicAssessmentResult } from "./types.js";

const css = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #1b1b1b; background: #fff; margin: 0 auto; max-width: 60rem; padding: 1.5rem; line-height: 1.45; }
h1 { font-size: 1.8rem; margin-bottom: 0.3rem; }
h2 { font-size: 1.4rem; border-bottom: 2px solid #1b1b1b; padding-bottom: 0.2rem; margin-top: 2.2rem; }
h3 { font-size: 1.1rem; margin-top: 1.4rem; }
table { border-collapse: collapse; margin: 0.6rem 0; width: 100%; font-size: 0.92rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
th, td { border: 1px solid #8a8a8a; padding: 0.25rem 0.45rem; vertical-align: top; }
th { background: #eeeeee; text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.focus td { font-weight: 700; background: #f6f6f6; }
.synthetic { border: 3px solid #b00020; background: #fff0f0; padding: 0.7rem 1rem; font-weight: 700; margin: 1rem 0; }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 0.5rem; margin: 0; }
.facts div { border: 1px solid #8a8a8a; padding: 0.45rem 0.6rem; }
.facts dt { font-size: 0.8rem; color: #404040; }
.facts dd { margin: 0; font-size: 1.3rem; font-weight: 700; }
figure { margin: 0.8rem 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 0.85rem; color: #404040; }
.rag { display: inline-block; padding: 0.05rem 0.5rem; border: 2px solid #1b1b1b; font-weight: 700; }
.note { font-size: 0.85rem; color: #404040; }
.warning { border: 3px solid #b00020; background: #fff0f0; padding: 0.7rem 1rem; font-weight: 700; margin: 1rem 0; }
section.priority { break-inside: auto; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-before: page; }
  h2.first { break-before: auto; }
  table, figure, .facts { break-inside: avoid; }
  .synthetic { border-width: 2px; }
}
`;

function htmlTable(table: DisplayTable, caption: string): string {
  const head = table.header.map((h, j) => `<th scope="col"${table.numeric[j] === true ? ' class="num"' : ""}>${escapeXml(h)}</th>`).join("");
  const body = table.rows
    .map((row, i) => {
      const cells = row
        .map((c, j) => (j === 0 ? `<th scope="row">${escapeXml(c)}</th>` : `<td${table.numeric[j] === true ? ' class="num"' : ""}>${escapeXml(c)}</td>`))
        .join("");
      return `<tr${i === table.emphasis ? ' class="focus"' : ""}>${cells}</tr>`;
    })
    .join("\n");
  return `<table>\n<caption>${escapeXml(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
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

/**
 * Renders a Strategic Assessment as one self-contained HTML file: inline CSS (with print
 * rules) and inline SVG charts, no scripts, no fonts, images or styles loaded from anywhere, so
 * it works offline and prints legibly. Tables have captions and header cells; RAG ratings are
 * written as words as well as coloured; each chart has a title, axis titles and a text
 * alternative. Numbers are rounded here only, as in {@link renderMarkdown}.
 *
 * @param result - The structured assessment from {@link strategicAssessment}.
 * @returns The HTML document (XHTML-compatible markup: every element closed, attributes quoted).
 * @throws {@link ReportError} `invalid-data` when a chart cannot be rendered, or when `result`
 * is not shaped like a result of {@link strategicAssessment}.
 * @example
 * ```ts
 * // input: as in the example of strategicAssessment
 * const html = await renderHtml(strategicAssessment(input));
 * html.startsWith("<!DOCTYPE html>");
 * //=> true
 * ```
 */
export async function renderHtml(result: StrategicAssessmentResult): Promise<string> {
  checkResultShape("renderHtml", result);
  try {
    return await htmlOf(result);
  } catch (error) {
    throw asRenderError("renderHtml", error);
  }
}

/** The document of {@link renderHtml}, for a result whose shape has been checked. */
async function htmlOf(result: StrategicAssessmentResult): Promise<string> {
  const charts = await Promise.all(result.priorities.map((p, i) => renderChartSvg(p.trendChart, { id: `chart-${i + 1}` })));
  const longCharts = await Promise.all(result.priorities.map((p, i) => renderChartSvg(p.longTrend.chart, { id: `long-chart-${i + 1}` })));
  const parts: string[] = [];
  const title = escapeXml(result.title);
  parts.push(
    "<!DOCTYPE html>",
    '<html lang="en-GB">',
    "<head>",
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${title}</title>`,
    `<style>${css}</style>`,
    "</head>",
    "<body>",
    "<header>",
    `<h1>${title}</h1>`,
  );
  if (result.synthetic) parts.push(`<p class="synthetic" role="note">${escapeXml(syntheticWarning)}</p>`);
  parts.push(
    `<p>${escapeXml(areasSentence(result))}</p>`,
    `<p>${escapeXml(periodsSentence(result))}</p>`,
    "</header>",
    "<main>",
    ...(result.keyFindings.length === 0
      ? []
      : [
          `<section id="key-findings"><h2 class="first">${escapeXml(keyFindingsHeading)}</h2>`,
          `<ul>${result.keyFindings.map((f) => `<li><a href="#${anchorId(f.section)}">${escapeXml(f.explanation)}</a></li>`).join("")}</ul>`,
          "</section>",
        ]),
    `<section><h2${result.keyFindings.length === 0 ? ' class="first"' : ""}>Summary</h2>`,
    htmlTable(summaryDisplay(result), `Priorities in ${result.area}, ${result.current.label}`),
    "</section>",
  );
  result.priorities.forEach((p, i) => {
    parts.push(`<section class="priority" id="${anchorId(p.anchor)}">`, `<h2>${escapeXml(p.name)}</h2>`);
    parts.push(`<p class="note">Categories: ${escapeXml(categoriesText(p))}.</p>`);
    parts.push("<h3>Quick facts</h3>", '<dl class="facts">');
    for (const [label, value] of quickFactsDisplay(result, p)) parts.push(`<div><dt>${escapeXml(label)}</dt><dd>${escapeXml(value)}</dd></div>`);
    parts.push("</dl>", `<p>${escapeXml(findingSentences(result, p).join(" "))}</p>`);
    for (const note of findingFootnotes(p)) parts.push(`<p class="note">${escapeXml(note)}</p>`);
    if (p.drivers !== null) {
      parts.push(
        "<h3>What drove the change</h3>",
        `<p>${escapeXml(p.drivers.explanation)}</p>`,
        htmlTable(driversDisplay(result, p.drivers), `${p.name}: offences by category in ${result.area}`),
      );
    }
    parts.push("<h3>Benchmark</h3>", htmlTable(benchmarkDisplay(result, p.table), `${p.name}: offences and rates per 1,000 residents`));
    if (p.explanations.length > 0) parts.push(`<ul>${p.explanations.map((s) => `<li>${escapeXml(s)}</li>`).join("")}</ul>`);
    const breakLines = breakFigureLines(result, p);
    if (breakLines.length > 0) {
      const see = ` (see <a href="#${recordingChangesAnchor}">${escapeXml(breaksHeading)}</a>)`;
      parts.push(`<h3>${escapeXml(breaksHeading)}</h3>`, `<ul>${breakLines.map((line) => `<li>${escapeXml(line)}${see}</li>`).join("")}</ul>`);
    }
    parts.push(
      "<h3>Long-term trend</h3>",
      `<p>${escapeXml(longTrendSentences(p).join(" "))}</p>`,
      htmlTable(samePeriodDisplay(p), `${p.name}: offences in ${result.area} in the same period of each year`),
      `<figure>${longCharts[i] ?? ""}<figcaption>${escapeXml(String(p.longTrend.chart["description"] ?? ""))}</figcaption></figure>`,
    );
    parts.push(
      "<h3>Rolling-year trend</h3>",
      `<figure>${charts[i] ?? ""}<figcaption>${escapeXml(String(p.trendChart["description"] ?? ""))}</figcaption></figure>`,
    );
    parts.push("<h3>Above and below average months</h3>");
    if (p.months === null) {
      parts.push(`<p>${escapeXml(noMonthPatternText)}</p>`);
    } else {
      parts.push(
        `<p>Monthly average over 24 months: <strong>${escapeXml(monthlyMeanText(p.months.mean))}</strong>.</p>`,
        "<ul>",
        ...monthPatternDisplay(p.months).map(([label, value]) => `<li>${escapeXml(`${label}: ${value}`)}</li>`),
        "</ul>",
        `<p class="note">${escapeXml(p.months.method)}</p>`,
      );
    }
    if (p.rag !== null) {
      parts.push("<h3>RAG</h3>", `<p>${ragBadge(p.rag)} ${escapeXml(ragText(p.rag))}</p>`);
    }
    parts.push("</section>");
  });
  if (result.wards !== null) {
    const w = result.wards;
    parts.push('<section id="wards">', `<h2>Wards of ${escapeXml(result.area)}</h2>`, `<p>${escapeXml(`${w.changeExplanation} ${w.rankExplanation}`)}</p>`);
    for (const p of w.priorities) {
      parts.push(`<h3>${escapeXml(p.name)}</h3>`, htmlTable(wardDisplay(w, p), `${p.name}: offences by ward of ${result.area}`));
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
      htmlTable(reconciliationDisplay(r), "Rows and month cells read, accepted and rejected, per file"),
    );
    const releases = releasesDisplay(r);
    if (releases !== null)
      parts.push("<h3>Releases joined</h3>", htmlTable(releases, "Releases joined into the counts (where two hold a month, the newer is used)"));
    if (r.missing.length > 0) parts.push("<h3>Missing</h3>", `<ul>${r.missing.map((m) => `<li>${escapeXml(m)}</li>`).join("")}</ul>`);
    const examples = rejectedExampleLines(r);
    if (examples.length > 0) parts.push("<h3>First rejected rows</h3>", `<ul>${examples.map((e) => `<li>${escapeXml(e)}</li>`).join("")}</ul>`);
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
  parts.push("<section>", "<h2>Notes on method and sources</h2>", "<ul>");
  for (const note of result.notes) parts.push(`<li>${escapeXml(note)}</li>`);
  parts.push("</ul>");
  // The residents used, after the notes on the estimates and before the sources.
  const populations = populationsDisplay(result);
  if (populations !== null) parts.push(`<p>${escapeXml(populationsIntro)}</p>`, htmlTable(populations, "Residents used for the rates, by area and period"));
  parts.push("<ul>");
  for (const source of result.sources) parts.push(`<li>Source: ${escapeXml(source)}</li>`);
  parts.push("</ul>", "</section>", "</main>");
  if (result.synthetic) parts.push(`<footer><p class="synthetic">${escapeXml(syntheticWarning)}</p></footer>`);
  parts.push("</body>", "</html>", "");
  return parts.join("\n");
}
