import { disclosurePreset } from "@crimestats/disclosure";
import { addMonths } from "@crimestats/periods";
import type { StreetCrime } from "@crimestats/police-data";
import { classifyChange } from "@crimestats/rates";
import type { IncidentCount } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import type { LocalSection, LocalSectionsInput } from "../../localTypes.js";
import { incidentSection } from "./incidentSection.js";
import { incidentSections } from "./incidentSections.js";

// Hand-written fixtures: a borough "Northam" of 200,000 residents, its benchmark area "Shire"
// and two comparators, with invented counts chosen to exercise each rule.
const NONE = { id: "none", protectionWidth: 0 };
const POPULATIONS = { Northam: 200_000, Eastby: 150_000, Westford: 250_000, Shire: 2_000_000 };
const BASE: LocalSectionsInput = {
  area: "Northam",
  comparators: ["Eastby", "Westford"],
  benchmarkArea: "Shire",
  populations: POPULATIONS,
  end: "2025-02",
};

/** The seasonal shape of the invented monthly series: more in May to August. */
const SEASON = [0, 0, 0, 0, 20, 30, 30, 20, 0, 0, 0, 0];

/** 36 months of anti-social behaviour to February 2025 for an area, `level` a month plus the season, `lift` a month added in the last 12. */
function asbMonths(area: string, level: number, lift = 0): IncidentCount[] {
  return Array.from({ length: 36 }, (_, i) => {
    const period = addMonths("2022-03", i);
    const season = SEASON[Number(period.slice(5)) - 1] ?? 0;
    return { measure: "asb", area, period, flags: [], count: level + season + (i >= 24 ? lift : 0) };
  });
}

/** One row of a measure in one month or run. */
function row(measure: string, period: string, count: number, extra: Partial<IncidentCount> = {}): IncidentCount {
  return { measure, area: "Northam", period, flags: [], count, ...extra };
}

const sum = (rows: readonly IncidentCount[], from: string, to: string): number =>
  rows.filter((r) => r.period >= from && r.period <= to).reduce((a, r) => a + r.count, 0);

/** Every string and number of a section, for searching. */
const json = (s: LocalSection): string => JSON.stringify(s);

describe("incidentSections: sections and their order", () => {
  it("gives one section per measure, built-in measures in the document's order and others after them by name", () => {
    const incidents = [
      row("weapons", "2018-01/2018-12", 20, { measureName: "Offensive weapon offences" }),
      row("gun-crime", "2018-01/2018-12", 20),
      row("asb", "2018-01/2018-12", 400),
      row("fgm", "2018-01/2018-12", 10, { measureName: "FGM referrals", unit: "referrals" }),
      row("serious-youth-violence", "2018-01/2018-12", 30),
      row("hate-crime", "2018-01/2018-12", 40, { flags: ["hate:race"] }),
      row("knife-crime", "2018-01/2018-12", 50),
      row("domestic-abuse", "2018-01/2018-12", 60),
    ];
    const sections = incidentSections({ ...BASE, incidents });
    expect(sections.map((s) => s.id)).toEqual(["asb", "domestic-abuse", "hate-crime", "knife-crime", "gun-crime", "serious-youth-violence", "fgm", "weapons"]);
    expect(sections.map((s) => s.name).slice(0, 6)).toEqual([
      "Anti-social behaviour",
      "Domestic abuse",
      "Hate crime",
      "Knife crime",
      "Gun crime",
      "Serious youth violence",
    ]);
    expect(sections.every((s) => s.anchor === `local-${s.id}` && s.kind === "incidents" && !s.synthetic)).toBe(true);
  });

  it("gives no section without incident rows", () => {
    expect(incidentSections({ ...BASE })).toEqual([]);
  });

  it("labels every section synthetic when the data are", () => {
    const [s] = incidentSections({ ...BASE, synthetic: true, incidents: asbMonths("Northam", 300) });
    expect(s?.synthetic).toBe(true);
    expect(s?.charts.every((c) => c.source.includes("SYNTHETIC"))).toBe(true);
  });

  it("says when the data hold no figures for the focus area", () => {
    const [s] = incidentSections({ ...BASE, incidents: asbMonths("Shire", 3000) });
    expect(s?.findings).toEqual(["The data hold no anti-social behaviour figures for Northam, only for Shire, so nothing is assessed for Northam."]);
    expect(s?.verdict).toBeNull();
  });
});

