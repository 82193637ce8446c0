import { describeValue, formatNumber } from "@crimestats/internal";
import { addMonths, isMonthKey, monthIndex, type MonthKey, type Period } from "@crimestats/periods";
import { detectBreaks, type CountCube, type DetectedBreak } from "@crimestats/police-data";
import { classifyChange, percentChange } from "@crimestats/rates";
import type { RecordingBreak, RecordingBreakKind, RowSelection } from "@crimestats/schema";
import { breaksIn } from "@crimestats/taxonomy";
import { ReportError } from "../../ReportError.js";
import { asReportError } from "../assessmentInput.js";
import type { CountTable } from "../counts.js";
import { capitalise, countText, labelWords, listWords, lowerFirst, monthWords, periodWords, signedCount, signedPercent, unique } from "./words.js";

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
  /**
   * Rows of offences recorded without an area (e.g. "Unknown"): their shifts are looked for in the
   * row summed over the figure's offences, and each compared area is given the most such a shift
   * can explain of its change. `members` are the areas whose counts share it out, `areaWord` what
   * one is called ("borough"), `population` each area's population in each period. Default none.
   */
  readonly unallocated?: {
    readonly rows: readonly string[];
    readonly members: readonly string[];
    readonly areaWord: string;
    readonly population: (area: string, period: "previous" | "current") => number;
  };
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

/** How a change in recording bears on one compared figure: whether its change can still be judged, and the short note shown next to it. */
export interface BreakFigure {
  /** The area (or the benchmark area's name for its pooled figure). */
  readonly area: string;
  /** False when the figure's change is not judged (a break); true when it is judged with the note as a caveat. */
  readonly comparable: boolean;
  /** The short note shown next to the figure, e.g. "not comparable: …" or "up to about 130 of this rise may be …". */
  readonly note: string;
  /**
   * Where the change would be significant but the most the break can explain would make it not
   * significant: the counts it is judged on instead (the current count with that amount taken off),
   * so its verdict is the conservative one and the note says why. Absent otherwise.
   */
  readonly judgedOn?: { readonly previous: number; readonly current: number };
}

/**
 * A change in recording that falls inside the comparison and touches the figures: `break` — the
 * figures it affects are not comparable; `caveat` — they are judged, with a caveat next to each;
 * `possible` — a possible change found in the counts between two rows that both continue, shown
 * with its like-for-like figure and judged as usual; `contained` — the figures already hold every
 * row it moves, so they are comparable.
 */
export type BreakTreatment = "break" | "caveat" | "possible" | "contained";

/** A change in recording that falls inside the comparison and touches the figure of at least one area. */
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
  /** A short label for charts, e.g. "counts moved between areas". */
  readonly label: string;
  /** What changed in a few words for the note next to a figure (the description's first sentence, without its month). */
  readonly summary: string;
  /** Where a known break is documented (title and publisher), `null` for a detected one. */
  readonly source: string | null;
  /** The address of that source, `null` when none. */
  readonly url: string | null;
  /** How it bears on the figures (see {@link BreakTreatment}). */
  readonly treatment: BreakTreatment;
  /** The compared areas whose figures it affects (and the benchmark area's name when its pooled figure is affected); empty when `contained`. */
  readonly areas: readonly string[];
  /** Per affected figure: whether its change is still judged and the note shown next to it. */
  readonly figures: readonly BreakFigure[];
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
 * break within a month of a known break on the same rows is left out (the known one explains it), and
 * a possible move of some offences between two areas within a month of a move between the same two
 * areas over every offence is left out (it is part of that move).
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
  readonly detected: DetectedBreak | null;
}

/** A compared figure: its name and the areas it sums. */
interface Figure {
  readonly name: string;
  readonly areas: readonly string[];
  readonly pooled: boolean;
}

const KIND_LABELS: Readonly<Record<RecordingBreakKind, string>> = {
  relabelling: "category renamed",
  split: "category split",
  merge: "categories merged",
  reallocation: "counts moved between areas",
  "counting-rules": "counting rules changed",
  boundary: "boundary change",
  "series-start": "new row starts",
  "series-end": "row ends",
};

