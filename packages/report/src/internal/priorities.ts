import type { Indicator, Strategy, Target } from "@crimestats/schema";
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
 * categories the counts do not hold, are listed in the notes as not assessed, unless `covered`
 * names the local section that assesses them (see {@link localCoverage}), which the note names
 * instead. Each keeps the targets the strategy sets on its indicator (they give its RAG rule).
 */
export function strategyPriorities(
  strategy: Strategy,
  minors: readonly string[],
  boroughMinors: ReadonlySet<string>,
  notes: string[],
  covered: (indicator: Indicator) => string | null = () => null,
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
        const section = covered(indicator);
        if (section !== null) {
          notes.push(`${strategy.title}, ${priority.title}: "${indicator.name}" is assessed from the partnership's own data (section ${section}).`);
          continue;
        }
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

/** The measures of the partnership's own data a local section is made for, as `localCoverage` reads them. */
export interface LocalCoverageInput {
  /** The focus area: only its rows count. */
  readonly area: string;
  /** The incident rows' measures and areas. */
  readonly incidents?: readonly { readonly measure: string; readonly area: string }[];
  /** The youth justice rows' measures and areas. */
  readonly youthJustice?: readonly { readonly measure: string; readonly area: string }[];
}

/**
 * The local sections a strategy's indicator may be matched to, each with its heading and how an
 * indicator is recognised: a crime flag its numerator selects, or words of its name (the name
 * only, so "young people carrying offensive weapons (guns and knives)" is not knife crime).
 */
const COVERAGE: readonly { readonly id: string; readonly name: string; readonly flag?: RegExp; readonly words: RegExp; readonly not?: RegExp }[] = [
  { id: "asb", name: "Anti-social behaviour", words: /\banti-social behaviour\b|\bASB\b/i, not: /\brepeat\b/i },
  { id: "domestic-abuse", name: "Domestic abuse", flag: /^domestic-abuse$/, words: /\bdomestic (?:abuse|violence)\b/i, not: /\bnon-domestic\b|\bnon-DA\b/i },
  { id: "hate-crime", name: "Hate crime", flag: /^hate(?::|$)/, words: /\bhate crime\b/i },
  { id: "knife-crime", name: "Knife crime", words: /\bknife crime\b/i },
  { id: "gun-crime", name: "Gun crime", words: /\bgun crime\b|\bfirearms? offences\b/i },
  { id: "serious-youth-violence", name: "Serious youth violence", words: /\bserious youth violence\b/i },
  { id: "first-time-entrants", name: "Youth justice", words: /\bfirst[- ]time entrants\b/i },
  { id: "reoffending", name: "Youth justice", words: /\bre-?offending\b/i },
  { id: "custody", name: "Youth justice", words: /\bcustod(?:y|ial)\b/i },
];

/**
 * Which local section assesses a strategy's indicator that the recorded-crime counts cannot
 * measure, from the partnership's own data: conservatively, only an indicator whose numerator
 * selects the section's crime flag (`domestic-abuse`, a `hate` strand) or whose name says what the
 * section measures (anti-social behaviour but not repeat incidents; domestic abuse but not
 * non-domestic violence; hate crime; knife crime; gun crime; serious youth violence; first-time
 * entrants, reoffending or custody for youth justice), and only when the data have rows of that
 * measure for the focus area. Returns the section's heading in quotes, or `null`.
 */
export function localCoverage(local: LocalCoverageInput): (indicator: Indicator) => string | null {
  const measures = new Set([
    ...(local.incidents ?? []).filter((r) => r.area === local.area).map((r) => r.measure),
    ...(local.youthJustice ?? []).filter((r) => r.area === local.area).map((r) => r.measure),
  ]);
  return (indicator) => {
    const flags = indicator.numerator.offences.flags ?? [];
    const found = COVERAGE.find(
      (c) => measures.has(c.id) && (flags.some((f) => c.flag?.test(f) === true) || c.words.test(indicator.name)) && c.not?.test(indicator.name) !== true,
    );
    return found === undefined ? null : `"${found.name}"`;
  };
}