describe("incidentSections: period, count and rate", () => {
  const incidents = asbMonths("Northam", 300, 25);

  it("assesses monthly data on the 12 months to the assessment's end against the 12 months before", () => {
    const [s] = incidentSections({ ...BASE, incidents });
    expect(s?.period).toBe("12 months to February 2025 against the 12 months to February 2024");
    const count = sum(incidents, "2024-03", "2025-02");
    expect(s?.facts[0]).toMatchObject({ label: "Incidents, 12 months to Feb 2025", value: count });
  });

  it("names 12 months of January to December the calendar year, in the period, the facts and the sentences alike", () => {
    const [s] = incidentSections({ ...BASE, end: "2024-12", incidents });
    expect(s?.period).toBe("2024 against 2023");
    expect(s?.facts[0]?.label).toBe("Incidents, 2024");
    expect(s?.findings[0]).toMatch(/ incidents in 2024, /);
  });

  it("assesses the latest 12 months of the data, and says so, when the data do not reach the end", () => {
    const [s] = incidentSections({ ...BASE, end: "2025-08", incidents });
    expect(s?.period).toBe("12 months to February 2025 against the 12 months to February 2024");
    expect(s?.notes[0]).toBe(
      "The data run from March 2022 to February 2025, so they do not cover the 12 months to August 2025: the latest 12 months of the data are assessed instead.",
    );
  });

  it("states the rate per 1,000 residents with its denominator", () => {
    const [s] = incidentSections({ ...BASE, incidents });
    const count = sum(incidents, "2024-03", "2025-02");
    // 12 × 300 + the season 100 + the lift 12 × 25 = 4,000 incidents over 200,000 residents.
    expect(count).toBe(4000);
    expect(s?.findings[0]).toBe(
      "Northam recorded 4,000 anti-social behaviour incidents in the 12 months to February 2025, 20.00 per 1,000 residents (a population of 200,000).",
    );
    expect(s?.facts[1]).toMatchObject({ label: "Per 1,000 residents, 12 months to Feb 2025", text: "20.00", value: 20 });
    expect(s?.notes).toContain("Rates are per 1,000 residents of Northam (a population of 200,000, the estimate the assessment uses for every period).");
  });

  it("takes each period's population from the estimate of its own year when estimates are given by year", () => {
    const populations = [
      { year: 2023, populations: { Northam: 190_000 } },
      { year: 2024, populations: { Northam: 200_000 } },
    ];
    // The 12 months to February 2025 are centred on September 2024: the mid-2024 estimate.
    const [s] = incidentSections({ ...BASE, populations, incidents });
    expect(s?.findings[0]).toBe(
      "Northam recorded 4,000 anti-social behaviour incidents in the 12 months to February 2025, 20.00 per 1,000 residents (a population of 200,000, the mid-2024 estimate).",
    );
    // The test compares 3,700 over 190,000 with 4,000 over 200,000: each period's own residents.
    expect(s?.verdict?.word).toBe(classifyChange({ count: 3700, population: 190_000 }, { count: 4000, population: 200_000 }).verdict);
  });

  it("gives no rate when no estimate lies within a year of the period, and says which is nearest", () => {
    const [s] = incidentSections({ ...BASE, populations: [{ year: 2021, populations: { Northam: 190_000 } }], incidents });
    expect(s?.findings[0]).toBe(
      "Northam recorded 4,000 anti-social behaviour incidents in the 12 months to February 2025; no rate per 1,000 residents is given, as no population estimate of Northam near 2024 was given (the nearest is for mid-2021).",
    );
  });

  it("gives no rate, and says why, when the focus area has no population", () => {
    const [s] = incidentSections({ ...BASE, populations: {}, incidents });
    expect(s?.findings[0]).toBe(
      "Northam recorded 4,000 anti-social behaviour incidents in the 12 months to February 2025; no rate per 1,000 residents is given, as no population of Northam was supplied.",
    );
    expect(s?.facts.some((f) => f.label.startsWith("Per 1,000"))).toBe(false);
    expect(s?.notes).toContain("No rate per 1,000 residents is given: no population of Northam was supplied.");
  });

  it("assesses calendar-year rows on the latest year against the year before", () => {
    const [s] = incidentSections({
      ...BASE,
      disclosure: NONE,
      incidents: [row("knife-crime", "2017-01/2017-12", 120), row("knife-crime", "2018-01/2018-12", 90)],
    });
    expect(s?.period).toBe("2018 against 2017");
    expect(s?.findings[0]).toBe("Northam recorded 90 knife crime offences in 2018, 0.45 per 1,000 residents (a population of 200,000).");
    expect(s?.findings[1]).toBe(
      `Knife crime offences in Northam fell from 120 in 2017 to 90 in 2018 (-25.0%): ${classifyChange({ count: 120, population: 200_000 }, { count: 90, population: 200_000 }).explanation}.`,
    );
  });

  it("never adds a quarter into a year, nor a stock across periods", () => {
    const stock = [
      ...Array.from({ length: 13 }, (_, i) => row("cases", addMonths("2024-02", i), 40 + i, { measureName: "Open cases", kind: "stock", unit: "cases" })),
    ];
    const [s] = incidentSections({ ...BASE, disclosure: NONE, incidents: stock });
    // The latest month's snapshot (52) against the same month a year earlier (40), never a 12-month sum.
    expect(s?.facts[0]).toMatchObject({ label: "Cases, Feb 2025", value: 52 });
    expect(s?.findings[1]).toMatch(/^Open cases in Northam rose from 40 in February 2024 to 52 in February 2025 \(\+30\.0%\)/);
    expect(s?.notes).toContain(
      "These are counts at a point in time (stocks, such as distinct people), never added up across periods: each period's figure stands alone.",
    );
  });
});

