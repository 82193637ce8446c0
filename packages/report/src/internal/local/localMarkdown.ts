import type { Chart } from "@crimestats/charts";
import type { LocalSection } from "../../localTypes.js";
import { chartsAndTables, type LocalSectionText } from "../document/localText.js";
import { markdownBlock as b, markdownInline as t } from "../markdown.js";
import type { DisplayTable } from "../present.js";

/** What the Markdown document lends the renderer of a local section. */
export interface LocalMarkdownContext {
  /** A chart's text alternative as lines ("Chart (see the HTML version): …"). */
  readonly chart: (chart: Chart) => string[];
  /** A table after its caption. */
  readonly table: (table: DisplayTable, caption: string) => string;
}

/**
 * One section of the partnership's own data as Markdown, in the words and order of its HTML
 * (`localSectionHtml`): the anchor and heading, the period (and the SYNTHETIC label), the quick
 * facts, the findings, the charts' text alternatives and the tables with their notes (interleaved
 * as in the HTML), the method notes and the verdict.
 */
export function localSectionMarkdown(section: LocalSection, text: LocalSectionText, ctx: LocalMarkdownContext): string[] {
  const out: string[] = [`<a id="${text.id}"></a>`, "", `## ${t(section.name)}`, ""];
  out.push(`_${t(text.period)}_${text.synthetic === null ? "" : ` **${t(text.synthetic)}**`}`, "");
  if (section.facts.length > 0) {
    out.push("### Quick facts", "", ...section.facts.map((f) => `- ${b(f.label)}: **${t(f.text)}**`), "");
  }
  if (section.findings.length > 0) out.push(b(section.findings.join(" ")), "");
  for (const item of chartsAndTables(section)) {
    if (item.kind === "chart") out.push(...ctx.chart(item.chart));
    else {
      out.push(ctx.table(item.table, item.table.caption), "");
      for (const note of item.table.notes) out.push(`_${t(note.trim())}_`, "");
    }
  }
  if (text.notes.length > 0) out.push(...text.notes.map((n) => `- _${t(n.trim())}_`), "");
  if (text.verdict !== null) {
    out.push(
      `### ${t(text.verdict.heading)}`,
      "",
      `**${t(text.verdict.label)}**${text.verdict.explanation === "" ? "" : ` ${t(text.verdict.explanation)}`}`,
      "",
    );
  }
  return out;
}
