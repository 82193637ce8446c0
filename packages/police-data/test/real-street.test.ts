import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countCube, readLsoaPopulation, readOutcomes, readStreetCrimes, streetCrimeCube } from "../src/node.js";
import { collect, dataPath, hasData, skipReason, splitCsv } from "./helpers.js";

// Rows per file of the data.police.uk street-level crime files read here (data.police.uk/data/archive: City of London
// Police, all crime types, 2022-07 .. 2023-06; Metropolitan Police Service, burglary rows, 2023-03 .. 2025-02).
const CITY_ROWS: Record<string, number> = {
  "2022-07": 786,
  "2022-08": 783,
  "2022-09": 699,
  "2022-10": 786,
  "2022-11": 748,
  "2022-12": 735,
  "2023-01": 719,
  "2023-02": 783,
  "2023-03": 709,
  "2023-04": 738,
  "2023-05": 774,
  "2023-06": 759,
};
const MET_BURGLARY_ROWS: Record<string, number> = {
  "2023-03": 4925,
  "2023-04": 4185,
  "2023-05": 4441,
  "2023-06": 4652,
  "2023-07": 4513,
  "2023-08": 4665,
  "2023-09": 4551,
  "2023-10": 4923,
  "2023-11": 4703,
  "2023-12": 4990,
  "2024-01": 5082,
  "2024-02": 4388,
  "2024-03": 4618,
  "2024-04": 4215,
  "2024-05": 3986,
  "2024-06": 3869,
  "2024-07": 4170,
  "2024-08": 4190,
  "2024-09": 4087,
  "2024-10": 4589,
  "2024-11": 4597,
  "2024-12": 4761,
  "2025-01": 4445,
  "2025-02": 3739,
};

const CITY = "police-uk-city-of-london-street-2022-07_2023-06";
const MET = "police-uk-metropolitan-burglary";

