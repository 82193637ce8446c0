import { formatNumber } from "@crimestats/internal";
import type { Period } from "@crimestats/periods";
import { percentChange } from "@crimestats/rates";
import type { Polarity } from "@crimestats/schema";
import type { PriorityChange, RagVerdict, RateComparison } from "../../types.js";
import type { BreakNote } from "./breakNotes.js";
import { countText, listWords, lowerFirst, monthWords, periodWords, signedCount, signedPercent, unique } from "./words.js";

/** The figures of one priority (or of all offences) that key findings are written from. */
export interface KeyFindingsPriority {
  /** Priority id. */
  readonly id: string;
  /** Priority name, e.g. `"Burglary"` or `"All offences"`. */
  readonly name: string;
  /** The anchor id of the priority's section, e.g. `"burglary"`: every finding links to the section its figures come from. */
  readonly section: string;
  /** Whether fewer offences are better (default), more, or neither. */
  readonly polarity?: Polarity;
  /** The focus area's offences in the previous period, `null` in a single-period assessment. */
  readonly previous: number | null;
  /** The focus area's offences in the current period. */
  readonly current: number;
  /** The focus area's rate per 1,000 residents in the current period (unrounded). */
  readonly rate: number;
  /** The verdict on the change, `null` in a single-period assessment (the findings then give levels, comparisons and ranks). */
  readonly change: Pick<PriorityChange, "verdict"> | null;
  /** The focus area's rank among the benchmark area's members with its sentence, `null` when not ranked (the benchmark area is the focus area alone). Default none. */
  readonly rank?: { readonly explanation: string } | null;
  /** The rate against the benchmark area's. */
  readonly vsBenchmarkArea: Pick<RateComparison, "outcome" | "rate">;
  /** The rate against the comparator group's pooled rate. */
  readonly vsComparatorGroup: Pick<RateComparison, "outcome" | "rate">;
  /** Changes in recording affecting the comparison (from `breakNotes`). */
  readonly breaks: readonly Pick<BreakNote, "id" | "month" | "areas" | "likeForLike">[];
  /** The RAG verdict, or `null` when no rule applies. */
  readonly rag: Pick<RagVerdict, "rating" | "label"> | null;
  /**
   * The caveats on the focus area's change that a change in recording leaves judged (the notes next
   * to its figure, e.g. "up to about 307 of this rise may be offences that had no borough before
   * September 2024"), given after its verdict. Default none.
   */
  readonly caveats?: readonly string[];
}

/** Input of {@link keyFindings}. */
export interface KeyFindingsInput {
  /** The focus area. */
  readonly area: string;
  /** The benchmark area's name, e.g. `"London"`. */
  readonly benchmarkArea: string;
  /** What the comparator group is called after "its", e.g. `"neighbours"`. */
  readonly comparatorGroup: string;
  /** The assessed period. */
  readonly current: Period;
  /** All offences: the headline, always first. */
  readonly headline: KeyFindingsPriority;
  /** The other priorities, in the document's order. */
  readonly priorities: readonly KeyFindingsPriority[];
  /** The sections of the partnership's own measures, in the document's order, with their verdicts. Default none. */
  readonly local?: readonly KeyFindingsLocal[];
}

/** A section of the partnership's own measures, as key findings read it. */
interface KeyFindingsLocal {
  /** The anchor id of its section. */
  readonly section: string;
  /** Its verdict (a change, a target status or a comparison), or `null`. */
  readonly verdict: { readonly kind: string; readonly word: string; readonly explanation: string } | null;
}

/** The figures of a priority compared with a year earlier: its previous count and its verdict are given. */
type Compared = KeyFindingsPriority & { readonly previous: number; readonly change: Pick<PriorityChange, "verdict"> };

/** Most key findings from the partnership's own measures. */
const MAX_LOCAL = 2;

/** One key finding: a sentence and the anchor id of the section whose figures it states. */
export interface KeyFinding {
  /** The sentence. */
  readonly explanation: string;
  /** The anchor id of the section it comes from. */
  readonly section: string;
}

/** Most findings listed. */
const MAX_FINDINGS = 8;
/** Most changes in recording given a sentence each (the rest share one). */
const MAX_BREAKS = 2;

