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

  it("leaves out a figure that already holds the whole like-for-like set (the pooled benchmark area, all burglary)", () => {
    const pooled = { name: "London", areas: AREAS };
    expect(breakNotes({ breaks: [airports], detected: [], ...periods, areas: ["Harrow"], pooled, offences: ["THEFT"], counts })).toEqual([]);
    expect(breakNotes({ breaks: [relabel], detected: [], ...periods, areas: ["Harrow"], offences: [DWELLING, RESIDENTIAL, BUSINESS], counts })).toEqual([]);
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

  it("says a level shift of offences without an area affects every area and has no like-for-like figure for one area", () => {
    const shift: DetectedBreak = {
      kind: "level-shift",
      month: "2024-09",
      from: { area: "Unknown" },
      to: null,
      size: -250,
      score: -20,
      explanation: "Offences without an area fell by about 250 a month from September 2024.",
    };
    const notes = breakNotes({
      breaks: [],
      detected: [shift],
      ...periods,
      areas: ["Harrow", "Hillingdon"],
      pooled: { name: "London", areas: AREAS },
      offences: ["THEFT"],
      counts,
    });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: "reallocation", areas: ["Harrow", "Hillingdon"], likeForLike: [] });
    expect(notes[0]?.explanation).toContain("No like-for-like figure can be given for a single area: the change is spread over every area.");
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
