import { readFileSync } from "node:fs";
import type { MonthKey } from "@crimestats/periods";
import { describe, expect, it } from "vitest";
import { collect, enc } from "./helpers.js";
import { compareVintages, countCube, cubeRows, cubeSeries, readCsv, readLsoaPopulation, readMpsWide, readStopAndSearch } from "../src/node.js";
import { dataPath, hasData, referenceParse, skipReason, splitCsv, sumColumn } from "./helpers.js";

const BOROUGH = "london-datastore-mps-borough-crime";
const HIST = dataPath(BOROUGH, "MPS Borough Level Crime (Historical).csv");
const R2325 = dataPath(BOROUGH, "MPS Borough Level Crime (most recent 24 months) 2023-03_2025-02.csv");
const R2425 = dataPath(BOROUGH, "MPS Borough Level Crime (most recent 24 months) 2024-01_2025-12.csv");
const WARD = dataPath("london-datastore-mps-ward-crime", "MPS Ward Level Crime (most recent 24 months) 2024-01_2025-12.csv");

describe.skipIf(!hasData)(hasData ? "real London Datastore, ONS and stop-and-search files" : `skipped: ${skipReason}`, { timeout: 60_000 }, () => {
  it("two overlapping releases stay apart; Harrow 2025-01 all crime 1,268 (2023-03_2025-02) vs 1,289 (2024-01_2025-12)", async () => {
    const older = await countCube(readMpsWide(R2325), { by: ["area", "month"] });
    const newer = await countCube(readMpsWide(R2425), { by: ["area", "month"] });
    expect([older.cube.vintage, newer.cube.vintage]).toEqual(["2023-03_2025-02", "2024-01_2025-12"]);
    const independentOld = sumColumn(R2325, "202501", (r) => r[2] === "Harrow");
    const independentNew = sumColumn(R2425, "202501", (r) => r[2] === "Harrow");
    expect([independentOld, independentNew]).toEqual([1268, 1289]);
    const c = compareVintages(older.cube, newer.cube);
    expect(c.months).toEqual({ first: "2024-01", last: "2025-02" });
    expect(c.revisions.find((r) => r.area === "Harrow" && r.month === "2025-01")).toEqual({
      area: "Harrow",
      month: "2025-01",
      previous: 1268,
      current: 1289,
      change: 21,
    });
    const harrowOld = cubeSeries(older.cube, { area: "Harrow" });
    expect(harrowOld.start).toBe("2023-03");
    expect(harrowOld.values[22]).toBe(1268);
  });

  it("revisions by major category, borough and month match an independent comparison", async () => {
    const older = await countCube(readMpsWide(R2325));
    const newer = await countCube(readMpsWide(R2425));
    const c = compareVintages(older.cube, newer.cube);
    // independent: sum both split-parsed files by (major, borough, month) over the shared months
    const sums = (path: string) => {
      const rows = splitCsv(path);
      const head = rows[0]!;
      const out = new Map<string, number>();
      for (const r of rows.slice(1))
        for (let i = 3; i < head.length; i++) {
          const key = `${r[0]}|${r[2]}|${head[i]}`;
          out.set(key, (out.get(key) ?? 0) + Number(r[i]));
        }
      return out;
    };
    const a = sums(R2325);
    const b = sums(R2425);
    // the cube is dense: a (major, borough, month) without a row counts 0, so compare over the
    // product of the labels both releases have
    const labels = (m: Map<string, number>, i: number) => new Set([...m.keys()].map((k) => k.split("|")[i]!));
    const both = (i: number) => {
      const inB = labels(b, i);
      return [...labels(a, i)].filter((x) => inB.has(x));
    };
    const [majors, boroughs, months] = [both(0), both(1), both(2)];
    const cells = majors.flatMap((major) => boroughs.flatMap((borough) => months.map((month) => `${major}|${borough}|${month}`)));
    const differ = cells.filter((k) => (a.get(k) ?? 0) !== (b.get(k) ?? 0));
    expect(c.cellsCompared).toBe(cells.length);
    expect(c.cellsRevised).toBe(differ.length);
    expect(c.revisions.reduce((s, r) => s + r.change, 0)).toBe(c.totalCurrent - c.totalPrevious);
    // In these two London Datastore releases, 3,526 (major category, borough, month) totals differ
    expect(c.cellsRevised).toBe(3526);
    expect(c.onlyPrevious).toEqual({ month: ["2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12"] });
    expect(c.onlyCurrent.month?.length).toBe(10);
  });

  it("historical release: every month cell read; the burglary series break (3,578 in-dwelling in 2024-01, 3,208 residential in 2024-03)", async () => {
    const hist = await countCube(readMpsWide(HIST), { by: ["month"] });
    expect(hist.reconciliation).toMatchObject({ rowsRead: 931 * 155, rowsRejected: 0 });
    expect(hist.cube.labels.month!.length).toBe(155);
    expect([hist.cube.labels.month![0], hist.cube.labels.month![154]]).toEqual(["2010-04", "2023-02"]);
    const independentTotal = splitCsv(HIST)
      .slice(1)
      .reduce((s, r) => s + r.slice(3).reduce((t, x) => t + Number(x), 0), 0);
    expect(hist.cube.total).toBe(independentTotal);
    const minor = await countCube(readMpsWide(R2325, { offence: "minor" }), { by: ["offence", "month"] });
    expect(cubeSeries(minor.cube, { offence: "BURGLARY IN A DWELLING" }).values[10]).toBe(3578);
    expect(cubeSeries(minor.cube, { offence: "BURGLARY - RESIDENTIAL" }).values[12]).toBe(3208);
    expect(sumColumn(R2325, "202401", (r) => r[1] === "BURGLARY IN A DWELLING")).toBe(3578);
  });

  it("ward release (CRLF, quoted ward names): all cells read and summed as an independent quote-aware parse", async () => {
    const text = readFileSync(WARD, "utf8");
    const rows = referenceParse(text);
    expect(rows.length - 1).toBe(18707);
    const { cube, reconciliation } = await countCube(readMpsWide(WARD), { area: "borough", by: ["area"] });
    expect(reconciliation).toMatchObject({ rowsRead: 18707 * 24, rowsRejected: 0 });
    const harrow = rows
      .slice(1)
      .filter((r) => r[4] === "Harrow")
      .reduce((s, r) => s + r.slice(5).reduce((t, x) => t + Number(x), 0), 0);
    expect(cube.values[cube.labels.area!.indexOf("Harrow")]).toBe(harrow);
    const names = new Set((await collect(readMpsWide(WARD))).map((r) => r.wardName));
    expect(names.has("St Mary's & St James")).toBe(true);
    expect(names.has("St Mary's & St James'")).toBe(true);
    expect(names.has("Mottingham, Coldharbour & New Eltham")).toBe(true);
  });

  it("ONS mid-2019 and mid-2020 LSOA populations sum to the ONS borough figures", async () => {
    const p19 = await readLsoaPopulation(dataPath("ons-lsoa-population-london", "london-mid2019-pop.csv"));
    expect(p19.rows.length).toBe(4835);
    expect(p19.total).toBe(8961989);
    expect(p19.districtPopulation.get("Harrow")).toBe(251160);
    expect(p19.districtPopulation.get("Barking and Dagenham")).toBe(212906);
    expect(p19.districtCodePopulation.get("E09000015")).toBe(251160);
    expect(p19.districtPopulation.size).toBe(33);
    const independent = splitCsv(dataPath("ons-lsoa-population-london", "london-mid2019-pop.csv"))
      .slice(1)
      .filter((r) => r[5] === "Harrow")
      .reduce((s, r) => s + Number(r[6]), 0);
    expect(independent).toBe(251160);
    const p20 = await readLsoaPopulation(dataPath("ons-lsoa-population-london", "london-mid2020-pop.csv"));
    expect([p20.total, p20.districtPopulation.get("Harrow"), p20.districtPopulation.get("City of London")]).toEqual([9002488, 252338, 10938]);
  });

  it("rates input: MPS borough counts for 2019/20 beside the ONS mid-2019 populations", async () => {
    const pop = await readLsoaPopulation(dataPath("ons-lsoa-population-london", "london-mid2019-pop.csv"));
    const { cube } = await countCube(readMpsWide(HIST), { by: ["area", "month"] });
    const rows = cubeRows(cube, { population: pop.districtPopulation, areas: ["Harrow", "Brent"], months: { first: "2019-04", last: "2020-03" } });
    const independent = (borough: string) =>
      ["201904", "201905", "201906", "201907", "201908", "201909", "201910", "201911", "201912", "202001", "202002", "202003"].reduce(
        (s, m) => s + sumColumn(HIST, m, (r) => r[2] === borough),
        0,
      );
    expect(rows).toEqual([
      { area: "Harrow", count: independent("Harrow"), population: 251160 },
      { area: "Brent", count: independent("Brent"), population: pop.districtPopulation.get("Brent") },
    ]);
  });

  it("stop and search 2023-09..2024-08: 117,852 rows; months in UK time match the file month, 81 rows fall in another UTC month", async () => {
    const dir = "police-uk-metropolitan-stop-and-search";
    const months = ["2023-09", "2023-10", "2023-11", "2023-12", "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08"];
    let total = 0;
    let offLondon = 0;
    let offUtc = 0;
    let noCoordinates = 0;
    for (const m of months) {
      const path = dataPath(dir, `${m}-metropolitan-stop-and-search.csv`);
      for await (const r of readStopAndSearch(path)) {
        total++;
        if (r.month !== m) offLondon++;
        if (r.date.slice(0, 7) !== m) offUtc++;
        if (r.latitude === null) noCoordinates++;
      }
    }
    const utc = await collect(readStopAndSearch(dataPath(dir, "2024-07-metropolitan-stop-and-search.csv"), { month: "utc" }));
    expect(utc[0]).toMatchObject({ date: "2024-06-30T23:04:00+00:00", month: "2024-06" });
    // In these 12 data.police.uk Metropolitan Police stop-and-search files: 117,852 rows, 10,459 without latitude/longitude
    expect([total, offLondon, noCoordinates]).toEqual([117852, 0, 10459]);
    expect(offUtc).toBe(81);
  });

  it("both category eras map through @crimestats/taxonomy; the releases' majors meet in the same 13 codes", async () => {
    const { metropolitanPoliceCategories, metropolitanPoliceLegacyCategories } = await import("@crimestats/taxonomy");
    const cubes = [];
    for (const path of [HIST, R2325, R2425]) {
      for (const [offence, level] of [
        ["major", 1],
        ["minor", 2],
      ] as const) {
        const r = await countCube(readMpsWide(path, { offence }), { taxonomy: metropolitanPoliceCategories, level, by: ["area", "month", "offence"] });
        expect(r.reconciliation.rowsRejected).toBe(0);
        expect(r.cube.total).toBe(
          splitCsv(path)
            .slice(1)
            .reduce((s, x) => s + x.slice(3).reduce((t, v) => t + Number(v), 0), 0),
        );
        if (offence === "major") cubes.push(r.cube);
      }
    }
    expect(cubes[1]!.labels.offence).toEqual(cubes[2]!.labels.offence);
    expect(cubes[1]!.labels.offence!.length).toBe(13);
    expect(compareVintages(cubes[1]!, cubes[2]!).cellsRevised).toBe(3526);
    // the legacy 2008-16 nine-category set (Kaggle repackaging of the MPS LSOA data)
    async function* legacy() {
      for await (const row of readCsv(dataPath("kaggle-london-crime-by-lsoa-sample", "london_crime_by_lsoa_first999rows.csv"))) {
        if (row.line === 1) continue;
        const f = row.fields;
        yield { area: f[1]!, month: `${f[5]}-${f[6]!.padStart(2, "0")}` as MonthKey, offence: f[2]!, count: Number(f[4]) };
      }
    }
    const old = await countCube(legacy(), { taxonomy: metropolitanPoliceLegacyCategories, by: ["offence"] });
    expect(old.reconciliation).toMatchObject({ rowsRead: 999, rowsRejected: 0 });
    expect(old.cube.labels.offence!.length).toBe(9);
  });

  it("the real borough, ward and population files read with no rejection; corrupted copies reject what is wrong and keep the true figures", async () => {
    // the published files: nothing rejected, nothing repeated
    for (const file of [R2325, R2425, WARD]) {
      const { reconciliation } = await countCube(readMpsWide(file), { by: ["area"] });
      expect(reconciliation.rowsRejected, file).toBe(0);
    }
    const POP20 = dataPath("ons-lsoa-population-london", "london-mid2020-pop.csv");
    const pop = await readLsoaPopulation(POP20);
    expect([pop.districtPopulation.get("City of London"), pop.stats.rowsRejected]).toEqual([10_938, 0]);

    // the City of London rows repeated (a careless concatenation) must not inflate the City to 18,446 or more
    const lines = readFileSync(POP20, "utf8").split("\n");
    const city = lines.filter((l) => l.includes(",City of London,"));
    const repeated = await readLsoaPopulation({ name: "repeated.csv", data: enc([...lines.slice(0, -1), ...city, ""].join("\n")) });
    expect(repeated.districtPopulation.get("City of London")).toBe(10_938);
    expect(repeated.stats.rejectedByCode).toEqual({ "duplicate-row": city.length });
    expect(repeated.total).toBe(pop.total);

    // the newest borough release with 13 cells spoilt: each cell rejected alone, the rest counted
    const text = readFileSync(R2425, "utf8");
    const rows = text.split("\n");
    let spoilt = 0;
    let removed = 0;
    for (let i = 1; spoilt < 13; i += 37, spoilt++) {
      const f = rows[i]!.split(",");
      removed += Number(f[3 + (spoilt % 24)]);
      f[3 + (spoilt % 24)] = spoilt === 0 ? "99999999999999999999" : "n/a";
      rows[i] = f.join(",");
    }
    const good = await countCube(readMpsWide(R2425), { by: ["area"] });
    const bad = await countCube(readMpsWide({ name: "spoilt.csv", data: enc(rows.join("\n")) }), { by: ["area"] });
    expect(bad.reconciliation).toMatchObject({ rowsRead: good.reconciliation.rowsRead, rowsRejected: 13, rejectedByCode: { "invalid-count": 13 } });
    expect(bad.cube.total).toBe(good.cube.total - removed);
  });
});
