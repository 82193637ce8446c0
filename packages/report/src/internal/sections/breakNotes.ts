import { describeValue } from "@crimestats/internal";
import { isMonthKey, monthIndex, type MonthKey, type Period } from "@crimestats/periods";
import type { DetectedBreak } from "@crimestats/police-data";
import { percentChange } from "@crimestats/rates";
import type { RecordingBreak, RecordingBreakKind, RowSelection } from "@crimestats/schema";
import { breaksIn } from "@crimestats/taxonomy";
import { ReportError } from "../../ReportError.js";
import { asReportError } from "../assessmentInput.js";
import type { CountTable } from "../counts.js";
import { countText, listWords, monthWords, periodWords, signedCount, signedPercent } from "./words.js";

/** Input of {@link breakNotes}: the breaks, the compared periods and the figure they may affect. */
export interface BreakNotesInput {
  /** Known changes in recording (published ones and the user's own). */
  readonly breaks: readonly RecordingBreak[];
  /** Changes found in the counts (`detectBreaks` of @crimestats/police-data); one a known break already explains is left out. */
  readonly detected: readonly DetectedBreak[];
  /** The earlier period of the comparison. */
  readonly previous: Period;
  /** The later period of the comparison. */
  readonly current: Period;
  /** The areas whose figures are compared one by one (the focus area and its comparators). */
  readonly areas: readonly string[];
  /** The benchmark area's pooled figure, when it is compared too: its name and the areas it sums. Default none. */
  readonly pooled?: { readonly name: string; readonly areas: readonly string[] };
  /** The offence labels the figure sums (the priority's). */
  readonly offences: readonly string[];
  /** The counts (area × month × offence) the like-for-like figures are summed from. */
  readonly counts: CountTable;
  /** The taxonomy of the offence labels (`"mps"`, `"police-uk"`): breaks of another taxonomy are left out. Default: every break. */
  readonly classification?: string;
}

/** A like-for-like comparison of one affected area: the sum over a set of rows comparable across the break. */
export interface LikeForLikeFigure {
  /** The affected area (or the benchmark area's name). */
  readonly area: string;
  /** The rows summed: areas and offence labels (each including the figure's own). */
  readonly rows: { readonly areas: readonly string[]; readonly offences: readonly string[] };
  /** The sum in the previous period. */
  readonly previous: number;
  /** The sum in the current period. */
  readonly current: number;
  /** Current minus previous. */
  readonly change: number;
  /** Percent change, `null` when the previous sum is 0. */
  readonly percent: number | null;
}

/** A change in recording that falls inside the comparison and affects the figure of at least one area. */
export interface BreakNote {
  /** The break's id (a detected one's is `detected-…`). */
  readonly id: string;
  /** The first month on the new basis. */
  readonly month: MonthKey;
  /** What kind of change it is. */
  readonly kind: RecordingBreakKind;
  /** Whether the break is a known (published or given) one or was found in the counts. */
  readonly origin: "known" | "detected";
  /** What changed, in plain English. */
  readonly description: string;
  /** Where a known break is documented (title and publisher), `null` for a detected one. */
  readonly source: string | null;
  /** The address of that source, `null` when none. */
  readonly url: string | null;
  /** The compared areas whose figures it affects (and the benchmark area's name when its pooled figure is affected). */
  readonly areas: readonly string[];
  /** A like-for-like comparison per affected area, where the break names a comparable set of rows; otherwise empty. */
  readonly likeForLike: readonly LikeForLikeFigure[];
  /** The note in words: when, what changed, and the like-for-like figures or why there are none. */
  readonly explanation: string;
}

