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
import { markdownBlock as b, markdownInline as t } from "./internal/markdown.js";
import type { StrategicAssessmentResult } from "./types.js";

/** A table cell: any text, escaped so it stays one cell of one row and is never markup. */
const escapeCell = t;

function markdownTable(table: DisplayTable): string {
  const lines = [
    `| ${table.header.map(escapeCell).join(" | ")} |`,
    `| ${table.numeric.map((n) => (n ? "---:" : "---")).join(" | ")} |`,
    ...table.rows.map((row, i) => `| ${row.map((c, j) => (i === table.emphasis && j === 0 ? `**${escapeCell(c)}**` : escapeCell(c))).join(" | ")} |`),
  ];
  return lines.join("\n");
}

/**
 * Renders a Strategic Assessment as Markdown: title (marked SYNTHETIC when it is), a summary
 * table, then for each priority its quick facts, benchmark table with sentences, the text
 * alternative of its trend chart, above/below-average months and RAG verdict, then the ward
 * table with its disclosure footnote, the reconciliation of the input files (when the result
 * has one: rows and cells read, accepted and rejected per file, what is missing) and the
 * method notes. Numbers are rounded here, and only
 * here: counts as integers, rates and rate changes to 2 dp, percentages to 1 dp (half up).
 *
 * @param result - The structured assessment from {@link strategicAssessment}.
 * @returns The Markdown document.
 * @throws {@link ReportError} `invalid-data` when `result` is not shaped like a result of
 * {@link strategicAssessment} (never for one it made).
 * @example
 * ```ts
 * // input: as in the example of strategicAssessment
 * const md = renderMarkdown(strategicAssessment(input));
 * md.startsWith("# Strategic Assessment");
 * //=> true
 * ```
 */
export function renderMarkdown(result: StrategicAssessmentResult): string {
  checkResultShape("renderMarkdown", result);
  try {
    return markdownOf(result);
  } catch (error) {
    throw asRenderError("renderMarkdown", error);
  }
}

/** The document of {@link renderMarkdown}, for a result whose shape has been checked. */
function markdownOf(result: StrategicAssessmentResult): string {
  const out: string[] = [];
  out.push(`# ${t(result.title)}`, "");
  if (result.synthetic) out.push(`> **${t(syntheticWarning)}**`, "");
  out.push(
    t(areasSentence(result)),
    "",
    t(periodsSentence(result)),
    "",
    ...(result.keyFindings.length === 0
      ? []
      : [`## ${keyFindingsHeading}`, "", ...result.keyFindings.map((f) => `- [${t(f.explanation)}](#${anchorId(f.section)})`), ""]),
    "## Summary",
    "",
    markdownTable(summaryDisplay(result)),
    "",
  );
  for (const p of result.priorities) {
    out.push(`<a id="${anchorId(p.anchor)}"></a>`, "", `## ${t(p.name)}`, "", `Categories: ${t(categoriesText(p))}.`, "", "### Quick facts", "");
    for (const [label, value] of quickFactsDisplay(result, p)) out.push(`- ${b(label)}: **${t(value)}**`);
    out.push("", b(findingSentences(result, p).join(" ")), "");
    for (const note of findingFootnotes(p)) out.push(`_${t(note)}_`, "");
    if (p.drivers !== null) {
      out.push("### What drove the change", "", b(p.drivers.explanation), "", markdownTable(driversDisplay(result, p.drivers)), "");
    }
    out.push("### Benchmark", "", markdownTable(benchmarkDisplay(result, p.table)), "");
    for (const sentence of p.explanations) out.push(`- ${b(sentence)}`);
    const breakLines = breakFigureLines(result, p);
    if (breakLines.length > 0) {
      out.push("", `### ${breaksHeading}`, "", ...breakLines.map((line) => `- ${b(line)} (see [${t(breaksHeading)}](#${recordingChangesAnchor}))`));
    }
    out.push(
      "",
      "### Long-term trend",
      "",
      b(longTrendSentences(p).join(" ")),
      "",
      markdownTable(samePeriodDisplay(p)),
      "",
      `Chart (see the HTML version): ${t(String(p.longTrend.chart["description"] ?? ""))}`,
    );
    out.push("", "### Rolling-year trend", "", `Chart (see the HTML version): ${t(String(p.trendChart["description"] ?? ""))}`, "");
    out.push("### Above and below average months", "");
    if (p.months === null) {
      out.push(b(noMonthPatternText), "");
    } else {
      out.push(
        `Monthly average over 24 months: ${t(monthlyMeanText(p.months.mean))}.`,
        "",
        ...monthPatternDisplay(p.months).map(([label, value]) => `- ${b(label)}: ${t(value)}`),
        "",
        `_${t(p.months.method.trim())}_`,
        "",
      );
    }
    if (p.rag !== null) {
      out.push("### RAG", "", `**${t(`${p.rag.symbol} ${p.rag.label}`)}** ${t(ragText(p.rag))}`, "");
    }
  }
  if (result.wards !== null) {
    const w = result.wards;
    out.push(`## Wards of ${t(result.area)}`, "", b(`${w.changeExplanation} ${w.rankExplanation}`), "");
    for (const p of w.priorities) {
      out.push(`### ${t(p.name)}`, "", markdownTable(wardDisplay(w, p)), "", ...wardSentences(result, w, p).map((e) => `- ${b(e)}`), "");
    }
    out.push(`_${t(w.footnote.trim())}_`, "");
  }
  if (result.reconciliation !== null) {
    const r = result.reconciliation;
    out.push(`## ${t(reconciliationHeading)}`, "", b(reconciliationSummary(r)), "", markdownTable(reconciliationDisplay(r)), "");
    const releases = releasesDisplay(r);
    if (releases !== null) out.push("Releases joined into the counts (where two hold a month, the newer is used):", "", markdownTable(releases), "");
    if (r.missing.length > 0) out.push("Missing:", "", ...r.missing.map((m) => `- ${b(m)}`), "");
    const examples = rejectedExampleLines(r);
    if (examples.length > 0) out.push("First rejected rows:", "", ...examples.map((e) => `- ${b(e)}`), "");
  }
  if (result.recordingChanges.length > 0) {
    out.push(`<a id="${recordingChangesAnchor}"></a>`, "", `## ${t(breaksHeading)}`, "", b(recordingChangesIntro), "");
    for (const c of result.recordingChanges) {
      const line = recordingChangeLine(result, c);
      out.push(`- **${t(line.heading)}** ${b(line.text)}`);
    }
    out.push("");
  }
  out.push("## Notes on method and sources", "");
  for (const note of result.notes) out.push(`- ${b(note)}`);
  // The residents used, after the notes on the estimates and before the sources.
  const populations = populationsDisplay(result);
  if (populations !== null) out.push("", t(populationsIntro), "", markdownTable(populations), "");
  for (const source of result.sources) out.push(`- ${b(`Source: ${source}`)}`);
  if (result.synthetic) out.push("", `**${t(syntheticWarning)}**`);
  out.push("");
  return out.join("\n");
}