/** A short label of a kind of change in recording, for a chart's marks: "counts moved between areas". */
export function breakLabel(kind: RecordingBreakKind): string {
  return KIND_LABELS[kind];
}

function notes(input: BreakNotesInput): readonly BreakNote[] {
  const { counts, previous, current, offences } = input;
  const allAreas = counts.areas;
  const unallocatedRows = new Set(input.unallocated?.rows ?? []);
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
  const figures: Figure[] = [
    ...[...new Set(input.areas)].map((area) => ({ name: area, areas: [area], pooled: false })),
    ...(input.pooled === undefined ? [] : [{ name: input.pooled.name, areas: [...input.pooled.areas], pooled: true }]),
  ];
  const result: BreakNote[] = [];
  const found = new Map<string, DetectedBreak>();
  // Shifts of the rows without an area, over the figure's offences summed (one row, not one per offence).
  const usedKnown = new Set<string>();
  for (const row of unallocatedRows) {
    if (!allAreas.includes(row) || input.unallocated === undefined) continue;
    const note = unallocatedNote(input, row, sum, figures);
    if (note === null) continue;
    const known = input.breaks.find((k) => explains(k, note.detected));
    if (known !== undefined) usedKnown.add(known.id);
    result.push(known === undefined ? note.note : { ...note.note, ...knownFields(known), month: known.month });
  }
  const detected = input.detected.filter(
    (d) => !(d.kind === "level-shift" && [d.from?.area, d.to?.area].some((a) => a !== undefined && unallocatedRows.has(a))),
  );
  const candidates: Candidate[] = [
    ...input.breaks.filter((k) => !usedKnown.has(k.id)).map((recording) => ({ recording, origin: "known" as const, detected: null })),
    ...detected
      .filter((d) => !input.breaks.some((k) => explains(k, d)))
      .map((d, i) => ({ recording: fromDetected(d, i, allAreas), origin: "detected" as const, detected: d })),
  ];
  if (candidates.length === 0) return sorted(result);
  const recordings = candidates.map((c) => c.recording);
  const compared = {
    previous: { first: previous.first, last: previous.last },
    current: { first: current.first, last: current.last },
    offences,
    present: { areas: [...allAreas], offences: [...counts.offences] },
    ...(input.classification === undefined ? {} : { classification: input.classification }),
  };
  // A row found to start or stop in the month counts move from or to its area (a row such as the airports' emptied into a
  // borough) changes nothing in the pooled figure, which holds both areas.
  const movedWith = (c: Candidate): boolean => {
    const d = c.detected;
    if (d === null || (d.kind !== "series-start" && d.kind !== "series-end")) return false;
    const area = (d.from ?? d.to)?.area;
    return (
      area !== undefined &&
      detected.some(
        (m) =>
          m.kind === "moved" &&
          Math.abs(monthIndex(m.month) - monthIndex(d.month)) <= 1 &&
          (m.from?.area === area || m.to?.area === area) &&
          m.from?.area !== m.to?.area,
      )
    );
  };
  const affectedBy = new Map<string, Figure[]>();
  for (const figure of figures) {
    for (const b of breaksIn(recordings, { ...compared, areas: [...figure.areas] })) {
      const c = candidates.find((x) => x.recording.id === b.id);
      if (figure.pooled && c !== undefined && movedWith(c)) continue;
      affectedBy.set(b.id, [...(affectedBy.get(b.id) ?? []), figure]);
    }
  }
  // Known breaks on the figures' rows that every figure already holds whole (the same rule without the like-for-like exemption).
  const touched = new Map<string, Figure[]>();
  const bare = recordings.map(({ likeForLike: _, ...rest }) => rest);
  for (const figure of figures)
    for (const b of breaksIn(bare, { ...compared, areas: [...figure.areas] })) touched.set(b.id, [...(touched.get(b.id) ?? []), figure]);
  for (const c of candidates) {
    const b = c.recording;
    const figs = affectedBy.get(b.id);
    if (figs === undefined) {
      const holding = touched.get(b.id);
      // A known break, or a renaming found in the counts (a move between two offence rows of one area), that the figures hold whole.
      const renamed = c.detected?.kind === "moved" && c.detected.from?.area === c.detected.to?.area && c.detected.from?.offence !== c.detected.to?.offence;
      if ((c.origin === "known" || (renamed && holding?.some((f) => !f.pooled) === true)) && holding !== undefined)
        result.push({
          ...containedNote(b, offences, holding),
          origin: c.origin,
          source: c.origin === "known" ? containedSource(b) : null,
          url: c.origin === "known" ? (b.source.url ?? null) : null,
        });
      if (renamed && holding !== undefined && c.detected !== null) found.set(b.id, c.detected);
      continue;
    }
    const likeForLike: LikeForLikeFigure[] = [];
    for (const fig of figs) {
      const rows = likeForLikeRows(b, fig.areas, offences, allAreas, counts.offences);
      // A set spanning every area is the benchmark area's figure, not a figure of one area.
      if (rows === null || (!fig.pooled && allAreas.every((a) => rows.areas.includes(a)) && allAreas.length > 1)) continue;
      const before = sum(rows.areas, rows.offences, previous);
      const after = sum(rows.areas, rows.offences, current);
      likeForLike.push({ area: fig.name, rows, previous: before, current: after, change: after - before, percent: percentChange(before, after) });
    }
    const treatment = treatmentOf(c, counts, previous, current);
    // A possible move of some categories within a month of a move between the same two areas over every offence is part of that move.
    if (treatment === "possible" && c.detected !== null && partOfWholeMove(c.detected, detected)) continue;
    const summary = summaryOf(b.description);
    const figureNotes = figs.map((fig): BreakFigure => {
      const like = likeForLike.find((l) => l.area === fig.name);
      const likeText = like === undefined ? "" : `; like for like, ${likeWords(like, offences)}`;
      if (treatment === "possible")
        return { area: fig.name, comparable: true, note: `a possible change in recording found in the counts (${summary})${likeText}` };
      if (treatment === "caveat") {
        const hit = offences.filter((o) => b.affects.offences === undefined || b.affects.offences.includes(o));
        if (hit.length === offences.length) return { area: fig.name, comparable: false, note: `not comparable: ${summary}` };
        return { area: fig.name, comparable: true, note: rulesNote(b, fig.areas, hit, offences, { previous, current }, sum) };
      }
      return { area: fig.name, comparable: false, note: `not comparable: ${summary}${likeText}` };
    });
    const areas = figs.map((f) => f.name);
    result.push({
      id: b.id,
      month: b.month,
      kind: b.kind,
      origin: c.origin,
      description: b.description,
      label: KIND_LABELS[b.kind],
      summary,
      source: c.origin === "known" ? `${b.source.title}${b.source.publisher === undefined ? "" : ` (${b.source.publisher})`}` : null,
      url: c.origin === "known" ? (b.source.url ?? null) : null,
      treatment: treatment === "caveat" && figureNotes.some((f) => !f.comparable) ? "break" : treatment,
      areas,
      figures: figureNotes,
      likeForLike,
      explanation: explain(b, c, treatment, areas, likeForLike, offences, previous, current),
    });
    if (c.detected !== null) found.set(b.id, c.detected);
  }
  const shown = candidates.flatMap((c) => (c.detected === null ? [] : [c.detected]));
  return sorted(mergeFound(result, found, shown));
}

