import type { MonthKey } from "@crimestats/periods";
import { findCategory, metropolitanPoliceCategories } from "@crimestats/taxonomy";
import { beforeAll, describe, expect, it } from "vitest";
import { type CountCube, compareVintages, countCube, joinReleases, readMpsWide } from "../src/node.js";
import { dataPath, hasData, skipReason, splitCsv, sumColumn } from "./helpers.js";

const BOROUGH = "london-datastore-mps-borough-crime";
const HIST = dataPath(BOROUGH, "MPS Borough Level Crime (Historical).csv");
const R2325 = dataPath(BOROUGH, "MPS Borough Level Crime (most recent 24 months) 2023-03_2025-02.csv");
const R2425 = dataPath(BOROUGH, "MPS Borough Level Crime (most recent 24 months) 2024-01_2025-12.csv");

/** Count of one cell of an area × month × offence cube (0 when a label is absent). */
function cell(cube: CountCube, area: string, month: MonthKey, offence: string): number {
  const a = cube.labels.area!.indexOf(area);
  const m = cube.labels.month!.indexOf(month);
  const o = cube.labels.offence!.indexOf(offence);
  if (a < 0 || m < 0 || o < 0) return 0;
  return cube.values[(a * cube.shape[1]! + m) * cube.shape[2]! + o]!;
}

/** Months `first..last` of a cube's month labels. */
function monthsOf(cube: CountCube, first: MonthKey, last: MonthKey): MonthKey[] {
  return cube.labels.month!.filter((m) => m >= first && m <= last);
}

