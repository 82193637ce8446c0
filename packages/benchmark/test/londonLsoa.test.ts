import { rate } from "@crimestats/rates";
import { describe, expect, it } from "vitest";
import { benchmarkTable, compareManyWithBenchmark, comparatorValue, describeTable, quantileBands, rank, rankValues } from "../src/index.js";
import { dataDir, dataFiles, readCsv } from "./realData.js";

// Real published data, read in place from CRIMESTATS_DATA_DIR and never copied:
// MPS burglary per 2011 LSOA per year (London Datastore, derived annual sums; no City of London)
// and ONS mid-2019 LSOA populations.
const {
  paths: { crimeFile, populationFile },
  present,
} = dataFiles({
  crimeFile: "london-datastore-mps-lsoa-annual-derived/london-2011-2021-major-burglary.csv",
  populationFile: "ons-lsoa-population-london/london-mid2019-pop.csv",
});

function load() {
  const [crimeHeader, ...crimeRows] = readCsv(crimeFile);
  const [popHeader, ...popRows] = readCsv(populationFile);
  const col = (header: string[] | undefined, name: string) => {
    const index = header?.indexOf(name) ?? -1;
    if (index < 0) throw new Error(`column ${name} missing`);
    return index;
  };
  const population = new Map(popRows.map((r) => [r[col(popHeader, "LSOA11CD")] as string, Number(r[col(popHeader, "Persons_All-Ages")])]));
  const y2018 = col(crimeHeader, "2018");
  const y2019 = col(crimeHeader, "2019");
  const lsoas = crimeRows
    .filter((r) => population.has(r[0] as string))
    .map((r) => ({
      lsoa: r[0] as string,
      borough: r[col(crimeHeader, "LAD11NM")] as string,
      count2018: Number(r[y2018]),
      count2019: Number(r[y2019]),
      population: population.get(r[0] as string) as number,
    }));
  return lsoas;
}

describe.skipIf(!present)(
  `real data: London LSOA burglary 2018–2019 (${present ? "present" : `absent: CRIMESTATS_DATA_DIR=${dataDir || "unset"} has no LSOA files`})`,
  () => {
    const lsoas = present ? load() : [];

    it("joins 4,829 LSOAs in 32 boroughs (no City of London) with populations", () => {
      expect(lsoas.length).toBe(4829);
      expect(new Set(lsoas.map((l) => l.borough)).size).toBe(32);
      for (const l of lsoas) {
        expect(Number.isInteger(l.count2019)).toBe(true);
        expect(l.population).toBeGreaterThan(0);
      }
    });

    it("ranks, quartile bands and two-level comparison of every LSOA are consistent with their definitions", () => {
      const figures = lsoas.map((l) => rate(l.count2019, l.population, { per: 1000, confidence: [0.95, 0.998] }));
      const values = Float64Array.from(figures, (f) => f.value);
      const ranks = rankValues(values, { ties: "average" });
      expect(ranks.reduce((s, r) => s + r, 0)).toBeCloseTo((values.length * (values.length + 1)) / 2, 6);
      const bands = quantileBands(values);
      const sizes = [1, 2, 3, 4].map((b) => bands.band.filter((x) => x === b).length);
      // Each quartile holds about a quarter; ties at a cut point all go below it.
      for (const size of sizes) expect(Math.abs(size - values.length / 4)).toBeLessThan(values.length * 0.05);
      const london = comparatorValue(
        { id: "london", members: lsoas.map((l) => l.lsoa), aggregation: "pooled" },
        lsoas.map((l) => ({ area: l.lsoa, count: l.count2019, population: l.population })),
      );
      const level = (k: number) => ({
        confidence: k === 0 ? 0.95 : 0.998,
        lower: Float64Array.from(figures, (f) => f.intervals[k]?.lower ?? Number.NaN),
        upper: Float64Array.from(figures, (f) => f.intervals[k]?.upper ?? Number.NaN),
      });
      const compared = compareManyWithBenchmark({ value: values, intervals: [level(0), level(1)] }, london.value, {
        method: "two-level",
        polarity: "lower-is-better",
      });
      compared.outcomes.forEach((outcome, i) => {
        const f = figures[i] as (typeof figures)[0];
        const [l95, l998] = f.intervals;
        const inside = (l95?.lower as number) <= london.value && london.value <= (l95?.upper as number);
        if (inside) expect(outcome).toBe("similar");
        else if (f.value < london.value) expect(["better", "best"]).toContain(outcome);
        else expect(["worse", "worst"]).toContain(outcome);
        if (outcome === "best") expect(l998?.upper as number).toBeLessThan(london.value);
      });
    });

    it("Harrow and its neighbours, 2018 → 2019, with London pooled from the 32 boroughs (mid-2019 population for both years)", () => {
      const boroughs = new Map<string, { count2018: number; count2019: number; population: number }>();
      for (const l of lsoas) {
        const b = boroughs.get(l.borough) ?? { count2018: 0, count2019: 0, population: 0 };
        b.count2018 += l.count2018;
        b.count2019 += l.count2019;
        b.population += l.population;
        boroughs.set(l.borough, b);
      }
      const areas = [...boroughs].map(([area, b]) => ({ area, population: b.population, counts: { "2018": b.count2018, "2019": b.count2019 } }));
      const group = ["Barnet", "Brent", "Ealing", "Harrow", "Hillingdon"];
      const table = benchmarkTable({
        areas,
        previousPeriod: "2018",
        currentPeriod: "2019",
        focus: "Harrow",
        group,
        benchmarkArea: { id: "london", name: "London (32 boroughs)", members: [...boroughs.keys()], aggregation: "pooled" },
      });
      const all = [...boroughs.values()];
      const pooled = (all.reduce((s, b) => s + b.count2019, 0) / all.reduce((s, b) => s + b.population, 0)) * 1000;
      expect(table.benchmarkArea?.current).toBeCloseTo(pooled, 10);
      expect(table.benchmarkArea?.area).toBe("London (32 boroughs)");
      const sentences = describeTable(table, { polarity: "lower-is-better" });
      // Each claim agrees with an independent reading of the table.
      const rows = table.rows;
      const minAfter = Math.min(...rows.map((r) => r.current.value));
      const lowest = sentences.find((s) => s.claim === "lowest-rate");
      expect(lowest?.areas).toEqual(rows.filter((r) => r.current.value === minAfter).map((r) => r.area));
      const below = rows.filter((r) => r.current.value < (table.benchmarkArea?.current as number)).map((r) => r.area);
      const vs = sentences.find((s) => s.claim === "vs-benchmark-area");
      if (below.includes("Harrow")) expect(vs?.areas).toEqual(below);
      // Harrow's rank among all 32 boroughs, with the total stated.
      const ranked = rank(
        areas.map((a) => ({ area: a.area, rate: (a.counts["2019"] / a.population) * 1000 })),
        { by: "rate" },
      );
      expect(ranked.total).toBe(32);
      const harrow = ranked.rows.find((r) => r.row.area === "Harrow");
      expect(harrow?.rank).toBe(1 + ranked.rows.filter((r) => r.value < (harrow?.value as number)).length);
    });
  },
);
