import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addMonths, calendarYear, financialYear, type MonthKey } from "@crimestats/periods";
import type { CountRow } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import { linePoints } from "./chartData.js";
import { middleWords, nearestEstimateYear, periodMiddle, periodYear, tiedEstimateYear } from "../src/internal/populations.js";
import { renderMarkdown } from "../src/renderMarkdown.js";
import { ReportError } from "../src/ReportError.js";
import { strategicAssessment } from "../src/strategicAssessment.js";
import { run } from "./runCli.js";

/** A flat series: `perMonth` offences of X in `area` every month from `first` for `months` months. */
function flat(area: string, first: MonthKey, months: number, perMonth: number): CountRow[] {
  return Array.from({ length: months }, (_, i) => ({ area, month: addMonths(first, i), offence: "X", count: perMonth }));
}

// 24 months, March 2023 to February 2025: A has 10 a month, B 20 a month.
const counts = [...flat("A", "2023-03", 24, 10), ...flat("B", "2023-03", 24, 20)];
const base = {
  counts,
  area: "A",
  benchmarkArea: { name: "Region", membersName: "districts" },
  comparatorGroup: { members: ["B"] },
  priorities: [{ id: "x", name: "X", offences: ["X"] }],
};

describe("strategicAssessment with population estimates by year", () => {
  const result = strategicAssessment({
    ...base,
    populations: [
      { year: 2023, populations: { A: 1000, B: 2000 }, source: "estimates for 2023" },
      { year: 2024, populations: { A: 2000, B: 2500 }, source: "estimates for 2024" },
    ],
  });
  const section = result.priorities[0];
  const row = (area: string) => section?.table.find((r) => r.area === area);

  it("uses the estimate for the year of each period's middle month (September 2023 and September 2024)", () => {
    expect(result.populations).toEqual({
      previous: { year: 2023, wanted: 2023, source: "estimates for 2023" },
      current: { year: 2024, wanted: 2024, source: "estimates for 2024" },
    });
    // A: 120 offences a year; previous 120 / 1,000 × 1,000 = 120, current 120 / 2,000 × 1,000 = 60.
    expect(row("A")?.previous).toEqual({ count: 120, population: 1000, rate: 120 });
    expect(row("A")?.current).toEqual({ count: 120, population: 2000, rate: 60 });
    expect(row("A")?.change?.value).toBe(-60);
    expect(section?.quickFacts.current.rate.inputs).toEqual({ count: 120, population: 2000 });
  });

  it("pools the benchmark area over each period's own populations", () => {
    // 360 offences a year; previous 360 / (1,000 + 2,000) × 1,000 = 120, current 360 / (2,000 + 2,500) × 1,000 = 80.
    expect(row("Region")?.previous?.rate).toBe(120);
    expect(row("Region")?.current.rate).toBe(80);
  });

  it("says which estimate each period uses, in words", () => {
    expect(result.notes[0]).toBe(
      "Rates are offences per 1,000 residents, each period with the population estimate nearest it: for the 12 months to February 2024, the mid-2023 estimate from estimates for 2023 (A: 1,000 residents); for the 12 months to February 2025, the mid-2024 estimate from estimates for 2024 (A: 2,000 residents).",
    );
    expect(renderMarkdown(result)).toContain("the mid-2024 estimate");
  });

  it("states the residents used for every area of the table in each period, with the estimate's year", () => {
    const md = renderMarkdown(result);
    // Region pools A and B: 1,000 + 2,000 = 3,000 in the previous period, 2,000 + 2,500 = 4,500 in the current.
    expect(md).toContain("| Area | Residents 12 months to Feb 2024 (mid-2023) | Residents 12 months to Feb 2025 (mid-2024) |");
    expect(md).toContain("| **A (focus)** | 1,000 | 2,000 |");
    expect(md).toContain("| B | 2,000 | 2,500 |");
    expect(md).toContain("| Region | 3,000 | 4,500 |");
  });

  it("charts each rolling year with the estimate nearest its middle", () => {
    const values = section === undefined ? [] : linePoints(section.charts.trend!);
    // 12 months to Feb 2024 (middle 1 Sep 2023, 2 months from mid-2023): 120 / 1,000 × 1,000; to Feb 2025 (1 Sep 2024): 120 / 2,000 × 1,000.
    expect(values.find((p) => p.series === "A" && p.month === "2024-02")?.value).toBe(120);
    expect(values.find((p) => p.series === "A" && p.month === "2025-02")?.value).toBe(60);
  });

  it("takes the estimate whose 30 June is nearest the middle of each period, and says which when it is not of the middle month's year", () => {
    const nearest = strategicAssessment({
      ...base,
      populations: [
        { year: 2022, populations: { A: 1000, B: 2000 } },
        { year: 2025, populations: { A: 4000, B: 2000 } },
      ],
    });
    // Middle 1 September 2023: mid-2022 is 14 months away, mid-2025 22. Middle 1 September 2024: mid-2025 is 10 months away, mid-2022 26.
    expect(nearest.populations.previous).toEqual({ year: 2022, wanted: 2023, source: null });
    expect(nearest.populations.current).toEqual({ year: 2025, wanted: 2024, source: null });
    expect(nearest.notes[0]).toContain(
      "for the 12 months to February 2025, the mid-2025 estimate (the nearest available to the middle of the period, 1 September 2024)",
    );
    const later = strategicAssessment({
      ...base,
      populations: [
        { year: 2022, populations: { A: 1000, B: 2000 } },
        { year: 2024, populations: { A: 3000, B: 2000 } },
      ],
    });
    // Middle 1 September 2023: mid-2024 is 10 months away, mid-2022 14 (A: 120 / 3,000 × 1,000 = 40).
    expect(later.populations.previous?.year).toBe(2024);
    expect(later.priorities[0]?.table.find((r) => r.area === "A")?.previous?.rate).toBe(40);
  });

  it("says when both periods use one estimate, so that the rate changes show the change in offences only", () => {
    const one = strategicAssessment({ ...base, populations: [{ year: 2024, populations: { A: 2000, B: 2000 } }] });
    expect([one.populations.previous?.year, one.populations.current.year]).toEqual([2024, 2024]);
    expect(one.notes[0]).toBe(
      "Rates are offences per 1,000 residents. Both periods use the mid-2024 estimate, the nearest to each (A: 2,000 residents), so the rate changes show the change in offences only, not any change in the population.",
    );
  });

  it("gives July 2022 to June 2023 the mid-2022 estimate, 6 months from its middle, not mid-2024, 18 months away", () => {
    const julyToJune = [...flat("A", "2021-07", 24, 10), ...flat("B", "2021-07", 24, 20)];
    const result = strategicAssessment({
      ...base,
      counts: julyToJune,
      populations: [
        { year: 2021, populations: { A: 1000, B: 2000 } },
        { year: 2022, populations: { A: 2000, B: 2000 } },
        { year: 2024, populations: { A: 3000, B: 2000 } },
      ],
    });
    expect([result.current.first, result.current.last]).toEqual(["2022-07", "2023-06"]);
    expect(result.populations.current.year).toBe(2022);
    // 120 offences / 2,000 residents × 1,000.
    expect(result.priorities[0]?.table.find((r) => r.area === "A")?.current.rate).toBe(60);
    // July 2021 to June 2022: its middle, 1 January 2022, is 6 months from both mid-2021 and mid-2022, a genuine tie: the later.
    expect(result.populations.previous?.year).toBe(2022);
  });
  it("says so when the newest estimate is more than two years older than the end of the data", () => {
    const stale = strategicAssessment({ ...base, populations: [{ year: 2022, populations: { A: 1000, B: 2000 } }] });
    // Mid-2022 (June 2022) to February 2025 is 32 months.
    expect(stale.notes).toContain(
      "The newest population estimate used is for mid-2022, more than two years before the end of the current period (February 2025): where the population has grown since, the rates overstate offences per resident.",
    );
    // Mid-2022 to June 2024 is exactly 24 months: not more than two years.
    const edge = strategicAssessment({
      ...base,
      end: "2024-06",
      counts: [...flat("A", "2022-07", 24, 10), ...flat("B", "2022-07", 24, 20)],
      populations: [{ year: 2022, populations: { A: 1000, B: 2000 } }],
    });
    expect(edge.notes.some((n) => n.startsWith("The newest population estimate"))).toBe(false);
    const after = strategicAssessment({
      ...base,
      end: "2024-07",
      counts: [...flat("A", "2022-08", 24, 10), ...flat("B", "2022-08", 24, 20)],
      populations: [{ year: 2022, populations: { A: 1000, B: 2000 } }],
    });
    expect(after.notes.some((n) => n.startsWith("The newest population estimate used is for mid-2022"))).toBe(true);
  });

  it("still takes one record of populations for both periods and says so", () => {
    const single = strategicAssessment({ ...base, populations: { A: 1000, B: 2000 } });
    expect(single.populations).toEqual({ previous: { year: null, wanted: null, source: null }, current: { year: null, wanted: null, source: null } });
    expect(single.notes[0]).toBe("Rates are offences per 1,000 residents; one population is used for both periods.");
    // 120 / 1,000 × 1,000 in both periods.
    expect(single.priorities[0]?.table.find((r) => r.area === "A")?.current.rate).toBe(120);
  });

  it("refuses estimates with a year that is not a year, a year given twice or populations that are not residents", () => {
    const code = (populations: unknown): string => {
      try {
        strategicAssessment({ ...base, populations } as never);
      } catch (error) {
        return error instanceof ReportError ? `${error.code}: ${error.message}` : "other";
      }
      return "no error";
    };
    expect(code([])).toMatch(/^invalid-argument: strategicAssessment: populations is/);
    expect(code([{ year: "2024", populations: { A: 1 } }])).toBe(
      'invalid-argument: strategicAssessment: populations[0].year is "2024": expected a four-digit year.',
    );
    expect(
      code([
        { year: 2024, populations: { A: 1 } },
        { year: 2024, populations: { A: 2 } },
      ]),
    ).toBe("invalid-argument: strategicAssessment: populations[1].year is 2024: expected each year once.");
    expect(code([{ year: 2024, populations: { A: -1 } }])).toMatch(/^invalid-population: strategicAssessment: populations\[0\]: the population of "A" is -1/);
  });
});

