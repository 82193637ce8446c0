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
} from "./internal/present.js";
import { asRenderError, checkResultShape } from "./internal/checkResult.js";
import { markdownBlock as b, markdownInline as t } from "./internal/markdown.js";
import type { Chart } from "@crimestats/charts";
import { documentOptions, type FilledDocumentOptions } from "./internal/document/documentOptions.js";
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
  producedText,
  rejectedHeading,
  releasesHeading,
  sourceGroups,
  sourcesAnchor,
  sourcesHeading,
  wardsHeading,
} from "./internal/document/documentText.js";
import type { DocumentOptions, StrategicAssessmentResult } from "./types.js";
import { localSectionMarkdown } from "./internal/local/localMarkdown.js";
import { localSectionTexts } from "./internal/document/localText.js";
import {
  monthsOfTwoYearsText,
  noPrioritySectionsText,
  printsLongTrend,
  printsPrioritySections,
  shortSeriesText,
  summaryNotes,
} from "./internal/document/prioritySections.js";

/**
 * The options of {@link renderMarkdown}: the document's branding and front matter. Markdown
 * cannot embed an image portably, so a logo is printed as its text alternative only, and the
 * accent colour is not used.
 */
export type RenderMarkdownOptions = DocumentOptions;

/** A table cell: any text, escaped so it stays one cell of one row and is never markup. */
const escapeCell = t;

/** A table after its caption (a "Table: …" line, which Pandoc also reads as the caption). */
function markdownTable(table: DisplayTable, caption: string): string {
  const lines = [
    `Table: ${escapeCell(caption)}`,
    "",
    `| ${table.header.map(escapeCell).join(" | ")} |`,
    `| ${table.numeric.map((n) => (n ? "---:" : "---")).join(" | ")} |`,
    ...table.rows.map((row, i) => `| ${row.map((c, j) => (i === table.emphasis && j === 0 ? `**${escapeCell(c)}**` : escapeCell(c))).join(" | ")} |`),
  ];
  return lines.join("\n");
}

/**
 * Renders a Strategic Assessment as Markdown, with the front matter, contents, data sources and
 * licences and the appendix on how the figures are made of {@link renderHtml}, in the same words:
 * title (marked SYNTHETIC when it is), partnership, date produced, introduction and contact, the
 * contents (links to an anchor before each section), a summary table, the text alternatives of the document's charts (the benchmark area's map, the funnel
 * plot, the mix of offences), then for each priority its quick facts, benchmark table with
 * sentences, above/below-average months and RAG verdict with the text alternative of each of its
 * charts ("Chart (see the HTML version): …", the finding first), then the sections of the
 * partnership's own measures when the result has them (each with its period, quick facts,
 * findings, tables, notes and verdict, as in the HTML), then the ward tables (each after
 * its map's text alternative) with the disclosure footnote, the reconciliation of the input files (when the result
 * has one: rows and cells read, accepted and rejected per file, what is missing) and the
 * method notes. Numbers are rounded here, and only
 * here: counts as integers, rates and rate changes to 2 dp, percentages to 1 dp (half up).
 *
 * @param result - The structured assessment from {@link strategicAssessment}.
 * @param options - The branding and front matter ({@link DocumentOptions}); all optional.
 * @returns The Markdown document.
 * @throws {@link ReportError} `invalid-argument` when `result` is not shaped like a result of
 * {@link strategicAssessment} (never for one it made); `invalid-option` when an option is
 * malformed or not one of {@link DocumentOptions}.
 * @example
 * ```ts
 * // input: as in the example of strategicAssessment
 * const md = renderMarkdown(strategicAssessment(input));
 * md.startsWith("# Strategic Assessment");
 * //=> true
 * renderMarkdown(strategicAssessment(input), { partnership: "Safer Harrow", date: "2026-12-07" }).includes("**Safer Harrow**\n\nProduced 7 December 2026");
 * //=> true
 * ```
 */
export function renderMarkdown(result: StrategicAssessmentResult, options?: RenderMarkdownOptions): string {
  checkResultShape("renderMarkdown", result);
  const filled = documentOptions("renderMarkdown", options);
  try {
    return markdownOf(result, filled);
  } catch (error) {
    throw asRenderError("renderMarkdown", error);
  }
}

