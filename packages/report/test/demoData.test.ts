import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = join(packageDir, "data");

describe("the embedded SYNTHETIC demonstration data", () => {
  it("is exactly what scripts/generate-demo-data.mjs writes (deterministic, nothing edited by hand)", () => {
    const out = mkdtempSync(join(tmpdir(), "crimestats-demo-"));
    execFileSync(process.execPath, [join(packageDir, "scripts/generate-demo-data.mjs"), out]);
    const committed = readdirSync(dataDir).sort();
    expect(readdirSync(out).sort()).toEqual(committed);
    for (const file of committed) expect(readFileSync(join(out, file)).equals(readFileSync(join(dataDir, file))), file).toBe(true);
  });

  it("is labelled synthetic in its file names, its README and its ward names", () => {
    for (const file of readdirSync(dataDir).filter((f) => f !== "README.md")) expect(file.startsWith("SYNTHETIC-")).toBe(true);
    expect(readFileSync(join(dataDir, "README.md"), "utf8")).toMatch(/^# SYNTHETIC demonstration data \(not real crime figures\)/);
    const wardNames = rowsOf(wardFile).map((r) => r[2]);
    expect(wardNames.every((name) => name?.includes("Synthetic Ward") === true)).toBe(true);
  });

  it("holds two releases shaped like the MPS borough files, overlapping by 12 months with small upward revisions", () => {
    const historical = readFileSync(join(dataDir, historicalFile), "utf8").trim().split("\n");
    const recent = readFileSync(join(dataDir, recentFile), "utf8").trim().split("\n");
    const header = (lines: string[]) => lines[0]?.split(",") ?? [];
    expect(header(historical).slice(0, 3)).toEqual(["MajorText", "MinorText", "BoroughName"]);
    expect([header(historical)[3], header(historical).at(-1), header(historical).length - 3]).toEqual(["202001", "202412", 60]);
    expect([header(recent)[3], header(recent).at(-1), header(recent).length - 3]).toEqual(["202401", "202512", 24]);
    const rows = rowsOf(historicalFile);
    const areas = new Set(rows.map((r) => r[2]));
    expect(areas.size).toBe(34);
    expect(areas.has("London Heathrow and London City Airports")).toBe(true);
    expect(areas.has("Unknown")).toBe(true);
    const cells = [...rows, ...rowsOf(recentFile)].flatMap((r) => r.slice(3).map(Number));
    expect(cells.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
    expect(cells.filter((v) => v > 0 && v < 5).length).toBeGreaterThan(1000); // small numbers to suppress

    // The 12 months both hold: the newer release revises some cells, always upwards and by a few offences.
    const older = new Map(rows.map((r) => [`${r[1]}|${r[2]}`, r.slice(3 + 48).map(Number)]));
    let revised = 0;
    for (const r of rowsOf(recentFile)) {
      const before = older.get(`${r[1]}|${r[2]}`);
      if (before === undefined) continue;
      r.slice(3, 15).forEach((v, i) => {
        const change = Number(v) - (before[i] ?? 0);
        expect(change >= 0 && change <= 3).toBe(true);
        if (change > 0) revised += 1;
      });
    }
    expect(revised).toBeGreaterThan(100);

    // Wards are a split of their borough in the newer release: Harrow's 2025-12 burglaries add up.
    const burglary = rowsOf(recentFile).find((r) => r[1] === "BURGLARY - RESIDENTIAL" && r[2] === "Harrow");
    const wardSum = rowsOf(wardFile)
      .filter((r) => r[1] === "BURGLARY - RESIDENTIAL" && r[4] === "Harrow")
      .reduce((s, r) => s + Number(r.at(-1)), 0);
    expect(wardSum).toBe(Number(burglary?.at(-1)));
  });

  it("plants an airports row folded into Hillingdon from 2024-09 and a burglary relabelling from 2025-03", () => {
    const recent = rowsOf(recentFile);
    const months = readFileSync(join(dataDir, recentFile), "utf8").split("\n")[0]?.split(",").slice(3) ?? [];
    const at = (month: string) => months.indexOf(month) + 3;
    const airports = recent.filter((r) => r[2] === "London Heathrow and London City Airports");
    const total = (rows: string[][], month: string) => rows.reduce((s, r) => s + Number(r[at(month)]), 0);
    expect(total(airports, "202408")).toBeGreaterThan(200);
    expect(months.filter((m) => m >= "202409").map((m) => total(airports, m))).toEqual(months.filter((m) => m >= "202409").map(() => 0));
    const dwelling = recent.filter((r) => r[1] === "BURGLARY IN A DWELLING");
    const residential = recent.filter((r) => r[1] === "BURGLARY - RESIDENTIAL");
    expect([total(dwelling, "202502") > 0, total(residential, "202502")]).toEqual([true, 0]);
    expect([total(dwelling, "202503"), total(residential, "202503") > 0]).toEqual([0, true]);
  });

  it("gives population estimates for mid-2022, mid-2023 and mid-2024 in the ONS mid-year estimates CSV layout, London the sum of its boroughs", () => {
    for (const year of [2022, 2023, 2024]) {
      const rows = rowsOf(`SYNTHETIC-demo-mid-year-estimates-mid${year}.csv`);
      const header =
        readFileSync(join(dataDir, `SYNTHETIC-demo-mid-year-estimates-mid${year}.csv`), "utf8")
          .split("\n")[0]
          ?.split(",") ?? [];
      expect(header.slice(0, 5)).toEqual(["Code", "Name", "Geography", "All ages", "0"]);
      expect(header.at(-1)).toBe("90+");
      for (const r of rows) expect(r.slice(4).reduce((s, v) => s + Number(v), 0)).toBe(Number(r[3]));
      const london = rows.find((r) => r[0] === "E12000007");
      expect(Number(london?.[3])).toBe(rows.filter((r) => r[2] === "London Borough").reduce((s, r) => s + Number(r[3]), 0));
      expect(rows.filter((r) => r[2] === "London Borough")).toHaveLength(33);
    }
  });
});

const historicalFile = "SYNTHETIC-demo-borough-crime-2020-01_2024-12.csv";
const recentFile = "SYNTHETIC-demo-borough-crime-2024-01_2025-12.csv";
const wardFile = "SYNTHETIC-demo-ward-crime-2024-01_2025-12.csv";

/** The data rows of a demonstration CSV file, split on commas (the files quote no field). */
function rowsOf(file: string): string[][] {
  return readFileSync(join(dataDir, file), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((l) => l.split(","));
}