describe("incidentSections: change, test and polarity", () => {
  it("reads a significant rise of a lower-is-better measure as a deterioration, with the test's words", () => {
    const incidents = asbMonths("Northam", 300, 25);
    const [s] = incidentSections({ ...BASE, incidents });
    const previous = sum(incidents, "2023-03", "2024-02");
    const current = sum(incidents, "2024-03", "2025-02");
    expect(classifyChange({ count: previous, population: 200_000 }, { count: current, population: 200_000 }).verdict).toBe("significant-rise");
    expect(s?.findings[1]).toBe(
      "Anti-social behaviour incidents in Northam rose from 3,700 in the 12 months to February 2024 to 4,000 in the 12 months to February 2025 (+8.1%): a significant rise.",
    );
    expect(s?.findings[2]).toBe("As fewer anti-social behaviour incidents is the aim, this significant rise is a deterioration.");
    expect(s?.verdict).toEqual({ kind: "change", word: "significant-rise", explanation: `${s?.findings[1]} ${s?.findings[2]}` });
  });

  it("says 'no significant change' (never 'similar') and adds no judgement when the test finds none", () => {
    const [s] = incidentSections({ ...BASE, incidents: asbMonths("Northam", 300, 1) });
    expect(s?.verdict?.word).toBe("no-significant-change");
    expect(s?.findings[1]).toMatch(/: no significant change\.$/);
    expect(json(s as LocalSection)).not.toMatch(/similar|improvement|deterioration/);
  });

  it("describes domestic abuse and hate crime as rising or falling, never as better or worse", () => {
    for (const measure of ["domestic-abuse", "hate-crime"]) {
      const [s] = incidentSections({
        ...BASE,
        incidents: [row(measure, "2017-01/2017-12", 300, { flags: ["hate:race"] }), row(measure, "2018-01/2018-12", 420, { flags: ["hate:race"] })],
      });
      expect(s?.verdict?.word).toBe("significant-rise");
      expect(s?.findings[1]).toMatch(/ in Northam rose from 300 in 2017 to 420 in 2018 \(\+40\.0%\): a significant rise\.$/);
      expect(json(s as LocalSection)).not.toMatch(/better|worse|improvement|deterioration/i);
      expect(s?.findings[2]).toMatch(/is described, not rated: more (victims coming forward|reporting) is a goal/);
    }
  });

  it("says 'too few to judge' when no change in so few could be significant", () => {
    const [s] = incidentSections({ ...BASE, disclosure: NONE, incidents: [row("gun-crime", "2017-01/2017-12", 1), row("gun-crime", "2018-01/2018-12", 3)] });
    expect(s?.verdict?.word).toBe("too-few-to-judge");
    expect(s?.findings[1]).toBe("Gun crime offences in Northam rose from 1 in 2017 to 3 in 2018 (+200.0%): too few to judge.");
  });

  it("works the percentage change out from the exact counts, not the rounded counts shown", () => {
    // 102 and 108 are shown as 100 and 110: +10.0% from those, +5.9% from the data.
    const [s] = incidentSections({ ...BASE, incidents: [row("knife-crime", "2017-01/2017-12", 102), row("knife-crime", "2018-01/2018-12", 108)] });
    const exact = ((108 - 102) / 102) * 100;
    expect(s?.findings[1]).toMatch(/^Knife crime offences in Northam rose from 100 in 2017 to 110 in 2018 \(\+5\.9%\): /);
    expect(s?.facts.find((f) => f.label === "Change from 2017")).toMatchObject({ value: exact });
    expect(s?.facts.find((f) => f.label === "Change from 2017")?.method).toMatch(
      /^Percentage change worked out from the exact counts, so it may differ slightly from the rounded counts shown, not shown when a count is hidden; /,
    );
    expect(
      s?.notes.some((n) => n.endsWith("Percentage changes are worked out from the exact counts, so they may differ slightly from the rounded counts shown.")),
    ).toBe(true);
  });

  it("says the counts shown are the same when they round alike, with the exact change", () => {
    // 122 and 118 are both shown as 120.
    const [s] = incidentSections({ ...BASE, incidents: [row("knife-crime", "2017-01/2017-12", 122), row("knife-crime", "2018-01/2018-12", 118)] });
    expect(s?.findings[1]).toMatch(
      /^Knife crime offences in Northam were 120 in 2018, the same figure as in 2017 once rounded \(-3\.3% from the exact counts\): no significant change\.$/,
    );
  });

  it("gives no percentage change when a count is recoded, so the exact small count is not given away", () => {
    // small-to-5-round-5 shows 6 as 5: a change from 6 (+400.0%) would give the 6 away.
    const [s] = incidentSections({
      ...BASE,
      disclosure: disclosurePreset("small-to-5-round-5"),
      incidents: [row("gun-crime", "2017-01/2017-12", 6), row("gun-crime", "2018-01/2018-12", 30)],
    });
    expect(s?.findings[1]).toMatch(/^Gun crime offences in Northam rose from 5 in 2017 to 30 in 2018: /);
    expect(s?.facts.find((f) => f.label === "Change from 2017")?.value).toBeNull();
    expect(json(s as LocalSection)).not.toMatch(/400\.0|"value":6\b|\b6 gun/);
  });

  it("gives no change, and says why, when the data do not cover the period a year earlier", () => {
    const [s] = incidentSections({ ...BASE, incidents: [row("knife-crime", "2018-01/2018-12", 90), row("knife-crime", "2016-01/2016-12", 100)] });
    expect(s?.verdict).toBeNull();
    expect(s?.notes[0]).toBe("No change is given: the data hold no figure for the same period a year earlier (2017).");
    expect(s?.period).toBe("2018");
  });
});

