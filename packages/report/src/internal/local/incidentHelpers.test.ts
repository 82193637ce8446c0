import { disclosurePreset } from "@crimestats/disclosure";
import { addMonths, calendarYear, rollingYear } from "@crimestats/periods";
import type { IncidentCount } from "@crimestats/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { breakdownTable } from "./breakdownTable.js";
import { rowsIn } from "./countIn.js";
import { flagName } from "./flagName.js";
import { flagsTable } from "./flagsTable.js";
import { incidentComparisons } from "./incidentComparisons.js";
import { incidentMeasure } from "./incidentMeasure.js";
import { incidentMonthly } from "./incidentMonthly.js";
import { incidentPeriods } from "./incidentPeriods.js";
import { incidentSection } from "./incidentSection.js";
import { incidentSections } from "./incidentSections.js";
import { incidentWardTable } from "./incidentWardTable.js";
import { localPopulation } from "./localPopulation.js";
import { monthRun } from "./monthRun.js";
import { publishedRoundedTable } from "./publishedRoundedTable.js";
import { releasedRate } from "./released.js";
import { runText } from "./runText.js";

const NONE = { id: "none", protectionWidth: 0 };
const policy = disclosurePreset("suppress-1-4-round-5");

/** The flags table of one 12-month period, as the incident sections call it. */
const flagsOf = (rows: readonly IncidentCount[], flags: readonly string[], totalLabel: string, given = NONE) =>
  flagsTable({
    id: "f",
    caption: "Flags",
    label: "Flag",
    flags,
    totalLabel,
    rows,
    periods: [rollingYear("2025-02")],
    mode: "monthly",
    policy: given,
    unit: "offences",
  });

/** The category table of calendar years 2017 and 2018, as the incident sections call it. */
const byCategory = (rows: readonly IncidentCount[], given = NONE) =>
  breakdownTable({
    id: "t",
    caption: "By category",
    label: "Category",
    group: (r) => r.category ?? null,
    notRecorded: "Not recorded",
    rows,
    periods: [calendarYear(2017), calendarYear(2018)],
    mode: "runs",
    policy: given,
    unit: "offences",
  });

