import { addMonths, rollingYear, type MonthKey } from "@crimestats/periods";
import type { DetectedBreak } from "@crimestats/police-data";
import type { CountRow, RecordingBreak } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import { countTable } from "../counts.js";
import { breakNotes } from "./breakNotes.js";

const DWELLING = "BURGLARY IN A DWELLING";
const RESIDENTIAL = "BURGLARY - RESIDENTIAL";
const BUSINESS = "BURGLARY BUSINESS";
const AREAS = ["Airports", "Harrow", "Hillingdon", "Unknown"];

/** Counts in June 2023 (previous period) and June 2024 (current period), zero elsewhere from March 2023 to February 2025. */
function table(cells: readonly [area: string, offence: string, previous: number, current: number][]): ReturnType<typeof countTable> {
  const rows: CountRow[] = [];
  for (let m: MonthKey = "2023-03"; m <= "2025-02"; m = addMonths(m, 1)) rows.push({ area: "Harrow", month: m, offence: "THEFT", count: 0 });
  for (const [area, offence, before, after] of cells) {
    rows.push({ area, month: "2023-06", offence, count: before }, { area, month: "2024-06", offence, count: after });
  }
  return countTable(rows, "counts");
}

const counts = table([
  ["Hillingdon", "THEFT", 1000, 1236],
  ["Airports", "THEFT", 200, 0],
  ["Harrow", "THEFT", 500, 510],
  ["Unknown", "THEFT", 300, 50],
  ["Harrow", DWELLING, 100, 0],
  ["Harrow", RESIDENTIAL, 0, 90],
  ["Harrow", BUSINESS, 20, 25],
]);

const airports: RecordingBreak = {
  id: "airports-to-hillingdon",
  month: "2024-03",
  kind: "reallocation",
  description: "Offences at the airports are counted in Hillingdon.",
  source: { title: "Recorded crime by borough", url: "https://data.london.gov.uk/", publisher: "London Datastore" },
  affects: { areas: ["Airports", "Hillingdon"] },
  likeForLike: { areas: ["Airports", "Hillingdon"] },
};
const relabel: RecordingBreak = {
  id: "burglary-relabel",
  month: "2024-03",
  kind: "relabelling",
  description: "Burglary in a dwelling is called residential burglary.",
  source: { title: "Recorded crime by borough", url: "https://data.london.gov.uk/" },
  affects: { offences: [DWELLING, RESIDENTIAL] },
  likeForLike: { offences: [DWELLING, RESIDENTIAL, BUSINESS] },
};
const periods = { previous: rollingYear("2024-02"), current: rollingYear("2025-02") };

/** THEFT counts a month from March 2023 to February 2025 that change from September 2024: Unknown 300, then 50; Harrow and Barnet `[before, after]`. */
function unknownShift(harrow: readonly [number, number], barnet: readonly [number, number]): ReturnType<typeof countTable> {
  const rows: CountRow[] = [];
  for (let m: MonthKey = "2023-03"; m <= "2025-02"; m = addMonths(m, 1)) {
    const after = m >= "2024-09" ? 1 : 0;
    rows.push(
      { area: "Unknown", month: m, offence: "THEFT", count: after ? 50 : 300 },
      { area: "Harrow", month: m, offence: "THEFT", count: harrow[after] ?? 0 },
      { area: "Barnet", month: m, offence: "THEFT", count: barnet[after] ?? 0 },
    );
  }
  return countTable(rows, "counts");
}