/**
 * The notes on changes in recording for one figure of a comparison: the known and the detected
 * breaks that fall inside the comparison (a break at month m falls inside when the previous
 * period's first month < m ≤ the current period's last month) and affect the figure of at least
 * one compared area (`breaksIn` of @crimestats/taxonomy applies the rule), each with a like-for-like
 * comparison per affected area where the break names a comparable set of rows: the sum over those
 * rows in both periods (e.g. Hillingdon with the airports row), its change and percent change.
 *
 * A detected break is read as a recording break: a `moved` break affects its two rows and the two
 * together are like for like; a `series-start` or `series-end` affects its row with no like-for-like
 * set; a `level-shift` (a row of offences with no area) affects every area, and only the sum of
 * every area is like for like, so no area has a like-for-like figure (the note says so). A detected
 * break within a month of a known break on the same rows is left out (the known one explains it).
 *
 * @param input - The breaks, the detected breaks, the periods, the areas, the offences and the counts.
 * @returns The notes, by month then id; empty when no break affects the comparison.
 * @throws {@link ReportError} `invalid-argument` when a period, the areas or the offences are not
 * given as expected; `invalid-data` when a break is not a valid recording break (the message says which).
 * @example
 * ```ts
 * const notes = breakNotes({ breaks: [airports], detected: [], previous: rollingYear("2024-02"), current: rollingYear("2025-02"),
 *   areas: ["Hillingdon", "Harrow"], offences: ["THEFT"], counts });
 * notes[0]?.likeForLike[0];
 * //=> { area: "Hillingdon", rows: { areas: ["Hillingdon", "Airports"], offences: ["THEFT"] }, previous: 1200, current: 1236, change: 36, percent: 3 }
 * ```
 */
export function breakNotes(input: BreakNotesInput): readonly BreakNote[] {
  checkInput(input);
  try {
    return notes(input);
  } catch (error) {
    throw asReportError(error);
  }
}

/** A break with where it came from, as `breaksIn` reads it. */
interface Candidate {
  readonly recording: RecordingBreak;
  readonly origin: "known" | "detected";
  readonly spread: boolean;
}