describe("the examples of the incident helpers", () => {
  it("monthRun names a run of months by its kind", () => {
    expect(monthRun("2016-01/2016-12").label).toBe("2016");
    expect(monthRun("2017-10/2018-09").label).toBe("12 months to Sep 2018");
    expect(monthRun("2018-04/2019-03").label).toBe("2018/19");
    expect(monthRun("2018-04/2018-06").label).toBe("Apr – Jun 2018");
    expect(monthRun("2016-10/2017-03").label).toBe("Oct 2016 – Mar 2017");
    expect(monthRun("2018-04").label).toBe("Apr 2018");
  });

  it("monthRun rejects text that is not a month or a run, or a run that ends before it starts", () => {
    for (const bad of ["2018", "2018-04/2018-01", "2018-13", 7 as unknown as string]) {
      expect(() => monthRun(bad)).toThrow(expect.objectContaining({ name: "ReportError", code: "invalid-data" }));
    }
  });

  it("incidentMeasure gives the built-in polarity and no judgement for a measure the rows do not rate", () => {
    expect(incidentMeasure("hate-crime").polarity).toBe("no-judgement");
    expect(incidentMeasure("asb")).toMatchObject({ name: "Anti-social behaviour", unit: "incidents", polarity: "lower-is-better" });
    expect(incidentMeasure("fgm", "FGM referrals")).toMatchObject({ name: "FGM referrals", polarity: "no-judgement" });
  });

  it("flagName names known flags and writes others in words", () => {
    expect(flagName("hate:sexual-orientation")).toBe("Sexual orientation");
    expect(flagName("repeat-victim")).toBe("Repeat victim");
    expect(flagName("hate:other-strand")).toBe("Other strand");
  });

  it("incidentPeriods takes the latest calendar year", () => {
    const p = incidentPeriods(
      [
        { measure: "x", area: "A", period: "2017-01/2017-12", flags: [], count: 4 },
        { measure: "x", area: "A", period: "2018-01/2018-12", flags: [], count: 5 },
      ],
      "A",
    );
    expect(p?.current.label).toBe("2018");
    expect(p?.previous?.label).toBe("2017");
    expect(incidentPeriods([{ measure: "x", area: "B", period: "2018-01", flags: [], count: 5 }], "A")).toBeNull();
  });

  it("rowsIn counts a month inside a period, and a run only in itself", () => {
    expect(rowsIn([{ measure: "asb", area: "A", period: "2024-03", flags: [], count: 9 }], rollingYear("2025-02"), "monthly")).toHaveLength(1);
    const quarter: IncidentCount = { measure: "x", area: "A", period: "2018-01/2018-03", flags: [], count: 9 };
    expect(rowsIn([quarter], calendarYear(2018), "runs")).toHaveLength(0);
  });

  it("breakdownTable gives shares and the change in share in percentage points", () => {
    const rows = [
      { measure: "w", area: "A", period: "2017-01/2017-12", category: "Firearms", flags: [], count: 3 },
      { measure: "w", area: "A", period: "2017-01/2017-12", category: "Knives", flags: [], count: 40 },
      { measure: "w", area: "A", period: "2018-01/2018-12", category: "Firearms", flags: [], count: 1 },
      { measure: "w", area: "A", period: "2018-01/2018-12", category: "Knives", flags: [], count: 25 },
    ];
    const t = byCategory(rows);
    expect(t?.table.rows[0]).toEqual(["Firearms", "3", "7.0%", "1", "3.8%", "-3.1"]);
  });

  it("flagsTable gives each strand and the total of distinct crimes", () => {
    const rows = [
      { measure: "hate-crime", area: "A", period: "2024-06", flags: ["hate:race"], count: 20 },
      { measure: "hate-crime", area: "A", period: "2024-06", flags: ["hate:race", "hate:religion"], count: 10 },
    ];
    const t = flagsOf(rows, ["hate:race", "hate:religion"], "All hate crimes");
    expect(t?.table.rows).toEqual([
      ["Race", "30", "100.0%"],
      ["Religion or belief", "10", "33.3%"],
      ["All hate crimes", "30", "100.0%"],
    ]);
    expect(t?.overlap).toBe(true);
  });

  it("flagsTable hides a flag whose complement is small, so it cannot be worked out from the total", () => {
    const rows = [
      { measure: "domestic-abuse", area: "A", period: "2024-06", flags: ["injury"], count: 40 },
      { measure: "domestic-abuse", area: "A", period: "2024-06", flags: ["injury", "repeat-victim"], count: 20 },
      { measure: "domestic-abuse", area: "A", period: "2024-06", flags: [], count: 2 },
    ];
    const hide = { id: "hide-1-4", suppress: { min: 1, max: 4, symbol: "*" }, protectionWidth: 5 };
    const t = flagsOf(rows, ["injury", "repeat-victim"], "All", hide);
    // 62 in all, 60 with injury: showing 60 would give away the 2 without.
    expect(t?.table.rows).toEqual([
      ["With injury", "*", "*"],
      ["Repeat victim", "20", "32.3%"],
      ["All", "62", "100.0%"],
    ]);
  });

  it("incidentWardTable ranks the wards by released count", () => {
    const rows = [
      { measure: "asb", area: "A", ward: "Hill", period: "2024-06", flags: [], count: 42 },
      { measure: "asb", area: "A", ward: "Vale", period: "2024-06", flags: [], count: 61 },
    ];
    const t = incidentWardTable(rows, rollingYear("2025-02"), null, "monthly", policy, "w", "By ward");
    expect(t?.table.rows).toEqual([
      ["Vale", "60", "1"],
      ["Hill", "40", "2"],
      ["All wards", "105", ""],
    ]);
  });

  it("incidentComparisons compares the focus area's rate with the benchmark area's", () => {
    const rows = [
      { measure: "asb", area: "A", period: "2024-06", flags: [], count: 250 },
      { measure: "asb", area: "L", period: "2024-06", flags: [], count: 2400 },
    ];
    const c = incidentComparisons({
      id: "c",
      what: "anti-social behaviour incidents",
      unit: "incidents",
      area: "A",
      comparators: [],
      benchmarkArea: "L",
      populationOf: (a) => ({ A: 100000, L: 1000000 })[a],
      rowsOf: (a) => rows.filter((r) => r.area === a),
      current: rollingYear("2025-02"),
      mode: "monthly",
      policy,
    });
    expect(c.findings[0]).toBe(
      "A's rate of anti-social behaviour incidents is not significantly different from the L rate in the 12 months to February 2025 (2.50 against 2.40 per 1,000 residents).",
    );
    expect(c.table?.rows).toEqual([
      ["A", "250", "2.50", ""],
      ["L", "2,400", "2.40", "not significantly different"],
    ]);
  });

  it("incidentMonthly gives the months above and below the average in both years", () => {
    const rows = Array.from({ length: 24 }, (_, i) => addMonths("2023-03", i)).map((period) => ({
      measure: "asb",
      area: "A",
      period,
      flags: [],
      count: ["06", "07", "08"].includes(period.slice(5)) ? 150 : ["01", "02"].includes(period.slice(5)) ? 60 : 100,
    }));
    const m = incidentMonthly({
      name: "Anti-social behaviour",
      area: "A",
      unit: "incidents",
      rows,
      current: rollingYear("2025-02"),
      span: { first: "2023-03", last: "2025-02" },
      policy,
      source: { source: "Council" },
    });
    expect(m?.finding).toBe(
      "Anti-social behaviour incidents were above the 24-month average in both years in June, July and August, and below it in both years in January, February, March, April, May, September, October, November and December.",
    );
    expect(m?.chart?.kind).toBe("monthly");
    expect(
      incidentMonthly({
        name: "x",
        area: "A",
        unit: "incidents",
        rows,
        current: rollingYear("2025-02"),
        span: { first: "2023-04", last: "2025-02" },
        policy,
        source: { source: "Council" },
      }),
    ).toBeNull();
  });

  it("publishedRoundedTable lists rounded rows as published", () => {
    const t = publishedRoundedTable(
      [{ measure: "fgm", measureName: "FGM", area: "A", period: "2018-04/2018-06", category: "Newly recorded", flags: [], count: 10, rounded: 5 }],
      "t",
      "FGM",
    );
    expect(t.rows).toEqual([["Apr – Jun 2018", "Newly recorded", "10"]]);
    expect(t.header).toEqual(["Period", "Category", "Count (as published)"]);
  });

  it("incidentSection states the count and the rate with its denominator", () => {
    const s = incidentSection({ area: "A", populations: { A: 100000 }, disclosure: NONE }, "asb", [
      { measure: "asb", area: "A", period: "2018-01/2018-12", flags: [], count: 250 },
    ]);
    expect(s.findings[0]).toBe("A recorded 250 anti-social behaviour incidents in 2018, 2.50 per 1,000 residents (a population of 100,000).");
  });

  it("incidentSections orders the sections by measure", () => {
    const sections = incidentSections({
      area: "A",
      incidents: [
        { measure: "hate-crime", area: "A", period: "2018-01/2018-12", flags: ["hate:race"], count: 30 },
        { measure: "asb", area: "A", period: "2018-01/2018-12", flags: [], count: 250 },
      ],
    });
    expect(sections.map((s) => s.id)).toEqual(["asb", "hate-crime"]);
  });

  it("localPopulation takes the estimate of the period's year, or the nearest within a year", () => {
    expect(localPopulation([{ year: 2024, populations: { A: 100000 } }], "A", calendarYear(2025))).toEqual({
      value: 100000,
      year: 2024,
      label: "the mid-2024 estimate",
    });
    expect(localPopulation([{ year: 2022, populations: { A: 100000 } }], "A", calendarYear(2025)).value).toBeNull();
    expect(localPopulation({ A: 5 }, "A", calendarYear(2025))).toEqual({ value: 5, year: null, label: "the estimate the assessment uses" });
    expect(localPopulation(undefined, "A", calendarYear(2025))).toEqual({ value: null, year: null, explanation: "no population of A was supplied" });
  });

  it("runText writes a period as the other local sections do", () => {
    expect(runText(monthRun("2018-04/2018-06"))).toBe("April to June 2018");
    expect(runText(rollingYear("2025-02"))).toBe("the 12 months to February 2025");
  });

  it("publishedRoundedTable adds a unit column when the rows count in different units", () => {
    const fgm = (category: string, count: number, unit: "people" | "attendances"): IncidentCount => ({
      measure: "fgm",
      area: "A",
      period: "2018-04/2018-06",
      category,
      flags: [],
      count,
      rounded: 5,
      unit,
    });
    const t = publishedRoundedTable([fgm("Newly recorded", 10, "people"), fgm("Total attendances", 75, "attendances")], "t", "FGM");
    expect(t.header).toEqual(["Period", "Category", "Unit", "Count (as published)"]);
    expect(t.rows[1]).toEqual(["Apr – Jun 2018", "Total attendances", "attendances", "75"]);
  });

  it("releasedRate gives a rate per 1,000 residents from the exact count, not the rounded count shown", () => {
    // 252 is shown as 250; the rate states the data: 2.52, not 2.50.
    expect(releasedRate({ count: 252 }, 100_000, policy, { per: 1000, decimals: 2 }).text).toBe("2.52");
  });
});

