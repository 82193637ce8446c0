import type { Chart } from "@crimestats/charts";
import type { LocalMeasuresResult, LocalSection, LocalTable, LocalVerdict } from "../../localTypes.js";
import { anchorId } from "../present.js";
import { capitalise, listWords } from "../sections/words.js";

// The words around a local section that the HTML (and so the Word and PDF documents) and the
// Markdown renderings share, so the formats say the same.

/** The words of a local section beyond its own figures and sentences. */
export interface LocalSectionText {
  /** The section's element id. */
  readonly id: string;
  /** "Period assessed: 12 months to February 2025 against the 12 months before." */
  readonly period: string;
  /** The SYNTHETIC label, or `null` for real data. */
  readonly synthetic: string | null;
  /** The method notes to print: the section's own, without the disclosure sentence (the document gives it once) or a note an earlier local section printed. */
  readonly notes: readonly string[];
  /** The verdict's heading, its word as a label, and its explanation (empty when the findings already give that sentence), or `null`. */
  readonly verdict: { readonly heading: string; readonly label: string; readonly explanation: string } | null;
}

/** The label of a local section's data when they are SYNTHETIC. */
const localSyntheticLabel = "SYNTHETIC data: not real figures.";

/** The words of each verdict code, as a label ("Significant rise", "Target met"). */
const VERDICT_WORDS: Readonly<Record<string, string>> = {
  "significant-rise": "Significant rise",
  "significant-fall": "Significant fall",
  "no-significant-change": "No significant change",
  "too-few-to-judge": "Too few to judge",
  "not-comparable": "Not comparable",
  met: "Target met",
  "not-met": "Target not met",
  "no-target": "No target",
};

/** A verdict's code as a label: the words above, else the code in words ("significantly-higher" → "Significantly higher"). */
function verdictLabel(verdict: LocalVerdict): string {
  return VERDICT_WORDS[verdict.word] ?? capitalise(verdict.word.replace(/-/g, " "));
}

/** The heading over a verdict: what was judged. */
function verdictHeading(verdict: LocalVerdict): string {
  // Words no table of a section heads a column with ("Target" does), so a printed heading is found as itself.
  return verdict.kind === "target" ? "Against target" : verdict.kind === "comparison" ? "Comparison with other areas" : "Verdict";
}

/**
 * The shared words of every local section of a result, in order: each section's period, the
 * SYNTHETIC label when its data are, its notes without the policy sentence (given once in the
 * document's notes) and without a note an earlier local section printed (a line names that
 * section instead), and its verdict with a label (the explanation left out when the findings
 * already say it).
 */
export function localSectionTexts(local: LocalMeasuresResult | null | undefined): readonly (readonly [LocalSection, LocalSectionText])[] {
  if (local === null || local === undefined) return [];
  // Each note printed so far, with the name of the section that printed it.
  const printedBy = new Map<string, string>();
  return local.sections.map((section) => {
    const own = section.notes.map((n) => n.trim()).filter((n) => n !== local.disclosure.trim());
    const earlier = [...new Set(own.flatMap((n) => printedBy.get(n) ?? []))];
    const notes = own.filter((n) => !printedBy.has(n));
    for (const n of notes) printedBy.set(n, section.name);
    const asBefore = earlier.length === 0 ? [] : [`The other method notes are those of ${listWords(earlier)} above.`];
    return [section, localSectionText(section, [...notes, ...asBefore])] as const;
  });
}

/** The words of one local section, its notes as {@link localSectionTexts} chose them. */
function localSectionText(section: LocalSection, notes: readonly string[]): LocalSectionText {
  // The explanation is left out when the findings hold it (as one sentence or several in a row).
  const findings = section.findings.map((f) => f.trim()).join(" ");
  const verdict = section.verdict;
  return {
    id: anchorId(section.anchor),
    period: `Period assessed: ${section.period.replace(/\.\s*$/, "")}.`,
    synthetic: section.synthetic ? localSyntheticLabel : null,
    notes,
    verdict:
      verdict === null
        ? null
        : {
            heading: verdictHeading(verdict),
            label: `${verdictLabel(verdict)}.`,
            explanation: findings.includes(verdict.explanation.trim()) ? "" : verdict.explanation,
          },
  };
}

/** The local sections of a result, or none. */
export function localSectionsOf(local: LocalMeasuresResult | null | undefined): readonly LocalSection[] {
  return local?.sections ?? [];
}

/**
 * A section's charts and tables in the order the documents print them: chart 1, table 1, chart 2,
 * table 2, …, then what is left of the longer list, so a chart stands next to the table of the same
 * figures where a section has one of each per question (a survey) and before its tables otherwise.
 */
export function chartsAndTables(
  section: LocalSection,
): ({ readonly kind: "chart"; readonly chart: Chart } | { readonly kind: "table"; readonly table: LocalTable })[] {
  const out: ({ readonly kind: "chart"; readonly chart: Chart } | { readonly kind: "table"; readonly table: LocalTable })[] = [];
  for (let i = 0; i < Math.max(section.charts.length, section.tables.length); i += 1) {
    const chart = section.charts[i];
    const table = section.tables[i];
    if (chart !== undefined) out.push({ kind: "chart", chart });
    if (table !== undefined) out.push({ kind: "table", table });
  }
  return out;
}