/** Independent count of a split-parsed street file by (district from LSOA name, crime type). */
function independentCounts(rows: string[][]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows.slice(1)) {
    const name = r[8]!;
    const district = name === "" ? "(unknown)" : name.replace(/ \d{3}[A-Z]$/, "");
    const key = `${district}|${r[9]}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

function cubeCounts(cube: {
  labels: { area?: readonly string[]; offence?: readonly string[] };
  values: Float64Array;
  shape: readonly number[];
}): Map<string, number> {
  const out = new Map<string, number>();
  const areas = cube.labels.area!;
  const offences = cube.labels.offence!;
  for (const [i, a] of areas.entries()) {
    for (const [j, o] of offences.entries()) {
      const v = cube.values[i * offences.length + j]!;
      if (v !== 0) out.set(`${a}|${o}`, v);
    }
  }
  return out;
}

describe.skipIf(!hasData)(hasData ? "real data.police.uk street and outcomes files" : `skipped: ${skipReason}`, { timeout: 60_000 }, () => {
  it("City of London 2022-07..2023-06 (CRLF, all categories): rows per file, counts per district and category, ASB without Crime ID, No Location", async () => {
    let empty = 0;
    let noLocation = 0;
    let independentEmpty = 0;
    let independentNoLsoa = 0;
    for (const [month, rows] of Object.entries(CITY_ROWS)) {
      const path = dataPath(CITY, `${month}-city-of-london-street.csv`);
      expect(readFileSync(path, "latin1").includes("\r\n")).toBe(true);
      const split = splitCsv(path);
      expect(split.length - 1).toBe(rows);
      const { cube, reconciliation: r } = await streetCrimeCube(path, { area: "district", by: ["area", "offence"] });
      expect(r.rowsRead).toBe(rows);
      expect(r.rowsRead).toBe(r.rowsCounted + r.rowsUnknownArea + r.rowsRejected);
      expect(r.rowsRejected).toBe(0);
      expect(cube.total).toBe(rows);
      expect(cubeCounts(cube)).toEqual(independentCounts(split));
      empty += r.emptyCrimeIds;
      noLocation += r.noArea;
      independentEmpty += split.slice(1).filter((x) => x[0] === "").length;
      independentNoLsoa += split.slice(1).filter((x) => x[7] === "").length;
    }
    // In these 12 City of London files: 810 anti-social behaviour rows with an empty Crime ID, 612 "No Location" rows
    expect([empty, independentEmpty]).toEqual([810, 810]);
    expect([noLocation, independentNoLsoa]).toEqual([612, 612]);
  });

  it("Metropolitan burglary 2023-03..2025-02: rows per file, 882 duplicate Crime IDs (299 in 2023-06), kept or dropped", async () => {
    const files = Object.keys(MET_BURGLARY_ROWS).map((m) => dataPath(MET, "street", `${m}-metropolitan-street.csv`));
    const kept = await streetCrimeCube(files, { area: "district", by: ["month"] });
    const dropped = await streetCrimeCube(files, { area: "district", by: ["month"], duplicates: "drop" });
    expect([...kept.cube.values]).toEqual(Object.values(MET_BURGLARY_ROWS));
    let independentDuplicates = 0;
    for (const f of files) {
      const seen = new Set<string>();
      for (const r of splitCsv(f).slice(1)) {
        if (r[0] === "") continue;
        if (seen.has(r[0]!)) independentDuplicates++;
        else seen.add(r[0]!);
      }
    }
    expect([kept.reconciliation.duplicateCrimeIds, independentDuplicates]).toEqual([882, 882]);
    expect(dropped.cube.total).toBe(kept.cube.total - 882);
    expect(dropped.reconciliation).toMatchObject({ rowsRejected: 882, rejectedByCode: { "duplicate-crime-id": 882 } });
    const june = await streetCrimeCube(files[3]!);
    expect(june.reconciliation.duplicateCrimeIds).toBe(299);
  });

  it("the fast path equals countCube(readStreetCrimes(...)) on the 24 Metropolitan files", async () => {
    const files = Object.keys(MET_BURGLARY_ROWS).map((m) => dataPath(MET, "street", `${m}-metropolitan-street.csv`));
    const fast = await streetCrimeCube(files, { area: "lsoa" });
    const slow = await countCube(readStreetCrimes(files), { area: "lsoa" });
    expect(fast.cube).toEqual(slow.cube);
    expect(fast.reconciliation).toEqual(slow.reconciliation);
  });

  it("early format (2010-12): every Crime ID empty, kept and counted", async () => {
    const path = dataPath(MET, "street-early-format", "2010-12-metropolitan-street.csv");
    const { cube, reconciliation } = await streetCrimeCube(path, { by: ["month"] });
    expect([reconciliation.rowsRead, reconciliation.emptyCrimeIds, cube.total]).toEqual([7897, 7897, 7897]);
  });

  it("2011 and 2021 LSOA codes: a 2011 look-up leaves the 2021-only codes outside, counted apart; the LSOA name gives the borough for both", async () => {
    const pop = await readLsoaPopulation(dataPath("ons-lsoa-population-london", "london-mid2019-pop.csv"));
    const path = dataPath(MET, "street", "2025-01-metropolitan-street.csv");
    const rows = splitCsv(path).slice(1);
    const outside = rows.filter((r) => r[7] !== "" && !pop.lsoaToDistrict.has(r[7]!)).length;
    const none = rows.filter((r) => r[7] === "").length;
    const { reconciliation: r } = await streetCrimeCube(path, { lookup: pop.lsoaToDistrict, by: ["area"] });
    expect(r.outsideLookup).toBe(outside);
    expect(r.noArea).toBe(none);
    expect(outside).toBeGreaterThan(0);
    expect(r.rowsCounted + r.rowsUnknownArea).toBe(rows.length);
    // Harrow by look-up (2011 codes only) vs by LSOA name (all codes): the name never loses rows
    const byName = await streetCrimeCube(path, { area: "district", by: ["area"] });
    const byLookup = await streetCrimeCube(path, { lookup: pop.lsoaToDistrict, by: ["area"] });
    const harrow = (c: typeof byName.cube) => c.values[c.labels.area!.indexOf("Harrow")]!;
    const independentHarrow = rows.filter((x) => x[8]!.startsWith("Harrow ")).length;
    expect(harrow(byName.cube)).toBe(independentHarrow);
    expect(harrow(byLookup.cube)).toBe(rows.filter((x) => pop.lsoaToDistrict.get(x[7]!) === "Harrow").length);
  });

  it("outcomes 2023-03..2025-02: 45,252 rows, each joins a street record of the same month by Crime ID", async () => {
    const months = Object.keys(MET_BURGLARY_ROWS);
    const crimes = new Set<string>();
    for await (const c of readStreetCrimes(months.map((m) => dataPath(MET, "street", `${m}-metropolitan-street.csv`)))) crimes.add(`${c.month}|${c.crimeId}`);
    const reader = readOutcomes(months.map((m) => dataPath(MET, "outcomes", `${m}-metropolitan-outcomes.csv`)));
    const outcomes = await collect(reader);
    expect(outcomes.length).toBe(45252);
    expect(reader.stats).toMatchObject({ rowsRead: 45252, rowsRejected: 0 });
    expect(outcomes.filter((o) => !crimes.has(`${o.month}|${o.crimeId}`)).length).toBe(0);
    const independent = months.reduce((s, m) => s + splitCsv(dataPath(MET, "outcomes", `${m}-metropolitan-outcomes.csv`)).length - 1, 0);
    expect(independent).toBe(45252);
  });

  it("all street files in the data folder read without a rejected row", async () => {
    const dir = dataPath(MET, "street-early-format");
    const files = readdirSync(dir).map((f) => dataPath(MET, "street-early-format", f));
    const { reconciliation: r } = await streetCrimeCube(files);
    const independent = files.reduce((s, f) => s + splitCsv(f).length - 1, 0);
    expect([r.rowsRead, r.rowsRejected]).toEqual([independent, 0]);
  });
});

describe.skipIf(!hasData)(hasData ? "real files mapped through @crimestats/taxonomy" : `skipped: ${skipReason}`, { timeout: 60_000 }, () => {
  it("every City of London category maps to a data.police.uk category; counts per category are unchanged", async () => {
    const { policeUkCategories } = await import("@crimestats/taxonomy");
    const files = Object.keys(CITY_ROWS).map((m) => dataPath(CITY, `${m}-city-of-london-street.csv`));
    const raw = await streetCrimeCube(files, { by: ["offence"] });
    const mapped = await streetCrimeCube(files, { by: ["offence"], taxonomy: policeUkCategories });
    expect(mapped.reconciliation.rowsRejected).toBe(0);
    expect(mapped.cube.labels.offence!.length).toBe(14);
    expect(mapped.cube.total).toBe(raw.cube.total);
    const burglary = (c: typeof raw.cube, label: string) => c.values[c.labels.offence!.indexOf(label)];
    expect(burglary(mapped.cube, "burglary")).toBe(burglary(raw.cube, "Burglary"));
    expect(burglary(mapped.cube, "violent-crime")).toBe(burglary(raw.cube, "Violence and sexual offences"));
  });
});