/**
 * Notes of breaks found in the counts merged where one change shows in several offence rows: the
 * same kind, month, treatment and areas (e.g. counts of eight categories moved from the airports row
 * to Hillingdon in one month) become one note naming the categories. Their like-for-like figures
 * are the same rows over the figure's offences, so the first note's stand.
 */
function mergeFound(notes: readonly BreakNote[], found: ReadonlyMap<string, DetectedBreak>, shown: readonly DetectedBreak[]): BreakNote[] {
  const groups = new Map<string, { note: BreakNote; members: DetectedBreak[]; notes: BreakNote[] }>();
  const out: BreakNote[] = [];
  for (const note of notes) {
    const d = found.get(note.id);
    if (d === undefined || d.kind === "level-shift") {
      out.push(note);
      continue;
    }
    // A renaming found in several areas is one change; a move between areas is one per pair of areas.
    const renaming = d.from?.area === d.to?.area && d.from?.offence !== d.to?.offence;
    const key = renaming
      ? [d.kind, d.month, note.treatment, d.from?.offence ?? "", d.to?.offence ?? ""].join("|")
      : [d.kind, d.month, note.treatment, d.from?.area ?? "", d.to?.area ?? ""].join("|");
    const group = groups.get(key);
    if (group === undefined) {
      const entry = { note, members: [d], notes: [note] };
      groups.set(key, entry);
      out.push(note);
    } else {
      group.members.push(d);
      group.notes.push(note);
    }
  }
  return out.map((note) => {
    const group = [...groups.values()].find((g) => g.note === note);
    if (group === undefined) return note;
    // Described from every such row found (not only this figure's), so the change reads the same in every section.
    const [d] = group.members;
    const renaming = d !== undefined && d.from?.area === d.to?.area && d.from?.offence !== d.to?.offence;
    const same = renaming
      ? group.members
      : shown.filter((m) => d !== undefined && m.kind === d.kind && m.month === d.month && m.from?.area === d.from?.area && m.to?.area === d.to?.area);
    const description = renaming ? renamingWords(group.members) : foundWords(same.length === 0 ? group.members : same);
    const summary = summaryOf(description);
    const key =
      d === undefined
        ? note.id
        : renaming
          ? ["detected-renamed", d.month, d.from?.offence ?? "", d.to?.offence ?? "", note.treatment].join("-")
          : ["detected", d.kind, d.month, d.from?.area ?? "", d.to?.area ?? "", note.treatment].join("-");
    // The figures of every note merged (a renaming in several areas affects each area's figure), each area once.
    const byArea = <T extends { readonly area: string }>(items: readonly T[]): T[] => items.filter((x, i) => items.findIndex((y) => y.area === x.area) === i);
    const figures = byArea(group.notes.flatMap((n) => n.figures.map((f) => ({ ...f, note: f.note.replace(n.summary, summary) }))));
    const likeForLike = byArea(group.notes.flatMap((n) => n.likeForLike));
    const areas = unique(group.notes.flatMap((n) => n.areas));
    return {
      ...note,
      id: key
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/-$/, ""),
      description,
      summary,
      figures,
      likeForLike,
      areas,
      explanation: note.explanation.replace(note.description, description),
    };
  });
}