describe("incidentSections: comparisons", () => {
  it("compares the focus area's rate with the benchmark area and the pooled comparator group, in the crime sections' words", () => {
    const incidents = [...asbMonths("Northam", 300, 25), ...asbMonths("Shire", 3000), ...asbMonths("Eastby", 200), ...asbMonths("Westford", 330)];
    const [s] = incidentSections({ ...BASE, incidents });
    const comparisons = s?.findings.filter((f) => f.startsWith("Northam's rate")) ?? [];
    // Shire: 36,000 + 100 = 36,100 over 2,000,000 = 18.05 per 1,000, outside Northam's interval around 20.00.
    expect(comparisons[0]).toBe(
      "Northam's rate of anti-social behaviour incidents is significantly higher than the Shire rate in the 12 months to February 2025 (20.00 against 18.05 per 1,000 residents).",
    );
    // The group: (2,500 + 4,060) / 400,000 = 16.40 per 1,000.
    expect(comparisons[1]).toBe(
      "Northam's rate of anti-social behaviour incidents is significantly higher than the pooled rate of its comparator group in the 12 months to February 2025 (20.00 against 16.40 per 1,000 residents).",
    );
    const table = s?.tables.find((t) => t.id === "local-asb-areas");
    expect(table?.rows.map((r) => r[0])).toEqual(["Northam", "Eastby", "Westford", "Shire"]);
    expect(table?.emphasis).toBe(0);
    expect(table?.rows[3]).toEqual(["Shire", "36,100", "18.05", "Northam significantly higher"]);
    // Eastby's rate (2,500 / 150,000 = 16.67) is below Northam's: the cell says which area is higher.
    expect(table?.rows[1]).toEqual(["Eastby", "2,500", "16.67", "Northam significantly higher"]);
    expect(table?.header).toEqual(["Area", "Incidents, 12 months to Feb 2025", "Per 1,000 residents", "Northam against this area"]);
  });

  it("says 'not significantly different' when the other rate lies inside the focus area's interval", () => {
    // Shire: 39,600 + 100 = 39,700 over 2,000,000 = 19.85 per 1,000, inside Northam's 95% interval (about 19.38 to 20.62).
    const incidents = [...asbMonths("Northam", 300, 25), ...asbMonths("Shire", 3300)];
    const [s] = incidentSections({ ...BASE, comparators: [], incidents });
    expect(s?.findings).toContain(
      "Northam's rate of anti-social behaviour incidents is not significantly different from the Shire rate in the 12 months to February 2025 (20.00 against 19.85 per 1,000 residents).",
    );
  });

  it("works the rates compared out from the exact counts, and shows the counts as released", () => {
    // 92 over 200,000 is 0.46 per 1,000; the 90 shown would give 0.45.
    const incidents = [row("gun-crime", "2018-01/2018-12", 92), { ...row("gun-crime", "2018-01/2018-12", 1003), area: "Shire" }];
    const [s] = incidentSections({ ...BASE, comparators: [], incidents });
    const table = s?.tables.find((t) => t.id === "local-gun-crime-areas");
    expect(table?.rows.map((r) => r.slice(0, 3))).toEqual([
      ["Northam", "90", "0.46"],
      ["Shire", "1,005", "0.50"],
    ]);
    expect(s?.findings[0]).toMatch(/, 0\.46 per 1,000 residents /);
    expect(s?.findings.find((f) => f.includes("the Shire rate"))).toMatch(/\(0\.46 against 0\.50 per 1,000 residents\)\.$/);
    expect(
      s?.notes.some((n) => n.startsWith("Rates are per 1,000 residents of each area (its population as given), worked out from the exact counts, so they may")),
    ).toBe(true);
  });

  it("makes no comparison with a figure too small to show", () => {
    const incidents = [row("gun-crime", "2018-01/2018-12", 3), { ...row("gun-crime", "2018-01/2018-12", 90), area: "Shire" }];
    const [s] = incidentSections({ ...BASE, incidents });
    expect(s?.findings).toContain("Northam's rate of gun crime offences is not compared with other areas: Northam's figure is too small to show.");
  });
});

