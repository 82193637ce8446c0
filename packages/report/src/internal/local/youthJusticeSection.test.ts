import { disclosurePreset, type DisclosurePolicy } from "@crimestats/disclosure";
import { formatNumber } from "@crimestats/internal";
import { classifyChange, firstTimeEntrantRate, proportion, proportionDifference, roundHalfUp } from "@crimestats/rates";
import type { YouthJusticeRecord } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import type { LocalSection, LocalSectionsInput, LocalTable } from "../../localTypes.js";
import { youthJusticeSection } from "./youthJusticeSection.js";

// Hand-written fixtures. The counts are those of a published Strategic Assessment's youth justice
// pages (first-time entrants 61 then 41, reoffending 12 of 33, custody 8 then 7, the four local FTE
// cohorts); the populations aged 10–17 are invented.
const NONE: DisclosurePolicy = { id: "none", protectionWidth: 0 };
const NATIONAL = "YJB national cohort";
const LOCAL = "Local FTE starters";

const fte = (area: string, period: string, count: number, population10to17?: number): YouthJusticeRecord => ({
  measure: "first-time-entrants",
  area,
  period,
  count,
  ...(population10to17 === undefined ? {} : { population10to17 }),
  cohortName: NATIONAL,
});
const cohort = (area: string, period: string, n: number, x: number, reoffences: number, cohortName = NATIONAL): YouthJusticeRecord => ({
  measure: "reoffending",
  area,
  period,
  cohort: n,
  reoffenders: x,
  reoffences,
  cohortName,
});
const published = (area: string, period: string, percent: number): YouthJusticeRecord => ({
  measure: "reoffending",
  area,
  period,
  percent,
  cohortName: NATIONAL,
});
const custody = (period: string, count: number): YouthJusticeRecord => ({ measure: "custody", area: "Harrow", period, count, population10to17: 22600 });

const ROWS: readonly YouthJusticeRecord[] = [
  fte("Harrow", "2016-10/2017-09", 61, 22500),
  fte("Harrow", "2017-10/2018-09", 41, 22600),
  cohort("Harrow", "2017-01/2017-03", 33, 12, 34),
  published("Harrow", "2016-01/2016-03", 38.5),
  published("YOT family", "2017-01/2017-03", 40.8),
  published("England and Wales", "2017-01/2017-03", 39.6),
  published("London", "2017-01/2017-03", 44.4),
  custody("2017-01/2017-12", 8),
  custody("2018-01/2018-12", 7),
];

const LOCAL_COHORTS: readonly YouthJusticeRecord[] = [
  cohort("Harrow", "2016-10/2016-12", 22, 3, 7, LOCAL),
  cohort("Harrow", "2017-01/2017-03", 16, 3, 11, LOCAL),
  cohort("Harrow", "2017-07/2017-09", 18, 11, 32, LOCAL),
  cohort("Harrow", "2018-01/2018-03", 15, 5, 31, LOCAL),
];

function section(rows: readonly YouthJusticeRecord[], disclosure: DisclosurePolicy = NONE, extra: Partial<LocalSectionsInput> = {}): LocalSection {
  const s = youthJusticeSection({ area: "Harrow", youthJustice: rows, disclosure, ...extra });
  if (s === null) throw new Error("expected a section");
  return s;
}

function table(s: LocalSection, id: string): LocalTable {
  const t = s.tables.find((x) => x.id === id);
  if (t === undefined) throw new Error(`no table ${id}: ${s.tables.map((x) => x.id).join(", ")}`);
  return t;
}