describe("the year of a period's population estimate", () => {
  it("is the year of the period's middle month, month ⌊L/2⌋ + 1", () => {
    // March 2024 to February 2025: month 7 is September 2024.
    expect(periodYear("2024-03", "2025-02")).toBe(2024);
    // Financial year 2024/25, April 2024 to March 2025: month 7 is October 2024.
    expect(periodYear(financialYear(2024).first, financialYear(2024).last)).toBe(2024);
    // January to December 2025: month 7 is July 2025.
    expect(periodYear(calendarYear(2025).first, calendarYear(2025).last)).toBe(2025);
    // August 2024 to January 2025 (6 months): month 4 is November 2024; October 2024 to March 2025: month 4 is January 2025.
    expect(periodYear("2024-08", "2025-01")).toBe(2024);
    expect(periodYear("2024-10", "2025-03")).toBe(2025);
  });
});

describe("the estimate nearest a period's middle", () => {
  it("measures in months from the middle of the period to 30 June of each year", () => {
    // July 2022 to June 2023: the middle is the start of January 2023, 6 months after mid-2022 and 18 before mid-2024.
    const julyToJune = periodMiddle("2022-07", "2023-06");
    expect(middleWords(julyToJune)).toBe("1 January 2023");
    expect(nearestEstimateYear([2021, 2022, 2024], julyToJune)).toBe(2022);
    // March 2024 to February 2025: the middle is 1 September 2024, 2 months after mid-2024 and 10 before mid-2025.
    expect(nearestEstimateYear([2021, 2022, 2024, 2025], periodMiddle("2024-03", "2025-02"))).toBe(2024);
    // January to November 2022: the middle is mid-June 2022, half a month before mid-2022.
    expect(middleWords(periodMiddle("2022-01", "2022-11"))).toBe("mid-June 2022");
    expect(nearestEstimateYear([2021, 2022, 2023], periodMiddle("2022-01", "2022-11"))).toBe(2022);
  });

  it("gives only a genuine tie, as many months before as after, to the later year", () => {
    // 1 January 2023 is 6 months from both mid-2022 and mid-2023.
    const middle = periodMiddle("2022-07", "2023-06");
    expect(nearestEstimateYear([2022, 2023], middle)).toBe(2023);
    expect(nearestEstimateYear([2023, 2022], middle)).toBe(2023);
    expect(tiedEstimateYear([2022, 2023], middle, 2023)).toBe(2022);
    expect(tiedEstimateYear([2021, 2022, 2024], middle, 2022)).toBeUndefined();
    expect(nearestEstimateYear([], middle)).toBeUndefined();
  });
});