/**
 * The key findings for the top of the document: at most eight sentences, each written only from
 * the figures passed in and linked to the section they come from, in this order: the change in
 * all offences; the focus area's rate against the benchmark area and its comparator group; the
 * priorities that changed significantly (rises first, each by the size of its change in offences,
 * largest first); the changes in recording that make a
 * comparison not like for like; the priorities of concern (a significant rise where fewer offences
 * are better, or a red rating). Where there are more, the last sentence of a kind counts the rest.
 * At most two findings come from the partnership's own measures (`local`): a significant change
 * and a target not met, each in its section's verdict, after the priorities' changes.
 *
 * @param input - The focus area, the names of the benchmark area and comparator group, the period, and the figures of all offences and of each priority.
 * @returns The findings, in order.
 * @throws Nothing: the figures are those the sections were built from.
 * @example
 * ```ts
 * keyFindings({ area: "Harrow", benchmarkArea: "London", comparatorGroup: "neighbours", current: rollingYear("2025-02"),
 *   headline: allOffences, priorities: [] })[0];
 * //=> { explanation: "All offences in Harrow rose from 15,905 to 16,419 (+514, +3.2%) in the 12 months to February 2025 compared with a year earlier, a significant rise.", section: "all-offences" }
 * ```
 */
export function keyFindings(input: KeyFindingsInput): readonly KeyFinding[] {
  const { area, headline, current } = input;
  const when = periodWords(current);
  if (headline.change === null || headline.previous === null) return singlePeriodFindings(input, when);
  const findings: KeyFinding[] = [{ explanation: headlineSentence(headline as Compared, area, when), section: headline.section }];

  const position = positionSentence(input, when);
  if (position !== null) findings.push({ explanation: position, section: headline.section });

  // Largest change in offences first within rises and within falls (ties in the document's order), so the cut keeps the biggest.
  const size = (p: KeyFindingsPriority): number => Math.abs(p.current - (p.previous ?? p.current));
  const significant = input.priorities
    .filter((p) => p.change?.verdict === "significant-rise" || p.change?.verdict === "significant-fall")
    .map((p, i) => ({ p, i }))
    .sort((a, b) => size(b.p) - size(a.p) || a.i - b.i)
    .map(({ p }) => p);
  const changes = [
    ...significant.filter((p) => p.change?.verdict === "significant-rise"),
    ...significant.filter((p) => p.change?.verdict === "significant-fall"),
  ].map((p) => ({ finding: { explanation: changeSentence(p as Compared, area), section: p.section }, name: p.name, verdict: p.change?.verdict }));

  const breaks = breakSentences(input);
  const concern = concernSentence(input);
  const local = localFindings(input.local ?? []);
  const room = MAX_FINDINGS - findings.length - breaks.length - (concern === null ? 0 : 1) - local.length;
  if (changes.length <= room) findings.push(...changes.map((c) => c.finding));
  else {
    const kept = changes.slice(0, Math.max(room - 1, 0));
    const rest = changes.slice(kept.length);
    // Rises and falls named apart, never as one count of "changes".
    const names = (verdict: string): string[] => rest.filter((c) => c.verdict === verdict).map((c) => lowerFirst(c.name));
    const rose = names("significant-rise");
    const fell = names("significant-fall");
    // "3 other priorities fell significantly: …": counted, so it does not read as every other priority.
    const group = (names: readonly string[], verb: string): string =>
      `${countText(names.length)} other priorit${names.length === 1 ? "y" : "ies"} ${verb} significantly: ${listWords(names)}`;
    const parts = [rose.length === 0 ? "" : group(rose, "rose"), fell.length === 0 ? "" : group(fell, "fell")].filter((t) => t !== "");
    findings.push(...kept.map((c) => c.finding), {
      explanation: `${parts.join("; ")}.`,
      section: rest[0]?.finding.section ?? headline.section,
    });
  }
  findings.push(...local, ...breaks);
  // The priorities of concern, unless each is one whose rise a finding above already gives.
  const restated = concern?.only.every((name) => findings.some((f) => f.explanation.startsWith(`${name} in ${area} rose significantly`)));
  if (concern !== null && restated !== true) findings.push(concern.finding);
  return findings;
}

/**
 * The findings of a single-period assessment (no change to give): all offences in the focus area
 * with its rate, its rank among the benchmark area's members, its rate against the benchmark area
 * and the comparator group, the other priorities whose rates differ significantly, then the
 * partnership's own measures and the priorities of concern (a red rating).
 */
