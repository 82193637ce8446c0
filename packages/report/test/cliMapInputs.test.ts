import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readBoundaryLayers } from "../src/internal/assess/boundaryFiles.js";
import { findAssessFiles as findFiles } from "../src/internal/cli/findFiles.js";
import { loadAssessData } from "../src/internal/assess/loadData.js";
import { readStreetFiles } from "../src/internal/assess/streetFiles.js";
import { diskFiles } from "./diskFiles.js";

/** The files `crimestats assess` finds, the boundary and street files named by their paths. */
async function findAssessFiles(...args: Parameters<typeof findFiles>) {
  const found = await findFiles(...args);
  return { ...found.files, boundaries: found.files.boundaries.map(found.pathOf), streets: found.files.streets.map(found.pathOf) };
}

/** The files `crimestats assess` finds, as the assessment reads them. */
async function assessFilesOf(...args: Parameters<typeof findFiles>) {
  return (await findFiles(...args)).files;
}
import { ReportError } from "../src/ReportError.js";
import { csv } from "./csv.js";
import { run } from "./runCli.js";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const demoDir = join(packageDir, "data");

const STREET_HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";
const OUTCOMES_HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type";

/** A street-level row of data.police.uk: a burglary in `lsoaName`'s district in `month`. */
function streetRow(month: string, lsoaName: string, lon = "-0.33", lat = "51.58"): string {
  return `abc,${month},Metropolitan Police Service,Metropolitan Police Service,${lon},${lat},On or near A Road,E01000001,${lsoaName},Burglary,Under investigation,`;
}

/** A square polygon feature with the given properties. */
function square(properties: Record<string, string>, x = 0): object {
  return {
    type: "Feature",
    properties,
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [x, 51],
          [x, 51.1],
          [x + 0.1, 51.1],
          [x + 0.1, 51],
          [x, 51],
        ],
      ],
    },
  };
}

const collection = (features: object[]): string => JSON.stringify({ type: "FeatureCollection", features });