/** A renaming found in the counts in one or more areas: "In Harrow and Brent, burglary in a dwelling is counted as burglary - residential from March 2025 …". */
function renamingWords(members: readonly DetectedBreak[]): string {
  const [first] = members;
  if (first === undefined) return "";
  const areas = unique(members.map((m) => m.from?.area).filter((a): a is string => a !== undefined));
  const from = labelWords(first.from?.offence ?? "");
  const to = labelWords(first.to?.offence ?? "");
  return `In ${listWords(areas)}, offences counted as ${from} are counted as ${to} from ${monthWords(first.month)}: the first stopped and the second started in the same month, as when a category is renamed.`;
}

/** A break found in the counts in words, offence labels in sentence case; several rows of one change together. */
function foundWords(members: readonly DetectedBreak[]): string {
  const [first] = members;
  if (first === undefined) return "";
  const labels = unique(members.flatMap((m) => [m.from?.offence, m.to?.offence]).filter((o): o is string => o !== undefined));
  const readable = (text: string): string => labels.reduce((t, l) => t.split(l).join(labelWords(l)), text);
  // A move found in the areas' totals over every offence says the whole of it (the categories found too are part of it).
  const whole = members.find((m) => m.from?.offence === undefined && m.to?.offence === undefined);
  if (whole !== undefined) return readable(whole.explanation);
  if (members.length === 1) return readable(first.explanation);
  const when = monthWords(first.month);
  const size = formatNumber(
    members.reduce((t, m) => t + Math.abs(m.size), 0),
    0,
  );
  const what = `${members.length} categories (${listWords(labels.map(labelWords))})`;
  if (first.kind === "moved") {
    return `Counts of ${what} moved from ${first.from?.area ?? "one row"} to ${first.to?.area ?? "another"} in ${when}: the first fell and the second rose by a similar amount, about ${size} offences a month together, as when offences are reallocated.`;
  }
  const area = (first.from ?? first.to)?.area ?? "one area";
  return first.kind === "series-end"
    ? `${capitalise(what)} in ${area} have no offences from ${when}, after about ${size} a month together.`
    : `${capitalise(what)} in ${area} are counted from ${when}, about ${size} a month together.`;
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

function sorted(notes: BreakNote[]): BreakNote[] {
  return notes.sort((a, b) => monthIndex(a.month) - monthIndex(b.month) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * How a break bears on the figures: a counting-rules change with no like-for-like set is a caveat
 * (not comparable only for a figure whose offences it all covers); a detected move between two
 * rows that both continue is a possible change; everything else is a break.
 */
function treatmentOf(c: Candidate, counts: CountTable, previous: Period, current: Period): BreakTreatment {
  const b = c.recording;
  if (c.origin === "known") return b.kind === "counting-rules" && b.likeForLike === undefined ? "caveat" : "break";
  const d = c.detected;
  if (d === null || d.kind === "series-start" || d.kind === "series-end") return "break";
  if (d.kind !== "moved") return "possible";
  const m = counts.months.indexOf(d.month);
  const from = counts.months.indexOf(previous.first);
  const to = counts.months.indexOf(current.last);
  const total = (row: DetectedBreak["from"], first: number, last: number): number => {
    if (row === null) return 0;
    const s = counts.series(row.area ?? "", row.offence === undefined ? counts.offences : [row.offence]);
    let t = 0;
    for (let i = Math.max(first, 0); i <= last; i += 1) t += s[i] ?? 0;
    return t;
  };
  // The losing row stops, or the gaining row starts: a break; two rows that both continue: a possible change.
  const stops = d.from !== null && d.from.area !== undefined && total(d.from, m, to) === 0;
  const starts = d.to !== null && d.to.area !== undefined && total(d.to, from, m - 1) === 0;
  return stops || starts ? "break" : "possible";
}

/** Where a known break is documented, in words. */
function containedSource(b: RecordingBreak): string {
  return `${b.source.title}${b.source.publisher === undefined ? "" : ` (${b.source.publisher})`}`;
}

/** The fields of a known break a note shows. */
function knownFields(k: RecordingBreak): Pick<BreakNote, "id" | "kind" | "origin" | "description" | "label" | "source" | "url"> {
  return {
    id: k.id,
    kind: k.kind,
    origin: "known",
    description: k.description,
    label: KIND_LABELS[k.kind],
    source: `${k.source.title}${k.source.publisher === undefined ? "" : ` (${k.source.publisher})`}`,
    url: k.source.url ?? null,
  };
}

/** A known break that touches the figures' rows but that every figure already holds whole. */
function containedNote(b: RecordingBreak, offences: readonly string[], holding: readonly Figure[]): BreakNote {
  const labels = b.affects.offences?.filter((o) => offences.includes(o)) ?? [];
  // Only the pooled figure (every area) holds the rows: say whose figure it is.
  const whose = holding.every((f) => f.pooled) ? `the ${listWords(holding.map((f) => f.name))} figure` : "the figure";
  const both =
    labels.length >= 2
      ? `${whose} includes ${listWords(labels.map(labelWords))}, so it is comparable`
      : `${whose} includes every row the change moves counts between, so it is comparable`;
  return {
    ...knownFields(b),
    month: b.month,
    summary: summaryOf(b.description),
    treatment: "contained",
    areas: [],
    figures: [],
    likeForLike: [],
    explanation: `${dated(b)} This does not affect the comparison: ${both}.`,
  };
}

/**
 * The note of a shift in a row of offences without an area, over the figure's offences summed, or
 * `null` when none falls inside the comparison. Each compared area (not the pooled figure, which
 * holds the row) is given the most the shift can explain of its change: the row's change between
 * the periods times the area's share of the member areas' counts in the previous period; its
 * change is tested with that amount taken off. The change stays comparable: where it is significant
 * as counted but not with that amount taken off, it is judged on the counts without it (`judgedOn`,
 * the conservative verdict) and the note says why; otherwise its verdict stands with the note.
 */
function unallocatedNote(
  input: BreakNotesInput,
  row: string,
  sum: (areas: readonly string[], labels: readonly string[], p: Period) => number,
  figures: readonly Figure[],
): { note: BreakNote; detected: DetectedBreak } | null {
  const { counts, previous, current, offences } = input;
  const u = input.unallocated;
  if (u === undefined) return null;
  const series = counts.series(row, offences);
  let total = 0;
  for (const v of series) total += v;
  const cube: CountCube = { dims: ["area", "month"], labels: { area: [row], month: counts.months }, shape: [1, counts.months.length], values: series, total };
  const inside = detectBreaks(cube, { unallocated: [row] }).filter(
    (d) => d.kind === "level-shift" && monthIndex(previous.first) < monthIndex(d.month) && monthIndex(d.month) <= monthIndex(current.last),
  );
  const d = inside.sort((a, b) => Math.abs(b.size) - Math.abs(a.size))[0];
  if (d === undefined) return null;
  const fell = sum([row], offences, previous) - sum([row], offences, current);
  if (fell === 0) return null;
  const membersBefore = sum(u.members, offences, previous);
  const when = monthWords(d.month);
  const notes: BreakFigure[] = [];
  for (const fig of figures) {
    if (fig.pooled) continue;
    const before = sum(fig.areas, offences, previous);
    const after = sum(fig.areas, offences, current);
    const estimate = membersBefore === 0 ? 0 : Math.round((Math.abs(fell) * before) / membersBefore);
    if (estimate === 0) continue;
    const area = fig.areas[0] ?? fig.name;
    const side = (count: number, period: "previous" | "current") => ({ count, population: u.population(area, period) });
    const adjusted = Math.max(0, fell > 0 ? after - estimate : after + estimate);
    const verdict = classifyChange(side(before, "previous"), side(after, "current"), { confidence: 0.95 });
    const without = classifyChange(side(before, "previous"), side(adjusted, "current"), { confidence: 0.95 });
    const rise = after >= before;
    const sentence =
      fell > 0
        ? rise
          ? `up to about ${countText(estimate)} of this rise may be offences that had no ${u.areaWord} before ${when}`
          : `this fall may be understated by up to about ${countText(estimate)}: offences that had no ${u.areaWord} before ${when} are now counted in ${u.areaWord}s`
        : `up to about ${countText(estimate)} offences may have moved from the ${u.areaWord}s into the offences with no ${u.areaWord} from ${when}`;
    const them = fell > 0 ? "without them" : "with them";
    if (verdict.verdict === without.verdict) notes.push({ area: fig.name, comparable: true, note: sentence });
    else if (!significant(verdict.verdict))
      // Not significant as counted: the verdict stands (it claims nothing), and the note says what the shift could make of it.
      notes.push({
        area: fig.name,
        comparable: true,
        note: significant(without.verdict) ? `${sentence}; ${them} it would be ${without.explanation}` : sentence,
      });
    else {
      // Significant as counted but not robust to the shift: still comparable, judged on the counts without the shift (the conservative verdict).
      const why = fell > 0 && rise ? `up to about ${countText(estimate)} of it may be offences that had no ${u.areaWord} before ${when}` : sentence;
      const then = significant(without.verdict) ? `it would be ${without.explanation}` : "it is not significant";
      notes.push({
        area: fig.name,
        comparable: true,
        note: `it would be ${verdict.explanation}, but ${why}, and ${them} ${then}`,
        judgedOn: { previous: before, current: adjusted },
      });
    }
  }
  if (notes.length === 0) return null;
  // The description is the same for every figure (the document lists the change once); the row's counts for these offences go in the explanation.
  const description = `A shift from ${when} in the offences recorded with no ${u.areaWord} ("${row}") is found in the counts: offences that had no ${u.areaWord} ${fell > 0 ? `appear to be counted in the ${u.areaWord}s` : `appear to be moved out of the ${u.areaWord}s`}.`;
  const counted = `For these offences the row went from ${countText(sum([row], offences, previous))} in ${periodWords(previous)} to ${countText(sum([row], offences, current))} in ${periodWords(current)}.`;
  const areas = notes.map((n) => n.area);
  return {
    detected: d,
    note: {
      id: `detected-unallocated-${row.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${d.month}`,
      month: d.month,
      kind: "reallocation",
      origin: "detected",
      description,
      label: `offences with no ${u.areaWord} allocated`,
      summary: `offences with no ${u.areaWord} are allocated to ${u.areaWord}s from ${when}`,
      source: null,
      url: null,
      treatment: "caveat",
      areas,
      figures: notes,
      likeForLike: [],
      explanation: `${description} ${counted} The most it can explain of each ${u.areaWord}'s change is its share (in ${periodWords(previous)}) of the change in that row; ${listWords(notes.map((n) => `${n.area}: ${n.note}`))}.`,
    },
  };
}

/** Which way a counting-rules change moves the counts, from its description ("… so fewer of these offences are recorded"): "records fewer offences in". */
/**
 * The caveat next to a figure part of which a change in counting rules touches: which offences it
 * touches, their share of the period counted under the old rules (the months before the change),
 * and which way the old months push the figure's change. A rule that records fewer offences makes
 * a period with old-rule months look higher than like for like: when that is the earlier period,
 * a rise is understated (never partly "from the rule") and part of a fall may come from the rule;
 * the other way round when the later period holds more old months or the rule records more.
 */
function rulesNote(
  b: RecordingBreak,
  areas: readonly string[],
  hit: readonly string[],
  offences: readonly string[],
  periods: { readonly previous: Period; readonly current: Period },
  sum: (areas: readonly string[], labels: readonly string[], p: Period) => number,
): string {
  // Each period's months under the old rules (before the change), if any, and the share of the figure the touched offences make in them.
  const old = (p: Period): { readonly months: Period | null; readonly share: number } => {
    if (p.first >= b.month) return { months: null, share: 0 };
    const months: Period = { ...p, last: p.last < b.month ? p.last : addMonths(b.month, -1) };
    const whole = sum(areas, offences, p);
    return { months, share: whole === 0 ? 0 : (sum(areas, hit, months) / whole) * 100 };
  };
  const earlier = old(periods.previous);
  const later = old(periods.current);
  const [inflated, period] = earlier.share >= later.share ? [earlier, periods.previous] : [later, periods.current];
  const change = sum(areas, offences, periods.current) - sum(areas, offences, periods.previous);
  const direction = rulesDirection(b.description);
  const what = `the change in counting rules of ${monthWords(b.month)} ${direction} ${listWords(hit.map(labelWords))}`;
  if (inflated.months === null) return `${what}; part of the change may come from the rule`;
  const months =
    inflated.months.first === inflated.months.last
      ? monthWords(inflated.months.first)
      : `${monthWords(inflated.months.first)} to ${monthWords(inflated.months.last)}`;
  const share = `counted before it (${months}), ${hit.length === 1 ? "it is" : "they are"} ${formatNumber(inflated.share, 0)}% of this figure in ${periodWords(period)}`;
  // +1: the old months push the change up (they hold more of the later period and the rule records fewer, or the reverse); -1: down.
  const fewer = direction.startsWith("records fewer");
  const more = direction.startsWith("records more");
  const push = !fewer && !more ? 0 : (fewer ? 1 : -1) * (inflated === later ? 1 : -1);
  if (push === 0 || change === 0) return `${what}; ${share}, so part of the change may come from the rule`;
  const rise = change > 0;
  if (push > 0 === rise) return `${what}; ${share}, so part of the ${rise ? "rise" : "fall"} may come from the rule`;
  return `${what}; ${share}, so if anything the ${rise ? "rise" : "fall"} is understated`;
}

function rulesDirection(description: string): string {
  if (/\bfewer\b/i.test(description)) return "records fewer offences in";
  if (/\bmore (of (these|them)|offences)\b/i.test(description)) return "records more offences in";
  return "changes how many offences are recorded in";
}

/**
 * Whether detected move `d` of some offences between two areas falls within one month of a move
 * between the same two areas found over every offence (no offence named), and so is part of it.
 */
function partOfWholeMove(d: DetectedBreak, detected: readonly DetectedBreak[]): boolean {
  if (d.kind !== "moved" || d.from?.area === undefined || d.from.area === d.to?.area) return false;
  if (d.from.offence === undefined && d.to?.offence === undefined) return false;
  return detected.some(
    (w) =>
      w.kind === "moved" &&
      w.from?.offence === undefined &&
      w.to?.offence === undefined &&
      w.from?.area === d.from?.area &&
      w.to?.area === d.to?.area &&
      Math.abs(monthIndex(w.month) - monthIndex(d.month)) <= 1,
  );
}

/** Whether a verdict is a significant rise or fall. */
function significant(verdict: string): boolean {
  return verdict === "significant-rise" || verdict === "significant-fall";
}

/** "Hillingdon counted with the airports row: 30,000 to 31,000 (+1,000, +3.3%)". */
function likeWords(l: LikeForLikeFigure, offences: readonly string[]): string {
  const percent = signedPercent(l.percent);
  return `${likeRows(l, offences)}: ${countText(l.previous)} to ${countText(l.current)} (${signedCount(l.change)}${percent === null ? "" : `, ${percent}`})`;
}

/** The rows a like-for-like figure sums, in words: "Hillingdon counted with Airports", "Harrow, with one more offence category (…)". */
function likeRows(l: LikeForLikeFigure, offences: readonly string[]): string {
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
  return rows;
}

/** The description's first sentence, without the month it starts with and without brackets: "the airports row … is empty and …". */
function summaryOf(description: string): string {
  const first = (description.match(/^.*?[.!?](?=\s|$)/s)?.[0] ?? description).replace(/[.!?]$/, "");
  return lowerFirst(
    first
      .replace(/^from \w+ \d{4},?\s*/i, "")
      .replace(/\s*\([^)]*\)/g, "")
      .replace(/^found in the counts:\s*/i, ""),
  );
}

/** The description with its month: descriptions usually start "From March 2024 …"; the month is added only where one does not. */
function dated(b: RecordingBreak): string {
  return /^from /i.test(b.description) ? b.description : `From ${monthWords(b.month)}: ${b.description}`;
}

/** The note in words. */
function explain(
  b: RecordingBreak,
  c: Candidate,
  treatment: BreakTreatment,
  areas: readonly string[],
  likeForLike: readonly LikeForLikeFigure[],
  offences: readonly string[],
  previous: Period,
  current: Period,
): string {
  const what =
    c.origin === "known" ? dated(b) : `${treatment === "possible" ? "A possible change in recording found in the counts" : "Found in the counts"}: ${dated(b)}`;
  const affects =
    treatment === "possible"
      ? ` It is shown for ${listWords(areas)} but does not stop the change being judged.`
      : ` This affects the comparison for ${listWords(areas)}.`;
  const figures = likeForLike.map((l) => {
    const percent = signedPercent(l.percent);
    return ` Like for like (${likeRows(l, offences)}): ${countText(l.previous)} in ${periodWords(previous)} and ${countText(l.current)} in ${periodWords(current)} (${signedCount(l.change)}${percent === null ? "" : `, ${percent}`}).`;
  });
  const none =
    likeForLike.length > 0 || treatment === "caveat"
      ? ""
      : b.likeForLike === undefined
        ? " No like-for-like figure can be given: no set of figures is comparable across the change."
        : " No like-for-like figure can be given for a single area: only the total of every area is comparable across the change.";
  return `${what}${affects}${figures.join("")}${none}`;
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