describe.skipIf(!hasData)(hasData ? "real London Datastore borough releases joined" : `skipped: ${skipReason}`, { timeout: 120_000 }, () => {
  let hist: CountCube;
  let r2325: CountCube;
  let r2425: CountCube;
  beforeAll(async () => {
    const read = async (path: string) => (await countCube(readMpsWide(path))).cube;
    [hist, r2325, r2425] = await Promise.all([read(HIST), read(R2325), read(R2425)]);
  }, 120_000);

  it("joins the historical and both 24-month releases into one series from 2010-04 to 2025-12, the newest release supplying each month", () => {
    expect([hist.vintage, r2325.vintage, r2425.vintage]).toEqual(["2010-04_2023-02", "2023-03_2025-02", "2024-01_2025-12"]);
    const j = joinReleases([r2425, hist, r2325]);
    const months = j.cube.labels.month!;
    expect([months[0], months[months.length - 1], months.length]).toEqual(["2010-04", "2025-12", 189]);
    expect(j.sources).toEqual([
      { first: "2010-04", last: "2023-02", vintage: "2010-04_2023-02" },
      { first: "2023-03", last: "2023-12", vintage: "2023-03_2025-02" },
      { first: "2024-01", last: "2025-12", vintage: "2024-01_2025-12" },
    ]);
    // every cell of every area and offence is the one of the release that supplies its month
    for (const [release, first, last] of [
      [hist, "2010-04", "2023-02"],
      [r2325, "2023-03", "2023-12"],
      [r2425, "2024-01", "2025-12"],
    ] as const) {
      let total = 0;
      for (const area of j.cube.labels.area!)
        for (const m of monthsOf(j.cube, first, last))
          for (const offence of j.cube.labels.offence!) {
            const value = cell(release, area, m, offence);
            expect(cell(j.cube, area, m, offence)).toBe(value);
            total += value;
          }
      // the release's total over the months it supplies is kept
      const releaseTotal = release.labels
        .area!.flatMap((area) => monthsOf(release, first, last).flatMap((m) => release.labels.offence!.map((o) => cell(release, area, m, o))))
        .reduce((s, v) => s + v, 0);
      expect(total).toBe(releaseTotal);
    }
    // against the files read independently: Harrow, all offences
    const harrow = (r: string[]) => r[2] === "Harrow";
    const harrowAll = (m: MonthKey) => j.cube.labels.offence!.reduce((s, o) => s + cell(j.cube, "Harrow", m, o), 0);
    expect(harrowAll("2023-02")).toBe(sumColumn(HIST, "202302", harrow));
    expect(harrowAll("2023-12")).toBe(sumColumn(R2325, "202312", harrow));
    expect(harrowAll("2024-01")).toBe(sumColumn(R2425, "202401", harrow));
    expect(harrowAll("2025-01")).toBe(1289); // 2024-01_2025-12 release; the 2023-03_2025-02 release has 1,268
  });

  it("Harrow's 2024-01..2025-12 are the newest release's and 2023-03..2023-12 the 2023-03_2025-02 release's, cell for cell", () => {
    const j = joinReleases([hist, r2325, r2425]);
    for (const offence of j.cube.labels.offence!) {
      for (const m of monthsOf(j.cube, "2024-01", "2025-12"))
        expect([offence, m, cell(j.cube, "Harrow", m, offence)]).toEqual([offence, m, cell(r2425, "Harrow", m, offence)]);
      for (const m of monthsOf(j.cube, "2023-03", "2023-12"))
        expect([offence, m, cell(j.cube, "Harrow", m, offence)]).toEqual([offence, m, cell(r2325, "Harrow", m, offence)]);
    }
  });

  it("reports the revisions of 2024-01..2025-02, 2024-01 and 2024-02 included, as compareVintages does", () => {
    const j = joinReleases([hist, r2325, r2425]);
    expect(j.revisions.length).toBe(1);
    const r = j.revisions[0]!;
    expect(r).toEqual(compareVintages(r2325, r2425));
    expect([r.vintages, r.months]).toEqual([["2023-03_2025-02", "2024-01_2025-12"], { first: "2024-01", last: "2025-02" }]);
    const revisedIn = (m: string) => r.revisions.filter((v) => v.month === m);
    expect(revisedIn("2024-01").length).toBeGreaterThan(0);
    expect(revisedIn("2024-02").length).toBeGreaterThan(0);
    expect(r.revisions.reduce((s, v) => s + v.change, 0)).toBe(r.totalCurrent - r.totalPrevious);
    const sum = (m: string, side: "previous" | "current") => revisedIn(m).reduce((s, v) => s + v[side], 0);
    console.log(
      `revisions ${r.vintages.join(" → ")} over ${r.months!.first}..${r.months!.last}: ${r.cellsRevised} of ${r.cellsCompared} (area, month, MajorText) cells revised; total ${r.totalPrevious} → ${r.totalCurrent} (${r.totalCurrent - r.totalPrevious}); 2024-01: ${revisedIn("2024-01").length} cells, ${sum("2024-01", "previous")} → ${sum("2024-01", "current")}; 2024-02: ${revisedIn("2024-02").length} cells, ${sum("2024-02", "previous")} → ${sum("2024-02", "current")}`,
    );
  });

  it("refuses the historical file and the newest release alone: 2023-03..2023-12 are in neither", () => {
    expect(() => joinReleases([hist, r2425])).toThrow(
      expect.objectContaining({
        code: "invalid-data",
        message: "releases: 10 months (2023-03..2023-12) are in no release; expected releases that together cover every month from 2010-04 to 2025-12",
      }),
    );
  });

  it("MinorText of every era mapped to its MajorText through the MPS classification gives the MajorText series, NFIB fraud reported as dropped", async () => {
    const minor = await Promise.all([HIST, R2325, R2425].map(async (p) => (await countCube(readMpsWide(p, { offence: "minor" }))).cube));
    const toMajor = (label: string): string | null => {
      const parent = findCategory(metropolitanPoliceCategories, label, { level: 2 }).parent!;
      return parent === "nfib-fraud" ? null : findCategory(metropolitanPoliceCategories, parent).name;
    };
    // as published, the MinorText series has a seam where the newest release takes over
    const asPublished = joinReleases(minor);
    expect(
      ["2023-12", "2024-01"].map((m) => [
        cell(asPublished.cube, "Harrow", m as MonthKey, "BURGLARY IN A DWELLING") > 0,
        cell(asPublished.cube, "Harrow", m as MonthKey, "RES BURGLARY OF A HOME") > 0,
      ]),
    ).toEqual([
      [true, false],
      [false, true],
    ]);
    const j = joinReleases(minor, { offence: toMajor });
    const major = joinReleases([hist, r2325, r2425]);
    expect(j.sources).toEqual(major.sources);
    expect([...j.cube.labels.offence!].sort()).toEqual(major.cube.labels.offence!.filter((o) => o !== "NFIB FRAUD").sort());
    for (const area of major.cube.labels.area!)
      for (const m of major.cube.labels.month!) for (const o of j.cube.labels.offence!) expect(cell(j.cube, area, m, o)).toBe(cell(major.cube, area, m, o));
    const nfib = (r: string[]) => r[0] === "NFIB FRAUD";
    const nfibTotal = (path: string) => {
      const head = splitCsv(path)[0]!;
      return head.slice(3).reduce((s, col) => s + sumColumn(path, col, nfib), 0);
    };
    expect(j.dropped).toEqual([
      { vintage: "2023-03_2025-02", label: "NFIB", count: nfibTotal(R2325) },
      { vintage: "2024-01_2025-12", label: "NFIB", count: nfibTotal(R2425) },
    ]);
    expect(j.mapped).toContainEqual({ vintage: "2024-01_2025-12", from: "RES BURGLARY OF A HOME", to: "BURGLARY" });
    expect(j.mapped).toContainEqual({ vintage: "2010-04_2023-02", from: "BURGLARY IN A DWELLING", to: "BURGLARY" });
    // after mapping, the burglary relabelling is no longer a label of one release only
    const r = j.revisions[0]!;
    expect(r.onlyPrevious.offence).toBeUndefined();
    expect(r.onlyCurrent.offence).toBeUndefined();
    console.log(
      `MinorText mapped to MajorText: ${j.mapped.length} labels mapped, dropped ${j.dropped.map((d) => `${d.label} ${d.count} (${d.vintage})`).join(", ")}; revisions ${r.cellsRevised} of ${r.cellsCompared} cells, total ${r.totalPrevious} → ${r.totalCurrent}`,
    );
  });
});