describe("youthJusticeSection", () => {
  it("is null without youth justice rows", () => {
    expect(youthJusticeSection({ area: "Harrow" })).toBeNull();
    expect(youthJusticeSection({ area: "Harrow", youthJustice: [] })).toBeNull();
  });

  it("gives first-time entrants as a count and a rate per 100,000 aged 10–17 against the same 12 months a year earlier, with the exact test", () => {
    const s = section(ROWS);
    const rate = firstTimeEntrantRate(41, 22600).value;
    expect(s.facts[0]).toMatchObject({ label: "First-time entrants, 12 months to Sep 2018", text: "41", value: 41 });
    expect(s.facts[1]).toMatchObject({ text: formatNumber(rate, 0), value: rate });
    expect(s.findings[0]).toBe(
      `Harrow had 41 first-time entrants to the youth justice system (${NATIONAL}) in the 12 months to September 2018, ${formatNumber(rate, 0)} per 100,000 residents aged 10–17.`,
    );
    const test = classifyChange({ count: 61, population: 22500 }, { count: 41, population: 22600 });
    // 41 against 61 is a fall of 32.8% (the published "34.0%" does not reproduce).
    expect(s.findings[1]).toBe(`That is down from 61 in the 12 months to September 2017 (-32.8%): ${test.explanation}.`);
    expect(section(ROWS.slice(0, 2)).verdict).toMatchObject({ kind: "change", word: test.verdict });
    expect(table(s, "local-youth-justice-fte-yjb-national-cohort").rows.slice(0, 2)).toEqual([
      ["Harrow", "12 months to Sep 2018", "41", "22,600", formatNumber(rate, 0)],
      ["Harrow", "12 months to Sep 2017", "61", "22,500", formatNumber(firstTimeEntrantRate(61, 22500).value, 0)],
    ]);
  });

  it("says a fall is significant when the exact test says so, and that fewer is better", () => {
    const s = section([fte("Harrow", "2016-10/2017-09", 200, 20000), fte("Harrow", "2017-10/2018-09", 100, 20000)]);
    expect(s.findings[1]).toBe("That is down from 200 in the 12 months to September 2017 (-50.0%): a significant fall.");
    expect(s.verdict?.word).toBe("significant-fall");
    expect(s.verdict?.explanation).toMatch(/Fewer is better for this measure\.$/);
  });

  it("leaves the rate out and says why when no population aged 10–17 is given, and says when no earlier year is given", () => {
    const s = section([fte("Harrow", "2017-10/2018-09", 41)]);
    expect(s.findings).toEqual([
      `Harrow had 41 first-time entrants to the youth justice system (${NATIONAL}) in the 12 months to September 2018; no rate is given because the number of residents aged 10–17 was not supplied.`,
      "No figure for the same 12 months a year earlier was given, so the change is not assessed.",
    ]);
    expect(s.verdict).toBeNull();
  });

  it("gives the latest reoffending cohort's binary rate with its Wilson interval and re-offences per re-offender", () => {
    const s = section(ROWS);
    const p = proportion(12, 33);
    expect(roundHalfUp(p.value, 1)).toBe(36.4);
    expect(s.findings).toContain(
      `Of the 33 young people in the cohort of January to March 2017 (${NATIONAL}), 12 re-offended within the follow-up period: 36.4% (95% confidence interval ${formatNumber(p.lower ?? 0, 1)}% to ${formatNumber(p.upper ?? 0, 1)}%, Wilson).`,
    );
    expect(s.findings).toContain("They committed 34 re-offences: 2.83 per re-offender.");
    expect(s.facts.find((f) => f.label.startsWith("Binary reoffending rate"))).toMatchObject({ text: "36.4%", value: (12 / 33) * 100 });
  });

  it("compares the cohort with a published rate a year earlier and comparator percentages by the one-interval rule", () => {
    const s = section(ROWS);
    // 38.5% lies inside the 95% Wilson interval of 12/33 (22.2% to 53.4%), as do 40.8%, 39.6% and 44.4%.
    expect(s.findings).toContain(
      "The rate is 2.1 percentage points lower than that of the cohort of January to March 2016 (38.5%): no significant change (the earlier rate, published without its cohort size, lies inside the 95% interval of Harrow's rate).",
    );
    expect(s.findings).toContain("Harrow's rate is not significantly different from those of YOT family (40.8%), England and Wales (39.6%) or London (44.4%).");
    expect(s.findings).toContain(
      "The rates of YOT family, England and Wales and London were published without a cohort size, so each is compared with the 95% interval of Harrow's rate.",
    );
  });

  it("says a comparator's published rate outside the focus area's interval is significantly different", () => {
    const s = section([cohort("Harrow", "2017-01/2017-03", 33, 12, 34), published("Elsewhere", "2017-01/2017-03", 60)]);
    expect(s.findings).toContain("Harrow's rate is significantly lower than that of Elsewhere (60.0%).");
  });

  it("compares two cohorts with their counts by Newcombe's interval", () => {
    const s = section(LOCAL_COHORTS);
    const d = proportionDifference(5, 15, 3, 16);
    expect(s.findings).toContain(
      `The rate is ${formatNumber(d.value, 1)} percentage points higher than that of the cohort of January to March 2017 (18.8%): no significant change (Newcombe's 95% interval for the difference ${formatNumber(d.lower ?? 0, 1, { signed: true })} to ${formatNumber(d.upper ?? 0, 1, { signed: true })} points).`,
    );
    expect(d.excludesZero).toBe(false);
    expect(s.verdict?.word).toBe("no-significant-change");
  });

  it("reproduces the local FTE cohorts' percentages and re-offences per re-offender", () => {
    const t = table(section(LOCAL_COHORTS), "local-youth-justice-reoffending-local-fte-starters");
    expect(t.rows.map((r) => [r[4], r[7]])).toEqual([
      ["13.6%", "2.33"],
      ["18.8%", "3.67"],
      ["61.1%", "2.91"],
      ["33.3%", "6.20"],
    ]);
    expect(t.emphasis).toBe(3);
  });

  it("names the series its verdict judges, and gives no section verdict when the series disagree", () => {
    // First-time entrants fall significantly (61 to 41); reoffending and custody show no significant change.
    const fteOnly = section(ROWS.slice(0, 2));
    expect(fteOnly.verdict?.explanation).toMatch(new RegExp(`^First-time entrants \\(${NATIONAL}\\) in Harrow: `));
    expect(section(ROWS).verdict).toBeNull();
    // No significant change in first-time entrants, but a reoffending rate significantly lower than another area's: no verdict.
    const quiet = [fte("Harrow", "2016-10/2017-09", 45, 22500), fte("Harrow", "2017-10/2018-09", 41, 22600)];
    expect(section(quiet).verdict?.word).toBe("no-significant-change");
    expect(section([...quiet, cohort("Harrow", "2017-01/2017-03", 33, 12, 34), published("Elsewhere", "2017-01/2017-03", 60)]).verdict).toBeNull();
    // Two series that agree: one verdict naming both.
    const both = section([...quiet, custody("2017-01/2017-12", 8), custody("2018-01/2018-12", 7)]);
    expect(both.verdict?.word).toBe("no-significant-change");
    expect(both.verdict?.explanation).toMatch(/^First-time entrants .*Custodial sentences in Harrow: /);
  });

  it("hides a cohort's rate and frequency when its re-offenders are a small count, and never shows the true small count", () => {
    const s = section(LOCAL_COHORTS, disclosurePreset("suppress-1-4-round-5"));
    const t = table(s, "local-youth-justice-reoffending-local-fte-starters");
    expect(t.rows.map((r) => [r[2], r[3], r[4], r[5], r[7]])).toEqual([
      ["20", "*", "*", "–", "*"],
      ["15", "*", "*", "–", "*"],
      // Worked out from the exact counts (11 of 18 and 32 / 11; 5 of 15 and 31 / 5), beside the rounded counts shown.
      ["20", "10", "61.1%", intervalOf(11, 18), "2.91"],
      ["15", "5", "33.3%", intervalOf(5, 15), "6.20"],
    ]);
    expect(s.findings).toContain("The change from the cohort of January to March 2017 is not shown because a count it uses is hidden.");
  });

  it("lists other areas' rates without comparing them when the focus area's rate is hidden", () => {
    const s = section([cohort("Harrow", "2017-01/2017-03", 16, 3, 11), published("London", "2017-01/2017-03", 44.4)], disclosurePreset("suppress-1-4-round-5"));
    expect(s.findings).toContain("Harrow's rate is hidden under the disclosure policy, so other areas' rates are listed, not compared.");
    expect(s.findings.join(" ")).not.toMatch(/significantly/);
  });

  it("releases first-time entrants and custody counts under the policy: 61 → 60, 41 → 40, 8 → 10, 7 → 5", () => {
    const s = section(ROWS, disclosurePreset("suppress-1-4-round-5"));
    expect(table(s, "local-youth-justice-fte-yjb-national-cohort").rows.map((r) => r[2])).toEqual(["40", "60"]);
    expect(table(s, "local-youth-justice-custody").rows.map((r) => r[2])).toEqual(["5", "10"]);
    const test = classifyChange({ count: 61, population: 22500 }, { count: 41, population: 22600 });
    expect(s.findings[1]).toBe(
      // The percentage and the verdict both from the exact counts (61 to 41, -32.8%), beside the counts shown (60).
      `That is down from 60 in the 12 months to September 2017 (-32.8% from the exact counts): ${test.explanation}.`,
    );
    // 12 of 33 is 36.4% (not 28.6% from the 10 of 35 shown); custody 8 to 7 is -12.5% (not -50% from 10 to 5).
    const p = proportion(12, 33);
    expect(s.findings).toContain(
      `Of the 35 young people in the cohort of January to March 2017 (${NATIONAL}), 10 re-offended within the follow-up period: 36.4% worked out from the exact counts (95% confidence interval ${formatNumber(p.lower ?? 0, 1)}% to ${formatNumber(p.upper ?? 0, 1)}%, Wilson).`,
    );
    expect(s.findings).toContain("They committed 35 re-offences: 2.83 per re-offender (from the exact counts).");
    expect(s.findings).toContain(
      `Harrow had 5 custodial sentences given to young people in 2018, ${formatNumber((7 / 22600) * 1000, 2)} per 1,000 residents aged 10–17.`,
    );
    expect(s.findings).toContain("That is down from 10 in 2017 (-12.5% from the exact counts): no significant change.");
    for (const id of ["local-youth-justice-reoffending-yjb-national-cohort", "local-youth-justice-custody"]) {
      expect(table(s, id).notes).toContain(
        "Rates, percentages and intervals are worked out from the exact counts, so they may differ slightly from the rounded counts shown.",
      );
    }
    expect(
      section(ROWS)
        .tables.flatMap((t) => t.notes)
        .join(" "),
    ).not.toMatch(/rounded counts|exact counts/);
    const text = JSON.stringify([s.facts, s.tables, s.findings]);
    for (const hidden of ['"41"', '"61"', " 41 ", " 61 ", '"7"', '"8"', " 7 ", " 8 "]) expect(text).not.toContain(hidden);
  });

  it("gives custody as a count and a rate per 1,000 aged 10–17 with the exact test: 7 against 8 is no significant change", () => {
    const s = section(ROWS);
    expect(s.findings).toContain(
      `Harrow had 7 custodial sentences given to young people in 2018, ${formatNumber((7 / 22600) * 1000, 2)} per 1,000 residents aged 10–17.`,
    );
    expect(s.findings).toContain("That is down from 8 in 2017 (-12.5%): no significant change.");
  });

  it("says 'no' for a count of zero, unless the policy hides zeros", () => {
    const s = section([custody("2018-01/2018-12", 0)]);
    expect(s.findings[0]).toBe("Harrow had no custodial sentences given to young people in 2018, 0.00 per 1,000 residents aged 10–17.");
    const hidden = section([custody("2018-01/2018-12", 0)], disclosurePreset("suppress-1-4-round-5", { suppressZero: true }));
    expect(hidden.findings[0]).toBe(
      "Harrow had a number not shown (*) custodial sentences given to young people in 2018; the rate is not shown because the count is hidden.",
    );
  });

  it("never mixes cohort series: each has its own table and its comparisons stay within it", () => {
    const s = section([...ROWS, ...LOCAL_COHORTS]);
    const national = table(s, "local-youth-justice-reoffending-yjb-national-cohort");
    expect(national.rows.map((r) => r[0])).toEqual(["Harrow", "Harrow", "YOT family", "England and Wales", "London"]);
    expect(national.rows.map((r) => r[2])).not.toContain("16");
    expect(table(s, "local-youth-justice-reoffending-local-fte-starters").rows).toHaveLength(4);
    expect(s.notes.some((n) => n.includes("never compared with each other"))).toBe(true);
    expect(s.findings.filter((f) => f.startsWith("Harrow's rate is not significantly different from those of YOT family"))).toHaveLength(1);
  });

  it("says so when only other areas' figures are given", () => {
    const s = section([published("London", "2017-01/2017-03", 44.4)]);
    expect(s.findings).toEqual(["No youth justice figures for Harrow were given (only for London), so none are assessed."]);
    expect(s.tables).toEqual([]);
  });

  it("is labelled synthetic with synthetic data, with its kind's id and anchor", () => {
    const s = section(ROWS, NONE, { synthetic: true });
    expect([s.id, s.anchor, s.kind, s.name, s.synthetic]).toEqual(["youth-justice", "local-youth-justice", "youth-justice", "Youth justice", true]);
  });
});

function intervalOf(x: number, n: number): string {
  const p = proportion(x, n);
  return `${formatNumber(p.lower ?? 0, 1)} to ${formatNumber(p.upper ?? 0, 1)}`;
}