describe("crimestats assess: population estimates by year", () => {
  it("says when two estimates are equally near a period's middle, and never calls invented estimates ONS's", { timeout: 120_000 }, async () => {
    // The demonstration data without its mid-2023 estimates: the middle of the 12 months to December 2023 is
    // 1 July 2023, and mid-2022 and mid-2024 are 12 months either side of it.
    const demo = join(import.meta.dirname, "..", "data");
    const data = mkdtempSync(join(tmpdir(), "crimestats-tie-"));
    for (const file of readdirSync(demo)) if (file.endsWith(".csv") && !file.includes("mid2023")) copyFileSync(join(demo, file), join(data, file));
    const out = mkdtempSync(join(tmpdir(), "crimestats-tie-out-"));
    expect((await run(["assess", "--data", data, "--to", "2024-12", "--out", out, "--quiet"])).code).toBe(0);
    const json = JSON.parse(readFileSync(join(out, "strategic-assessment.json"), "utf8")) as { notes: string[]; sources: string[] };
    const at = json.notes.findIndex((n) => n.startsWith("Rates are offences per 1,000 residents"));
    // The 12 months to December 2024 want mid-2024 too: both periods use it, and the note says so.
    expect(json.notes[at]).toContain("Both periods use the mid-2024 estimate, the nearest to each");
    expect(json.notes[at + 1]).toBe("Mid-2022 and mid-2024 are equally near the middle of the period, 1 July 2023; the later, mid-2024, is used.");
    expect(json.notes[at]).toContain(
      "from SYNTHETIC mid-year estimates invented for the demonstration, mid-2024 (SYNTHETIC-demo-mid-year-estimates-mid2024.csv)",
    );
    const md = readFileSync(join(out, "strategic-assessment.md"), "utf8");
    // ONS only as the layout the invented figures copy, never as their source.
    expect(md).not.toMatch(/ONS mid-year|ONS figure/);
    expect(md).toContain("SYNTHETIC-demo-mid-year-estimates-mid2024.csv (invented population estimates by local authority, laid out like the ONS tables)");
  });
});