describe("released breakdowns, for any counts", () => {
  const categories = ["A", "B", "C", "D"];
  const counts = fc.array(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 4, maxLength: 4 }), { minLength: 2, maxLength: 2 });
  const rowsOf = (table: readonly (readonly number[])[]): IncidentCount[] =>
    table.flatMap((year, y) =>
      year.map((count, c) => ({
        measure: "x",
        measureName: "X",
        area: "A",
        period: `${2017 + y}-01/${2017 + y}-12`,
        category: categories[c],
        flags: [],
        count,
      })),
    );

  it("never shows a count of 1 to 4, rounds every other to a multiple of 5, and hides a share whose count is hidden", () => {
    fc.assert(
      fc.property(counts, (table) => {
        const t = byCategory(rowsOf(table), policy);
        for (const row of t?.table.rows ?? []) {
          for (const i of [1, 3]) {
            const count = row[i] ?? "";
            expect(count === "*" || Number(count.replace(/,/g, "")) % 5 === 0).toBe(true);
            if (count === "*") expect(row[i + 1]).toBe("*");
          }
        }
      }),
    );
  });

  it("hides the total's share with a hidden total and gives none of a total of nothing (found by the property above)", () => {
    const t = byCategory(
      rowsOf([
        [0, 0, 0, 0],
        [0, 0, 1, 0],
      ]),
      policy,
    );
    expect(t?.table.rows.at(-1)).toEqual(["Total", "0", "–", "*", "*", ""]);
  });

  it("gives the same released table when two hidden counts of a period are swapped", () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), (table, a, b) => {
        const one = table.map((year) => [a, b, ...year.slice(2)]);
        const other = table.map((year) => [b, a, ...year.slice(2)]);
        const make = (t: number[][]) => byCategory(rowsOf(t), policy)?.table;
        // Only the rows of the two small groups differ in label order: compare the figures by group.
        const byGroup = (t: ReturnType<typeof make>) => Object.fromEntries((t?.rows ?? []).map((r) => [r[0], r.slice(1)]));
        const x = byGroup(make(one));
        const y = byGroup(make(other));
        expect(x["A"]).toEqual(y["B"]);
        expect(x["B"]).toEqual(y["A"]);
        expect(x["C"]).toEqual(y["C"]);
        expect(x["Total"]).toEqual(y["Total"]);
      }),
    );
  });

  it("gives the same section, rates, shares and changes from the exact counts included, when two hidden counts of a period are swapped", () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), (table, a, b) => {
        const make = (t: number[][]) => incidentSections({ area: "A", populations: { A: 1000 }, end: "2018-12", incidents: rowsOf(t) });
        const one = make(table.map((year) => [a, b, ...year.slice(2)]));
        const other = make(table.map((year) => [b, a, ...year.slice(2)]));
        // The two hold different small counts in groups A and B: nothing shown may tell them apart (the
        // category table shows A's figures in B's row and B's in A's).
        const rest = (x: typeof one) => x.map((s) => ({ ...s, tables: s.tables.filter((t) => !t.id.endsWith("-category")) }));
        expect(rest(one)).toEqual(rest(other));
        const byGroup = (x: typeof one) =>
          Object.fromEntries((x[0]?.tables.find((t) => t.id.endsWith("-category"))?.rows ?? []).map((r) => [r[0], r.slice(1)]));
        const x = byGroup(one);
        const y = byGroup(other);
        expect([x["A"], x["B"], x["C"], x["D"], x["Total"]]).toEqual([y["B"], y["A"], y["C"], y["D"], y["Total"]]);
      }),
      { numRuns: 60 },
    );
  });
});
