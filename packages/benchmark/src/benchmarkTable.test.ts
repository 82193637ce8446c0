import { roundHalfUp } from "@crimestats/rates";
import { describe, expect, it } from "vitest";
import {
  asAreas,
  BURGLARY,
  NEIGHBOURS,
  POPULATION_RANGES,
  POPULATIONS,
  TOTAL_OFFENCES,
  type PrintedRow,
} from "../test/fixtures/in/strategicAssessment2019.js";
import { BenchmarkError } from "./BenchmarkError.js";
import { benchmarkTable } from "./benchmarkTable.js";

const build = (rows: readonly PrintedRow[], populations = POPULATIONS) =>
  benchmarkTable({
    areas: asAreas(rows, populations),
    before: "2017",
    after: "2018",
    per: 1000,
    focus: "Harrow",
    group: NEIGHBOURS,
    london: "London",
  });

const ranksOf = (table: ReturnType<typeof build>, key: "before" | "after" | "rateChange") =>
  Object.fromEntries(table.rows.filter((r) => !r.isLondon).map((r) => [r.area, r.rank?.[key]]));

describe("benchmarkTable", () => {
  it("doc example", () => {
    const table = benchmarkTable({
      areas: [
        { area: "Harrow", population: 248880, counts: { "2017": 2386, "2018": 2240 } },
        { area: "Ealing", population: 342720, counts: { "2017": 3040, "2018": 3018 } },
        { area: "London", population: 8824800, counts: { "2017": 91777, "2018": 97643 } },
      ],
      before: "2017",
      after: "2018",
      per: 1000,
      focus: "Harrow",
      group: ["Harrow", "Ealing"],
      london: "London",
    });
    expect(table.rows[0]?.after.value).toBe(9.00032144005143);
    expect(table.rows[0]?.rank?.after).toBe(2);
    expect(table.rows[0]?.vsLondon?.after).toBe("lower");
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
        expect(roundHalfUp(got?.before.value as number, 2), `${row.area} 2017`).toBe(row.rate2017);
        expect(roundHalfUp(got?.after.value as number, 2), `${row.area} 2018`).toBe(row.rate2018);
        expect(roundHalfUp(got?.rateChange as number, 2), `${row.area} change`).toBe(row.rateChange);
        expect(got?.offencesChange).toBe(row.count2018 - row.count2017);
        if (row.offencesChange !== undefined) expect(got?.offencesChange).toBe(row.offencesChange);
      }
    });

    it(`golden ${name}: the printed figures reproduce with any population at either end of its reproducing range`, () => {
      for (const end of [0, 1] as const) {
        const populations = Object.fromEntries(Object.entries(POPULATION_RANGES).map(([area, range]) => [area, range[end]]));
        const table = build(printed, populations);
        for (const row of printed) {
          const got = table.rows.find((r) => r.area === row.area);
          expect(roundHalfUp(got?.before.value as number, 2)).toBe(row.rate2017);
          expect(roundHalfUp(got?.after.value as number, 2)).toBe(row.rate2018);
          expect(roundHalfUp(got?.rateChange as number, 2)).toBe(row.rateChange);
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
          roundHalfUp(got?.before.value as number, 2) === row.rate2017 &&
          roundHalfUp(got?.after.value as number, 2) === row.rate2018 &&
          roundHalfUp(got?.rateChange as number, 2) === row.rateChange
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
    expect(total?.rateChange).toBeCloseTo(2.8744, 4);
    expect(roundHalfUp(total?.rateChange as number, 2)).toBe(2.87);
    expect(roundHalfUp(roundHalfUp(total?.after.value as number, 2) - roundHalfUp(total?.before.value as number, 2), 2)).toBe(2.88);
    const burglary = build(BURGLARY).rows.find((r) => r.area === "Hillingdon");
    expect(burglary?.rateChange).toBeCloseTo(-0.903, 3);
    expect(roundHalfUp(burglary?.rateChange as number, 2)).toBe(-0.9);
  });

  it("golden Total Offences claims: Harrow lowest rate of the group in 2018 and the largest rate increase; all but Ealing increased", () => {
    const table = build(TOTAL_OFFENCES);
    expect(table.total).toBe(5);
    expect(ranksOf(table, "after")).toEqual({ Barnet: 2, Brent: 5, Ealing: 3, Harrow: 1, Hillingdon: 4 });
    expect(ranksOf(table, "rateChange")).toEqual({ Barnet: 4, Brent: 3, Ealing: 1, Harrow: 5, Hillingdon: 2 });
    const increased = table.rows.filter((r) => !r.isLondon && r.rateChange > 0).map((r) => r.area);
    expect(increased).toEqual(["Barnet", "Brent", "Harrow", "Hillingdon"]);
    // Every neighbour is below the London rate (95.06) in 2018, Brent (93.30) included.
    expect(table.rows.filter((r) => r.vsLondon?.after === "lower").map((r) => r.area)).toEqual(NEIGHBOURS);
    expect(roundHalfUp(table.london?.after as number, 2)).toBe(95.06);
    expect(table.london?.rule).toBe("row");
  });

  it("golden Burglary claims: Ealing lowest and Barnet highest in both years; Hillingdon's -0.90 the most positive change; Harrow, Hillingdon and Ealing below London", () => {
    const table = build(BURGLARY);
    expect(ranksOf(table, "before")).toEqual({ Barnet: 5, Brent: 4, Ealing: 1, Harrow: 2, Hillingdon: 3 });
    expect(ranksOf(table, "after")).toEqual({ Barnet: 5, Brent: 4, Ealing: 1, Harrow: 2, Hillingdon: 3 });
    // "Most positive rate change" for a lower-is-better rate = the most negative change = rank 1 ascending.
    expect(ranksOf(table, "rateChange")).toEqual({ Barnet: 4, Brent: 5, Ealing: 3, Harrow: 2, Hillingdon: 1 });
    expect(table.rows.filter((r) => r.vsLondon?.after === "lower").map((r) => r.area)).toEqual(["Ealing", "Harrow", "Hillingdon"]);
    const london = table.rows.find((r) => r.isLondon);
    expect(london?.rank).toBeNull();
    expect(london?.vsLondon).toBeNull();
    expect(london?.offencesChange).toBe(5866);
  });

  it("rates carry 95% and 99.8% intervals from rate(); percent change is null from zero", () => {
    const table = benchmarkTable({
      areas: [
        { area: "A", population: 1000, counts: { y1: 0, y2: 2 } },
        { area: "B", population: { y1: 1000, y2: 2000 }, counts: { y1: 5, y2: 5 } },
      ],
      before: "y1",
      after: "y2",
      focus: "A",
      group: ["A", "B"],
    });
    expect(table.rows[0]?.after.intervals.map((i) => i.confidence)).toEqual([0.95, 0.998]);
    expect(table.rows[0]?.percentChange).toBeNull();
    expect(table.rows[1]?.percentChange).toBe(0);
    expect(table.rows[1]?.rateChange).toBe(-2.5); // 5 per 1,000 → 2.5 per 1,000 with a per-period population
    expect(table.london).toBeNull();
    expect(table.rows[0]?.vsLondon).toBeNull();
  });

  it("London as a pooled comparator group over borough rows", () => {
    const areas = asAreas(BURGLARY).filter((a) => a.area !== "London");
    const table = benchmarkTable({
      areas,
      before: "2017",
      after: "2018",
      focus: "Harrow",
      group: ["Harrow", "Ealing"],
      london: { id: "five", members: NEIGHBOURS, aggregation: "pooled" },
    });
    const sum = (key: "count2017" | "count2018") =>
      BURGLARY.filter((r) => r.area !== "London").reduce((s, r) => s + r[key], 0);
    const pop = NEIGHBOURS.reduce((s, a) => s + (POPULATIONS[a] as number), 0);
    expect(table.london?.after).toBeCloseTo((sum("count2018") / pop) * 1000, 12);
    expect(table.london?.before).toBeCloseTo((sum("count2017") / pop) * 1000, 12);
    expect(table.london?.rule).toBe("pooled");
    expect(table.rows).toHaveLength(2);
  });

  it("ties in the group share a rank under the chosen rule", () => {
    const areas = [
      { area: "A", population: 1000, counts: { a: 1, b: 5 } },
      { area: "B", population: 1000, counts: { a: 2, b: 5 } },
      { area: "C", population: 1000, counts: { a: 3, b: 9 } },
    ];
    const dense = benchmarkTable({ areas, before: "a", after: "b", focus: "C", group: ["A", "B", "C"], ties: "dense" });
    expect(dense.rows.map((r) => r.rank?.after)).toEqual([1, 1, 2]);
    const min = benchmarkTable({ areas, before: "a", after: "b", focus: "C", group: ["A", "B", "C"] });
    expect(min.rows.map((r) => r.rank?.after)).toEqual([1, 1, 3]);
  });

  it("throws BenchmarkError: member with no data, duplicate areas, focus outside the group, bad periods", () => {
    const areas = asAreas(BURGLARY);
    const base = { areas, before: "2017", after: "2018", focus: "Harrow", group: NEIGHBOURS, london: "London" };
    expect(() => benchmarkTable({ ...base, group: [...NEIGHBOURS, "Camden"] })).toThrow(
      expect.objectContaining({ code: "missing-member", message: expect.stringContaining('"Camden"') }),
    );
    expect(() => benchmarkTable({ ...base, areas: [...areas, areas[0] as (typeof areas)[0]] })).toThrow(
      expect.objectContaining({ code: "duplicate-area" }),
    );
    expect(() => benchmarkTable({ ...base, group: ["Harrow", "Harrow"] })).toThrow(expect.objectContaining({ code: "duplicate-area" }));
    expect(() => benchmarkTable({ ...base, focus: "Camden" })).toThrow(/focus area "Camden" is not in the group/);
    expect(() => benchmarkTable({ ...base, after: "2019" })).toThrow(/has no count for "2019"/);
    expect(() => benchmarkTable({ ...base, after: "2017" })).toThrow(/two different periods/);
    expect(() => benchmarkTable({ ...base, london: "Harrow" })).toThrow(/must not be a member of the group/);
    expect(() => benchmarkTable({ ...base, london: "England" })).toThrow(/London "England" has no row/);
    expect(() =>
      benchmarkTable({ ...base, london: { id: "x", members: [], aggregation: "external", value: 1 } }),
    ).toThrow(/external group/);
    expect(() => benchmarkTable({ ...base, group: [] })).toThrow(BenchmarkError);
    expect(() => benchmarkTable({ ...base, per: -1 })).toThrow(expect.objectContaining({ code: "invalid-number" }));
    expect(() =>
      benchmarkTable({ ...base, areas: [{ area: "Harrow", population: { "2017": 1 }, counts: { "2017": 1, "2018": 2 } }], group: ["Harrow"], london: undefined }),
    ).toThrow(/no population for "2018"/);
  });

  it("a count beyond Number.MAX_SAFE_INTEGER or a hole in the group throws BenchmarkError (never RatesError or TypeError)", () => {
    const areas = [
      { area: "Harrow", population: 248880, counts: { "2017": 2386, "2018": 1e17 } },
      { area: "Ealing", population: 342720, counts: { "2017": 3040, "2018": 3018 } },
    ];
    const base = { areas, before: "2017", after: "2018", focus: "Harrow" };
    expect(() => benchmarkTable({ ...base, group: ["Harrow", "Ealing"] })).toThrow(expect.objectContaining({ name: "BenchmarkError", code: "invalid-number" }));
    expect(() => benchmarkTable({ ...base, group: ["Harrow", , "Ealing"] as string[] })).toThrow(BenchmarkError);
    // A population so small that the rate overflows: the RatesError of rate() becomes a BenchmarkError.
    const tiny = [{ area: "Harrow", population: 1e-310, counts: { "2017": 1, "2018": 1 } }];
    expect(() => benchmarkTable({ areas: tiny, before: "2017", after: "2018", focus: "Harrow", group: ["Harrow"] })).toThrow(BenchmarkError);
  });
});
