import { disclosurePreset, type DisclosurePolicy } from "@crimestats/disclosure";
import { formatNumber } from "@crimestats/internal";
import { proportion, proportionDifference } from "@crimestats/rates";
import type { SurveyResult } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import type { LocalSection } from "../../localTypes.js";
import { surveySection } from "./surveySection.js";

const NONE: DisclosurePolicy = { id: "none", protectionWidth: 0 };
const RANK_WORDS = /\b(lowest|highest|second|third|fourth|fifth|joint|top|bottom|best|worst)\b/i;

// Two questions of a published public-attitude table (percentages only, no sample bases), by
// borough, the London-wide figure last; hand-copied.
const AREAS = ["Harrow", "Barnet", "Brent", "Ealing", "Hillingdon", "Met Police Service"];
const PUBLISHED: Readonly<Record<string, readonly number[]>> = {
  "Local information provision": [37, 50, 32, 49, 42, 40],
  "Know how to contact SNT / Ward": [11, 16, 11, 16, 17, 13],
};
const NO_BASES: SurveyResult[] = Object.entries(PUBLISHED).flatMap(([question, values]) =>
  AREAS.map((area, i) => ({ question, area, period: "2018-10/2018-12", percent: values[i] ?? 0 })),
);

// Invented results with sample bases.
const q = "Police do a good job in the local area";
const withBase = (area: string, period: string, agreeing: number, base: number): SurveyResult => ({
  question: q,
  survey: "Public Attitude Survey",
  area,
  period,
  agreeing,
  base,
});
const BASES: SurveyResult[] = [
  withBase("Harrow", "2023-04/2024-03", 300, 500),
  withBase("Harrow", "2024-04/2025-03", 250, 500),
  withBase("Barnet", "2024-04/2025-03", 320, 500),
  withBase("Brent", "2024-04/2025-03", 260, 480),
  { question: q, survey: "Public Attitude Survey", area: "London", period: "2024-04/2025-03", percent: 58 },
];

function section(rows: readonly SurveyResult[], disclosure: DisclosurePolicy = NONE): LocalSection {
  const s = surveySection({
    area: "Harrow",
    comparators: ["Barnet", "Brent", "Ealing", "Hillingdon"],
    benchmarkArea: "Met Police Service",
    surveys: rows,
    disclosure,
  });
  if (s === null) throw new Error("expected a section");
  return s;
}

