import type { MonthKey } from "@crimestats/periods";
import type { CountRow } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import { renderHtml } from "../src/renderHtml.js";
import { renderMarkdown } from "../src/renderMarkdown.js";
import { strategicAssessment } from "../src/strategicAssessment.js";
import { total2019, total2019Input } from "./fixtures.js";

/** Each area's yearly counts placed in the December of 2023 and 2024 (other months 0). */
function decembers(counts: Readonly<Record<string, readonly [number, number]>>): CountRow[] {
  const rows: CountRow[] = [];
  for (const [area, [previous, current]] of Object.entries(counts)) {
    for (let m = 1; m <= 12; m += 1) {
      const mm = String(m).padStart(2, "0");
      rows.push({ area, month: `2023-${mm}` as MonthKey, offence: "X", count: m === 12 ? previous : 0 });
      rows.push({ area, month: `2024-${mm}` as MonthKey, offence: "X", count: m === 12 ? current : 0 });
    }
  }
  return rows;
}

const region = { name: "Region", membersName: "districts" };
const priorities = [{ id: "x", name: "Theft", offences: ["X"] }];

/** The assessment of theft in area A, against the region, of these December counts (populations: A 1,000, B 2,000 unless given). */
function assessA(counts: Readonly<Record<string, readonly [number, number]>>, populations: Readonly<Record<string, number>> = { A: 1000, B: 2000 }) {
  return strategicAssessment({ counts: decembers(counts), populations, area: "A", benchmarkArea: region, priorities });
}