describe("incidentSections: monthly pattern", () => {
  it("gives the months above and below the 24-month average and draws the monthly chart from the released figures", () => {
    const incidents = asbMonths("Northam", 301);
    const [s] = incidentSections({ ...BASE, incidents });
    expect(s?.findings).toContain(
      "Anti-social behaviour incidents were above the 24-month average in both years in May, June, July and August, and below it in both years in January, February, March, April, September, October, November and December.",
    );
    const chart = s?.charts.find((c) => c.kind === "monthly");
    expect(chart).toBeDefined();
    // 301 a month is released as 300: the chart draws the released figure, never the count.
    expect(JSON.stringify(chart)).not.toContain("301");
    expect(chart?.table.rows.flat()).toContain("300");
    // Drawn and exact counts put every month on the same side of the average: no note about the chart.
    expect(s?.notes.some((n) => n.includes("The chart draws the rounded counts"))).toBe(false);
  });

  it("places the months against the average on the exact counts, which the rounded counts would hide, and draws the rounded counts", () => {
    // 100 a month, June 102 and December 98 in both years: all shown as 100, so only the exact counts set June above and December below.
    const incidents = Array.from({ length: 24 }, (_, i) => {
      const period = addMonths("2023-03", i);
      return { measure: "asb", area: "Northam", period, flags: [], count: period.endsWith("-06") ? 102 : period.endsWith("-12") ? 98 : 100 };
    });
    const [s] = incidentSections({ ...BASE, incidents });
    expect(s?.findings).toContain(
      "Anti-social behaviour incidents were above the 24-month average in both years in June, and below it in both years in December.",
    );
    const chart = s?.charts.find((c) => c.kind === "monthly");
    expect(JSON.stringify(chart?.table)).not.toMatch(/\b(102|98)\b/);
    // The chart's own text places the drawn 100s on the average line: the note says which months it shows otherwise.
    expect(chart?.description).toMatch(/No month was above the average in both years\./);
    expect(
      s?.notes.some((n) =>
        n.endsWith(
          "The average and each month's place against it are worked out from the exact counts, so they may differ slightly from the rounded counts shown. The chart draws the rounded counts, so against its average line June and December do not fall where the exact counts put them.",
        ),
      ),
    ).toBe(true);
  });

  it("gives no monthly pattern when a month's count is recoded, so the exact average cannot give it away", () => {
    const incidents = Array.from({ length: 24 }, (_, i) => row("gun-crime", addMonths("2023-03", i), i === 5 ? 6 : 12));
    const [s] = incidentSections({ ...BASE, disclosure: disclosurePreset("small-to-5-round-5"), incidents });
    expect(s?.charts).toEqual([]);
    expect(s?.notes).toContain("No monthly pattern is shown: the figures of some of the 24 months to February 2025 are too small to show.");
  });

  it("draws no monthly chart when a month's figure is too small to show", () => {
    const incidents = Array.from({ length: 24 }, (_, i) => row("gun-crime", addMonths("2023-03", i), i === 5 ? 2 : 12));
    const [s] = incidentSections({ ...BASE, incidents });
    expect(s?.charts).toEqual([]);
    expect(s?.notes).toContain("No monthly pattern is shown: the figures of some of the 24 months to February 2025 are too small to show.");
  });
});

describe("incidentSections: disclosure", () => {
  /** Domestic abuse in 2018 with small cells in every breakdown, and 2017 for the change. */
  const daRows = (a: number, b: number): IncidentCount[] => [
    row("domestic-abuse", "2017-01/2017-12", 200, { category: "Offences", victimSex: "female", victimAgeBand: "25-34" }),
    row("domestic-abuse", "2018-01/2018-12", 180, { category: "Offences", victimSex: "female", victimAgeBand: "25-34", flags: ["injury"] }),
    row("domestic-abuse", "2018-01/2018-12", 40, { category: "Offences", victimSex: "female", victimAgeBand: "35-44" }),
    row("domestic-abuse", "2018-01/2018-12", a, { category: "Offences", victimSex: "male", victimAgeBand: "35-44" }),
    row("domestic-abuse", "2018-01/2018-12", b, { category: "Offences", victimSex: "unknown", victimAgeBand: "35-44" }),
  ];

  it("never shows a small count: two small cells swapped give the same section", () => {
    const one = incidentSections({ ...BASE, incidents: daRows(2, 3) });
    const other = incidentSections({ ...BASE, incidents: daRows(3, 2) });
    expect(one).toEqual(other);
    const sex = one[0]?.tables.find((t) => t.id === "local-domestic-abuse-sex");
    expect(sex?.rows.find((r) => r[0] === "Male")).toEqual(["Male", "0", "0.0%", "*", "*", "*"]);
    expect(sex?.rows.find((r) => r[0] === "Not known")).toEqual(["Not known", "0", "0.0%", "*", "*", "*"]);
  });

  it("hides the total, its rate and its change when the count is small, in facts, findings, tables and JSON", () => {
    const incidents = [
      row("gun-crime", "2017-01/2017-12", 7),
      row("gun-crime", "2018-01/2018-12", 3, { ward: "Central" }),
      row("gun-crime", "2018-01/2018-12", 0, { ward: "Hill" }),
    ];
    const [s] = incidentSections({ ...BASE, incidents });
    expect(s?.facts[0]).toMatchObject({ text: "*", value: null });
    expect(s?.facts.find((f) => f.label.startsWith("Per 1,000"))).toMatchObject({ text: "*", value: null });
    expect(s?.findings[0]).toBe("The number of gun crime offences recorded in Northam in 2018 is too small to show (*), so no rate is given.");
    expect(s?.findings[1]).toMatch(/^The figures for gun crime offences in Northam are too small to show a change from 2017 to 2018: /);
    const text = json(s as LocalSection);
    expect(text).not.toMatch(/"value":3\b|"3"|\b3 gun|0\.015/);
    const wards = s?.tables.find((t) => t.id === "local-gun-crime-wards");
    expect(wards?.rows.find((r) => r[0] === "Central")).toEqual(["Central", "*", "–"]);
  });

  it("hides a ward by secondary suppression when its small neighbour could be worked out from the total, and ranks neither", () => {
    const policy = { id: "hide-1-4", suppress: { min: 1, max: 4, symbol: "*" }, protectionWidth: 5 };
    const incidents = [
      row("asb", "2018-01/2018-12", 60, { ward: "Central" }),
      row("asb", "2018-01/2018-12", 40, { ward: "Hill" }),
      row("asb", "2018-01/2018-12", 3, { ward: "Vale" }),
    ];
    const [s] = incidentSections({ ...BASE, disclosure: policy, incidents });
    const wards = s?.tables.find((t) => t.id === "local-asb-wards");
    expect(wards?.rows).toEqual([
      ["Central", "60", "1"],
      ["Hill", "*", "–"],
      ["Vale", "*", "–"],
      ["All wards", "103", ""],
    ]);
    expect(s?.findings).toContain(
      "Central had the most anti-social behaviour incidents of Northam's wards in 2018 (60); 2 wards' figures are too small to show and not ranked.",
    );
  });

  it("hides a share whose count is hidden and works the others out from the exact counts", () => {
    const [s] = incidentSections({ ...BASE, incidents: daRows(2, 3) });
    const age = s?.tables.find((t) => t.id === "local-domestic-abuse-age");
    // 2018: 180 of 225 aged 25-34 = 80.0%, against 200 of 200 in 2017.
    expect(age?.rows[0]).toEqual(["25-34", "200", "100.0%", "180", "80.0%", "-20.0"]);
    expect(s?.findings).toContain(
      "80.0% of domestic abuse offences in 2018 were flagged as with injury (180), against 0.0% in 2017 (+80.0 percentage points).",
    );
  });

  it("releases under the suppress-1-4-round-5 preset when no policy is given", () => {
    const given = incidentSections({ ...BASE, disclosure: disclosurePreset("suppress-1-4-round-5"), incidents: daRows(2, 3) });
    expect(incidentSections({ ...BASE, incidents: daRows(2, 3) })).toEqual(given);
  });

  it("publishes counts as recorded under a policy with no rule", () => {
    const [s] = incidentSections({ ...BASE, disclosure: NONE, incidents: daRows(2, 3) });
    const sex = s?.tables.find((t) => t.id === "local-domestic-abuse-sex");
    expect(sex?.rows.find((r) => r[0] === "Male")).toEqual(["Male", "0", "0.0%", "2", "0.9%", "+0.9"]);
  });
});