describe("breakNotes", () => {
  it("doc example: gives the affected area's like-for-like figure (Hillingdon with the airports row)", () => {
    const notes = breakNotes({ breaks: [airports], detected: [], ...periods, areas: ["Hillingdon", "Harrow"], offences: ["THEFT"], counts });
    // Hillingdon + Airports: 1,000 + 200 = 1,200 before, 1,236 + 0 = 1,236 after; +36 = +3% of 1,200.
    expect(notes[0]?.likeForLike[0]).toEqual({
      area: "Hillingdon",
      rows: { areas: ["Hillingdon", "Airports"], offences: ["THEFT"] },
      previous: 1200,
      current: 1236,
      change: 36,
      percent: 3,
    });
  });

  it("does not repeat the month when the description starts with it", () => {
    const dated = { ...airports, description: "From March 2024 offences at the airports are counted in Hillingdon." };
    const [note] = breakNotes({ breaks: [dated], detected: [], ...periods, areas: ["Hillingdon"], offences: ["THEFT"], counts });
    expect(note?.explanation).toMatch(/^From March 2024 offences at the airports are counted in Hillingdon\. This affects/);
  });

  it("names the affected areas only, with the source and the note in words", () => {
    const [note, ...rest] = breakNotes({ breaks: [airports], detected: [], ...periods, areas: ["Hillingdon", "Harrow"], offences: ["THEFT"], counts });
    expect(rest).toEqual([]);
    expect(note).toMatchObject({
      id: "airports-to-hillingdon",
      month: "2024-03",
      kind: "reallocation",
      origin: "known",
      source: "Recorded crime by borough (London Datastore)",
      url: "https://data.london.gov.uk/",
      areas: ["Hillingdon"],
    });
    expect(note?.explanation).toBe(
      "From March 2024: Offences at the airports are counted in Hillingdon. This affects the comparison for Hillingdon. Like for like (Hillingdon counted with Airports): 1,200 in the 12 months to February 2024 and 1,236 in the 12 months to February 2025 (+36, +3.0%).",
    );
  });

  it("lists a break a figure already holds whole (the pooled benchmark area, all burglary) as comparable, affecting no figure", () => {
    const pooled = { name: "London", areas: AREAS };
    const [airportsNote, ...none] = breakNotes({ breaks: [airports], detected: [], ...periods, areas: ["Harrow"], pooled, offences: ["THEFT"], counts });
    expect(none).toEqual([]);
    expect(airportsNote).toMatchObject({ treatment: "contained", areas: [], figures: [] });
    expect(airportsNote?.explanation).toContain(
      "This does not affect the comparison: the London figure includes every row the change moves counts between, so it is comparable.",
    );
    const [burglary] = breakNotes({ breaks: [relabel], detected: [], ...periods, areas: ["Harrow"], offences: [DWELLING, RESIDENTIAL, BUSINESS], counts });
    expect(burglary).toMatchObject({ treatment: "contained", areas: [], figures: [] });
    expect(burglary?.explanation).toContain("the figure includes burglary in a dwelling and burglary - residential, so it is comparable");
  });

  it("widens the offences for a relabelling, with a fall worked out like for like", () => {
    const [note] = breakNotes({ breaks: [relabel], detected: [], ...periods, areas: ["Harrow"], offences: [DWELLING, RESIDENTIAL], counts });
    // All three burglary labels: 100 + 0 + 20 = 120 before, 0 + 90 + 25 = 115 after; −5 = −4.17% of 120.
    expect(note?.likeForLike).toEqual([
      {
        area: "Harrow",
        rows: { areas: ["Harrow"], offences: [DWELLING, RESIDENTIAL, BUSINESS] },
        previous: 120,
        current: 115,
        change: -5,
        percent: (-5 / 120) * 100,
      },
    ]);
    expect(note?.explanation).toContain(
      "Like for like (Harrow, with one more offence category (burglary business)): 120 in the 12 months to February 2024 and 115 in the 12 months to February 2025 (-5, -4.2%).",
    );
  });

  it("counts a break inside the comparison only from the month after the previous period starts to the current period's last month", () => {
    const at = (month: MonthKey) =>
      breakNotes({ breaks: [{ ...airports, month }], detected: [], ...periods, areas: ["Hillingdon"], offences: ["THEFT"], counts });
    // previous starts 2023-03 (p1), current ends 2025-02 (c2).
    expect(at("2023-03")).toEqual([]);
    expect(at("2023-04")).toHaveLength(1);
    expect(at("2025-02")).toHaveLength(1);
    expect(at("2025-03")).toEqual([]);
  });

  it("reads a detected move as a break on its two rows, and leaves it out when a known break explains it", () => {
    const moved: DetectedBreak = {
      kind: "moved",
      month: "2024-03",
      from: { area: "Airports" },
      to: { area: "Hillingdon" },
      size: 200,
      score: 12,
      explanation: "Counts moved from Airports to Hillingdon in March 2024.",
    };
    const alone = breakNotes({ breaks: [], detected: [moved], ...periods, areas: ["Hillingdon", "Harrow"], offences: ["THEFT"], counts });
    expect(alone).toHaveLength(1);
    expect(alone[0]).toMatchObject({ origin: "detected", kind: "reallocation", source: null, url: null, areas: ["Hillingdon"] });
    expect(alone[0]?.likeForLike.map((l) => [l.previous, l.current, l.change])).toEqual([[1200, 1236, 36]]);
    expect(alone[0]?.explanation).toMatch(/^Found in the counts: From March 2024: Counts moved from Airports to Hillingdon/);
    // A month later is still the same change; the known break explains it.
    const both = breakNotes({ breaks: [airports], detected: [{ ...moved, month: "2024-04" }], ...periods, areas: ["Hillingdon"], offences: ["THEFT"], counts });
    expect(both.map((n) => n.origin)).toEqual(["known"]);
    // The burglary relabelling (other rows) does not explain it.
    const other = breakNotes({ breaks: [relabel], detected: [moved], ...periods, areas: ["Hillingdon"], offences: ["THEFT"], counts });
    expect(other.map((n) => n.origin)).toEqual(["detected"]);
  });

  it("drops a per-offence level shift of a row without an area and reads the shift of that row over the figure's offences instead", () => {
    // THEFT a month: Unknown 300 until August 2024, then 50; Harrow 500 then 520; Barnet 1,500 then 2,500.
    const shifted = unknownShift([500, 520], [1500, 2500]);
    const perOffence: DetectedBreak = {
      kind: "level-shift",
      month: "2024-09",
      from: { area: "Unknown", offence: "THEFT" },
      to: null,
      size: -250,
      score: -20,
      explanation: "Theft without an area fell by about 250 a month from September 2024.",
    };
    const population = (area: string): number => (area === "Harrow" ? 250_000 : 400_000);
    const notes = breakNotes({
      breaks: [],
      detected: [perOffence],
      ...periods,
      areas: ["Barnet", "Harrow"],
      pooled: { name: "London", areas: ["Barnet", "Harrow", "Unknown"] },
      offences: ["THEFT"],
      counts: shifted,
      unallocated: { rows: ["Unknown"], members: ["Barnet", "Harrow"], areaWord: "borough", population },
    });
    expect(notes).toHaveLength(1);
    const [note] = notes;
    expect(note).toMatchObject({ origin: "detected", month: "2024-09", areas: ["Barnet", "Harrow"], likeForLike: [] });
    // Unknown: 12 × 300 = 3,600 before, 6 × 300 + 6 × 50 = 2,100 after: it fell by 1,500.
    // Harrow's share of the boroughs' 6,000 + 18,000 before is 1/4: up to 375. Harrow went 6,000 → 6,120 (no
    // significant change); 6,120 − 375 = 5,745 would be a significant fall: the verdict as counted claims nothing, so it
    // stands, and the note says what the shift could make of it.
    // Barnet's share 3/4: up to 1,125; 18,000 → 24,000 is a significant rise with or without it: a caveat.
    expect(note?.figures).toEqual([
      { area: "Barnet", comparable: true, note: "up to about 1,125 of this rise may be offences that had no borough before September 2024" },
      {
        area: "Harrow",
        comparable: true,
        note: "up to about 375 of this rise may be offences that had no borough before September 2024; without them it would be a significant fall",
      },
    ]);
    expect(note?.treatment).toBe("caveat");
    // The pooled figure holds the row: not affected.
    expect(note?.areas).not.toContain("London");
  });

  it("keeps a change comparable whose significance the shift of a row without an area could explain, and judges it on the counts without the shift", () => {
    // THEFT a month: Unknown 300 until August 2024, then 50; Harrow 500 then 540; Barnet 7,000 then 7,400.
    const notes = breakNotes({
      breaks: [],
      detected: [],
      ...periods,
      areas: ["Harrow", "Barnet"],
      offences: ["THEFT"],
      counts: unknownShift([500, 540], [7000, 7400]),
      unallocated: { rows: ["Unknown"], members: ["Barnet", "Harrow"], areaWord: "borough", population: (a) => (a === "Harrow" ? 250_000 : 400_000) },
    });
    // Unknown fell by 3,600 − 2,100 = 1,500. Before, Harrow had 6,000 and Barnet 84,000 of the boroughs' 90,000.
    // Harrow: up to 1,500 × 6,000 / 90,000 = 100. 6,000 → 6,240 is a significant rise (z = 120 / √3,060 ≈ 2.17);
    // 6,000 → 6,140 is not (z = 70 / √3,035 ≈ 1.27): judged on 6,000 and 6,140, still comparable.
    // Barnet: up to 1,400; 84,000 → 86,400 and 84,000 → 85,000 (z = 500 / √42,250 ≈ 2.43) are both significant rises: a plain caveat.
    expect(notes).toHaveLength(1);
    expect(notes[0]?.treatment).toBe("caveat");
    expect(notes[0]?.figures).toEqual([
      {
        area: "Harrow",
        comparable: true,
        note: "it would be a significant rise, but up to about 100 of it may be offences that had no borough before September 2024, and without them it is not significant",
        judgedOn: { previous: 6000, current: 6140 },
      },
      { area: "Barnet", comparable: true, note: "up to about 1,400 of this rise may be offences that had no borough before September 2024" },
    ]);
  });

  it("leaves out a possible move of one category a month before a move between the same two areas over every offence, as part of it", () => {
    // THEFT a month: Airports 30 until August 2024, then none; Hillingdon 100, then 130 from September 2024; Harrow 50 throughout.
    const rows: CountRow[] = [];
    for (let m: MonthKey = "2023-03"; m <= "2025-02"; m = addMonths(m, 1)) {
      const after = m >= "2024-09";
      rows.push(
        { area: "Airports", month: m, offence: "THEFT", count: after ? 0 : 30 },
        { area: "Hillingdon", month: m, offence: "THEFT", count: after ? 130 : 100 },
        { area: "Harrow", month: m, offence: "THEFT", count: 50 },
      );
    }
    const move = (month: MonthKey, from: DetectedBreak["from"], to: DetectedBreak["to"], explanation: string): DetectedBreak => ({
      kind: "moved",
      month,
      from,
      to,
      size: 30,
      score: 8,
      explanation,
    });
    const whole = move("2024-09", { area: "Airports" }, { area: "Hillingdon" }, "About 30 offences a month moved from Airports to Hillingdon.");
    // Found a month early in theft alone; the airports' theft row still has counts in August 2024, so on its own it is only possible.
    const early = move("2024-08", { area: "Airports", offence: "THEFT" }, { area: "Hillingdon", offence: "THEFT" }, "Theft moved from Airports to Hillingdon.");
    // A move between two other areas in the same month is a change of its own.
    const other = move("2024-08", { area: "Harrow", offence: "THEFT" }, { area: "Hillingdon", offence: "THEFT" }, "Theft moved from Harrow to Hillingdon.");
    const notes = breakNotes({
      breaks: [],
      detected: [whole, early, other],
      ...periods,
      areas: ["Hillingdon", "Harrow"],
      offences: ["THEFT"],
      counts: countTable(rows, "counts"),
    });
    expect(notes.map((n) => [n.month, n.treatment, n.description])).toEqual([
      ["2024-08", "possible", "Theft moved from Harrow to Hillingdon."],
      ["2024-09", "break", "About 30 offences a month moved from Airports to Hillingdon."],
    ]);
    // Without the move over every offence, the early one is shown as a possible change.
    const alone = breakNotes({
      breaks: [],
      detected: [early],
      ...periods,
      areas: ["Hillingdon", "Harrow"],
      offences: ["THEFT"],
      counts: countTable(rows, "counts"),
    });
    expect(alone.map((n) => n.treatment)).toEqual(["possible"]);
  });

  it("gives a counting-rules change a caveat with the share of the figure counted before it, which way it pushes the change, and not comparable only when it applies to all of it", () => {
    const rules: RecordingBreak = {
      id: "counting-rules",
      month: "2023-05",
      kind: "counting-rules",
      description: "From May 2023 the counting rules record harassment alongside a more serious offence only once, so fewer of these offences are recorded.",
      source: { title: "Crime in England and Wales", url: "https://www.ons.gov.uk/" },
      affects: { offences: ["VIOLENCE WITHOUT INJURY"] },
    };
    // The earlier counts in April 2023, under the old rules; the later ones in June 2024.
    const violence = (without: readonly [number, number], description = rules.description) => {
      const rows: CountRow[] = [];
      for (let m: MonthKey = "2023-03"; m <= "2025-02"; m = addMonths(m, 1)) rows.push({ area: "Harrow", month: m, offence: "THEFT", count: 0 });
      rows.push(
        { area: "Harrow", month: "2023-04", offence: "VIOLENCE WITHOUT INJURY", count: without[0] },
        { area: "Harrow", month: "2024-06", offence: "VIOLENCE WITHOUT INJURY", count: without[1] },
        { area: "Harrow", month: "2023-04", offence: "VIOLENCE WITH INJURY", count: 700 },
        { area: "Harrow", month: "2024-06", offence: "VIOLENCE WITH INJURY", count: 700 },
      );
      const offences = ["VIOLENCE WITHOUT INJURY", "VIOLENCE WITH INJURY"];
      return breakNotes({ breaks: [{ ...rules, description }], detected: [], ...periods, areas: ["Harrow"], offences, counts: countTable(rows, "counts") });
    };
    const [part] = violence([300, 300]);
    // 300 of 1,000 offences of the earlier year were counted under the old rules; no change.
    expect(part).toMatchObject({ treatment: "caveat", areas: ["Harrow"] });
    expect(part?.figures).toEqual([
      {
        area: "Harrow",
        comparable: true,
        note: "the change in counting rules of May 2023 records fewer offences in violence without injury; counted before it (March 2023 to April 2023), it is 30% of this figure in the 12 months to February 2024, so part of the change may come from the rule",
      },
    ]);
    // A rule that records fewer offences makes the earlier year look higher: a rise is understated, part of a fall may come from it.
    expect(violence([300, 400])[0]?.figures[0]?.note).toMatch(/, so if anything the rise is understated$/);
    expect(violence([300, 100])[0]?.figures[0]?.note).toMatch(/, so part of the fall may come from the rule$/);
    // A rule that records more: the other way round; one that says neither: either way.
    const more = "From May 2023 the rules count each victim apart, so more offences are recorded.";
    expect(violence([300, 400], more)[0]?.figures[0]?.note).toMatch(
      /^the change in counting rules of May 2023 records more offences in violence without injury; counted before it .*, so part of the rise may come from the rule$/,
    );
    expect(violence([300, 100], more)[0]?.figures[0]?.note).toMatch(/, so if anything the fall is understated$/);
    const neither = "From May 2023 the counting rules record harassment alongside a more serious offence only once.";
    expect(violence([300, 400], neither)[0]?.figures[0]?.note).toMatch(
      /^the change in counting rules of May 2023 changes how many offences are recorded in violence without injury; counted before it .*, so part of the change may come from the rule$/,
    );
    const whole = breakNotes({
      breaks: [rules],
      detected: [],
      ...periods,
      areas: ["Harrow"],
      offences: ["VIOLENCE WITHOUT INJURY"],
      counts: table([["Harrow", "VIOLENCE WITHOUT INJURY", 300, 280]]),
    })[0];
    expect(whole).toMatchObject({ treatment: "break" });
    expect(whole?.figures.map((f) => f.comparable)).toEqual([false]);
  });

  it("shows a detected move between two rows that both continue as a possible change that leaves the change judged", () => {
    const moved: DetectedBreak = {
      kind: "moved",
      month: "2024-06",
      from: { area: "Harrow" },
      to: { area: "Hillingdon" },
      size: 20,
      score: 5,
      explanation: "Counts moved from Harrow to Hillingdon in June 2024.",
    };
    // Harrow and Hillingdon both hold theft before and after June 2024.
    const [note] = breakNotes({ breaks: [], detected: [moved], ...periods, areas: ["Harrow", "Hillingdon"], offences: ["THEFT"], counts });
    expect(note).toMatchObject({ treatment: "possible", areas: ["Harrow", "Hillingdon"] });
    expect(note?.figures.every((f) => f.comparable)).toBe(true);
    expect(note?.figures[0]?.note).toMatch(
      /^a possible change in recording found in the counts \(counts moved from Harrow to Hillingdon in June 2024\); like for like, Harrow counted with Hillingdon: /,
    );
    // The losing row stops (the airports row is empty after March 2024): a break.
    const [stops] = breakNotes({
      breaks: [],
      detected: [{ ...moved, month: "2024-03", from: { area: "Airports" } }],
      ...periods,
      areas: ["Hillingdon"],
      offences: ["THEFT"],
      counts,
    });
    expect(stops).toMatchObject({ treatment: "break" });
    expect(stops?.figures.map((f) => f.comparable)).toEqual([false]);
  });

  it("gives no like-for-like figure for a series start, and says so", () => {
    const start: DetectedBreak = {
      kind: "series-start",
      month: "2024-03",
      from: null,
      to: { area: "Harrow", offence: RESIDENTIAL },
      size: 7.5,
      score: 8,
      explanation: "Residential burglary is counted from March 2024.",
    };
    const notes = breakNotes({ breaks: [], detected: [start], ...periods, areas: ["Harrow", "Hillingdon"], offences: [DWELLING, RESIDENTIAL], counts });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: "series-start", areas: ["Harrow"], likeForLike: [] });
    expect(notes[0]?.explanation).toContain("No like-for-like figure can be given: no set of figures is comparable across the change.");
  });

  it("gives a null percent when the like-for-like rows were zero before", () => {
    const notes = breakNotes({ breaks: [airports], detected: [], ...periods, areas: ["Hillingdon"], offences: ["ROBBERY"], counts });
    expect(notes[0]?.likeForLike).toEqual([
      { area: "Hillingdon", rows: { areas: ["Hillingdon", "Airports"], offences: ["ROBBERY"] }, previous: 0, current: 0, change: 0, percent: null },
    ]);
    expect(notes[0]?.explanation).toContain("0 in the 12 months to February 2024 and 0 in the 12 months to February 2025 (0).");
  });

  it("orders notes by month, then id", () => {
    const later = { ...relabel, id: "a-later", month: "2024-06" as MonthKey };
    const notes = breakNotes({
      breaks: [later, relabel, { ...relabel, id: "a-first" }],
      detected: [],
      ...periods,
      areas: ["Harrow"],
      offences: [DWELLING],
      counts,
    });
    expect(notes.map((n) => n.id)).toEqual(["a-first", "burglary-relabel", "a-later"]);
  });

  it("rejects a break that is not a recording break with this package's error", () => {
    const bad = { ...airports, month: "March 2024" } as unknown as RecordingBreak;
    expect(() => breakNotes({ breaks: [bad], detected: [], ...periods, areas: ["Hillingdon"], offences: ["THEFT"], counts })).toThrow(
      expect.objectContaining({ name: "ReportError", code: "invalid-data" }),
    );
    expect(() => breakNotes({ breaks: [], detected: [{ month: "x" }] as never, ...periods, areas: ["Hillingdon"], offences: ["THEFT"], counts })).toThrow(
      /detected break 1/,
    );
  });
});