describe("surveySection", () => {
  it("is null without survey rows", () => {
    expect(surveySection({ area: "Harrow", surveys: [] })).toBeNull();
  });

  it("lists the areas without ranking or testing them when no sample bases were given, and says why", () => {
    const s = section(NO_BASES);
    const t = s.tables[0];
    expect(t?.rows).toEqual([
      ["Harrow", "37%", "–", "–"],
      ["Barnet", "50%", "–", "–"],
      ["Brent", "32%", "–", "–"],
      ["Ealing", "49%", "–", "–"],
      ["Hillingdon", "42%", "–", "–"],
      ["Met Police Service", "40%", "–", "–"],
    ]);
    expect(t?.emphasis).toBe(0);
    expect(s.findings).toEqual([
      "Harrow's results on both questions (October to December 2018) are given in the quick facts and the tables below, as published.",
      "No sample sizes were given for these questions, so the areas are listed, not ranked or tested: without a sample size there is no interval, and a difference of a few points may be chance.",
    ]);
    expect(s.facts.map((f) => [f.label, f.text])).toEqual([
      ["Local information provision", "37%"],
      ["Know how to contact SNT / Ward", "11%"],
    ]);
    for (const text of [...s.findings, ...s.notes, ...s.tables.flatMap((x) => x.notes)]) expect(text).not.toMatch(RANK_WORDS);
    expect(s.findings.join(" ")).not.toMatch(/significantly/);
    expect(s.charts).toEqual([]);
  });

  it("gives the focus area's result, its change from its previous survey with Newcombe's interval, and only significant differences as differences", () => {
    const s = section(BASES);
    const p = proportion(250, 500);
    expect(s.findings[0]).toBe(
      `Harrow's result on “${q}” was 50.0% in 2024/25 (95% confidence interval ${formatNumber(p.lower ?? 0, 1)}% to ${formatNumber(p.upper ?? 0, 1)}%).`,
    );
    const change = proportionDifference(250, 500, 300, 500);
    expect(change.excludesZero).toBe(true);
    expect(s.findings[1]).toBe(
      `Down 10.0 percentage points from 60.0% in 2023/24: a significant fall (Newcombe's 95% interval for the difference ${formatNumber(change.lower ?? 0, 1, { signed: true })} to ${formatNumber(change.upper ?? 0, 1, { signed: true })} points).`,
    );
    // Barnet 320/500 differs significantly; Brent 260/480 does not; London's 58% (no base) lies above Harrow's interval.
    expect(proportionDifference(250, 500, 320, 500).excludesZero).toBe(true);
    expect(proportionDifference(250, 500, 260, 480).excludesZero).toBe(false);
    expect(58).toBeGreaterThan(p.upper ?? 100);
    expect(s.findings[2]).toBe("Harrow's result is significantly lower than in Barnet (64.0%) and London (58%). The difference from Brent is not significant.");
    for (const text of s.findings) expect(text).not.toMatch(RANK_WORDS);
  });

  it("names the survey once in the notes when all rows come from one, and beside each question when they come from several", () => {
    expect(section(BASES).notes[0]).toBe("Source: Public Attitude Survey.");
    const two = section([...BASES, { question: q, survey: "Other survey", area: "Harrow", period: "2024-04/2025-03", percent: 40 }]);
    expect(two.tables.map((t) => t.caption)).toEqual([
      `${q} (Public Attitude Survey), 2024/25: percentage by area`,
      `${q} (Other survey), 2024/25: percentage by area`,
    ]);
  });

  it("compares an area given without a base with the focus area's interval (one interval)", () => {
    const inside = section([
      withBase("Harrow", "2024-04/2025-03", 250, 500),
      { question: q, survey: "Public Attitude Survey", area: "London", period: "2024-04/2025-03", percent: 52 },
    ]);
    expect(inside.findings).toContain("Harrow's result is not significantly different from London.");
  });

  it("draws a comparison chart with the intervals when bases are given, from released figures only", () => {
    const s = section([...BASES, withBase("Tiny", "2024-04/2025-03", 3, 10)], disclosurePreset("suppress-1-4-round-5"));
    expect(s.charts).toHaveLength(1);
    const rows = s.charts[0]?.table.rows ?? [];
    expect(rows.map((r) => r[0]).sort()).toEqual(["Barnet", "Brent", "Harrow", "London"]);
    expect(s.tables[0]?.rows.at(-1)).toEqual(["Tiny", "*", "–", "10"]);
    expect(s.findings).toContain("Tiny is not compared: its figure is hidden under the disclosure policy.");
  });

  it("works the percentage, its interval and the change out from the exact counts, the same counts the test uses", () => {
    const rows = [withBase("Harrow", "2023-04/2024-03", 303, 502), withBase("Harrow", "2024-04/2025-03", 252, 503)];
    const s = section(rows, disclosurePreset("suppress-1-4-round-5"));
    // The base is shown rounded (505); 252 of 503 is 50.1% (not 49.5% from 250 of 505).
    const p = proportion(252, 503);
    expect(s.tables[0]?.rows[0]).toEqual(["Harrow", "50.1%", `${formatNumber(p.lower ?? 0, 1)} to ${formatNumber(p.upper ?? 0, 1)}`, "505"]);
    expect(s.tables[0]?.notes).toContain(
      "Rates, percentages and intervals are worked out from the exact counts, so they may differ slightly from the rounded counts shown.",
    );
    const d = proportionDifference(252, 503, 303, 502);
    expect(d.excludesZero).toBe(true);
    expect(s.findings[1]).toBe(
      `Down ${formatNumber(Math.abs(d.value), 1)} percentage points from 60.4% in 2023/24: a significant fall (Newcombe's 95% interval for the difference ${formatNumber(d.lower ?? 0, 1, { signed: true })} to ${formatNumber(d.upper ?? 0, 1, { signed: true })} points).`,
    );
    expect(JSON.stringify(s)).not.toMatch(/\b(252|503|303|502)\b/);
    expect(section(rows).tables[0]?.notes.join(" ")).not.toMatch(/exact counts/);
  });

  it("says a hidden result is not shown and lists the other areas without comparing them", () => {
    const s = section(
      [withBase("Harrow", "2024-04/2025-03", 3, 400), withBase("Barnet", "2024-04/2025-03", 320, 500)],
      disclosurePreset("suppress-1-4-round-5"),
    );
    expect(s.findings).toEqual([
      `Harrow's result on “${q}” in 2024/25 is not shown because a count it uses is hidden under the disclosure policy, and the other areas are listed, not compared.`,
    ]);
    expect(JSON.stringify([s.facts, s.tables, s.findings, s.charts.map((c) => c.table)])).not.toMatch(/\b3\b|0\.75|0\.8%/);
  });

  it("says the tables keep the assessment's order while the charts order bars by value, and that overlapping intervals are not the test", () => {
    const s = section(BASES);
    expect(s.charts).toHaveLength(1);
    expect(s.notes).toContain(
      "The tables list the areas in the assessment's order (the focus area, its comparators, the benchmark area); the charts order the bars by value, each with its 95% interval, and the text states only the differences the test finds significant.",
    );
    expect(s.notes.some((n) => n.startsWith("Overlapping intervals do not by themselves mean that two results do not differ"))).toBe(true);
    expect(s.notes.join(" ")).not.toMatch(/never ranked/);
  });

  it("never writes a rank word, even when every area has a base and every difference is significant", () => {
    const rows = [
      withBase("Harrow", "2024-04/2025-03", 100, 1000),
      withBase("Barnet", "2024-04/2025-03", 500, 1000),
      withBase("Brent", "2024-04/2025-03", 900, 1000),
    ];
    const s = section(rows);
    expect(s.findings).toContain("Harrow's result is significantly lower than in Barnet (50.0%) and Brent (90.0%).");
    for (const text of [...s.findings, ...s.notes]) expect(text).not.toMatch(RANK_WORDS);
  });

  it("does not test a change when a survey has no base", () => {
    const rows: SurveyResult[] = [
      { question: "Feel safe", area: "Harrow", period: "2023-01/2023-12", percent: 70 },
      { question: "Feel safe", area: "Harrow", period: "2024-01/2024-12", percent: 74 },
    ];
    expect(section(rows).findings).toContain("Up 4.0 percentage points from 70% in 2023; not tested, because no sample size was given.");
  });

  it("takes the number agreeing from the percentage and the base when only those are given, and says so", () => {
    const s = section([{ question: "Feel safe", area: "Harrow", period: "2024-01/2024-12", percent: 45.3, base: 300 }]);
    const p = proportion(136, 300);
    expect(s.tables[0]?.rows[0]).toEqual(["Harrow", "45.3%", `${formatNumber(p.lower ?? 0, 1)} to ${formatNumber(p.upper ?? 0, 1)}`, "300"]);
    expect(s.notes.some((n) => n.includes("to the nearest respondent"))).toBe(true);
  });
});