describe("incidentSections: hate crime strands", () => {
  const incidents = [
    row("hate-crime", "2017-01/2017-12", 150, { flags: ["hate:race"] }),
    row("hate-crime", "2018-01/2018-12", 120, { flags: ["hate:race"] }),
    row("hate-crime", "2018-01/2018-12", 30, { flags: ["hate:race", "hate:religion"] }),
    row("hate-crime", "2018-01/2018-12", 20, { flags: ["hate:religion", "hate:islamophobic"] }),
    row("hate-crime", "2018-01/2018-12", 15, { flags: ["hate:sexual-orientation"] }),
  ];

  it("shows each strand and the total of distinct crimes, which is less than the strands' sum and never replaced by it", () => {
    const [s] = incidentSections({ ...BASE, disclosure: NONE, incidents });
    const strands = s?.tables.find((t) => t.id === "local-hate-crime-strands");
    const latest = strands?.rows.map((r) => [r[0], r[3]]);
    expect(latest).toEqual([
      ["Race", "150"],
      ["Religion or belief", "50"],
      ["Islamophobic", "20"],
      ["Sexual orientation", "15"],
      ["All hate crime (each crime once)", "185"],
    ]);
    // 150 + 50 + 20 + 15 = 235: the sum of the strands appears nowhere.
    expect(json(s as LocalSection)).not.toContain("235");
    expect(s?.facts[0]).toMatchObject({ value: 185 });
    expect(strands?.notes[0]).toBe(
      "One crime can carry several of these flags, so the figures above add up to more than the total of distinct offences; they are never added up.",
    );
    expect(s?.findings).toContain(
      "By strand, in 2018: race 150, religion or belief 50, islamophobic 20 and sexual orientation 15, of 185 hate crime offences in all. One crime can carry more than one strand, so the strands add up to more than the total and are never added up.",
    );
  });

  it("says that the strands are never added up once in the findings and once under the table, not again in the notes", () => {
    const [s] = incidentSections({ ...BASE, disclosure: NONE, incidents });
    const said = (texts: readonly string[]) => texts.filter((t) => /can carry (more than one|several)|never added up/.test(t)).length;
    expect(said(s?.findings ?? [])).toBe(1);
    expect(said(s?.tables.flatMap((t) => t.notes) ?? [])).toBe(1);
    expect(said(s?.notes ?? [])).toBe(0);
  });

  it("releases strands that do not overlap as parts of the total, with secondary suppression", () => {
    const policy = { id: "hide-1-4", suppress: { min: 1, max: 4, symbol: "*" }, protectionWidth: 5 };
    const disjoint = [
      row("hate-crime", "2018-01/2018-12", 50, { flags: ["hate:race"] }),
      row("hate-crime", "2018-01/2018-12", 20, { flags: ["hate:religion"] }),
      row("hate-crime", "2018-01/2018-12", 2, { flags: ["hate:disability"] }),
    ];
    const [s] = incidentSections({ ...BASE, disclosure: policy, incidents: disjoint });
    const strands = s?.tables.find((t) => t.id === "local-hate-crime-strands");
    // With the total 72 shown, the 2 would be 72 − 50 − 20: a second strand is hidden too.
    expect(strands?.rows.map((r) => r[1])).toEqual(["50", "*", "*", "72"]);
    // 50 of 72 (69.4%) would give the hidden 22 away with the total: no share of the period is shown.
    expect(strands?.rows.map((r) => r[2])).toEqual(["*", "*", "*", "100.0%"]);
  });
});