/** A folder holding the demonstration's counts and populations, plus the files `extra` names (path → text). */
function dataFolder(extra: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "crimestats-maps-"));
  for (const f of readdirSync(demoDir).filter((n) => /borough-crime|ward-crime|mid-year/.test(n))) copyFileSync(join(demoDir, f), join(dir, f));
  for (const [path, text] of Object.entries(extra)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("crimestats assess finds boundary and street-level files in --data", () => {
  it("takes GeoJSON, TopoJSON and JSON boundaries by content, and police.uk street files by name and header, two folders deep", async () => {
    const dir = dataFolder({
      "maps/boroughs.geojson": collection([square({ code: "E09000015", name: "Harrow" })]),
      "maps/wards.topojson": JSON.stringify({ type: "Topology", objects: {}, arcs: [] }),
      "maps/london.json": collection([square({ code: "E09000003", name: "Barnet" })]),
      "maps/rules.json": JSON.stringify({ rules: [] }),
      "maps/points.json": JSON.stringify({ type: "Feature", geometry: null }),
      "police/street/2025-01-metropolitan-street.csv": `${STREET_HEADER}\n${streetRow("2025-01", "Harrow 001A")}\n`,
      "police/outcomes/2025-01-metropolitan-outcomes.csv": `${OUTCOMES_HEADER}\n`,
      "police/other/2025-01-notes-street.csv": "Some,other,file\n",
    });
    const files = await findAssessFiles({ data: dir }, packageDir, demoDir);
    expect(files.boundaries.map((f) => f.slice(dir.length + 1))).toEqual(["maps/boroughs.geojson", "maps/london.json", "maps/wards.topojson"]);
    expect(files.streets.map((f) => f.slice(dir.length + 1))).toEqual(["police/street/2025-01-metropolitan-street.csv"]);
    expect(files.synthetic).toBe(false);
  });

  it("uses the files given with --boundaries and --street-file instead, and says which one does not exist or is not a street file", async () => {
    const dir = dataFolder({
      "a.geojson": collection([square({ code: "E09000015", name: "Harrow" })]),
      "mine.csv": `${STREET_HEADER}\n`,
      "outcomes.csv": `${OUTCOMES_HEADER}\n`,
      "b.geojson": collection([square({ code: "E09000003", name: "Barnet" })]),
    });
    const files = await findAssessFiles({ data: dir, boundaries: ["b.geojson"], "street-file": ["mine.csv"] }, dir, demoDir);
    expect([files.boundaries, files.streets]).toEqual([[join(dir, "b.geojson")], [join(dir, "mine.csv")]]);
    const fault = async (values: Record<string, unknown>): Promise<unknown> => {
      try {
        await findAssessFiles({ data: dir, ...values }, dir, demoDir);
      } catch (error) {
        return error instanceof ReportError ? [error.code, error.message] : error;
      }
      return null;
    };
    expect(await fault({ boundaries: ["nope.geojson"] })).toEqual([
      "file-not-found",
      `The boundary file "${join(dir, "nope.geojson")}" does not exist: expected a GeoJSON or TopoJSON file.`,
    ]);
    expect(await fault({ "street-file": ["outcomes.csv"] })).toEqual([
      "invalid-data",
      `The street-level file "${join(dir, "outcomes.csv")}" does not start with the data.police.uk street-level header: expected "${STREET_HEADER}".`,
    ]);
  });

  it("reads the embedded SYNTHETIC boundaries and street file when no --data is given", async () => {
    const files = await findAssessFiles({}, packageDir, demoDir);
    expect(files.synthetic).toBe(true);
    expect(files.boundaries.map((f) => basename(f))).toEqual(["SYNTHETIC-demo-borough-boundaries.geojson", "SYNTHETIC-demo-ward-boundaries.geojson"]);
    expect(files.streets.map((f) => basename(f))).toEqual(["SYNTHETIC-demo-harrow-burglary-2025-01_2025-12-street.csv"]);
  });

  it("assess --help describes --boundaries and --street-file", async () => {
    const help = (await run(["assess", "--help"])).out;
    expect(help).toContain("--boundaries <file>");
    expect(help).toContain("--street-file <file>");
  });
});

describe("boundary files told apart as the areas or the wards", () => {
  const areas = { codes: ["E09000015", "E09000003"], names: ["Harrow", "Barnet", "Kensington and Chelsea"] };
  const wards = { codes: ["E05000001", "E05000002"], names: ["Ward One", "Ward Two"] };
  const write = (files: Record<string, string>): string[] => {
    const dir = mkdtempSync(join(tmpdir(), "crimestats-bounds-"));
    return Object.entries(files).map(([name, text]) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    });
  };

  it("matches areas by name (ignoring case and '&') and wards by code, and says which file is used for which", async () => {
    const steps: string[] = [];
    const files = write({
      "london.geojson": collection([square({ NAME: "HARROW" }), square({ NAME: "Kensington & Chelsea" }, 1), square({ NAME: "City of London" }, 2)]),
      "wards.geojson": collection([square({ WD22CD: "E05000001", WD22NM: "One" }), square({ WD22CD: "E05000002", WD22NM: "Two" }, 1)]),
    });
    const layers = await readBoundaryLayers(
      await diskFiles(files),
      { areas, wards },
      { given: false, step: (t) => steps.push(t), areasName: "London boroughs" },
    );
    expect([layers.areas?.file, layers.areas?.matched, layers.wards?.file, layers.wards?.matched]).toEqual(["london.geojson", 2, "wards.geojson", 2]);
    expect(layers.wards?.boundaries.codeProperty).toBe("WD22CD");
    expect(layers.warnings).toEqual([]);
    expect(steps).toEqual([
      "Reading london.geojson, wards.geojson...",
      "Using london.geojson as the boundaries of the London boroughs (2 of its 3 features name an area of the counts).",
      "Using wards.geojson as the ward boundaries (2 of its 2 features name a ward of the ward file).",
    ]);
  });

  it("counts a boundary once when the ward file names two wards alike (Queens Park of one borough, Queen's Park of another)", async () => {
    const files = write({ "wards.geojson": collection([square({ name: "Queen's Park" }), square({ name: "Ward One" }, 1)]) });
    const alike = { codes: [], names: ["Queens Park", "Queen's Park", "Ward One"] };
    const layers = await readBoundaryLayers(
      await diskFiles(files),
      { areas, wards: alike },
      { given: true, step: () => undefined, areasName: "London boroughs" },
    );
    expect([layers.wards?.file, layers.wards?.matched, layers.warnings]).toEqual(["wards.geojson", 2, []]);
  });

  it("warns, naming the file, when most of its features match neither, and uses only the better of two files of one layer", async () => {
    const files = write({
      "england.geojson": collection([
        square({ code: "E06000001", name: "Hartlepool" }),
        square({ code: "E09000015", name: "Harrow" }, 1),
        square({ code: "E06000002", name: "Middlesbrough" }, 2),
      ]),
      "harrow.geojson": collection([square({ code: "E09000015", name: "Harrow" })]),
      "boroughs.geojson": collection([square({ code: "E09000015", name: "Harrow" }), square({ code: "E09000003", name: "Barnet" }, 1)]),
    });
    const layers = await readBoundaryLayers(
      await diskFiles(files),
      { areas, wards: null },
      { given: true, step: () => undefined, areasName: "London boroughs" },
    );
    expect([layers.areas?.file, layers.wards]).toEqual(["boroughs.geojson", null]);
    expect(layers.warnings).toEqual([
      "The boundary file england.geojson is not used: of its 3 features, 1 name an area of the counts and 0 a ward of a ward file (none was read); expected most of them to name one or the other.",
      "The boundary file harrow.geojson is not used: boroughs.geojson also holds boundaries of the London boroughs and matches more of them (2 against 1).",
    ]);
  });

  it("refuses a boundary file the user named that is not polygons, and passes over one found in the folder with a warning", async () => {
    const [points] = write({
      "points.geojson": collection([{ type: "Feature", properties: { name: "Harrow" }, geometry: { type: "Point", coordinates: [0, 51] } }]),
    });
    const file = points ?? "";
    let error: unknown;
    try {
      await readBoundaryLayers(
        await diskFiles([file]),
        { areas, wards },
        { given: true, step: () => undefined, areasName: "London boroughs", label: () => file },
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).code).toBe("invalid-data");
    expect((error as ReportError).message).toMatch(new RegExp(`^The boundary file "${file}" is not GeoJSON or TopoJSON area boundaries: .*Point`));
    const found = await readBoundaryLayers(await diskFiles([file]), { areas, wards }, { given: false, step: () => undefined, areasName: "London boroughs" });
    expect([found.areas, found.wards]).toEqual([null, null]);
    expect(found.warnings).toHaveLength(1);
    expect(found.warnings[0]).toMatch(/^The boundary file points\.geojson is not used: it is not GeoJSON or TopoJSON area boundaries \(.*Point/);
  });
});

describe("street-level files read for the focus area", () => {
  it("keeps the focus area's rows (by the LSOA name's district), counts every row read and rejected, and skips files of months outside the period", async () => {
    const dir = mkdtempSync(join(tmpdir(), "crimestats-street-"));
    const inside = join(dir, "2025-01-metropolitan-street.csv");
    writeFileSync(
      inside,
      [STREET_HEADER, streetRow("2025-01", "Harrow 001A"), streetRow("2025-01", "Brent 002B"), "too,few,fields", streetRow("2025-01", "harrow 003C"), ""].join(
        "\n",
      ),
    );
    const outside = join(dir, "2012-01-metropolitan-street.csv");
    writeFileSync(outside, [STREET_HEADER, streetRow("2012-01", "Harrow 001A"), ""].join("\n"));
    const steps: string[] = [];
    const named = (files: readonly File[]): string[] => files.map((f) => join(dir, f.name));
    const read = await readStreetFiles(await diskFiles([outside, inside]), "Harrow", { first: "2024-02", last: "2025-01" } as never, (t) => steps.push(t));
    expect(read.crimes.map((c) => [c.lsoaName, c.line])).toEqual([
      ["Harrow 001A", 2],
      ["harrow 003C", 5],
    ]);
    expect([named(read.used), named(read.skipped), read.read]).toEqual([[inside], [outside], 4]);
    expect(read.checked).toHaveLength(1);
    expect(read.checked[0]).toMatchObject({
      file: "2025-01-metropolitan-street.csv",
      role: "street-level crimes",
      unit: "rows",
      read: 4,
      accepted: 3,
      rejected: 1,
      rejectedByCode: { "field-count": 1 },
    });
    expect(named(read.contributing)).toEqual([inside]);
    expect(steps).toEqual([
      "Not reading 1 street-level file whose month is outside February 2023 to January 2025: 2012-01-metropolitan-street.csv.",
      "Reading 2025-01-metropolitan-street.csv...",
      "Kept 2 street-level crimes in Harrow of the 4 rows read.",
    ]);
  });

  it("names the first three files not read and how many more, so the line stays short", async () => {
    const dir = mkdtempSync(join(tmpdir(), "crimestats-street-"));
    const files = ["2011-12", "2012-01", "2022-12", "2023-01", "2023-02"].map((month) => {
      const file = join(dir, `${month}-metropolitan-street.csv`);
      writeFileSync(file, `${STREET_HEADER}\n`);
      return file;
    });
    const steps: string[] = [];
    const read = await readStreetFiles(await diskFiles(files), "Harrow", { first: "2024-03", last: "2025-02" } as never, (t) => steps.push(t));
    expect([read.used, read.contributing, read.crimes, read.checked]).toEqual([[], [], [], []]);
    expect(steps).toEqual([
      "Not reading 5 street-level files whose month is outside March 2023 to February 2025: 2011-12-metropolitan-street.csv, 2012-01-metropolitan-street.csv, 2022-12-metropolitan-street.csv and 2 more.",
    ]);
  });
});

describe("the street-level files of a data folder, as assess loads them", () => {
  it("names the months read, lists only the files holding the focus area's points as sources, and passes no crimes when no file is of the period", {
    timeout: 120_000,
  }, async () => {
    const dir = dataFolder({
      "police/2025-11-metropolitan-street.csv": [STREET_HEADER, streetRow("2025-11", "Harrow 001A"), ""].join("\n"),
      "police/2025-12-metropolitan-street.csv": [STREET_HEADER, streetRow("2025-12", "Harrow 002A"), ""].join("\n"),
      "police/2025-12-gwent-street.csv": [STREET_HEADER, streetRow("2025-12", "Newport 001A"), ""].join("\n"),
    });
    const steps: string[] = [];
    const data = await loadAssessData(await assessFilesOf({ data: dir }, dir, demoDir), "Harrow", (t) => steps.push(t));
    expect(steps).toContain("Reading 3 street-level files of November 2025 to December 2025...");
    expect(data.streetCrimes?.map((c) => c.lsoaName)).toEqual(["Harrow 001A", "Harrow 002A"]);
    expect(data.reconciliation.files.filter((f) => f.role === "street-level crimes")).toHaveLength(3);
    expect(data.sources.filter((s) => s.includes("street"))).toEqual([
      "2 files, 2025-11-metropolitan-street.csv to 2025-12-metropolitan-street.csv (data.police.uk street-level crimes, for the hotspot maps)",
    ]);
    const early = await loadAssessData(await assessFilesOf({ data: dir, to: "2024-12" }, dir, demoDir), "Harrow", () => undefined, undefined, {
      to: "2024-12",
    });
    expect([early.streetCrimes, early.sources.some((s) => s.includes("street")), early.warnings]).toEqual([null, false, []]);
  });
});

describe("crimestats assess on the demonstration data draws every map", () => {
  it("says which boundary file is used for which, and writes the map of the boroughs, the ward maps and the burglary hotspot map", {
    timeout: 180_000,
  }, async () => {
    const out = mkdtempSync(join(tmpdir(), "crimestats-demo-maps-"));
    const result = await run(["assess", "--out", out]);
    expect(result.code).toBe(0);
    expect(result.err).toContain(
      "Using SYNTHETIC-demo-borough-boundaries.geojson as the boundaries of the London boroughs (32 of its 32 features name an area of the counts).",
    );
    expect(result.err).toMatch(/^Kept [\d,]+ street-level crimes in Harrow of the [\d,]+ rows read\.$/m);
    const html = readFileSync(join(out, "strategic-assessment.html"), "utf8");
    const figures = [...html.matchAll(/<figure class="chart" id="([^"]+)"[^>]*>/g)].map((m) => m[1] ?? "");
    expect(figures).toContain("chart-areas");
    expect(figures).toContain("priority-burglary-hotspot");
    expect(figures.filter((f) => f.endsWith("-wards")).length).toBeGreaterThan(5);
    // The progress line counts what the document draws: one figure per chart or map.
    expect(result.err).toContain(`Rendering ${figures.length} charts and maps and writing the documents...`);
  });
});

describe("the demonstration data's maps input, as assess loads it", () => {
  it("reads no street-level file for an area the counts do not hold, so the only message is the unknown area's", { timeout: 120_000 }, async () => {
    const steps: string[] = [];
    const data = await loadAssessData(await assessFilesOf({}, packageDir, demoDir), "Harow", (t) => steps.push(t));
    expect([data.streetCrimes, data.warnings]).toEqual([null, []]);
    expect(steps.some((t) => t.includes("street-level"))).toBe(false);
    const unknown = await run(["assess", "--area", "Harow", "--out", mkdtempSync(join(tmpdir(), "crimestats-x-")), "--quiet"]);
    expect(unknown.err).toBe('crimestats: Unknown area "Harow": expected one of the 32 areas in the data (did you mean Haringey or Harrow?).\n');
  });

  it("gives the SYNTHETIC borough and ward boundaries and Harrow's street-level crimes, each file in the sources and the reconciliation", {
    timeout: 120_000,
  }, async () => {
    const steps: string[] = [];
    const data = await loadAssessData(await assessFilesOf({}, packageDir, demoDir), "Harrow", (t) => steps.push(t));
    expect(data.boundaries.areas?.features).toHaveLength(32);
    expect(data.boundaries.wards?.features.filter((f) => f.properties["borough"] === "Harrow").length).toBeGreaterThanOrEqual(4);
    expect(data.streetCrimes?.length).toBeGreaterThan(400);
    expect(new Set(data.streetCrimes?.map((c) => c.district))).toEqual(new Set(["Harrow"]));
    expect(data.warnings).toEqual([]);
    const street = data.reconciliation.files.find((f) => f.role === "street-level crimes");
    expect([street?.file, street?.rejected, street?.accepted]).toEqual(["SYNTHETIC-demo-harrow-burglary-2025-01_2025-12-street.csv", 0, street?.read]);
    expect(data.reconciliation.complete).toBe(true);
    const sources = data.sources.join("\n");
    expect(sources).toContain("SYNTHETIC-demo-borough-boundaries.geojson (invented hexagons as boundaries of the London boroughs, for the map)");
    expect(sources).toContain("SYNTHETIC-demo-ward-boundaries.geojson (invented hexagons as ward boundaries, for the ward maps)");
    expect(sources).toContain("SYNTHETIC-demo-harrow-burglary-2025-01_2025-12-street.csv (data.police.uk street-level crimes, for the hotspot maps)");
    expect(data.sources.filter((s) => /geojson|street/.test(s)).every((s) => s.startsWith("SYNTHETIC demonstration data"))).toBe(true);
    expect(steps).toContain("Using SYNTHETIC-demo-ward-boundaries.geojson as the ward boundaries (161 of its 161 features name a ward of the ward file).");
  });

  it("keeps no crime when the street-level files hold none of the focus area (the progress line says so), and puts a rejected street row into the reconciliation", {
    timeout: 120_000,
  }, async () => {
    const dir = dataFolder({
      "2025-12-metropolitan-street.csv": [STREET_HEADER, streetRow("2025-12", "Brent 001A"), `x,2025-13,${"a,".repeat(9)}a`, ""].join("\n"),
    });
    const steps: string[] = [];
    const data = await loadAssessData(await assessFilesOf({ data: dir }, dir, demoDir), "Harrow", (t) => steps.push(t));
    expect([data.streetCrimes, data.warnings]).toEqual([[], []]);
    expect(steps).toContain("Kept 0 street-level crimes in Harrow of the 2 rows read.");
    const street = data.reconciliation.files.find((f) => f.role === "street-level crimes");
    expect(street).toMatchObject({ read: 2, accepted: 1, rejected: 1, rejectedByCode: { "invalid-month": 1 } });
    expect(data.reconciliation.complete).toBe(false);
  });

  it("reads no street-level file for an end month outside the counts, so the only message is the end month's", { timeout: 120_000 }, async () => {
    const steps: string[] = [];
    const data = await loadAssessData(await assessFilesOf({}, packageDir, demoDir), "Harrow", (t) => steps.push(t), undefined, { to: "2026-06" });
    expect(data.streetCrimes).toBeNull();
    expect(steps.some((t) => t.includes("street-level"))).toBe(false);
  });
});

const shared = process.env["CRIMESTATS_DATA_DIR"] ?? "";
const realFolders = [
  "london-datastore-mps-borough-crime",
  "london-datastore-mps-ward-crime",
  "ons-mid-year-population-estimates-lad",
  "ons-boundaries-london",
  "police-uk-metropolitan-burglary",
];
const hasRealData = shared !== "" && realFolders.every((f) => existsSync(join(shared, f)));

describe.skipIf(!hasRealData)("the real folder's boundaries and street-level files (skipped: CRIMESTATS_DATA_DIR absent)", () => {
  it("tells the ONS borough and ward files apart and keeps Harrow's burglaries of the 12 months to February 2025, outcomes and other months not read", {
    timeout: 300_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "crimestats-real-maps-"));
    for (const f of realFolders) symlinkSync(join(shared, f), join(dir, f));
    const steps: string[] = [];
    const files = await findFiles({ data: dir, to: "2025-02" }, dir, demoDir);
    expect(files.files.streets.map(files.pathOf).some((f) => f.includes("outcomes"))).toBe(false);
    const data = await loadAssessData(files.files, "Harrow", (t) => steps.push(t), undefined, { to: "2025-02" });
    expect(steps).toContain("Using london-boroughs-2021.geojson as the boundaries of the London boroughs (32 of its 33 features name an area of the counts).");
    expect(steps).toContainEqual(expect.stringMatching(/^Using harrow-and-neighbours-wards-2022\.geojson as the ward boundaries \(11\d of its 113 features/));
    expect(data.warnings).toEqual([]);
    // Independently: the rows of the 12 monthly files whose LSOA name is in Harrow.
    const months = Array.from({ length: 12 }, (_, i) => {
      const m = (2024 * 12 + 2 + i) % 12;
      return `${Math.floor((2024 * 12 + 2 + i) / 12)}-${String(m + 1).padStart(2, "0")}`;
    });
    const expected = months
      .flatMap((m) => csv(join(shared, "police-uk-metropolitan-burglary/street", `${m}-metropolitan-street.csv`)).slice(1))
      .filter((r) => /^Harrow \d{3}[A-Z]$/.test(r[8] ?? "")).length;
    expect(data.streetCrimes?.length).toBe(expected);
    expect(new Set(data.streetCrimes?.map((c) => c.month))).toEqual(new Set(months));
    // The 12 months before are read too (anti-social behaviour's change from a year earlier); their points are not kept.
    const read = data.reconciliation.files.filter((f) => f.role === "street-level crimes").map((f) => f.file);
    const yearBefore = months.map((m) => `${Number(m.slice(0, 4)) - 1}${m.slice(4)}`);
    expect(read).toEqual([...yearBefore, ...months].map((m) => `${m}-metropolitan-street.csv`));
    expect(steps).toContainEqual(
      expect.stringMatching(/^Not reading \d+ street-level files whose month is outside March 2023 to February 2025: 2010-12-metropolitan-street\.csv/),
    );
  });
});