/** The document of {@link renderMarkdown}, for a result whose shape has been checked. */
function markdownOf(result: StrategicAssessmentResult, options: FilledDocumentOptions): string {
  const out: string[] = [];
  // No section per priority when each would only repeat its row of the Summary table.
  const sections = printsPrioritySections(result);
  // A section the contents links to starts with an anchor of the same id as in the HTML document.
  const anchor = (id: string): string => `<a id="${id}"></a>`;
  const contact = contactText(options);
  if (options.logo !== null) out.push(b(options.logo.alt), "");
  out.push(`# ${t(documentTitle(result, options))}`, "");
  if (result.synthetic) out.push(`> **${t(syntheticWarning)}**`, "");
  out.push(
    ...(options.partnership === null ? [] : [`**${t(options.partnership)}**`, ""]),
    b(producedText(options)),
    "",
    t(areasSentence(result)),
    "",
    t(periodsSentence(result)),
    "",
    ...(shortSeriesText(result) === null ? [] : [t(shortSeriesText(result) ?? ""), ""]),
    ...options.introduction.flatMap((paragraph) => [b(paragraph), ""]),
    ...(contact === null ? [] : [b(contact), ""]),
    `## ${contentsHeading}`,
    "",
    ...contentsEntries(result).map((e) => `- [${t(e.text)}](#${e.id})`),
    "",
    ...(result.keyFindings.length === 0
      ? []
      : [
          anchor("key-findings"),
          "",
          `## ${keyFindingsHeading}`,
          "",
          ...result.keyFindings.map((f) => {
            const to = findingSection(result, f.section);
            return `- ${b(withoutStop(f.explanation))} (see [${t(to.text)}](#${to.id})).`;
          }),
          "",
        ]),
    anchor("summary"),
    "",
    "## Summary",
    "",
    markdownTable(summaryDisplay(result), captions.summary(result)),
    "",
    ...summaryNotes(result).map((note) => `_${t(note)}_\n`),
    ...(sections ? [] : [b(noPrioritySectionsText(result)), ""]),
  );
  const chart = (c: Chart | null): string[] => (c === null ? [] : [`Chart (see the HTML version): ${t(c.description)}`, ""]);
  const { areas, funnel, mix } = result.charts;
  const headline = result.priorities[0]?.name ?? "All offences";
  out.push(
    anchor("overview"),
    "",
    `## ${t(overviewHeading(result))}`,
    "",
    ...(areas === null ? [] : [`### ${t(`${headline}: rate by ${result.benchmarkArea.membersName}`)}`, "", ...chart(areas)]),
    ...(funnel === null ? [] : [`### ${t(`${headline}: rates against residents`)}`, "", ...chart(funnel)]),
    ...(mix === null ? [] : [`### ${t(`What makes up crime in ${result.area}`)}`, "", ...chart(mix)]),
  );
  for (const p of sections ? result.priorities : []) {
    // A priority of one category named as its heading needs no "Categories:" line.
    const categories = categoriesText(p) === p.name ? [] : [`Categories: ${t(categoriesText(p))}.`, ""];
    out.push(anchor(anchorId(p.anchor)), "", `## ${t(p.name)}`, "", ...categories, "### Quick facts", "");
    for (const [label, value] of quickFactsDisplay(result, p)) out.push(`- ${b(label)}: **${t(value)}**`);
    const said = findingSentences(result, p).join(" ");
    out.push("", ...(said === "" ? [] : [b(said), ""]));
    for (const note of findingFootnotes(p)) out.push(`_${t(note)}_`, "");
    if (p.charts.withheld !== null) out.push(b(p.charts.withheld), "");
    out.push(...chart(p.charts.comparison));
    if (p.drivers !== null) {
      out.push(
        "### What drove the change",
        "",
        b(p.drivers.explanation),
        "",
        ...chart(p.charts.drivers),
        markdownTable(driversDisplay(result, p.drivers), captions.drivers(result, p)),
        "",
      );
    }
    // A table of the focus area alone (no comparator, a benchmark area of itself) repeats the quick facts: not printed.
    if (p.table.length > 1) out.push("### Benchmark", "", markdownTable(benchmarkDisplay(result, p.table), captions.benchmark(p)), "");
    for (const sentence of p.explanations) out.push(`- ${b(sentence)}`);
    const breakLines = breakFigureLines(result, p);
    if (breakLines.length > 0) {
      out.push("", `### ${breaksHeading}`, "", ...breakLines.map((line) => `- ${b(line)} (see [${t(breaksHeading)}](#${recordingChangesAnchor}))`));
    }
    const samePeriod = samePeriodDisplay(p);
    // A single-period assessment has no long-term trend or monthly pattern: the front matter says why, once.
    if (p.longTrend !== null && samePeriod !== null && printsLongTrend(p)) {
      out.push(
        "",
        "### Long-term trend",
        "",
        b(longTrendSentences(p).join(" ")),
        "",
        markdownTable(samePeriod, captions.samePeriod(result, p)),
        "",
        ...chart(p.longTrend.chart),
      );
    } else out.push("");
    if (p.charts.trend !== null) out.push("### Rolling-year trend", "", ...chart(p.charts.trend));
    if (result.previous !== null) out.push("### Above and below average months", "");
    if (p.months === null) {
      if (result.previous !== null) out.push(b(noMonthPatternText), "");
    } else {
      out.push(
        `Monthly average over 24 months: ${t(monthlyMeanText(p.months.mean))}. ${t(monthsOfTwoYearsText(result, p))}`,
        "",
        ...monthPatternDisplay(p.months).map(([label, value]) => `- ${b(label)}: ${t(value)}`),
        "",
        // The method, unless the notes give it once for every section.
        ...(result.notes.includes(`Above and below average months: ${p.months.method}`) ? [] : [`_${t(p.months.method.trim())}_`, ""]),
        ...chart(p.charts.monthly),
      );
    }
    if (p.charts.hotspot !== null) out.push("### Where: street-level crimes", "", ...chart(p.charts.hotspot));
    if (p.rag !== null) {
      out.push("### RAG", "", `**${t(`${p.rag.symbol} ${p.rag.label}`)}** ${t(ragText(p.rag))}`, "");
    }
  }
  // The partnership's own measures, after the recorded-crime priorities.
  for (const [s, text] of localSectionTexts(result.local)) out.push(...localSectionMarkdown(s, text, { chart, table: markdownTable }));
  if (result.wards !== null) {
    const w = result.wards;
    out.push(
      anchor("wards"),
      "",
      `## ${t(wardsHeading(result))}`,
      "",
      b(`${w.changeExplanation === null ? "" : `${w.changeExplanation} `}${w.rankExplanation}`),
      "",
    );
    for (const p of w.priorities) {
      const table = wardDisplay(w, p);
      out.push(
        `### ${t(p.name)}`,
        "",
        ...chart(result.priorities.find((s) => s.id === p.id)?.charts.wards ?? null),
        ...(table === null ? [] : [markdownTable(table, captions.wards(result, p.name)), ""]),
        ...wardSentences(result, w, p).map((e) => `- ${b(e)}`),
        "",
      );
    }
    out.push(`_${t(w.footnote.trim())}_`, "");
  }
  if (result.reconciliation !== null) {
    const r = result.reconciliation;
    out.push(
      anchor("reconciliation"),
      "",
      `## ${t(reconciliationHeading)}`,
      "",
      b(reconciliationSummary(r)),
      "",
      markdownTable(reconciliationDisplay(r), captions.reconciliation),
      "",
    );
    const releases = releasesDisplay(r);
    if (releases !== null) out.push(`### ${releasesHeading}`, "", markdownTable(releases, captions.releases), "");
    if ((r.accounted?.length ?? 0) > 0) out.push(`### ${accountedHeading}`, "", ...(r.accounted ?? []).map((m) => `- ${m}`), "");
    if (r.missing.length > 0) out.push(`### ${missingHeading}`, "", ...r.missing.map((m) => `- ${b(m)}`), "");
    const examples = rejectedExampleLines(r);
    if (examples.length > 0) out.push(`### ${rejectedHeading}`, "", ...examples.map((e) => `- ${b(e)}`), "");
  }
  if (result.recordingChanges.length > 0) {
    out.push(anchor(recordingChangesAnchor), "", `## ${t(breaksHeading)}`, "", b(recordingChangesIntro), "");
    for (const c of result.recordingChanges) {
      const line = recordingChangeLine(result, c);
      out.push(`- **${t(line.heading)}** ${b(line.text)}`);
    }
    out.push("");
  }
  out.push(anchor(notesAnchor), "", `## ${notesHeading}`, "");
  for (const note of result.notes) out.push(`- ${b(note)}`);
  // The residents used, after the notes on the estimates.
  const populations = populationsDisplay(result);
  if (populations !== null) out.push("", t(populationsIntro), "", markdownTable(populations, captions.populations));
  out.push("", anchor(sourcesAnchor), "", `## ${sourcesHeading}`, "");
  const groups = sourceGroups(result, options);
  if (groups.length === 0) out.push(b(noSourcesText), "");
  for (const g of groups) {
    const published = g.datasets.map((d) => ` Dataset: ${t(d)}.`).join("");
    out.push(`**${t(g.publisher)}.** ${t(g.licence)}${published}`, "", ...g.sources.map((source) => `- ${b(source)}`), "");
  }
  out.push(anchor(appendixAnchor), "", `## ${appendixHeading}`, "");
  // A title ending in a question mark takes no full stop after it.
  for (const a of appendixParagraphs(result)) out.push(`**${t(a.title)}${/[?.]$/.test(a.title) ? "" : "."}** ${t(a.text)}`, "");
  const footer = footerLines(result, options, syntheticWarning);
  if (footer.length > 0) out.push("---", "", ...footer.flatMap((line) => [line === syntheticWarning ? `**${t(line)}**` : b(line), ""]));
  return `${out.join("\n").trimEnd()}\n`;
}
