import { roundHalfUp } from "@crimestats/rates";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { asAreas, BURGLARY, NEIGHBOURS, POPULATION_RANGES, POPULATIONS, TOTAL_OFFENCES, type PrintedRow } from "../test/fixtures/in/strategicAssessment2019.js";
import { DISTRICT_TABLE } from "../test/fixtures/in/districts.js";
import { BenchmarkError } from "./BenchmarkError.js";
import { benchmarkTable } from "./benchmarkTable.js";

const build = (rows: readonly PrintedRow[], populations = POPULATIONS) =>
  benchmarkTable({
    areas: asAreas(rows, populations),
    previousPeriod: "2017",
    currentPeriod: "2018",
    per: 1000,
    focus: "Harrow",
    group: NEIGHBOURS,
    benchmarkArea: "London",
  });

const ranksOf = (table: ReturnType<typeof build>, key: "previous" | "current" | "change") =>
  Object.fromEntries(table.rows.filter((r) => !r.isBenchmarkArea).map((r) => [r.area, r.rank?.[key]]));

describe("benchmarkTable", () => {
  it("doc example: a district against its force area, the comparator group being its neighbour", () => {
    const table = benchmarkTable({ ...DISTRICT_TABLE, per: 1000 });
    expect(table.rows[0]?.current.value).toBe((4350 / 97000) * 1000);
    expect(table.rows[0]?.current.value).toBe(44.845360824742265);
    expect(table.rows[0]?.rank?.current).toBe(1);
    expect(table.rows[0]?.vsBenchmarkArea?.current).toBe("lower");
    expect(table.benchmarkArea).toEqual({ area: "Cumbria", rule: "row", previous: 42, current: 45, change: { value: 3 } });
  });

  it("prints as a grid in a REPL while its data stay plain", () => {
    const table = build(BURGLARY);
    const shown = inspect(table);
    expect(shown).toContain("Benchmark table, rates per 1,000");
    expect(shown).toMatch(/\* Harrow +2,386 +9\.59 +2,240 +9\.00 +-0\.59 +2 of 5 +lower/);
    expect(shown).toMatch(/London +91,777 +10\.40 +97,643 +11\.06 +\+0\.66/);
    expect(Object.keys(table)).toEqual(["previousPeriod", "currentPeriod", "per", "focus", "total", "ties", "rows", "benchmarkArea"]);
    expect(JSON.parse(JSON.stringify(table)).rows[3].area).toBe("Harrow");
  });

  for (const [name, printed] of [
    ["Total Offences", TOTAL_OFFENCES],
    ["Burglary", BURGLARY],
  ] as const) {
    it(`golden ${name}: every printed rate, offences change and rate change reproduces at 2 dp`, () => {
      const table = build(printed);
      expect(table.rows.map((r) => r.area)).toEqual([...NEIGHBOURS, "London"]);
      for (const row of printed) {
        const got = table.rows.find((r) => r.area === row.area);
        expect(got, row.area).toBeDefined();
        expect(roundHalfUp(got?.previous.value as number, 2), `${row.area} 2017`).toBe(row.rate2017);
        expect(roundHalfUp(got?.current.value as number, 2), `${row.area} 2018`).toBe(row.rate2018);
        expect(roundHalfUp(got?.change.value as number, 2), `${row.area} change`).toBe(row.rateChange);
        expect(got?.change.count).toBe(row.count2018 - row.count2017);
        if (row.offencesChange !== undefined) expect(got?.change.count).toBe(row.offencesChange);
      }
    });

    it(`golden ${name}: the printed figures reproduce with any population at either end of its reproducing range`, () => {
      for (const end of [0, 1] as const) {
        const populations = Object.fromEntries(Object.entries(POPULATION_RANGES).map(([area, range]) => [area, range[end]]));
        const table = build(printed, populations);
        for (const row of printed) {
          const got = table.rows.find((r) => r.area === row.area);
          expect(roundHalfUp(got?.previous.value as number, 2)).toBe(row.rate2017);
          expect(roundHalfUp(got?.current.value as number, 2)).toBe(row.rate2018);
          expect(roundHalfUp(got?.change.value as number, 2)).toBe(row.rateChange);
        }
      }
    });
  }

  it("the population ranges are tight: one person outside either end changes a printed figure", () => {
    const reproduces = (area: string, population: number) => {
      const populations = { ...POPULATIONS, [area]: population };
      return [TOTAL_OFFENCES, BURGLARY].every((printed) => {
        const table = build(printed, populations);
        const row = printed.find((r) => r.area === area) as PrintedRow;
        const got = table.rows.find((r) => r.area === area);
        return (
          roundHalfUp(got?.previous.value as number, 2) === row.rate2017 &&
          roundHalfUp(got?.current.value as number, 2) === row.rate2018 &&
          roundHalfUp(got?.change.value as number, 2) === row.rateChange
        );
      });
    };
    for (const [area, [lo, hi]] of Object.entries(POPULATION_RANGES)) {
      expect(reproduces(area, lo), `${area} ${lo}`).toBe(true);
      expect(reproduces(area, hi), `${area} ${hi}`).toBe(true);
      expect(reproduces(area, lo - 1), `${area} ${lo - 1}`).toBe(false);
      expect(reproduces(area, hi + 1), `${area} ${hi + 1}`).toBe(false);
    }
  });

  it("the rate change is the difference of the unrounded rates (Brent 2.87, Hillingdon -0.90)", () => {
    const total = build(TOTAL_OFFENCES).rows.find((r) => r.area === "Brent");
    expect(total?.change.value).toBeCloseTo(2.8744, 4);
    expect(roundHalfUp(total?.change.value as number, 2)).toBe(2.87);
    expect(roundHalfUp(roundHalfUp(total?.current.value as number, 2) - roundHalfUp(total?.previous.value as number, 2), 2)).toBe(2.88);
    const burglary = build(BURGLARY).rows.find((r) => r.area === "Hillingdon");
    expect(burglary?.change.value).toBeCloseTo(-0.903, 3);
    expect(roundHalfUp(burglary?.change.value as number, 2)).toBe(-0.9);
  });

  it("golden Total Offences claims: Harrow lowest rate of the group in 2018 and the largest rate increase; all but Ealing increased", () => {
    const table = build(TOTAL_OFFENCES);
    expect(table.total).toBe(5);
    expect(ranksOf(table, "current")).toEqual({ Barnet: 2, Brent: 5, Ealing: 3, Harrow: 1, Hillingdon: 4 });
    expect(ranksOf(table, "change")).toEqual({ Barnet: 4, Brent: 3, Ealing: 1, Harrow: 5, Hillingdon: 2 });
    const increased = table.rows.filter((r) => !r.isBenchmarkArea && r.change.value > 0).map((r) => r.area);
    expect(increased).toEqual(["Barnet", "Brent", "Harrow", "Hillingdon"]);
    // Every neighbour is below the London rate (95.06) in 2018, Brent (93.30) included.
    expect(table.rows.filter((r) => r.vsBenchmarkArea?.current === "lower").map((r) => r.area)).toEqual(NEIGHBOURS);
    expect(roundHalfUp(table.benchmarkArea?.current as number, 2)).toBe(95.06);
    expect(table.benchmarkArea?.rule).toBe("row");
  });

  it("golden Burglary claims: Ealing lowest and Barnet highest in both years; Hillingdon's -0.90 the most positive change; Harrow, Hillingdon and Ealing below London", () => {
    const table = build(BURGLARY);
    expect(ranksOf(table, "previous")).toEqual({ Barnet: 5, Brent: 4, Ealing: 1, Harrow: 2, Hillingdon: 3 });
    expect(ranksOf(table, "current")).toEqual({ Barnet: 5, Brent: 4, Ealing: 1, Harrow: 2, Hillingdon: 3 });
    // "Most positive rate change" for a lower-is-better rate = the most negative change = rank 1 ascending.
    expect(ranksOf(table, "change")).toEqual({ Barnet: 4, Brent: 5, Ealing: 3, Harrow: 2, Hillingdon: 1 });
    expect(table.rows.filter((r) => r.vsBenchmarkArea?.current === "lower").map((r) => r.area)).toEqual(["Ealing", "Harrow", "Hillingdon"]);
    const london = table.rows.find((r) => r.isBenchmarkArea);
    expect(london?.rank).toBeNull();
    expect(london?.vsBenchmarkArea).toBeNull();
    expect(london?.change.count).toBe(5866);
  });

  it("rates carry 95% and 99.8% intervals from rate(); percent change is null from zero", () => {
    const table = benchmarkTable({
      areas: [
        { area: "A", population: 1000, counts: { y1: 0, y2: 2 } },
        { area: "B", population: { y1: 1000, y2: 2000 }, counts: { y1: 5, y2: 5 } },
      ],
      previousPeriod: "y1",
      currentPeriod: "y2",
      focus: "A",
      group: ["A", "B"],
    });
    expect(table.rows[0]?.current.intervals.map((i) => i.confidence)).toEqual([0.95, 0.998]);
    expect(table.rows[0]?.change.percent).toBeNull();
    expect(table.rows[1]?.change.percent).toBe(0);
    expect(table.rows[1]?.change.value).toBe(-2.5); // 5 per 1,000 → 2.5 per 1,000 with a per-period population
    expect(table.benchmarkArea).toBeNull();
    expect(table.rows[0]?.vsBenchmarkArea).toBeNull();
  });

  it("the benchmark area as a pooled comparator group over member rows, named by the group's name", () => {
    const areas = asAreas(BURGLARY).filter((a) => a.area !== "London");
    const table = benchmarkTable({
      areas,
      previousPeriod: "2017",
      currentPeriod: "2018",
      focus: "Harrow",
      group: ["Harrow", "Ealing"],
      benchmarkArea: { id: "five", name: "the five boroughs", members: NEIGHBOURS, aggregation: "pooled" },
    });
    const sum = (key: "count2017" | "count2018") => BURGLARY.filter((r) => r.area !== "London").reduce((s, r) => s + r[key], 0);
    const pop = NEIGHBOURS.reduce((s, a) => s + (POPULATIONS[a] as number), 0);
    expect(table.benchmarkArea?.current).toBeCloseTo((sum("count2018") / pop) * 1000, 12);
    expect(table.benchmarkArea?.previous).toBeCloseTo((sum("count2017") / pop) * 1000, 12);
    expect(table.benchmarkArea?.rule).toBe("pooled");
    expect(table.benchmarkArea?.area).toBe("the five boroughs");
    expect(table.rows).toHaveLength(2);
  });

  it("ties in the group share a rank under the chosen rule", () => {
    const areas = [
      { area: "A", population: 1000, counts: { a: 1, b: 5 } },
      { area: "B", population: 1000, counts: { a: 2, b: 5 } },
      { area: "C", population: 1000, counts: { a: 3, b: 9 } },
    ];
    const dense = benchmarkTable({ areas, previousPeriod: "a", currentPeriod: "b", focus: "C", group: ["A", "B", "C"], ties: "dense" });
    expect(dense.rows.map((r) => r.rank?.current)).toEqual([1, 1, 2]);
    const min = benchmarkTable({ areas, previousPeriod: "a", currentPeriod: "b", focus: "C", group: ["A", "B", "C"] });
    expect(min.rows.map((r) => r.rank?.current)).toEqual([1, 1, 3]);
  });

  it("throws BenchmarkError: member with no data, duplicate areas, focus outside the group, bad periods", () => {
    const areas = asAreas(BURGLARY);
    const base = { areas, previousPeriod: "2017", currentPeriod: "2018", focus: "Harrow", group: NEIGHBOURS, benchmarkArea: "London" };
    expect(() => benchmarkTable({ ...base, group: [...NEIGHBOURS, "Camden"] })).toThrow(
      expect.objectContaining({ code: "missing-member", message: expect.stringContaining('"Camden"') }),
    );
    expect(() => benchmarkTable({ ...base, areas: [...areas, areas[0] as (typeof areas)[0]] })).toThrow(expect.objectContaining({ code: "duplicate-area" }));
    expect(() => benchmarkTable({ ...base, group: ["Harrow", "Harrow"] })).toThrow(expect.objectContaining({ code: "duplicate-area" }));
    expect(() => benchmarkTable({ ...base, focus: "Camden" })).toThrow(/focus area "Camden" is not in the group/);
    expect(() => benchmarkTable({ ...base, currentPeriod: "2019" })).toThrow(/has no count for "2019"/);
    expect(() => benchmarkTable({ ...base, currentPeriod: "2017" })).toThrow(/two different periods/);
    expect(() => benchmarkTable({ ...base, benchmarkArea: "Harrow" })).toThrow(/must not be a member of the group/);
    expect(() => benchmarkTable({ ...base, benchmarkArea: "England" })).toThrow(/the benchmark area "England" has no row/);
    expect(() => benchmarkTable({ ...base, benchmarkArea: { id: "x", members: [], aggregation: "external" } })).toThrow(/external group/);
    expect(() => benchmarkTable({ ...base, group: [] })).toThrow(BenchmarkError);
    expect(() => benchmarkTable({ ...base, per: -1 })).toThrow(expect.objectContaining({ code: "invalid-number" }));
    // The confidence level goes to rate() of @crimestats/rates; its fault keeps the suite's code.
    expect(() => benchmarkTable({ ...base, confidence: 95 })).toThrow(
      expect.objectContaining({ name: "BenchmarkError", code: "invalid-confidence", details: expect.objectContaining({ ratesCode: "invalid-confidence" }) }),
    );
    expect(() =>
      benchmarkTable({
        ...base,
        areas: [{ area: "Harrow", population: { "2017": 1 }, counts: { "2017": 1, "2018": 2 } }],
        group: ["Harrow"],
        benchmarkArea: undefined,
      }),
    ).toThrow(/no population for "2018"/);
  });

  it("a count beyond Number.MAX_SAFE_INTEGER or a hole in the group throws BenchmarkError (never RatesError or TypeError)", () => {
    const areas = [
      { area: "Harrow", population: 248880, counts: { "2017": 2386, "2018": 1e17 } },
      { area: "Ealing", population: 342720, counts: { "2017": 3040, "2018": 3018 } },
    ];
    const base = { areas, previousPeriod: "2017", currentPeriod: "2018", focus: "Harrow" };
    expect(() => benchmarkTable({ ...base, group: ["Harrow", "Ealing"] })).toThrow(expect.objectContaining({ name: "BenchmarkError", code: "invalid-count" }));
    expect(() => benchmarkTable({ ...base, group: ["Harrow", , "Ealing"] as string[] })).toThrow(BenchmarkError);
    // A population so small that the rate overflows: the RatesError of rate() becomes a BenchmarkError.
    const tiny = [{ area: "Harrow", population: 1e-310, counts: { "2017": 1, "2018": 1 } }];
    expect(() => benchmarkTable({ areas: tiny, previousPeriod: "2017", currentPeriod: "2018", focus: "Harrow", group: ["Harrow"] })).toThrow(BenchmarkError);
  });
});
