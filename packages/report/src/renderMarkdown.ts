import { reconciliationDisplay, reconciliationHeading, reconciliationSummary, rejectedExampleLines } from "./internal/present.js";
import { benchmarkDisplay, monthlyMeanText, monthPatternDisplay, noMonthPatternText, quickFactsDisplay, summaryDisplay, syntheticWarning, wardDisplay, type DisplayTable } from "./internal/present.js";
import type { StrategicAssessmentResult } from "./types.js";

function escapeCell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\n/g, " ");
}

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
 * @throws Never for a result made by {@link strategicAssessment}.
 * @example
 * ```ts
 * // input: as in the example of strategicAssessment
 * const md = renderMarkdown(strategicAssessment(input));
 * md.startsWith("# Strategic Assessment");
 * //=> true
 * ```
 */
export function renderMarkdown(result: StrategicAssessmentResult): string {
  const out: string[] = [];
  out.push(`# ${result.title}`, "");
  if (result.synthetic) out.push(`> **${syntheticWarning}**`, "");
  out.push(
    `Focus area: **${result.area}**. Neighbours: ${result.neighbours.length === 0 ? "none" : result.neighbours.join(", ")}. London: all London boroughs pooled.`,
    "",
    `Current period: ${result.current.label}; compared with the same period last year, ${result.previous.label}.`,
    "",
    "## Summary",
    "",
    markdownTable(summaryDisplay(result)),
    "",
  );
  for (const p of result.priorities) {
    out.push(`## ${p.name}`, "", `Categories: ${p.categories.join(", ")}.`, "", "### Quick facts", "");
    for (const [label, value] of quickFactsDisplay(result, p)) out.push(`- ${label}: **${value}**`);
    out.push("", `${p.quickFacts.rankInLondon.sentence} ${p.quickFacts.vsLondon.explanation}`, "", "### Benchmark", "", markdownTable(benchmarkDisplay(result, p.table)), "");
    for (const sentence of p.sentences) out.push(`- ${sentence}`);
    out.push("", "### Rolling-year trend", "", `Chart (see the HTML version): ${String(p.trendChart["description"] ?? "")}`, "");
    out.push("### Above and below average months", "");
    if (p.months === null) {
      out.push(noMonthPatternText, "");
    } else {
      out.push(
        `Monthly average over 24 months: ${monthlyMeanText(p.months.mean)}.`,
        "",
        ...monthPatternDisplay(p.months).map(([label, value]) => `- ${label}: ${value}`),
        "",
        `_${p.months.method}_`,
        "",
      );
    }
    out.push("### RAG", "");
    out.push(p.rag === null ? "Not rated." : `**${p.rag.symbol} ${p.rag.label}** for the measure "${p.rag.measure}". ${p.rag.reason}. (${p.rag.label}: ${p.rag.definition})`, "");
  }
  if (result.wards !== null) {
    out.push(`## Wards of ${result.area}, ${result.wards.period.label}`, "");
    out.push(markdownTable(wardDisplay(result.wards)));
    out.push("", `_${result.wards.footnote}_`, "");
  }
  if (result.reconciliation !== null) {
    const r = result.reconciliation;
    out.push(`## ${reconciliationHeading}`, "", escapeCell(reconciliationSummary(r)), "", markdownTable(reconciliationDisplay(r)), "");
    if (r.missing.length > 0) out.push("Missing:", "", ...r.missing.map((m) => `- ${escapeCell(m)}`), "");
    const examples = rejectedExampleLines(r);
    if (examples.length > 0) out.push("First rejected rows:", "", ...examples.map((e) => `- ${escapeCell(e)}`), "");
  }
  out.push("## Notes on method and sources", "");
  for (const note of [...result.notes, ...result.sources.map((s) => `Source: ${s}`)]) out.push(`- ${note}`);
  if (result.synthetic) out.push("", `**${syntheticWarning}**`);
  out.push("");
  return out.join("\n");
}