describe("incidentSections: rows published rounded", () => {
  const fgm = (period: string, category: string, count: number, kind?: "stock"): IncidentCount =>
    row("fgm", period, count, { measureName: "Female genital mutilation", category, rounded: 5, unit: "people", ...(kind === undefined ? {} : { kind }) });
  const incidents = [
    fgm("2018-04/2018-06", "Newly recorded", 10),
    fgm("2018-07/2018-09", "Newly recorded", 15),
    fgm("2018-10/2018-12", "Newly recorded", 10),
    fgm("2018-10/2018-12", "Distinct individuals", 35, "stock"),
  ];

  it("lists the figures as published, never sums them, never rounds or suppresses them again and gives no verdict", () => {
    const [s] = incidentSections({ ...BASE, incidents });
    const table = s?.tables[0];
    expect(table?.rows).toEqual([
      ["Oct – Dec 2018", "Newly recorded", "10"],
      ["Oct – Dec 2018", "Distinct individuals", "35"],
      ["Jul – Sep 2018", "Newly recorded", "15"],
      ["Apr – Jun 2018", "Newly recorded", "10"],
    ]);
    // 10 + 15 + 10 = 35 would be a sum of rounded figures; 35 appears only as the distinct individuals' own figure.
    expect(table?.rows.filter((r) => r.includes("35"))).toHaveLength(1);
    expect(s?.facts.map((f) => f.value)).toEqual([10, 35]);
    expect(s?.verdict).toBeNull();
    expect(s?.findings[0]).toBe(
      "The female genital mutilation figures for Northam were published already rounded to the nearest 5; in October to December 2018 they were: Newly recorded 10 and Distinct individuals 35 (as published). No total or change is worked out from rounded figures: parts rounded separately need not add up.",
    );
    expect(s?.notes).toContain("Counts of distinct people (stocks) are never added up across periods: each period's figure stands alone.");
  });
});

describe("incidentSections: offensive weapon offences by calendar year", () => {
  // The published youth offensive weapon offences table, 2016 to 2018 (n by offence): DOMAIN fixture written by hand.
  const table: Readonly<Record<string, readonly [number, number, number]>> = {
    "Possession of firearms": [5, 3, 1],
    "Possession of an offensive weapon": [21, 1, 0],
    "Possession of knives and similar": [8, 27, 14],
    "Possession of other weapons": [3, 12, 11],
  };
  const incidents = Object.entries(table).flatMap(([category, counts]) =>
    counts.map((count, i) =>
      row("offensive-weapons", `${2016 + i}-01/${2016 + i}-12`, count, { measureName: "Offensive weapon offences (young people)", category }),
    ),
  );

  it("reproduces the published shares and gives the change in share as later minus earlier, in percentage points", () => {
    const [s] = incidentSections({ ...BASE, disclosure: NONE, incidents });
    const t = s?.tables.find((x) => x.id === "local-offensive-weapons-category");
    expect(t?.header).toEqual(["Category", "2016", "2016 %", "2017", "2017 %", "2018", "2018 %", "Change in share, 2017 to 2018 (percentage points)"]);
    expect(t?.rows).toEqual([
      ["Possession of firearms", "5", "13.5%", "3", "7.0%", "1", "3.8%", "-3.1"],
      ["Possession of an offensive weapon", "21", "56.8%", "1", "2.3%", "0", "0.0%", "-2.3"],
      ["Possession of knives and similar", "8", "21.6%", "27", "62.8%", "14", "53.8%", "-8.9"],
      ["Possession of other weapons", "3", "8.1%", "12", "27.9%", "11", "42.3%", "+14.4"],
      ["Total", "37", "100.0%", "43", "100.0%", "26", "100.0%", ""],
    ]);
  });

  it("takes the change in share from the unrounded shares (3/43 − 1/26 is 3.1 points, not 7.0 − 3.8 = 3.2)", () => {
    const [s] = incidentSections({ ...BASE, disclosure: NONE, incidents });
    const firearms = s?.tables[0]?.rows[0];
    expect(firearms?.at(-1)).toBe("-3.1");
  });

  it("hides the small cells of the table and every share of a year with a hidden cell under the default policy", () => {
    const [s] = incidentSections({ ...BASE, incidents });
    const t = s?.tables.find((x) => x.id === "local-offensive-weapons-category");
    // 2016: 5 of 37 would be 13.5%, and 21 of 37 and 8 of 37 likewise: the exact total 37 less 5, 21 and 8 gives the hidden 3 away.
    expect(t?.rows[0]).toEqual(["Possession of firearms", "5", "*", "*", "*", "*", "*", "*"]);
    for (const i of [2, 4, 6]) expect(t?.rows.slice(0, -1).map((r) => r[i])).toEqual(["*", "*", "*", "*"]);
    expect(t?.notes).toContain(
      "No share is shown for 2016, 2017 and 2018, where a count is hidden: worked out from the exact total, the other shares would give it away.",
    );
    expect(t?.notes).toContain('"*" marks a figure not shown: a small number, or one hidden so that no small number can be worked out from the others.');
  });

  it("gives the change in share from the exact counts, which the rounded counts would reverse (-8.9 points, not +4.4)", () => {
    // No small cell: 27 of 43 and 14 of 26 are shown as 25 of 45 and 15 of 25, from which the share would rise from 55.6% to 60.0% (+4.4).
    const knives = [
      row("weapons", "2017-01/2017-12", 27, { measureName: "Weapon offences", category: "Knives" }),
      row("weapons", "2017-01/2017-12", 16, { measureName: "Weapon offences", category: "Other" }),
      row("weapons", "2018-01/2018-12", 14, { measureName: "Weapon offences", category: "Knives" }),
      row("weapons", "2018-01/2018-12", 12, { measureName: "Weapon offences", category: "Other" }),
    ];
    const [s] = incidentSections({ ...BASE, incidents: knives });
    const t = s?.tables.find((x) => x.id === "local-weapons-category");
    expect((14 / 26 - 27 / 43) * 100).toBeLessThan(0);
    expect(t?.rows[0]).toEqual(["Knives", "25", "62.8%", "15", "53.8%", "-8.9"]);
    expect(t?.rows[2]).toEqual(["Total", "45", "100.0%", "25", "100.0%", ""]);
  });
});