function singlePeriodFindings(input: KeyFindingsInput, when: string): KeyFinding[] {
  const { area, headline } = input;
  const findings: KeyFinding[] = [
    {
      explanation: `${headline.name} in ${area}: ${countText(headline.current)} in ${when}, ${formatNumber(headline.rate, 2)} per 1,000 residents.`,
      section: headline.section,
    },
  ];
  // A rank is a finding only where the rate differs significantly from the benchmark area's: else it ranks noise.
  const apart = headline.vsBenchmarkArea.outcome === "higher" || headline.vsBenchmarkArea.outcome === "lower";
  if (headline.rank !== undefined && headline.rank !== null && apart) findings.push({ explanation: headline.rank.explanation, section: headline.section });
  const position = positionSentence(input, when);
  if (position !== null) findings.push({ explanation: position, section: headline.section });
  // The other priorities whose rates differ significantly from the benchmark area's (else the comparator group's, when there is no benchmark area to compare with).
  const against = input.priorities.some((p) => p.vsBenchmarkArea.outcome !== "not-compared") ? "benchmark" : "group";
  const whose = against === "benchmark" ? rateOf(input.benchmarkArea) : `the pooled rate of its ${input.comparatorGroup}`;
  const differing = (outcome: "higher" | "lower"): KeyFindingsPriority[] =>
    input.priorities.filter((p) => (against === "benchmark" ? p.vsBenchmarkArea : p.vsComparatorGroup).outcome === outcome);
  const listed = (ps: readonly KeyFindingsPriority[]): string =>
    listWords(
      ps.map((p) => {
        const other = (against === "benchmark" ? p.vsBenchmarkArea : p.vsComparatorGroup).rate;
        return `${lowerFirst(p.name)} (${formatNumber(p.rate, 2)} against ${other === null ? "" : formatNumber(other, 2)})`;
      }),
    );
  const higher = differing("higher");
  const lower = differing("lower");
  const parts = [
    higher.length === 0 ? "" : `significantly higher than ${whose} for ${listed(higher)}`,
    lower.length === 0 ? "" : `significantly lower${higher.length === 0 ? ` than ${whose}` : ""} for ${listed(lower)}`,
  ].filter((t) => t !== "");
  if (parts.length > 0) {
    findings.push({
      explanation: `Of the other priorities, ${possessive(area)} rate per 1,000 residents in ${when} was ${parts.join(", and ")}.`,
      section: (higher[0] ?? lower[0] ?? headline).section,
    });
  }
  findings.push(...localFindings(input.local ?? []).slice(0, Math.max(MAX_FINDINGS - findings.length - 1, 0)));
  const concern = concernSentence(input);
  if (concern !== null) findings.push(concern.finding);
  return findings;
}

/**
 * At most two findings of the partnership's own measures, each its section's verdict in its own
 * words: the first significant change and the first target not met (in the document's order), or
 * two of either kind when there is none of the other.
 */
function localFindings(sections: readonly KeyFindingsLocal[]): KeyFinding[] {
  const of = (s: KeyFindingsLocal): KeyFinding => ({ explanation: s.verdict?.explanation ?? "", section: s.section });
  const changes = sections.filter((s) => s.verdict?.kind === "change" && (s.verdict.word === "significant-rise" || s.verdict.word === "significant-fall"));
  const missed = sections.filter((s) => s.verdict?.kind === "target" && s.verdict.word === "not-met");
  const first = [changes[0], missed[0]].filter((s) => s !== undefined);
  const rest = [...changes.slice(1), ...missed.slice(1)];
  return [...first, ...rest].slice(0, MAX_LOCAL).map(of);
}

/** "All offences in Harrow rose from 15,905 to 16,419 (+514, +3.2%) in … compared with a year earlier, a significant rise." */
function headlineSentence(p: Compared, area: string, when: string): string {
  const moved = movement(p.previous, p.current);
  const subject = `${p.name} in ${area}`;
  const caveats = caveatWords(p);
  switch (p.change.verdict) {
    case "significant-rise":
    case "significant-fall":
      return `${subject} ${moved} in ${when} compared with a year earlier, a significant ${p.change.verdict === "significant-rise" ? "rise" : "fall"}${caveats}.`;
    case "no-significant-change":
      return `${subject} ${moved} in ${when} compared with a year earlier, which is not a significant change${caveats}.`;
    case "too-few-to-judge":
      return `${subject} ${moved} in ${when} compared with a year earlier; there are too few offences to judge whether the change is significant${caveats}.`;
    case "not-comparable": {
      const like = p.breaks.flatMap((b) => b.likeForLike.filter((l) => l.area === area))[0];
      const likeText =
        like === undefined
          ? ""
          : ` Like for like, they went from ${countText(like.previous)} to ${countText(like.current)} (${changeFigures(like.previous, like.current)}).`;
      return `${subject} ${moved} in ${when} compared with a year earlier, but a change in recording means the two periods are not comparable.${likeText}`;
    }
  }
}

