import type { Chart } from "@crimestats/charts";
import type { LocalSection } from "../../localTypes.js";
import type { DisplayTable } from "../present.js";
import { escapeXml } from "../xml.js";
import { chartsAndTables, type LocalSectionText } from "./localText.js";

/** What the HTML document lends the renderer of a local section: its figures and its data tables (each with a numbered caption id). */
export interface LocalHtmlContext {
  /** A chart as a figure (drawn with the document's other charts), its caption without the sentences `printed` holds. */
  readonly figure: (chart: Chart, printed: string) => string;
  /** A data table with its caption, in its scrolling region. */
  readonly table: (table: DisplayTable, caption: string) => string;
}

/**
 * One section of the partnership's own data as HTML, for every kind alike: the heading, the
 * period assessed (and that the data are SYNTHETIC when they are), the quick facts, the findings,
 * the charts and tables (each table with its notes; the first chart before the first table, the
 * second before the second, …), the method notes and the verdict. Every figure is as the
 * section released it; nothing is computed here. The elements are those of the priority sections
 * (`section`, `h2`, `h3`, `dl.facts`, `p`, `p.note`, `figure`, `table`), which the Word document has
 * rules for.
 */
export function localSectionHtml(section: LocalSection, text: LocalSectionText, ctx: LocalHtmlContext): string[] {
  const out: string[] = [`<section class="local" id="${text.id}">`, `<h2>${escapeXml(section.name)}</h2>`];
  out.push(`<p class="note">${escapeXml(text.period)}${text.synthetic === null ? "" : ` <strong>${escapeXml(text.synthetic)}</strong>`}</p>`);
  if (section.facts.length > 0) {
    out.push("<h3>Quick facts</h3>", '<dl class="facts">');
    for (const fact of section.facts) out.push(`<div><dt>${escapeXml(fact.label)}</dt><dd>${escapeXml(fact.text)}</dd></div>`);
    out.push("</dl>");
  }
  if (section.findings.length > 0) out.push(`<p>${escapeXml(section.findings.join(" "))}</p>`);
  const printed = section.findings.join(" ");
  // Each chart before the table of the same place (a survey question's chart, then its table), the rest after.
  for (const item of chartsAndTables(section)) {
    if (item.kind === "chart") out.push(ctx.figure(item.chart, printed));
    else {
      out.push(ctx.table(item.table, item.table.caption));
      for (const note of item.table.notes) out.push(`<p class="note">${escapeXml(note)}</p>`);
    }
  }
  if (text.notes.length > 0) out.push(`<ul class="notes">${text.notes.map((n) => `<li>${escapeXml(n)}</li>`).join("")}</ul>`);
  if (text.verdict !== null)
    out.push(
      `<h3>${escapeXml(text.verdict.heading)}</h3>`,
      `<p><strong>${escapeXml(text.verdict.label)}</strong>${text.verdict.explanation === "" ? "" : ` ${escapeXml(text.verdict.explanation)}`}</p>`,
    );
  out.push("</section>");
  return out;
}