describe("incidentSections: units and flags", () => {
  it("never adds incidents and offences of one measure together", () => {
    const incidents = [
      row("domestic-abuse", "2018-01/2018-12", 300, { unit: "offences" }),
      row("domestic-abuse", "2018-01/2018-12", 1000, { unit: "incidents" }),
    ];
    const [s] = incidentSections({ ...BASE, disclosure: NONE, incidents });
    expect(s?.facts[0]).toMatchObject({ label: "Offences, 2018", value: 300 });
    expect(s?.findings).toContain("Northam also recorded 1,000 domestic abuse incidents in 2018.");
    expect(s?.facts.map((f) => f.text)).not.toContain("1,000");
    expect(json(s as LocalSection)).not.toContain("1,300");
  });

  it("reads a category that names a unit as the unit, so incidents and offences given as categories are never added", () => {
    const incidents = [
      row("domestic-abuse", "2018-01/2018-12", 300, { category: "Offences" }),
      row("domestic-abuse", "2018-01/2018-12", 1000, { category: "Incidents" }),
    ];
    const [s] = incidentSections({ ...BASE, disclosure: NONE, incidents });
    expect(s?.facts[0]).toMatchObject({ label: "Offences, 2018", value: 300 });
    expect(s?.findings).toContain("Northam also recorded 1,000 domestic abuse incidents in 2018.");
    expect(json(s as LocalSection)).not.toContain("1,300");
    expect(s?.tables.some((t) => t.id.endsWith("-category"))).toBe(false);
  });

  it("gives the share of domestic abuse with injury and its change in percentage points", () => {
    const incidents = [
      row("domestic-abuse", "2017-01/2017-12", 58, { flags: ["injury"] }),
      row("domestic-abuse", "2017-01/2017-12", 142),
      row("domestic-abuse", "2018-01/2018-12", 52, { flags: ["injury"] }),
      row("domestic-abuse", "2018-01/2018-12", 148),
    ];
    const [s] = incidentSections({ ...BASE, disclosure: NONE, incidents });
    expect(s?.findings).toContain("26.0% of domestic abuse offences in 2018 were flagged as with injury (52), against 29.0% in 2017 (-3.0 percentage points).");
    expect(s?.facts.find((f) => f.label === "With injury, 2018")).toMatchObject({ text: "26.0%", value: 26 });
  });
});

describe("incidentSections: anti-social behaviour hotspot map", () => {
  const outline = {
    code: null,
    name: "Northam",
    properties: {},
    geometry: {
      type: "Polygon" as const,
      coordinates: [
        [
          [-0.4, 51.55],
          [-0.3, 51.55],
          [-0.3, 51.62],
          [-0.4, 51.62],
          [-0.4, 51.55],
        ],
      ],
    },
  };
  const point = (month: string, i: number): StreetCrime =>
    ({
      crimeId: null,
      month,
      reportedBy: "Police",
      force: "Police",
      longitude: -0.35 + (i % 5) * 0.002,
      latitude: 51.58 + (i % 3) * 0.002,
      location: "On or near a street",
      lsoa: null,
      lsoaName: null,
      district: "Northam",
      offence: "Anti-social behaviour",
      lastOutcome: null,
    }) as unknown as StreetCrime;
  const streetPoints = Array.from({ length: 30 }, (_, i) => point(i < 25 ? "2024-06" : "2023-06", i));

  it("draws the hotspot map of the period from the street-level points over the outline", () => {
    const s = incidentSection({ ...BASE, streetPoints, incidents: [] }, "asb", asbMonths("Northam", 300), { outline });
    const map = s.charts.find((c) => c.kind !== "monthly");
    expect(map?.title).toBe("Anti-social behaviour: where incidents were reported in Northam, 12 months to Feb 2025");
    // Anti-social behaviour incidents are not crimes: the map's text, table and notes call them incidents.
    expect([map?.description, ...(map?.table.columns ?? []), ...(map?.notes ?? [])].join(" ")).not.toMatch(/crime/i);
    expect(s.notes.some((n) => n.startsWith("The hotspot map draws data.police.uk's published street-level anti-social behaviour"))).toBe(true);
  });

  it("says why there is no map without an outline", () => {
    const s = incidentSection({ ...BASE, streetPoints, incidents: [] }, "asb", asbMonths("Northam", 300));
    expect(s.charts.map((c) => c.kind)).toEqual(["monthly"]);
    expect(s.notes).toContain("No hotspot map: no boundary of Northam was given to draw it on.");
  });
});