/** The caveats on a change, each after a semicolon: "; up to about 307 of it may be offences that had no borough before September 2024". */
function caveatWords(p: KeyFindingsPriority): string {
  // One caveat after a semicolon; more as sentences of their own, those with a clause of their own (a semicolon) last.
  const caveats = [...(p.caveats ?? [])].sort((a, b) => Number(a.includes(";")) - Number(b.includes(";")));
  return caveats
    .map((c, i) => `${i === 0 ? "; " : `. ${c.charAt(0).toUpperCase()}`}${(i === 0 ? c : c.slice(1)).replace(/ of this (rise|fall)\b/, " of it")}`)
    .join("");
}

/** "Harrow's rate of all offences (65.32 per 1,000 residents) was significantly lower than London's (89.10) and not significantly different from its neighbours' (66.00) in …." */
function positionSentence(input: KeyFindingsInput, when: string): string | null {
  const p = input.headline;
  const parts: string[] = [];
  const against = (c: KeyFindingsPriority["vsBenchmarkArea"], whose: string): void => {
    if (c.outcome === "not-compared" || c.rate === null) return;
    const words = c.outcome === "similar" ? "not significantly different from" : `significantly ${c.outcome} than`;
    parts.push(`${words} ${whose} (${formatNumber(c.rate, 2)})`);
  };
  against(p.vsBenchmarkArea, rateOf(input.benchmarkArea));
  against(p.vsComparatorGroup, `the pooled rate of its ${input.comparatorGroup}`);
  if (parts.length === 0) return null;
  return `${possessive(input.area)} rate of ${lowerFirst(p.name)} (${formatNumber(p.rate, 2)} per 1,000 residents) was ${listWords(parts)} in ${when}.`;
}

/** "Burglary in Harrow rose significantly, from 1,234 to 1,456 (+222, +18.0%)." */
function changeSentence(p: Compared, area: string): string {
  const direction = p.change.verdict === "significant-rise" ? "rose" : "fell";
  return `${p.name} in ${area} ${direction} significantly, from ${countText(p.previous)} to ${countText(p.current)} (${changeFigures(p.previous, p.current)})${caveatWords(p)}.`;
}

