import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readStreetCrimes } from "@crimestats/police-data/node";
import { describe, expect, it } from "vitest";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = join(packageDir, "data");

describe("the embedded SYNTHETIC demonstration data", () => {
  it("is exactly what scripts/generate-demo-data.mjs writes (deterministic, nothing edited by hand)", () => {
    const out = mkdtempSync(join(tmpdir(), "crimestats-demo-"));
    execFileSync(process.execPath, [join(packageDir, "scripts/generate-demo-data.mjs"), out]);
    // Files, and those of its one folder (the SYNTHETIC local data), as paths relative to the data folder.
    const listed = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, encoding: "utf8" })
        .filter((f) => statSync(join(dir, f)).isFile())
        .sort();
    const committed = listed(dataDir);
    expect(listed(out)).toEqual(committed);
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

describe("the SYNTHETIC boundaries and street-level file of the demonstration data", () => {
  const boroughs = featuresOf("SYNTHETIC-demo-borough-boundaries.geojson");
  const wards = featuresOf("SYNTHETIC-demo-ward-boundaries.geojson");

  it("give every borough of the counts one hexagon rosette, with its ONS code from the population file, labelled SYNTHETIC", () => {
    const names = [...new Set(rowsOf(recentFile).map((r) => r[2] ?? ""))].filter((n) => n !== "Unknown" && !n.startsWith("London Heathrow")).sort();
    expect(boroughs.map((f) => f.properties["name"]).sort()).toEqual(names);
    const codes = new Map(rowsOf("SYNTHETIC-demo-mid-year-estimates-mid2024.csv").map((r) => [r[1], r[0]]));
    for (const f of boroughs) {
      expect(f.properties["code"]).toBe(codes.get(String(f.properties["name"])));
      expect(f.properties["synthetic"]).toMatch(/^SYNTHETIC/);
      // A rosette of 7 cells has an outline of 18 edges.
      expect(f.geometry.coordinates[0]).toHaveLength(19);
    }
  });

  it("give every ward of the ward file a feature inside its borough, the wards of a borough filling it exactly", () => {
    const wardRows = new Map(rowsOf(wardFile).map((r) => [r[3], { name: r[2], borough: r[4] }]));
    expect(wards.map((f) => f.properties["code"]).sort()).toEqual([...wardRows.keys()].sort());
    for (const f of wards) {
      const row = wardRows.get(String(f.properties["code"]));
      expect([f.properties["name"], f.properties["borough"]]).toEqual([row?.name, row?.borough]);
      expect(f.properties["synthetic"]).toMatch(/^SYNTHETIC/);
    }
    for (const borough of boroughs) {
      const own = wards.filter((w) => w.properties["borough"] === borough.properties["name"]);
      expect(own.length).toBeGreaterThanOrEqual(4);
      const sum = own.reduce((s, w) => s + ringArea(w.geometry.coordinates[0] ?? []), 0);
      expect(sum).toBeCloseTo(ringArea(borough.geometry.coordinates[0] ?? []), 8);
      // Every vertex of a ward is a vertex of a cell of its borough: each lies on or inside the borough's outline.
      for (const w of own) for (const p of w.geometry.coordinates[0] ?? []) expect(inside(p, borough.geometry.coordinates[0] ?? [], true)).toBe(true);
    }
  });

  it("run every ring clockwise and closed, as in the ONS boundary files, near London's longitude and latitude", () => {
    for (const f of [...boroughs, ...wards]) {
      const ring = f.geometry.coordinates[0] ?? [];
      expect(ring[0]).toEqual(ring.at(-1));
      expect(ringArea(ring)).toBeLessThan(0);
      for (const [lon, lat] of ring) {
        expect(lon).toBeGreaterThan(-0.6);
        expect(lon).toBeLessThan(0.4);
        expect(lat).toBeGreaterThan(51.2);
        expect(lat).toBeLessThan(51.8);
      }
    }
  });

  it("hold police.uk-format burglaries of 2025, every Harrow point inside Harrow's hexagons, every row read without a rejection", async () => {
    const harrow = boroughs.find((f) => f.properties["name"] === "Harrow")?.geometry.coordinates[0] ?? [];
    const reader = readStreetCrimes(join(dataDir, streetFile));
    const rows = [];
    for await (const r of reader) rows.push(r);
    expect(reader.stats.rowsRejected).toBe(0);
    expect(new Set(rows.map((r) => r.offence))).toEqual(new Set(["Burglary"]));
    expect([...new Set(rows.map((r) => r.month))].sort()).toEqual(Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}`));
    const inHarrow = rows.filter((r) => r.district === "Harrow");
    expect(inHarrow.length).toBeGreaterThan(400);
    for (const r of inHarrow) expect(inside([r.longitude ?? Number.NaN, r.latitude ?? Number.NaN], harrow)).toBe(true);
    // Rows of another borough and rows without a location, as in real files.
    expect(rows.filter((r) => r.district === "Brent").length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.longitude === null && r.district === null).length).toBeGreaterThan(0);
  });

  it("keep the new boundary and street files together under 250 KB", () => {
    const files = ["SYNTHETIC-demo-borough-boundaries.geojson", "SYNTHETIC-demo-ward-boundaries.geojson", streetFile];
    expect(files.reduce((n, f) => n + statSync(join(dataDir, f)).size, 0)).toBeLessThan(250_000);
  });
});

const historicalFile = "SYNTHETIC-demo-borough-crime-2020-01_2024-12.csv";
const recentFile = "SYNTHETIC-demo-borough-crime-2024-01_2025-12.csv";
const wardFile = "SYNTHETIC-demo-ward-crime-2024-01_2025-12.csv";
const streetFile = "SYNTHETIC-demo-harrow-burglary-2025-01_2025-12-street.csv";

interface PolygonFeature {
  readonly properties: Readonly<Record<string, unknown>>;
  readonly geometry: { readonly type: "Polygon"; readonly coordinates: readonly (readonly [number, number])[][] };
}

/** The features of a demonstration GeoJSON file (all Polygons). */
function featuresOf(file: string): PolygonFeature[] {
  const json = JSON.parse(readFileSync(join(dataDir, file), "utf8")) as { type: string; features: PolygonFeature[] };
  expect(json.type).toBe("FeatureCollection");
  for (const f of json.features) expect(f.geometry.type).toBe("Polygon");
  return json.features;
}

/** Signed area of a ring in square degrees (shoelace): negative when it runs clockwise with north up. */
function ringArea(ring: readonly (readonly [number, number])[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const [x0, y0] = ring[i] ?? [0, 0];
    const [x1, y1] = ring[i + 1] ?? [0, 0];
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

/** Whether a point lies inside a ring (ray casting), or on its outline when `orOnOutline`. */
function inside([x, y]: readonly [number, number], ring: readonly (readonly [number, number])[], orOnOutline = false): boolean {
  let within = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i] ?? [0, 0];
    const [xj, yj] = ring[j] ?? [0, 0];
    const cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
    if (
      orOnOutline &&
      Math.abs(cross) < 1e-12 &&
      x >= Math.min(xi, xj) - 1e-12 &&
      x <= Math.max(xi, xj) + 1e-12 &&
      y >= Math.min(yi, yj) - 1e-12 &&
      y <= Math.max(yi, yj) + 1e-12
    )
      return true;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) within = !within;
  }
  return within;
}

/** The data rows of a demonstration CSV file, split on commas (the files quote no field). */
function rowsOf(file: string): string[][] {
  return readFileSync(join(dataDir, file), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((l) => l.split(","));
}

describe("the embedded SYNTHETIC local data", () => {
  const localDir = join(dataDir, "SYNTHETIC-demo-local");

  it("holds a clean file of every kind of local data, each row's source saying SYNTHETIC", async () => {
    const { readLocalFiles } = await import("../src/internal/assess/localFiles.js");
    const { diskFiles } = await import("./diskFiles.js");
    const files = await readLocalFiles(await diskFiles(readdirSync(localDir).map((f) => join(localDir, f))));
    expect(files.flatMap((f) => f.problems)).toEqual([]);
    expect(files.map((f) => f.result.kind).sort()).toEqual(["delivery-plan", "incidents", "service-volumes", "survey", "youth-justice"]);
    expect(readdirSync(localDir).every((f) => f.startsWith("SYNTHETIC-demo-local-"))).toBe(true);
    for (const f of files) {
      if (f.result.kind === "delivery-plan") expect(f.result.rows.every((r) => r.plan?.startsWith("SYNTHETIC") === true)).toBe(true);
      else if (f.result.kind === "survey") expect(f.result.rows.every((r) => r.survey?.startsWith("SYNTHETIC") === true)).toBe(true);
      else if (f.result.kind !== null) expect(f.result.rows.every((r) => "source" in r && r.source?.startsWith("SYNTHETIC") === true)).toBe(true);
    }
  });

  it("has incidents of every built-in measure by month for the focus area, its comparators and London, hate crime by strand with crimes of two strands, domestic abuse with injury, and wards", async () => {
    const { readLocalFile } = await import("../src/readLocalFile.js");
    const read = await readLocalFile({ name: "incidents.csv", data: readFileSync(join(localDir, "SYNTHETIC-demo-local-incidents.csv")) });
    if (read.kind !== "incidents") throw new Error("not incidents");
    const rows = read.rows;
    const measures = ["asb", "domestic-abuse", "hate-crime", "knife-crime", "gun-crime", "serious-youth-violence"];
    for (const measure of measures) {
      for (const area of ["Harrow", "Barnet", "Brent", "Ealing", "Hillingdon", "London"]) {
        const months = new Set(rows.filter((r) => r.measure === measure && r.area === area && r.ward === undefined).map((r) => r.period));
        expect(months.size, `${measure} ${area}`).toBe(24);
      }
    }
    const hate = rows.filter((r) => r.measure === "hate-crime");
    expect(hate.some((r) => r.flags.length === 2)).toBe(true);
    expect(new Set(hate.flatMap((r) => r.flags)).size).toBeGreaterThanOrEqual(5);
    expect(rows.some((r) => r.measure === "domestic-abuse" && r.flags.includes("injury"))).toBe(true);
    const wards = rows.filter((r) => r.ward !== undefined);
    expect(new Set(wards.map((r) => r.measure))).toEqual(new Set(["asb", "knife-crime"]));
    // The wards of a month add up to the borough's count.
    const harrowAsb = rows.find((r) => r.measure === "asb" && r.area === "Harrow" && r.ward === undefined && r.period === "2025-06");
    const wardSum = wards.filter((r) => r.measure === "asb" && r.period === "2025-06").reduce((n, r) => n + r.count, 0);
    expect(wardSum).toBe(harrowAsb?.count);
  });

  it("has a delivery plan of 12 actions over 3 priorities due around December 2025, and youth justice, survey and service rows", async () => {
    const plan = JSON.parse(readFileSync(join(localDir, "SYNTHETIC-demo-local-delivery-plan.json"), "utf8")) as {
      kind: string;
      rows: { priority: string; due: { kind: string; month?: string } }[];
    };
    expect(plan.kind).toBe("delivery-plan");
    expect(plan.rows).toHaveLength(12);
    expect(new Set(plan.rows.map((r) => r.priority)).size).toBe(3);
    const dues = plan.rows.flatMap((r) => (r.due.month === undefined ? [] : [r.due.month]));
    expect(dues.some((m) => m < "2025-12") && dues.some((m) => m > "2025-12")).toBe(true);
    const text = (name: string) => readFileSync(join(localDir, name), "utf8");
    expect(text("SYNTHETIC-demo-local-youth-justice.csv")).toMatch(
      /first-time-entrants[\s\S]*reoffending[\s\S]*custody|first-time-entrants[\s\S]*custody[\s\S]*reoffending/,
    );
    expect(text("SYNTHETIC-demo-local-survey.csv").split("\n")[0]).toContain("base");
    expect(text("SYNTHETIC-demo-local-service-volumes.csv").split("\n")[0]).toContain("target");
  });
});
