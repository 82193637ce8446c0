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

/**
 * The assessment of Harrow against Barnet on offence X, from monthly counts that change from September 2024: "Unknown"
 * (no population) 300 a month, then 50; Harrow and Barnet `[before, after]` a month; 24 months to February 2025.
 */
function unknownShift(harrow: readonly [number, number], barnet: readonly [number, number]) {
  const months = (area: string, before: number, after: number): CountRow[] =>
    Array.from({ length: 24 }, (_, i) => {
      const month = addMonths("2023-03", i) as MonthKey;
      return { area, month, offence: "X", count: month >= "2024-09" ? after : before };
    });
  return strategicAssessment({
    counts: [...months("Unknown", 300, 50), ...months("Harrow", ...harrow), ...months("Barnet", ...barnet)],
    populations: { Harrow: 250_000, Barnet: 400_000 },
    benchmarkArea: { name: "London", membersName: "London boroughs" },
    priorities: [{ id: "x", name: "X", offences: ["X"] }],
    area: "Harrow",
    comparatorGroup: { members: ["Barnet"] },
  });
}

describe("strategicAssessment with a change in recording inside the comparison", () => {
  it("calls the affected area's change not comparable, never a rise, and gives it like for like", () => {
    const result = strategicAssessment({ ...base, area: "Hillingdon", comparatorGroup: { members: ["Harrow"] } });
    const section = result.priorities[0];
    expect(section?.change?.verdict).toBe("not-comparable");
    // Hillingdon 300 × 12 = 3,600 → 400 × 12 = 4,800; with the airports 3,600 + 1,200 = 4,800 → 4,800 + 0 = 4,800: no change.
    expect(section?.change?.explanation).toBe(
      "X offences in Hillingdon went from 3,600 to 4,800 in the 12 months to February 2025 compared with the 12 months to February 2024: not comparable, because offences at the airports are counted in Hillingdon; like for like, Hillingdon counted with Airports: 4,800 to 4,800 (0, 0.0%) (see Changes in recording).",
    );
    expect(section?.breaks.map((b) => [b.id, b.origin, b.areas])).toEqual([["airports-to-hillingdon", "known", ["Hillingdon"]]]);
    expect(section?.breaks[0]?.likeForLike[0]).toMatchObject({ area: "Hillingdon", previous: 4800, current: 4800, change: 0 });
    const md = renderMarkdown(result);
    expect(md).toContain("| **Hillingdon (focus)** | 3,600 | 12.00 | 4,800 | 16.00 | +1,200 (not comparable) | +4.00 (not comparable) |");
    // The focus area's note is its change sentence, said once: no short note repeats it next to the figure.
    expect(md).not.toContain("- Hillingdon: not comparable:");
    expect(md).toContain('<a id="changes-in-recording"></a>\n\n## Changes in recording');
    expect(md.split("From March 2024 offences at the airports are counted in Hillingdon.")).toHaveLength(2);
    expect(md).toContain("Source: Test dataset notes (Test publisher). Figures: X: not comparable for Hillingdon.");
    expect(md).not.toMatch(/significant rise/);
  });

  it("leaves an affected comparator out of the rankings of change, and says why", () => {
    const result = strategicAssessment({ ...base, area: "Harrow", comparatorGroup: { members: ["Hillingdon", "Barnet"] } });
    const section = result.priorities[0];
    // Harrow is not affected: 2,400 → 2,400 is judged.
    expect(section?.change?.verdict).toBe("no-significant-change");
    expect(section?.table.find((r) => r.area === "Hillingdon")?.change?.comparable).toBe(false);
    // London pools every row, the airports too, so it holds the whole like-for-like set: comparable.
    expect(section?.table.find((r) => r.area === "London")?.change?.comparable).toBe(true);
    expect(section?.explanations.some((e) => /Hillingdon's change is not compared/.test(e))).toBe(true);
    expect(section?.explanations.some((e) => /Hillingdon saw the largest/.test(e))).toBe(false);
  });

  it("does not count a break outside the comparison", () => {
    const early = { ...airports, month: "2023-01" as MonthKey };
    const result = strategicAssessment({ ...base, breaks: [early], area: "Hillingdon", comparatorGroup: { members: ["Harrow"] } });
    expect(result.priorities[0]?.breaks).toEqual([]);
    expect(result.priorities[0]?.change?.verdict).not.toBe("not-comparable");
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

  it("reads a shift in the offences with no area over the figure's offences: a caveat where the verdict stands, not comparable where it changes, the pooled figure untouched", () => {
    // X a month: "Unknown" (no population) 300 until August 2024, then 50; Harrow 500 then 520; Barnet 1,500 then 2,500.
    const result = unknownShift([500, 520], [1500, 2500]);
    const section = result.priorities[0];
    // Unknown fell by 3,600 − 2,100 = 1,500; Harrow's share of the boroughs' counts before is 6,000 / 24,000: up to 375.
    // 6,000 → 6,120 is no significant change, 6,000 → 5,745 would be a significant fall: the verdict as counted claims
    // nothing, so it stands, with the caveat saying what the shift could make of it.
    expect(section?.change?.verdict).toBe("no-significant-change");
    expect(section?.change?.explanation).toContain(
      "no significant change. Up to about 375 of this rise may be offences that had no borough before September 2024; without them it would be a significant fall (see Changes in recording).",
    );
    expect(section?.table.find((r) => r.area === "Harrow")?.change?.comparable).toBe(true);
    // Barnet: up to 1,125 of 18,000 → 24,000, a significant rise either way: judged, with the caveat, and ranked.
    expect(section?.table.find((r) => r.area === "Barnet")?.change?.comparable).toBe(true);
    expect(section?.table.find((r) => r.area === "London")?.change?.comparable).toBe(true);
    expect(section?.explanations.some((e) => /Barnet's change is not compared/.test(e))).toBe(false);
    const md = renderMarkdown(result);
    expect(md).toContain("Figures: X: judged with a caveat for Barnet and Harrow.");
  });

  it("gives a change significant only with what a shift in the offences with no area may explain the conservative verdict, and keeps it comparable and ranked", () => {
    // X a month: "Unknown" (no population) 300 until August 2024, then 50; Harrow 500 then 540; Barnet 7,000 then 7,400.
    const result = unknownShift([500, 540], [7000, 7400]);
    const section = result.priorities[0];
    // Unknown fell by 1,500; Harrow's share of the boroughs' 90,000 before is 6,000: up to 100. 6,000 → 6,240 is a
    // significant rise (z ≈ 2.17), 6,000 → 6,140 is not (z ≈ 1.27): no significant change, with the reason.
    expect(section?.change?.verdict).toBe("no-significant-change");
    expect(section?.change?.explanation).toBe(
      "X offences in Harrow rose from 6,000 to 6,240 (+240, +4.0%) in the 12 months to February 2025 compared with the 12 months to February 2024: no significant change; it would be a significant rise, but up to about 100 of it may be offences that had no borough before September 2024, and without them it is not significant (see Changes in recording).",
    );
    expect(section?.change?.footnote).toContain("judged on 6,000 and 6,140 offences");
    // Comparable, so ranked on its change like any other area.
    expect(section?.table.every((r) => r.change?.comparable)).toBe(true);
    expect(section?.explanations.some((e) => /not compared/.test(e))).toBe(false);
    // The headline finding (all offences, here X alone) keeps the reason.
    expect(result.keyFindings[0]?.explanation).toContain(
      "which is not a significant change; it would be a significant rise, but up to about 100 of it may be offences that had no borough before September 2024, and without them it is not significant.",
    );
  });

  it("gives a counting-rules change a caveat with its share of the figure, and still ranks the change", () => {
    const rules: RecordingBreak = {
      id: "counting-rules",
      month: "2023-05",
      kind: "counting-rules",
      description: "From May 2023 the counting rules record harassment alongside a more serious offence only once.",
      source: { title: "Crime in England and Wales", url: "https://www.ons.gov.uk/" },
      affects: { offences: ["Y"] },
    };
    const withY = [
      ...counts,
      ...series("Harrow", 100, 100).map((r) => ({ ...r, offence: "Y" })),
      ...series("Barnet", 50, 50).map((r) => ({ ...r, offence: "Y" })),
    ];
    const result = strategicAssessment({
      ...base,
      counts: withY,
      breaks: [rules],
      priorities: [
        { id: "xy", name: "X and Y", offences: ["X", "Y"] },
        { id: "y", name: "Y", offences: ["Y"] },
      ],
      area: "Harrow",
      comparatorGroup: { members: ["Barnet"] },
    });
    // X and Y sums every label, so it is the headline section.
    const [both, y] = result.priorities;
    // Harrow: Y is 100 a month; March and April 2023 (before the rule) hold 200 of the 3,600 offences of the earlier year: 6%.
    expect(both?.change?.verdict).toBe("no-significant-change");
    expect(both?.change?.explanation).toContain(
      "The change in counting rules of May 2023 changes how many offences are recorded in y; counted before it (March 2023 to April 2023), it is 6% of this figure in the 12 months to February 2024, so part of the change may come from the rule (see Changes in recording).",
    );
    expect(both?.table.every((r) => r.change?.comparable)).toBe(true);
    // A figure made only of Y is not comparable.
    expect(y?.change?.verdict).toBe("not-comparable");
  });

  it("lists once a change a total already holds whole, saying why that total is comparable, and notes it by no figure", () => {
    const renamed: RecordingBreak = {
      id: "renamed",
      month: "2024-03",
      kind: "relabelling",
      description: "From March 2024 X is published as Z.",
      source: { title: "Test dataset notes" },
      affects: { offences: ["X", "Z"] },
      likeForLike: { offences: ["X", "Z"] },
    };
    const withZ = [...counts, ...series("Harrow", 0, 10).map((r) => ({ ...r, offence: "Z" }))];
    const result = strategicAssessment({
      ...base,
      counts: withZ,
      breaks: [renamed],
      priorities: [
        { id: "xz", name: "X and Z", offences: ["X", "Z"] },
        { id: "x", name: "X only", offences: ["X"] },
      ],
      area: "Harrow",
      comparatorGroup: { members: ["Barnet"] },
    });
    const [both, only] = result.priorities;
    expect(both?.change?.verdict).not.toBe("not-comparable");
    expect(both?.breaks.map((b) => b.treatment)).toEqual(["contained"]);
    expect(only?.change?.verdict).toBe("not-comparable");
    expect(result.recordingChanges.map((c) => c.id)).toEqual(["renamed"]);
    const md = renderMarkdown(result);
    expect(md.split("From March 2024 X is published as Z.")).toHaveLength(2);
    expect(md).toContain("Figures: X and Z: the figure includes x and z, so it is comparable; X only: not comparable for Barnet, Harrow and London.");
  });
});

describe("strategicAssessment finding a move between areas in their totals over every offence", () => {
  it("makes every priority of the area that received the counts not comparable, though no single category shows the move", () => {
    // Five categories; from March 2024 the airports' 20 a month in each (100 in all) are counted in
    // Hillingdon (60 → 80 a month in each, 300 → 400 in all). In one category the rise of 20 on 60 is
    // too small to find (about 3.8 standard errors of a six-month mean); in the totals, 100 on 300 is
    // about 8.4, and the airports' row stops: a move. Burglary alone (one category) is then not
    // comparable for Hillingdon, and Hillingdon is not ranked on its change.
    const offences = ["A", "B", "C", "D", "E"];
    const rows = (area: string, before: number, after: number): CountRow[] =>
      offences.flatMap((offence) => series(area, before, after).map((r) => ({ ...r, offence })));
    const result = strategicAssessment({
      counts: [...rows("Harrow", 50, 50), ...rows("Hillingdon", 60, 80), ...rows("Airports", 20, 0), ...rows("Barnet", 40, 40)],
      populations: { Harrow: 250_000, Hillingdon: 300_000, Barnet: 400_000 },
      benchmarkArea: { name: "London", membersName: "London boroughs" },
      area: "Harrow",
      comparatorGroup: { members: ["Hillingdon", "Barnet"] },
      priorities: [{ id: "burglary", name: "Burglary", offences: ["A"] }],
    });
    const burglary = result.priorities.find((p) => p.id === "burglary");
    expect(burglary?.table.find((r) => r.area === "Hillingdon")?.change?.comparable).toBe(false);
    expect(burglary?.breaks.find((b) => b.areas.includes("Hillingdon"))?.origin).toBe("detected");
    for (const sentence of burglary?.explanations ?? []) if (/largest rate increase/.test(sentence)) expect(sentence).not.toContain("Hillingdon");
  });
});