/** One sentence per change in recording that affects a comparison (the first two; the rest share one). */
function breakSentences(input: KeyFindingsInput): KeyFinding[] {
  const all = [input.headline, ...input.priorities];
  const seen = new Map<
    string,
    { month: string; areas: Set<string>; names: string[]; mine: string[]; section: string; focus: BreakNote["likeForLike"][number] | undefined }
  >();
  for (const p of all) {
    for (const b of p.breaks) {
      const entry = seen.get(b.id) ?? { month: b.month, areas: new Set<string>(), names: [], mine: [], section: p.section, focus: undefined };
      for (const a of b.areas) entry.areas.add(a);
      entry.names.push(lowerFirst(p.name));
      if (b.areas.includes(input.area)) entry.mine.push(lowerFirst(p.name));
      entry.focus ??= b.likeForLike.find((l) => l.area === input.area);
      seen.set(b.id, entry);
    }
  }
  // Changes that bear on the same areas and priorities alike (an airports row that stops and starts again) are one sentence with their months.
  const merged = new Map<
    string,
    { months: string[]; areas: Set<string>; names: string[]; mine: string[]; section: string; focus: BreakNote["likeForLike"][number] | undefined }
  >();
  for (const e of seen.values()) {
    const key = JSON.stringify([[...e.areas].sort(), unique(e.names), unique(e.mine), e.focus ?? null]);
    const same = merged.get(key);
    if (same === undefined) merged.set(key, { ...e, months: [e.month] });
    else same.months.push(e.month);
  }
  const entries = [...merged.values()];
  const when = (e: (typeof entries)[number]): string => listWords(e.months.map((m) => monthWords(m as Period["first"])));
  // "Harrow, Barnet and Brent (4 priorities; for Harrow, robbery)": the focus area first, and its own priorities named when they are not all of them.
  const whom = (e: (typeof entries)[number]): string => {
    const areas = [...e.areas].sort((a, b) => Number(b === input.area) - Number(a === input.area));
    const names = unique(e.names);
    const mine = unique(e.mine);
    const own = mine.length === 0 || mine.length === names.length ? "" : `; for ${input.area}, ${namesWords(mine, all.length)}`;
    return `${listWords(areas)} (${namesWords(names, all.length)}${own})`;
  };
  const sentence = (e: (typeof entries)[number]): KeyFinding => {
    const like =
      e.focus === undefined
        ? ""
        : `; like for like, ${input.area} went from ${countText(e.focus.previous)} to ${countText(e.focus.current)} (${changeFigures(e.focus.previous, e.focus.current)})`;
    return {
      explanation:
        e.months.length === 1
          ? `A change in recording from ${when(e)} means the change is not comparable for ${whom(e)}${like}.`
          : `Changes in recording from ${when(e)} mean the change is not comparable for ${whom(e)}${like}.`,
      section: e.section,
    };
  };
  if (entries.length <= MAX_BREAKS) return entries.map(sentence);
  const rest = entries.slice(MAX_BREAKS - 1);
  return [
    ...entries.slice(0, MAX_BREAKS - 1).map(sentence),
    {
      explanation: `Further changes in recording make changes not comparable: ${rest.map((e) => `from ${when(e)} for ${whom(e)}`).join("; ")}.`,
      section: rest[0]?.section ?? input.headline.section,
    },
  ];
}

/** The priorities a change in recording touches: named when three or fewer, "every priority" or counted otherwise. */
function namesWords(names: readonly string[], total: number): string {
  if (names.length <= 3) return listWords(names);
  return names.length === total ? "every priority" : `${names.length} priorities`;
}

/** "Priorities of concern: burglary (a significant rise) and robbery (rated Red)." */
function concernSentence(input: KeyFindingsInput): { readonly finding: KeyFinding; readonly only: readonly string[] } | null {
  const reasons = [input.headline, ...input.priorities].flatMap((p) => {
    const why: string[] = [];
    const rises = p !== input.headline && p.change?.verdict === "significant-rise" && (p.polarity ?? "lower-is-better") === "lower-is-better";
    if (rises) why.push("a significant rise");
    if (p.rag?.rating === "red") why.push(`rated ${p.rag.label}`);
    return why.length === 0 ? [] : [{ p, why }];
  });
  if (reasons.length === 0) return null;
  const finding = {
    explanation: `Priorit${reasons.length === 1 ? "y" : "ies"} of concern: ${listWords(reasons.map((r) => `${lowerFirst(r.p.name)} (${listWords(r.why)})`))}.`,
    section: reasons[0]?.p.section ?? input.headline.section,
  };
  // The names of the priorities whose only reason is a significant rise ("" for one with another reason: never restated).
  return { finding, only: reasons.map((r) => (r.why.length === 1 && r.why[0] === "a significant rise" ? r.p.name : "")) };
}

/** "rose from 15,905 to 16,419 (+514, +3.2%)", "fell from …", "stayed at 120". */
function movement(previous: number, current: number): string {
  if (previous === current) return `stayed at ${countText(current)}`;
  return `${current > previous ? "rose" : "fell"} from ${countText(previous)} to ${countText(current)} (${changeFigures(previous, current)})`;
}

/** "+514, +3.2%" (no percent from zero). */
function changeFigures(previous: number, current: number): string {
  const percent = signedPercent(percentChange(previous, current));
  return percent === null ? signedCount(current - previous) : `${signedCount(current - previous)}, ${percent}`;
}

/** Whose rate the benchmark area's is: "London's", but "the Cumbria Constabulary area rate" for a name that is an area ("Cumbria Constabulary area's" lacks its "the"). */
function rateOf(benchmarkArea: string): string {
  return /\barea$/i.test(benchmarkArea) ? `the ${benchmarkArea} rate` : possessive(benchmarkArea);
}

/** "London" → "London's"; "neighbours" → "neighbours'". */
function possessive(name: string): string {
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}
