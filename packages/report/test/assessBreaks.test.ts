import { addMonths, type MonthKey } from "@crimestats/periods";
import type { CountRow, RecordingBreak } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../src/renderMarkdown.js";
import { ReportError } from "../src/ReportError.js";
import { strategicAssessment } from "../src/strategicAssessment.js";

/** `area`'s monthly counts of X from March 2023 to February 2025: `before` a month until February 2024, `after` from March 2024. */
function series(area: string, before: number, after: number): CountRow[] {
  return Array.from({ length: 24 }, (_, i) => {
    const month = addMonths("2023-03", i) as MonthKey;
    return { area, month, offence: "X", count: i < 12 ? before : after };
  });
}

// From March 2024 the airports' offences (100 a month) are counted in Hillingdon (300 → 400 a month).
const counts = [...series("Harrow", 200, 200), ...series("Hillingdon", 300, 400), ...series("Airports", 100, 0), ...series("Barnet", 250, 250)];
const airports: RecordingBreak = {
  id: "airports-to-hillingdon",
  month: "2024-03",
  kind: "reallocation",
  description: "From March 2024 offences at the airports are counted in Hillingdon.",
  source: { title: "Test dataset notes", publisher: "Test publisher" },
  affects: { areas: ["Airports", "Hillingdon"] },
  likeForLike: { areas: ["Airports", "Hillingdon"] },
};
const base = {
  counts,
  populations: { Harrow: 250_000, Hillingdon: 300_000, Barnet: 400_000 },
  benchmarkArea: { name: "London", membersName: "London boroughs" },
  priorities: [{ id: "x", name: "X", offences: ["X"] }],
  breaks: [airports],
  detectedBreaks: false,
};

describe("strategicAssessment with a change in recording inside the comparison", () => {
  it("calls the affected area's change not comparable, never a rise, and gives it like for like", () => {
    const result = strategicAssessment({ ...base, area: "Hillingdon", comparatorGroup: { members: ["Harrow"] } });
    const section = result.priorities[0];
    expect(section?.change.verdict).toBe("not-comparable");
    // Hillingdon 300 × 12 = 3,600 → 400 × 12 = 4,800; with the airports 3,600 + 1,200 = 4,800 → 4,800 + 0 = 4,800: no change.
    expect(section?.change.explanation).toBe(
      "X offences in Hillingdon went from 3,600 to 4,800 in the 12 months to February 2025 compared with the 12 months to February 2024: not comparable, because the way offences are recorded changed in March 2024 (see the notes on changes in recording). Like for like, counting the rows recorded differently with it, the change is 0, 0.0% (4,800 to 4,800).",
    );
    expect(section?.breaks.map((b) => [b.id, b.origin, b.areas])).toEqual([["airports-to-hillingdon", "known", ["Hillingdon"]]]);
    expect(section?.breaks[0]?.likeForLike[0]).toMatchObject({ area: "Hillingdon", previous: 4800, current: 4800, change: 0 });
    const md = renderMarkdown(result);
    expect(md).toContain("| **Hillingdon (focus)** | 3,600 | 12.00 | 4,800 | 16.00 | +1,200 (not comparable) | +4.00 (not comparable) |");
    expect(md).toContain("### Changes in recording");
    expect(md).toContain("Source: Test dataset notes (Test publisher).");
    expect(md).not.toMatch(/significant rise/);
  });

  it("leaves an affected comparator out of the rankings of change, and says why", () => {
    const result = strategicAssessment({ ...base, area: "Harrow", comparatorGroup: { members: ["Hillingdon", "Barnet"] } });
    const section = result.priorities[0];
    // Harrow is not affected: 2,400 → 2,400 is judged.
    expect(section?.change.verdict).toBe("no-significant-change");
    expect(section?.table.find((r) => r.area === "Hillingdon")?.change.comparable).toBe(false);
    // London pools every row, the airports too, so it holds the whole like-for-like set: comparable.
    expect(section?.table.find((r) => r.area === "London")?.change.comparable).toBe(true);
    expect(section?.explanations.some((e) => /Hillingdon's change is not compared/.test(e))).toBe(true);
    expect(section?.explanations.some((e) => /Hillingdon saw the largest/.test(e))).toBe(false);
  });

  it("does not count a break outside the comparison", () => {
    const early = { ...airports, month: "2023-01" as MonthKey };
    const result = strategicAssessment({ ...base, breaks: [early], area: "Hillingdon", comparatorGroup: { members: ["Harrow"] } });
    expect(result.priorities[0]?.breaks).toEqual([]);
    expect(result.priorities[0]?.change.verdict).not.toBe("not-comparable");
  });

  it("refuses a recording break that is not one, naming it", () => {
    const bad = { ...airports, month: "March 2024" } as unknown as RecordingBreak;
    let caught: unknown;
    try {
      strategicAssessment({ ...base, breaks: [bad], area: "Harrow" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ReportError);
    expect((caught as ReportError).code).toBe("invalid-data");
    expect((caught as ReportError).message).toContain("March 2024");
  });
});