function notes(input: BreakNotesInput): readonly BreakNote[] {
  const { counts, previous, current, offences } = input;
  const allAreas = counts.areas;
  const candidates: Candidate[] = [
    ...input.breaks.map((recording) => ({ recording, origin: "known" as const, spread: false })),
    ...input.detected
      .filter((d) => !input.breaks.some((k) => explains(k, d)))
      .map((d, i) => ({ recording: fromDetected(d, i, allAreas), origin: "detected" as const, spread: d.kind === "level-shift" })),
  ];
  if (candidates.length === 0) return [];
  const recordings = candidates.map((c) => c.recording);
  const compared = {
    previous: { first: previous.first, last: previous.last },
    current: { first: current.first, last: current.last },
    offences,
    present: { areas: [...allAreas], offences: [...counts.offences] },
    ...(input.classification === undefined ? {} : { classification: input.classification }),
  };
  const figures = [
    ...[...new Set(input.areas)].map((area) => ({ name: area, areas: [area], pooled: false })),
    ...(input.pooled === undefined ? [] : [{ name: input.pooled.name, areas: [...input.pooled.areas], pooled: true }]),
  ];
  const affectedBy = new Map<string, { name: string; areas: string[]; pooled: boolean }[]>();
  for (const figure of figures) {
    for (const b of breaksIn(recordings, { ...compared, areas: figure.areas })) affectedBy.set(b.id, [...(affectedBy.get(b.id) ?? []), figure]);
  }
  const sum = (areas: readonly string[], labels: readonly string[], p: Period): number => {
    const first = counts.months.indexOf(p.first);
    const last = counts.months.indexOf(p.last);
    let total = 0;
    for (const area of areas) {
      const s = counts.series(area, labels);
      for (let i = Math.max(first, 0); i <= last; i += 1) total += s[i] ?? 0;
    }
    return total;
  };
  const result: BreakNote[] = [];
  for (const c of candidates) {
    const figs = affectedBy.get(c.recording.id);
    if (figs === undefined) continue;
    const b = c.recording;
    const likeForLike: LikeForLikeFigure[] = [];
    for (const fig of figs) {
      const rows = likeForLikeRows(b, fig.areas, offences, allAreas, counts.offences);
      // A set spanning every area is the benchmark area's figure, not a figure of one area.
      if (rows === null || (!fig.pooled && allAreas.every((a) => rows.areas.includes(a)) && allAreas.length > 1)) continue;
      const before = sum(rows.areas, rows.offences, previous);
      const after = sum(rows.areas, rows.offences, current);
      likeForLike.push({ area: fig.name, rows, previous: before, current: after, change: after - before, percent: percentChange(before, after) });
    }
    const areas = figs.map((f) => f.name);
    result.push({
      id: b.id,
      month: b.month,
      kind: b.kind,
      origin: c.origin,
      description: b.description,
      source: c.origin === "known" ? `${b.source.title}${b.source.publisher === undefined ? "" : ` (${b.source.publisher})`}` : null,
      url: c.origin === "known" ? (b.source.url ?? null) : null,
      areas,
      likeForLike,
      explanation: explain(b, c, areas, likeForLike, offences, previous, current),
    });
  }
  return result.sort((a, b) => monthIndex(a.month) - monthIndex(b.month) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The like-for-like rows of a figure over `areas` × `offences`: the break's `likeForLike` set with
 * the figure's own rows (an absent field means every label when `affects` lists that field, the
 * figure's own otherwise), or `null` when the break names no like-for-like set.
 */
function likeForLikeRows(
  b: RecordingBreak,
  areas: readonly string[],
  offences: readonly string[],
  allAreas: readonly string[],
  allOffences: readonly string[],
): { areas: string[]; offences: string[] } | null {
  const set = b.likeForLike;
  if (set === undefined) return null;
  const widen = (own: readonly string[], field: keyof RowSelection, all: readonly string[]): string[] => {
    const listed = set[field] ?? (b.affects[field] === undefined ? own : all);
    return [...own, ...listed.filter((l) => !own.includes(l))];
  };
  return { areas: widen(areas, "areas", allAreas), offences: widen(offences, "offences", allOffences) };
}

/** The note in words. */
function explain(
  b: RecordingBreak,
  c: Candidate,
  areas: readonly string[],
  likeForLike: readonly LikeForLikeFigure[],
  offences: readonly string[],
  previous: Period,
  current: Period,
): string {
  // Descriptions usually start "From March 2024 …"; the month is added only where one does not.
  const dated = /^from /i.test(b.description) ? b.description : `From ${monthWords(b.month)}: ${b.description}`;
  const what = c.origin === "known" ? dated : `Found in the counts: ${dated}`;
  const affects = ` This affects the comparison for ${listWords(areas)}.`;
  const figures = likeForLike.map((l) => {
    const extraAreas = l.rows.areas.filter((a) => a !== l.area);
    const extraOffences = l.rows.offences.filter((o) => !offences.includes(o));
    const rows = [
      extraAreas.length > 0 ? `${l.area} counted with ${listWords(extraAreas)}` : l.area,
      extraOffences.length > 0
        ? `with ${extraOffences.length === 1 ? "one more offence category" : `${extraOffences.length} more offence categories`} (${listWords(extraOffences.map(labelWords))})`
        : "",
    ]
      .filter((s) => s !== "")
      .join(", ");
    const percent = signedPercent(l.percent);
    return ` Like for like (${rows}): ${countText(l.previous)} in ${periodWords(previous)} and ${countText(l.current)} in ${periodWords(current)} (${signedCount(l.change)}${percent === null ? "" : `, ${percent}`}).`;
  });
  const none =
    likeForLike.length > 0
      ? ""
      : c.spread
        ? " No like-for-like figure can be given for a single area: the change is spread over every area."
        : b.likeForLike === undefined
          ? " No like-for-like figure can be given: no set of figures is comparable across the change."
          : " No like-for-like figure can be given for a single area: only the total of every area is comparable across the change.";
  return `${what}${affects}${figures.join("")}${none}`;
}

/** An offence label in a sentence: one written in capitals ("BURGLARY NON-DWELLING") in lower case, others as they are. */
function labelWords(label: string): string {
  return label === label.toUpperCase() ? label.toLowerCase() : label;
}

/** Whether known break `k` explains detected break `d`: within a month, on rows `k` names (every row `d` names is in `k`'s affected rows, and `k` lists one of them). */
function explains(k: RecordingBreak, d: DetectedBreak): boolean {
  if (Math.abs(monthIndex(k.month) - monthIndex(d.month)) > 1) return false;
  const named = (field: "area" | "offence"): string[] => [d.from?.[field], d.to?.[field]].filter((v): v is string => v !== undefined);
  let matched = false;
  for (const [field, listed] of [
    ["area", k.affects.areas],
    ["offence", k.affects.offences],
  ] as const) {
    const labels = named(field);
    if (listed === undefined) continue;
    if (!labels.every((l) => listed.includes(l))) return false;
    if (labels.length > 0) matched = true;
  }
  return matched;
}

/** A detected break as a recording break (see {@link breakNotes}). */
function fromDetected(d: DetectedBreak, index: number, allAreas: readonly string[]): RecordingBreak {
  const labels = (field: "area" | "offence"): string[] | undefined => {
    const found = [...new Set([d.from?.[field], d.to?.[field]].filter((v): v is string => v !== undefined))];
    return found.length === 0 ? undefined : found;
  };
  const areas = labels("area");
  const offences = labels("offence");
  // A level shift of offences without an area is spread over every area: each area is affected, and only all of them together compare.
  const affectedAreas = d.kind === "level-shift" ? [...allAreas] : areas;
  const affects: RowSelection = { ...(affectedAreas === undefined ? {} : { areas: affectedAreas }), ...(offences === undefined ? {} : { offences }) };
  const kind: RecordingBreakKind =
    d.kind === "series-start" || d.kind === "series-end"
      ? d.kind
      : d.kind === "level-shift" || (d.from?.area !== undefined && d.from.area !== d.to?.area)
        ? "reallocation"
        : "relabelling";
  const likeForLike: RowSelection | undefined = d.kind === "moved" || d.kind === "level-shift" ? { ...affects } : undefined;
  return {
    id: `detected-${index + 1}-${d.kind}`,
    month: d.month,
    kind,
    description: d.explanation,
    source: { title: "Found in the counts" },
    affects,
    ...(likeForLike === undefined ? {} : { likeForLike }),
  };
}

/** Checks the shapes read before anything is computed. */
function checkInput(input: BreakNotesInput): void {
  const bad = (what: string, value: unknown, expected: string): ReportError =>
    new ReportError("invalid-argument", `The break notes' ${what} is ${describeValue(value)}: expected ${expected}.`, { field: what });
  if (typeof input !== "object" || input === null) throw bad("input", input, "an object with breaks, detected, previous, current, areas, offences and counts");
  for (const [name, p] of [
    ["previous period", input.previous],
    ["current period", input.current],
  ] as const) {
    if (typeof p !== "object" || p === null || !isMonthKey(p.first) || !isMonthKey(p.last)) throw bad(name, p, "a period { first, last, label }");
  }
  if (!Array.isArray(input.breaks)) throw bad("breaks", input.breaks, "a list of recording breaks");
  if (!Array.isArray(input.detected)) throw bad("detected breaks", input.detected, "a list of detected breaks");
  input.detected.forEach((d: DetectedBreak, i) => {
    if (typeof d !== "object" || d === null || !isMonthKey(d.month) || typeof d.explanation !== "string")
      throw bad(`detected break ${i + 1}`, d, '{ kind, month: "YYYY-MM", from, to, explanation }');
  });
  for (const [name, list] of [
    ["areas", input.areas],
    ["offences", input.offences],
  ] as const) {
    if (!Array.isArray(list) || list.some((l) => typeof l !== "string")) throw bad(name, list, "a list of labels");
  }
}