describe("strategicAssessment verdicts on change and on position", () => {
  const neighbours = ["Barnet", "Brent", "Ealing", "Hillingdon"];
  const harrow = strategicAssessment({
    ...total2019Input,
    comparatorGroup: { members: neighbours },
    priorities: [{ id: "total", name: "Total offences", offences: ["ALL"] }],
  });
  const section = harrow.priorities[0];

  it("calls a change significant by the exact test on the two periods' rates", () => {
    // 13,957 → 14,866 on one population: of 28,823 offences, 14,866 in the current year against an
    // expected 14,411.5; z ≈ 454.5 / √(28,823 / 4) ≈ 5.4, p < 0.001: a significant rise.
    expect(section?.change?.verdict).toBe("significant-rise");
    expect(section?.change?.explanation).toBe(
      "Total offences in Harrow rose from 13,957 to 14,866 (+909, +6.5%) in the 12 months to December 2018 compared with the 12 months to December 2017: a significant rise.",
    );
    // The section gives its p-value; the notes give the test once for every section.
    expect(section?.change?.footnote).toBe("Whether a change is significant: p < 0.001.");
    expect(
      harrow.notes.filter((n) =>
        /^Whether a change is significant: exact conditional test .* at the 95% level; each recorded-crime section gives its p-value\.$/.test(n),
      ),
    ).toHaveLength(1);
  });

  it("compares the rate with the benchmark area's and the comparator group's pooled rate, without judging", () => {
    // Harrow 14,866 / 248,880 × 1,000 = 59.73 against London's 78.85: of the rest of London's rate, far below (p < 0.001).
    expect(section?.vsBenchmarkArea).toMatchObject({ outcome: "lower", significance: 0.998 });
    expect(section?.vsBenchmarkArea.explanation).toBe(
      "Harrow's rate of total offences is significantly lower than the London rate in the 12 months to December 2018 (59.73 against 78.85 per 1,000 residents).",
    );
    // Tested against the rest of London, Harrow's own offences and residents taken out of London's.
    expect(section?.vsBenchmarkArea.footnote).toMatch(
      /^Compared with the rest of London: [\d,]+ offences among [\d,]+ residents; p < 0\.001, significant at 99\.8%\.$/,
    );
    // The neighbours pooled, Harrow left out: 28,236 + 30,705 + 28,233 + 24,973 = 112,147 offences over their residents.
    const residents = neighbours.reduce((s, a) => s + (total2019.populations[a] ?? 0), 0);
    expect(section?.vsComparatorGroup.rate).toBeCloseTo((112_147 / residents) * 1000, 10);
    expect(section?.vsComparatorGroup).toMatchObject({ outcome: "lower", significance: 0.998 });
    expect(section?.vsComparatorGroup.explanation).toContain("significantly lower than the pooled rate of its neighbours");
  });

  it("says a rate is not significantly different (never similar) when the test of the two rates finds no difference at 95%", () => {
    // A: 100 / 1,000 × 1,000 = 100; B: 210 / 2,000 × 1,000 = 105. Of 310 offences A holds 100 against 103.3 expected: p ≈ 0.72.
    const r = strategicAssessment({
      counts: decembers({ A: [100, 100], B: [210, 210] }),
      populations: { A: 1000, B: 2000 },
      area: "A",
      benchmarkArea: region,
      comparatorGroup: { members: ["B"] },
      priorities,
    });
    expect(r.priorities[0]?.vsComparatorGroup.outcome).toBe("similar");
    expect(r.priorities[0]?.vsComparatorGroup.explanation).toBe(
      "A's rate of theft offences is not significantly different from the pooled rate of its neighbours in the 12 months to December 2024 (100.00 against 105.00 per 1,000 residents).",
    );
    expect(r.priorities[0]?.change?.verdict).toBe("no-significant-change");
  });

  it("says when there are too few offences to judge a change", () => {
    // 0 → 3: of 3 offences, the most extreme split (all 3 in one year) has two-sided p = 2 × 0.5³ = 0.25 ≥ 0.05.
    const r = assessA({ A: [0, 3], B: [40, 40] });
    expect(r.priorities[0]?.change?.verdict).toBe("too-few-to-judge");
    expect(r.priorities[0]?.change?.explanation).toBe(
      "Theft offences in A rose from 0 to 3 (+3) in the 12 months to December 2024 compared with the 12 months to December 2023: too few to judge.",
    );
  });

  it("does not rank a rate on offences too few to judge, in words and in the quick facts and summary", async () => {
    const r = assessA({ A: [0, 3], B: [40, 40], C: [50, 50] }, { A: 1000, B: 2000, C: 2000 });
    const p = r.priorities[0];
    expect(p?.quickFacts.rankInBenchmarkArea?.explanation).toBe(
      "A is not ranked among the 3 districts: 3 theft offences in the 12 months to December 2024 are too few to rank its rate on.",
    );
    expect(p?.explanations.some((e) => /lowest|highest/.test(e) && e.startsWith("In the"))).toBe(false);
    const md = renderMarkdown(r);
    expect(md).toContain("not ranked (too few offences)");
    expect(md).not.toMatch(/\| [123] of 3 \|/);
  });

  it("gives no rank among a benchmark area of 2 members: it would only restate the comparison with the other", () => {
    const r = assessA({ A: [100, 130], B: [210, 210] });
    expect(r.priorities[0]?.quickFacts.rankInBenchmarkArea).toBeNull();
    const md = renderMarkdown(r);
    expect(md).not.toMatch(/Rank among|[12] of 2|highest rate of 2|lowest rate of 2/);
  });

  it("draws no chart for a priority too few to judge, says why, and keeps its figures", async () => {
    const r = assessA({ A: [0, 3], B: [40, 40] });
    const { withheld, ...charts } = r.priorities[0]?.charts ?? { withheld: null };
    expect(withheld).toBe("No charts for this priority: too few offences for a chart to show anything but chance.");
    expect(Object.values(charts).every((c) => c === null)).toBe(true);
    expect(r.priorities[0]?.longTrend?.chart).toBeNull();
    const html = await renderHtml(r);
    const section = html.slice(html.indexOf('<section class="priority"'), html.indexOf("</section>", html.indexOf('<section class="priority"')));
    expect(section).toContain(`<p>${withheld}</p>`);
    expect(section).not.toContain("<figure");
    expect(section).toContain("<td>3</td>");
    expect(renderMarkdown(r)).toContain(withheld ?? "missing");
  });

  it("says a priority with no offences in either period has nothing to chart", () => {
    const r = assessA({ A: [0, 0], B: [40, 40] });
    expect(r.priorities[0]?.charts.withheld).toBe("No charts for this priority: it has no offences in either period, so a chart would show nothing.");
    expect(r.priorities[0]?.charts.comparison).toBeNull();
  });

  it("names the funnel's centre line after the benchmark area and widens its limits when the members vary more than chance", () => {
    // Rates of 20 to 200 per 1,000 among equal populations: far more spread than Poisson chance gives.
    const spread = assessA({ A: [20, 20], B: [60, 60], C: [120, 120], D: [200, 200] }, { A: 1000, B: 1000, C: 1000, D: 1000 });
    expect(spread.charts.funnel?.description).toContain("around Region at 100");
    expect(spread.charts.funnel?.description).toMatch(/widened for over-dispersion \(φ = [\d.]+\)/);
    // Rates that differ by no more than chance: the plain Poisson limits.
    const even = assessA({ A: [100, 100], B: [101, 101], C: [99, 99], D: [100, 100] }, { A: 1000, B: 1000, C: 1000, D: 1000 });
    expect(even.charts.funnel?.description).not.toContain("over-dispersion");
  });

  it("draws the charts of offences per month, of the long-term trend (from three years) and of the drivers in the first section only, and the notes say what the others give", () => {
    const two = [
      { id: "x", name: "Theft", offences: ["X"] },
      { id: "y", name: "Theft again", offences: ["X"] },
    ];
    const r = strategicAssessment({
      counts: decembers({ A: [100, 130], B: [210, 210] }),
      populations: { A: 1000, B: 2000 },
      area: "A",
      benchmarkArea: region,
      priorities: two,
    });
    expect(r.priorities.map((p) => p.months !== null)).toEqual([true, true]);
    expect(r.priorities.map((p) => p.charts.monthly?.kind ?? null)).toEqual(["monthly", null]);
    expect(r.priorities.map((p) => p.longTrend?.chart?.kind ?? null)).toEqual(["trend", null]);
    // How months are classed is said once in the notes, for both sections.
    expect(r.notes.filter((n) => n.startsWith("Above and below average months: "))).toEqual([
      `Above and below average months: ${r.priorities[0]?.months?.method}`,
    ]);
    // One category each: no drivers, so the note leaves them out.
    expect(r.priorities.map((p) => p.charts.drivers)).toEqual([null, null]);
    // Two years print no long-term trend, so the note names only the monthly chart.
    expect(r.notes).toContain(
      "The chart of offences per month is drawn for Theft only; the other sections give their above- and below-average months in words.",
    );
  });

  it("never calls an area best or worst", () => {
    const md = renderMarkdown(harrow);
    expect(md).not.toMatch(/\b(best|worst)\b/i);
  });
});
