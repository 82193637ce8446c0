import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classifyMonths, rate, rateRatioTest, rates, rollingYearTotal } from "../src/index.js";

// Real published data, read from CRIMESTATS_DATA_DIR (never copied into the repository):
// MPS Borough Level Crime (Historical), London Datastore, monthly 2010-04 .. 2023-02, and the
// borough population series beside it (its publisher is not stated; not ONS estimates). These are consistency checks of the
// functions on real inputs; the published Strategic Assessment figures are checked in
// src/rateChange.test.ts from the Strategy's printed tables (this revised series does not match them).
const dataDir = process.env.CRIMESTATS_DATA_DIR ?? "";
const crimeFile = join(dataDir, "london-datastore-mps-borough-crime", "MPS Borough Level Crime (Historical).csv");
const populationFile = join(dataDir, "borough-population", "11-22borough_pop.csv");
const available = dataDir !== "" && existsSync(crimeFile) && existsSync(populationFile);

function readCsv(file: string): string[][] {
  return readFileSync(file, "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line !== "")
    .map((line) => line.split(","));
}

describe.skipIf(!available)("MPS borough crime, London Datastore (skipped: CRIMESTATS_DATA_DIR data absent)", () => {
  const crime = available ? readCsv(crimeFile) : [];
  const header = crime[0] ?? [];
  const months = header.slice(3); // "201004", …
  const start = `${months[0]?.slice(0, 4)}-${months[0]?.slice(4)}`;
  const totals = new Map<string, number[]>();
  for (const row of crime.slice(1)) {
    const borough = row[2] as string;
    const series = totals.get(borough) ?? new Array<number>(months.length).fill(0);
    row.slice(3).forEach((v, i) => {
      series[i] = (series[i] as number) + Number(v === "" ? 0 : v);
    });
    totals.set(borough, series);
  }
  const population = new Map<string, number>();
  const populationRows = available ? readCsv(populationFile) : [];
  const p2018 = (populationRows[0] ?? []).indexOf("2018_Population");
  for (const row of populationRows.slice(1)) population.set(row[1] as string, Number(row[p2018]));
  const boroughs = [...totals.keys()].filter((b) => population.has(b));
  const yearTotal = (series: readonly number[], year: number) => series.reduce((a, v, i) => (months[i]?.startsWith(String(year)) ? a + v : a), 0);

  it("reads 32 boroughs with populations and a gap-free monthly series", () => {
    expect(boroughs.length).toBeGreaterThanOrEqual(32);
    expect(start).toBe("2010-04");
  });

  it("rolling years equal naive 12-month sums; the year to December is the calendar year", () => {
    for (const borough of boroughs) {
      const series = totals.get(borough) as number[];
      const ry = rollingYearTotal({ start, values: series });
      expect(ry).toHaveLength(series.length - 11);
      ry.forEach((w, k) => {
        expect(w.sum).toBe(series.slice(k, k + 12).reduce((a, b) => a + b, 0));
      });
      const december2018 = ry.find((w) => w.period.last === "2018-12");
      expect(december2018?.sum).toBe(yearTotal(series, 2018));
      expect(Array.from(rollingYearTotal(Float64Array.from(series)))).toEqual(ry.map((w) => w.sum));
    }
  });

  it("batch rates equal rate() for every borough, with ordered intervals", () => {
    const counts = Float64Array.from(boroughs.map((b) => yearTotal(totals.get(b) as number[], 2018)));
    const pops = Float64Array.from(boroughs.map((b) => population.get(b) as number));
    const batch = rates(counts, pops, { per: 1000 });
    boroughs.forEach((_, i) => {
      const single = rate(counts[i] as number, pops[i] as number);
      expect(batch.value[i]).toBe(single.value);
      expect(batch.lower?.[i]).toBe(single.lower);
      expect(batch.upper?.[i]).toBe(single.upper);
      expect(single.lower ?? Number.NaN).toBeLessThan(single.value);
      expect(single.upper ?? Number.NaN).toBeGreaterThan(single.value);
    });
  });

  it("rate-ratio tests 2017 → 2018 keep the ratio inside its interval; classifyMonths covers 12 months", () => {
    for (const borough of boroughs) {
      const series = totals.get(borough) as number[];
      const p = population.get(borough) as number;
      const t = rateRatioTest({ count: yearTotal(series, 2017), population: p }, { count: yearTotal(series, 2018), population: p });
      expect(t.value).not.toBeNull();
      expect(t.lower ?? Number.NaN).toBeLessThanOrEqual(t.value ?? Number.NaN);
      expect(t.upper ?? Number.NaN).toBeGreaterThanOrEqual(t.value ?? Number.NaN);
      expect(t.pValue).toBeGreaterThanOrEqual(0);
      expect(t.pValue).toBeLessThanOrEqual(1);
      const from = months.indexOf("201701");
      const c = classifyMonths({ start: "2017-01", values: series.slice(from, from + 24) });
      expect(c.above.length + c.below.length + c.mixed.length).toBe(12);
    }
  });
});
