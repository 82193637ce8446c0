import type { Strategy, Target } from "@crimestats/schema";
import { findCategory, metropolitanPoliceCategories } from "@crimestats/taxonomy";
import type { PriorityInput } from "../strategicAssessment.js";
import { capitalise, labelWords } from "./sections/words.js";

/**
 * Each offence label's Metropolitan Police major category (MinorText → MajorText code), for
 * finding counts moved between categories of one group; `null` when a label is not an MPS category.
 */
export function mpsGroups(labels: readonly string[]): Record<string, string> | null {
  const groups: Record<string, string> = {};
  for (const label of labels) {
    try {
      const category = findCategory(metropolitanPoliceCategories, label, { level: 2 });
      groups[label] = category.parent ?? category.code;
    } catch {
      return null;
    }
  }
  return groups;
}

/** The name of an MPS major category in sentence case ("Burglary"), or `null` for a code that is not one. */
export function mpsCategoryName(code: string): string | null {
  const found = metropolitanPoliceCategories.categories.find((c) => c.code === code);
  return found === undefined ? null : sentenceCase(found.name);
}

/** "ARSON AND CRIMINAL DAMAGE" → "Arson and criminal damage", "NFIB FRAUD" → "NFIB fraud": a name that reads well inside a sentence. */
function sentenceCase(text: string): string {
  return capitalise(labelWords(text));
}

/** The MPS category (level 2) of each published MinorText, via the taxonomy (an unknown name is an error naming it). */
function categoriesOf(minors: readonly string[]): Map<string, { code: string; parent: string }> {
  const out = new Map<string, { code: string; parent: string }>();
  for (const minor of minors) {
    const category = findCategory(metropolitanPoliceCategories, minor, { level: 2 });
    out.set(minor, { code: category.code, parent: category.parent ?? category.code });
  }
  return out;
}

/**
 * `mps-major`: all offences, then one priority per Metropolitan Police major category. Each
 * published MinorText is looked up in the `metropolitanPoliceCategories` taxonomy of
 * @crimestats/taxonomy, so the names of every release ("BURGLARY IN A DWELLING", "RES BURGLARY
 * OF A HOME") join the same major category.
 */
export function majorCategoryPriorities(minors: readonly string[]): PriorityInput[] {
  const categories = categoriesOf(minors);
  const groups = new Map<string, string[]>();
  for (const minor of minors) {
    const parent = categories.get(minor)?.parent ?? minor;
    groups.set(parent, [...(groups.get(parent) ?? []), minor]);
  }
  const nameOf = (code: string): string => metropolitanPoliceCategories.categories.find((c) => c.code === code)?.name ?? code;
  return [...groups.entries()]
    .map(([code, offences]) => ({ id: code, name: sentenceCase(nameOf(code)), offences }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * A partnership's strategy (a `Strategy` of @crimestats/schema): its indicators that select MPS
 * categories, each with its polarity; indicators that need other data (flags, surveys), or whose
 * categories the counts do not hold, are listed in the notes as not assessed. Each keeps the
 * targets the strategy sets on its indicator (they give its RAG rule).
 */
export function strategyPriorities(
  strategy: Strategy,
  minors: readonly string[],
  boroughMinors: ReadonlySet<string>,
  notes: string[],
): (PriorityInput & { readonly targets: readonly Target[] })[] {
  const categories = categoriesOf(minors);
  const out: (PriorityInput & { readonly targets: readonly Target[] })[] = [];
  for (const priority of strategy.priorities) {
    for (const indicator of priority.indicators) {
      const selection = indicator.numerator.offences;
      const codes = "codes" in selection && selection.taxonomy === "mps" ? (selection.codes ?? []) : [];
      const offences = minors.filter((m) => {
        const c = categories.get(m);
        return c !== undefined && codes.some((code) => c.code === code || c.parent === code);
      });
      if (codes.length === 0 || !offences.some((o) => boroughMinors.has(o))) {
        notes.push(
          `${strategy.title}, ${priority.title}: "${indicator.name}" is not assessed here (${
            codes.length === 0
              ? "it needs data other than MPS recorded-crime categories"
              : "the counts have no category for it: this release counts it within another category"
          }).`,
        );
        continue;
      }
      const targets = priority.targets.filter((t) => t.indicator === indicator.id).map((t) => t.target);
      out.push({ id: indicator.id, name: indicator.name, offences, polarity: indicator.polarity, targets });
    }
  }
  return out;
}
