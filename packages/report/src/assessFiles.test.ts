import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../test/runCli.js";
import { assessFiles } from "./assessFiles.js";
import { ReportError } from "./ReportError.js";

/** The embedded SYNTHETIC demonstration data (scripts/generate-demo-data.mjs writes them). */
const demoDir = join(import.meta.dirname, "..", "data");

/** Files of a folder (one level), made in memory: the web `File`s a page gets from `<input type="file" multiple>`. */
function memoryFiles(dir: string, keep: (name: string) => boolean = () => true): File[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => new File([readFileSync(join(dir, e.name))], e.name));
}

/** The demonstration's MPS borough files and mid-year estimates, as the @example's `files`. */
const exampleFiles = (): File[] => memoryFiles(demoDir, (name) => /borough-crime|mid-year-estimates/.test(name));

const STREET_HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

/** A data.police.uk folder made here: 24 monthly street files of "Testshire Police" (three districts, named as given) and ONS mid-year estimates. */
function streetFolder([north, south, east] = ["Northam", "Southam", "Eastam"]): string {
  const dir = mkdtempSync(join(tmpdir(), "crimestats-assess-files-"));
  let id = 0;
  for (let i = 0; i < 24; i += 1) {
    const month = `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
    const rows = [STREET_HEADER];
    for (const [district, type, n] of [
      [north, "Burglary", 30 + (i % 5)],
      [north, "Anti-social behaviour", 12],
      [south, "Burglary", 10 + (i % 3)],
      [south, "Violence and sexual offences", 40],
      [east, "Vehicle crime", 8 + (i % 4)],
    ] as const) {
      for (let k = 0; k < n; k += 1) {
        id += 1;
        const crimeId = type === "Anti-social behaviour" ? "" : `id${id}`;
        rows.push(`${crimeId},${month},Testshire Police,Testshire Police,-1.0,54.0,On or near Main Street,E01000${id % 900},${district} 001A,${type},,`);
      }
    }
    writeFileSync(join(dir, `${month}-testshire-street.csv`), `${rows.join("\r\n")}\r\n`);
  }
  writeFileSync(
    join(dir, "mye24tablesew.csv"),
    `Code,Name,Geography,All ages\nE07009000,${north},Non-metropolitan District,60000\nE07009001,${south},Non-metropolitan District,40000\nE07009002,${east},Non-metropolitan District,25000\n`,
  );
  return dir;
}

/** The JSON `crimestats assess --format json` writes for the folder `data`. */
async function cliJson(data: string, args: readonly string[]): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), "crimestats-assess-files-out-")), "out");
  const result = await run(["assess", "--data", data, "--out", out, "--format", "json", "--quiet", ...args]);
  expect(result.err).toBe("");
  return readFileSync(join(out, "strategic-assessment.json"), "utf8");
}

describe("assessFiles", { timeout: 60_000 }, () => {
  it("makes the assessment of MPS borough files and mid-year estimates given as Files (the @example)", async () => {
    const { assessment, warnings, files: read } = await assessFiles(exampleFiles(), { area: "Harrow", to: "2025-12" });
    expect([assessment.area, assessment.current.label, assessment.benchmarkArea.name]).toEqual(["Harrow", "12 months to Dec 2025", "London"]);
    expect(warnings).toEqual([]);
    expect([...new Set(read.map((f) => f.readAs))]).toEqual(["borough counts", "population"]);
  });

  it("gives the same JSON as crimestats assess for the same MPS files, made in memory", async () => {
    const files = memoryFiles(demoDir);
    const { assessment } = await assessFiles(files, { area: "Harrow", to: "2025-12" });
    expect(`${JSON.stringify(assessment, null, 2)}\n`).toBe(await cliJson(demoDir, ["--to", "2025-12"]));
  });

  it("gives the same JSON as crimestats assess for the same data.police.uk street files, made in memory", async () => {
    const dir = streetFolder();
    const steps: string[] = [];
    const stages: string[] = [];
    const { assessment, warnings } = await assessFiles(memoryFiles(dir), {
      area: "Northam",
      onProgress: (s, stage) => {
        steps.push(s);
        stages.push(`${stage}: ${s}`);
      },
    });
    expect(`${JSON.stringify(assessment, null, 2)}\n`).toBe(await cliJson(dir, ["--area", "Northam"]));
    expect(warnings).toEqual([]);
    expect(steps[0]).toBe("Reading mye24tablesew.csv...");
    expect(steps).toContain("Reading 24 files, 2023-01-testshire-street.csv to 2024-12-testshire-street.csv...");
    // each line with its stage: reading the files, then computing the assessment
    expect(stages[0]).toBe("reading: Reading mye24tablesew.csv...");
    expect(stages.filter((s) => s.includes("Computing the assessment"))).toEqual([expect.stringMatching(/^computing: Computing the assessment for Northam/)]);
  });

  it("says which files it does not use, and uses the others", async () => {
    const files = [...exampleFiles(), new File(["some notes"], "notes.txt"), new File(["Crime ID,Month\n"], "2024-01-testshire-outcomes.csv")];
    const { assessment, warnings, files: read } = await assessFiles(files, { area: "Harrow", to: "2025-12" });
    expect(assessment.area).toBe("Harrow");
    // By file name, whatever the order given.
    expect(warnings).toEqual([
      "2024-01-testshire-outcomes.csv is not used: it is none of the files an assessment reads (MPS borough or ward files, data.police.uk street files or archive, ONS population files, boundary files).",
      "notes.txt is not used: it is none of the files an assessment reads (MPS borough or ward files, data.police.uk street files or archive, ONS population files, boundary files).",
    ]);
    const none =
      "it is none of the files an assessment reads (MPS borough or ward files, data.police.uk street files or archive, ONS population files, boundary files)";
    expect(read.slice(-2)).toEqual([
      { name: "notes.txt", readAs: null, reason: none },
      { name: "2024-01-testshire-outcomes.csv", readAs: null, reason: none },
    ]);
    expect(read.slice(0, -2).every((f) => f.readAs !== null && f.reason === null)).toBe(true);
  });

  it("says of each file given what it was read as, and why a street file of another month and boundaries of no area are not used after all", async () => {
    const oldStreet = new File(
      [
        `${STREET_HEADER}\r\nid1,2010-01,Metropolitan Police Service,Metropolitan Police Service,-0.3,51.6,On or near Main Street,E01002000,Harrow 001A,Burglary,,\r\n`,
      ],
      "2010-01-metropolitan-street.csv",
    );
    const atlantis = new File(
      [
        JSON.stringify({
          type: "FeatureCollection",
          features: [
            {
              type: "Feature",
              properties: { name: "Atlantis" },
              geometry: {
                type: "Polygon",
                coordinates: [
                  [
                    [0, 0],
                    [1, 0],
                    [1, 1],
                    [0, 0],
                  ],
                ],
              },
            },
          ],
        }),
      ],
      "atlantis.geojson",
    );
    const rules = new File([readFileSync(join(demoDir, "SYNTHETIC-demo-rag-rules.json"))], "SYNTHETIC-demo-rag-rules.json");
    const { warnings, files: read } = await assessFiles([...exampleFiles(), oldStreet, atlantis], { area: "Harrow", to: "2025-12", ragRules: rules });
    const byName = new Map(read.map((f) => [f.name, f]));
    expect(byName.get("2010-01-metropolitan-street.csv")).toEqual({
      name: "2010-01-metropolitan-street.csv",
      readAs: null,
      reason: "its month is outside January 2024 to December 2025",
    });
    expect(byName.get("atlantis.geojson")?.readAs).toBeNull();
    expect(byName.get("atlantis.geojson")?.reason).toMatch(/^of its 1 features, 0 name an area of the counts/);
    expect(warnings).toContain(`The boundary file atlantis.geojson is not used: ${byName.get("atlantis.geojson")?.reason}.`);
    expect(byName.get("SYNTHETIC-demo-rag-rules.json")).toEqual({ name: "SYNTHETIC-demo-rag-rules.json", readAs: "RAG rules", reason: null });
    expect(read.map((f) => f.name)).toEqual([
      ...exampleFiles().map((f) => f.name),
      "2010-01-metropolitan-street.csv",
      "atlantis.geojson",
      "SYNTHETIC-demo-rag-rules.json",
    ]);
  });

  it("says that the ward, street and boundary files given apart are not used with data.police.uk street files, and why", async () => {
    const dir = streetFolder();
    const demo = (name: string): File => new File([readFileSync(join(demoDir, name))], name);
    const ward = demo("SYNTHETIC-demo-ward-crime-2024-01_2025-12.csv");
    const street = demo("SYNTHETIC-demo-harrow-burglary-2025-01_2025-12-street.csv");
    const boundaries = demo("SYNTHETIC-demo-borough-boundaries.geojson");
    const { warnings, files: read } = await assessFiles(memoryFiles(dir), { area: "Northam", wardFile: ward, streetFiles: [street], boundaries: [boundaries] });
    const wardReason = "ward files are read with the MPS borough files only";
    const streetReason = "street files given apart are read with the MPS borough files only (for the maps); the street files among the data are read instead";
    const boundaryReason = "boundary files are read with the MPS borough files only";
    expect(read.slice(-3)).toEqual([
      { name: ward.name, readAs: null, reason: wardReason },
      { name: street.name, readAs: null, reason: streetReason },
      { name: boundaries.name, readAs: null, reason: boundaryReason },
    ]);
    expect(warnings).toEqual([
      `${ward.name} is not used: ${wardReason}.`,
      `${street.name} is not used: ${streetReason}.`,
      `${boundaries.name} is not used: ${boundaryReason}.`,
    ]);
  });

  it("gives the same JSON and warnings whatever the order the files are given in", async () => {
    // Two population files and a file not used, whose names sort differently by letter case and by locale.
    const files = [...memoryFiles(demoDir), new File(["x"], "Notes.txt"), new File(["x"], "archive-notes.txt")];
    const inOrder = await assessFiles(files, { area: "Harrow", to: "2025-12" });
    const reversed = await assessFiles([...files].reverse(), { area: "Harrow", to: "2025-12" });
    expect(JSON.stringify(reversed.assessment)).toBe(JSON.stringify(inOrder.assessment));
    expect(reversed.warnings).toEqual(inOrder.warnings);
    expect(reversed.files.map((f) => f.name)).toEqual(inOrder.files.map((f) => f.name).reverse());
  });

  it("names a file that can no longer be read (changed or removed after it was picked) in a file-not-found ReportError", async () => {
    const unreadable = (): DOMException => new DOMException("The requested file could not be read, typically due to permission problems.", "NotReadableError");
    /** A Blob whose every read fails, as a browser's File does once the file on disk changed. */
    class GoneBlob extends Blob {
      override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
        return new ReadableStream({ pull: (controller) => controller.error(unreadable()) });
      }
      override text(): Promise<string> {
        return Promise.reject(unreadable());
      }
    }
    /** A File whose bytes cannot be streamed, and (with `sliceFails`) whose first line cannot be read either. */
    class GoneFile extends File {
      constructor(
        file: File,
        readonly sliceFails: boolean,
      ) {
        super([file], file.name);
      }
      override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
        return new GoneBlob([]).stream();
      }
      override slice(start?: number, end?: number): Blob {
        return this.sliceFails ? new GoneBlob([]) : super.slice(start, end);
      }
    }
    const failing = async (which: RegExp, sliceFails: boolean, options: Parameters<typeof assessFiles>[1] = {}): Promise<unknown> => {
      const files = memoryFiles(demoDir).map((f) => (which.test(f.name) ? new GoneFile(f, sliceFails) : f));
      const error = await assessFiles(files, { area: "Harrow", to: "2025-12", ...options }).catch((e: unknown) => e);
      return error instanceof ReportError ? [error.code, error.message, error.details["file"]] : error;
    };
    const reason = "The requested file could not be read, typically due to permission problems.";
    const borough = "SYNTHETIC-demo-borough-crime-2024-01_2025-12.csv";
    expect(await failing(/borough-crime-2024/, true)).toEqual(["file-not-found", `Cannot read the data file "${borough}": ${reason}`, borough]);
    expect(await failing(/borough-crime-2024/, false)).toEqual(["file-not-found", `Cannot read the borough file "${borough}": ${reason}`, borough]);
    const ward = "SYNTHETIC-demo-ward-crime-2024-01_2025-12.csv";
    expect(await failing(/ward-crime/, false)).toEqual(["file-not-found", `Cannot read the ward file "${ward}": ${reason}`, ward]);
    const street = "SYNTHETIC-demo-harrow-burglary-2025-01_2025-12-street.csv";
    expect(await failing(/-street\.csv$/, false)).toEqual(["file-not-found", `Cannot read the street-level file "${street}": ${reason}`, street]);
  });

  it("stops with the problem lines of a local-data file, reading no data", async () => {
    const bad = new File(["measure,area,period,count\nasb,Harrow,2025-13,4\n"], "asb.csv");
    const error = await assessFiles(exampleFiles(), { area: "Harrow", local: [bad] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).code).toBe("invalid-data");
    const problems = (error as ReportError).details["problems"] as string[];
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((line) => line.startsWith("asb.csv:"))).toBe(true);
  });

  it("names the districts of the street files one by one when an area is not among them, a name holding 'and' kept whole", async () => {
    // Eden Vale's few crimes for its residents make it no district of the force area.
    const dir = streetFolder(["Cumberland", "Westmorland and Furness", "Eden Vale"]);
    const error = await assessFiles(memoryFiles(dir), { area: "Nowhere" }).catch((e: unknown) => e);
    expect((error as ReportError).message).toBe(
      'The street files hold no crime in "Nowhere": expected a local authority district of the files, as the LSOA names spell it (Cumberland; Westmorland and Furness).',
    );
  });

  it("gives the error of a file another package reads as its own, keeping the sentence", async () => {
    const rules = new File([JSON.stringify({ rules: [{ id: "burglary", kind: "nonsense" }] })], "rules.json");
    const error = await assessFiles(exampleFiles(), { ragRules: rules }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect([(error as ReportError).code, (error as ReportError).details["error"]]).toEqual(["invalid-data", "RagError"]);
    expect((error as ReportError).message).toMatch(/kind/);
  });

  it("refuses data without a population file, and options the command line refuses", async () => {
    const codeOf = (p: Promise<unknown>): Promise<unknown> =>
      p.then(
        () => null,
        (e: unknown) => (e instanceof ReportError ? [e.code, e.message] : e),
      );
    const boroughs = exampleFiles().filter((f) => /borough-crime/.test(f.name));
    expect(await codeOf(assessFiles(boroughs))).toEqual([
      "file-not-found",
      'No ONS population file found in the files given: expected ONS mid-year estimates by local authority (e.g. "mye24tablesew.csv" or an .xlsx/.xls workbook) or an LSOA population file such as "london-mid2020-pop.csv", or pass --population-file.',
    ]);
    expect(await codeOf(assessFiles(exampleFiles(), { to: "2025-13" }))).toEqual([
      "invalid-argument",
      'Month "2025-13" given to --to is not a month: expected YYYY-MM, e.g. 2025-02.',
    ]);
    expect(await codeOf(assessFiles("files" as never))).toEqual([
      "invalid-argument",
      'assessFiles: expected the data as a list of File objects (e.g. the files of <input type="file" multiple>).',
    ]);
  });
});
