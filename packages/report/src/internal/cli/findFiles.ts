import { closeSync, existsSync, openSync, readFileSync, readSync, readdirSync, statSync, type Dirent } from "node:fs";
import { basename, join, resolve } from "node:path";
import { ReportError } from "../../ReportError.js";

/** A population file and how to read it: ONS mid-year estimates by local authority, or ONS LSOA estimates summed to boroughs. */
export interface PopulationFile {
  readonly path: string;
  readonly kind: "mid-year-estimates" | "lsoa";
}

/** The files `assess` reads. */
export interface AssessFiles {
  /** Every MPS borough release to join (oldest first by name; the join decides which release each month comes from). */
  readonly boroughs: readonly string[];
  readonly ward: string | null;
  /** Population estimates: every ONS mid-year estimates file (by local authority) found, else the LSOA files. */
  readonly populations: readonly PopulationFile[];
  /** The user's own recording breaks (`--breaks`), a JSON list of RecordingBreak. */
  readonly breaks: string | null;
  /** The RAG rules (`--rag-rules`, or the demonstration data's rule file), a RuleSet JSON. */
  readonly rules: string | null;
  readonly synthetic: boolean;
  /** Boundary files (`--boundaries`, or the GeoJSON and TopoJSON files found in the folder), each told apart by what it matches when read. */
  readonly boundaries: readonly string[];
  /** data.police.uk street-level crime files (`--street-file`, or the `*-street.csv` files found in the folder). */
  readonly streets: readonly string[];
  /**
   * Set when `--data` is a data.police.uk archive zip, or a folder holding data.police.uk street
   * files (or one archive zip) and no MPS borough release: the archive or folder whose street
   * files give the counts of any local authority instead of the MPS borough files.
   */
  readonly policeUk?: { readonly data: string };
}

/** What a folder entry is, following symbolic links (a link to a file is a file); `null` for a broken link. */
function kind(path: string, entry: Dirent): "file" | "directory" | null {
  if (!entry.isSymbolicLink()) return entry.isDirectory() ? "directory" : entry.isFile() ? "file" : null;
  try {
    const target = statSync(path);
    return target.isDirectory() ? "directory" : target.isFile() ? "file" : null;
  } catch {
    return null;
  }
}

/** Data files (CSV, Excel workbooks, GeoJSON, TopoJSON and JSON) in `dir` and its folders, `depth` levels down; symbolic links to files and folders are followed. */
function listData(dir: string, depth = 2): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const what = kind(path, entry);
    if (what === "directory" && depth > 0) found.push(...listData(path, depth - 1));
    else if (what === "file" && /\.(csv|xlsx?|geojson|topojson|json)$/i.test(entry.name)) found.push(path);
  }
  return found.sort();
}

/** The header of a data.police.uk street-level crime file (12 columns). */
const STREET_HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

/** Whether a file starts with the data.police.uk street-level header (outcomes and stop-and-search files do not). */
function hasStreetHeader(file: string): boolean {
  return firstLine(file).replace(/"/g, "").trim() === STREET_HEADER;
}

/** data.police.uk street-level files of a folder: named `…-street.csv` and starting with the street-level header. */
const isStreetFile = (f: string): boolean => /-street\.csv$/i.test(basename(f)) && hasStreetHeader(f);

/** Files larger than this are not opened to see whether a `.json` file is GeoJSON or TopoJSON. */
const JSON_SNIFF_LIMIT = 200 * 1024 * 1024;

/**
 * Boundary files of a folder: every `.geojson` and `.topojson` file, and every `.json` file whose
 * top-level `"type"` is `"Topology"` or `"FeatureCollection"` (a RAG rule or strategy file is not).
 */
function isBoundaryFile(f: string): boolean {
  if (/\.(geojson|topojson)$/i.test(f)) return true;
  if (!/\.json$/i.test(f) || statSync(f).size > JSON_SNIFF_LIMIT) return false;
  try {
    const type = (JSON.parse(readFileSync(f, "utf8")) as { type?: unknown } | null)?.type;
    return type === "Topology" || type === "FeatureCollection";
  } catch {
    return false;
  }
}

/** The street-level files given with --street-file, each checked to exist and to start with the data.police.uk street-level header. */
function givenStreets(given: readonly string[]): string[] {
  return given.map((path) => {
    existingFile(path, "street-level file", "a data.police.uk street-level CSV file");
    if (!hasStreetHeader(path)) {
      throw new ReportError(
        "invalid-data",
        `The street-level file "${path}" does not start with the data.police.uk street-level header: expected "${STREET_HEADER}".`,
        { path },
      );
    }
    return path;
  });
}

/** The first line of a text file (at most 64 KiB read), without a byte-order mark. */
function firstLine(file: string): string {
  const buffer = Buffer.alloc(65_536);
  const fd = openSync(file, "r");
  let length: number;
  try {
    length = readSync(fd, buffer, 0, buffer.length, 0);
  } finally {
    closeSync(fd);
  }
  return (buffer.subarray(0, length).toString("utf8").split(/\r?\n/)[0] ?? "").replace(/^\uFEFF/, "");
}

/**
 * What a population file holds, from its name and first line: an Excel workbook or a CSV whose
 * header starts "Code,Name,Geography" is an ONS mid-year estimates table by local authority; a
 * CSV with LSOA columns is an LSOA table; anything else is `null`.
 */
function populationKind(file: string): PopulationFile["kind"] | null {
  if (/\.xlsx?$/i.test(file)) return "mid-year-estimates";
  const header = firstLine(file).toLowerCase();
  if (/^"?code"?,"?name"?,"?geography"?/.test(header)) return "mid-year-estimates";
  if (/lsoa/.test(header)) return "lsoa";
  return null;
}

/** The population files of a folder: every mid-year estimates file by local authority, or, when there is none, every LSOA file. */
function populationFiles(files: readonly string[]): PopulationFile[] {
  const candidates = files.filter((f) => /\.xlsx?$/i.test(f) || /mye|mid-?year|pop/i.test(basename(f)));
  const typed = candidates.flatMap((path) => {
    const kind = populationKind(path);
    return kind === null ? [] : [{ path, kind }];
  });
  const estimates = typed.filter((f) => f.kind === "mid-year-estimates");
  return estimates.length > 0 ? estimates : typed;
}

/** Releases oldest first: by their last month, then their first month (from the header), then by name. */
function byMonths(files: readonly string[]): string[] {
  const spans = new Map(files.map((f) => [f, monthSpan(f)]));
  const key = (f: string): string => {
    const s = spans.get(f);
    return s === null || s === undefined ? "" : `${s.last}|${s.first}`;
  };
  return [...files].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a < b ? -1 : a > b ? 1 : 0));
}

/** MPS borough releases: "MPS Borough Level Crime …" (and the demonstration data's "…-borough-crime-…") CSV files. */
const isBoroughRelease = (f: string): boolean => /\.csv$/i.test(f) && /borough[ _-]?(level[ _-]?)?crime/i.test(basename(f));
/** MPS ward releases. */
const isWardRelease = (f: string): boolean => /\.csv$/i.test(f) && /ward[ _-]?(level[ _-]?)?crime/i.test(basename(f));

function existingFile(path: string, what: string, expected = "a CSV file"): string {
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new ReportError("file-not-found", `The ${what} "${path}" does not exist: expected ${expected}.`, { path });
  }
  return path;
}

/** Picks the newest release among several files: the one whose name sorts last (names carry the period, e.g. "2024-01_2025-12"). */
function newest(files: readonly string[]): string | undefined {
  return [...files].sort().at(-1);
}

/** The first and last month columns (YYYYMM) of a wide MPS file, from its header line. */
function monthSpan(file: string): { first: string; last: string } | null {
  const months = firstLine(file)
    .split(",")
    .map((h) => h.trim())
    .filter((h) => /^\d{6}$/.test(h))
    .sort();
  const first = months[0];
  const last = months.at(-1);
  return first === undefined || last === undefined ? null : { first: `${first.slice(0, 4)}-${first.slice(4)}`, last: `${last.slice(0, 4)}-${last.slice(4)}` };
}

/** `YYYY-MM` minus 23 months: the first month of the two rolling years ending at `to`. */
function twoYearsBefore(to: string): string {
  const [y = 0, m = 1] = to.split("-").map(Number);
  const index = y * 12 + (m - 1) - 23;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/**
 * Among several releases of a file, the one to read: the newest whose months cover the 24 months
 * to `to`, preferring a "most recent" release to the "Historical" one; without `to`, or when none
 * covers it, the newest "most recent" release.
 */
function bestRelease(files: readonly string[], to: string | undefined): string | undefined {
  const recent = files.filter((f) => !/historical/i.test(f));
  const fallback = newest(recent) ?? newest(files);
  if (to === undefined || files.length < 2) return fallback;
  const from = twoYearsBefore(to);
  const covering = files.filter((f) => {
    const span = monthSpan(f);
    return span !== null && span.first <= from && span.last >= to;
  });
  return newest(covering.filter((f) => !/historical/i.test(f))) ?? newest(covering) ?? fallback;
}

/** The option's values: one string, or the strings of a repeated option, resolved against `cwd`. */
function paths(value: unknown, cwd: string): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((v): v is string => typeof v === "string").map((v) => resolve(cwd, v));
}

/** The kind of each population file given with --population-file (a mid-year estimates table or an LSOA table). */
function givenPopulations(given: readonly string[]): PopulationFile[] {
  return given.map((path) => {
    existingFile(path, "population file");
    const kind = populationKind(path);
    if (kind === null) {
      throw new ReportError(
        "invalid-data",
        `The population file "${path}" is neither ONS mid-year estimates (a workbook, or a CSV whose header starts "Code,Name,Geography") nor an ONS LSOA population CSV.`,
        { path },
      );
    }
    return { path, kind };
  });
}

/**
 * Finds the borough releases, ward, population, boundary and street-level files: explicit options
 * first, then by name (and, for boundary and street-level files, by content) in `--data` (searched
 * two folders deep), else the embedded SYNTHETIC demonstration data (found the same way in its
 * folder, with its RAG rule file).
 */
export function findAssessFiles(values: Record<string, unknown>, cwd: string, demoDataDir: string): AssessFiles {
  const opt = (name: string): string | undefined => {
    const v = values[name];
    return typeof v === "string" ? resolve(cwd, v) : undefined;
  };
  const givenBoroughs = paths(values["borough-file"], cwd);
  const givenPopulation = paths(values["population-file"], cwd);
  const givenWard = opt("ward-file");
  const givenBoundaries = paths(values["boundaries"], cwd).map((f) => existingFile(f, "boundary file", "a GeoJSON or TopoJSON file"));
  const givenStreet = givenStreets(paths(values["street-file"], cwd));
  const breaks = opt("breaks") ?? null;
  if (breaks !== null) existingFile(breaks, "breaks file", "a JSON file");
  const givenRules = opt("rag-rules") ?? null;
  if (givenRules !== null) existingFile(givenRules, "RAG rules file", "a JSON file");
  const to = typeof values["to"] === "string" ? values["to"] : undefined;
  let data = opt("data");
  const synthetic =
    data === undefined &&
    givenBoroughs.length === 0 &&
    givenPopulation.length === 0 &&
    givenWard === undefined &&
    givenBoundaries.length === 0 &&
    givenStreet.length === 0;
  if (synthetic) data = demoDataDir;
  if (data === undefined) {
    if (givenBoroughs.length === 0 || givenPopulation.length === 0) {
      throw new ReportError(
        "invalid-argument",
        "Without --data, give both --borough-file and --population-file: expected the MPS borough file(s) and ONS population file(s).",
        {},
      );
    }
    return {
      boroughs: byMonths(givenBoroughs.map((f) => existingFile(f, "borough file"))),
      ward: givenWard === undefined ? null : existingFile(givenWard, "ward file"),
      populations: givenPopulations(givenPopulation),
      breaks,
      rules: givenRules,
      synthetic: false,
      boundaries: givenBoundaries,
      streets: givenStreet,
    };
  }
  if (existsSync(data) && statSync(data).isFile() && /\.zip$/i.test(data)) {
    // A data.police.uk archive: its street files give the counts; the population files are given apart.
    if (givenPopulation.length === 0) {
      throw new ReportError(
        "invalid-argument",
        `--data "${data}" is an archive: expected --population-file with ONS mid-year estimates by local authority (e.g. "mye24tablesew.csv"), or a folder holding the archive and the population files.`,
        { data },
      );
    }
    return {
      boroughs: [],
      ward: null,
      populations: givenPopulations(givenPopulation),
      breaks,
      rules: givenRules,
      synthetic: false,
      boundaries: [],
      streets: [],
      policeUk: { data },
    };
  }
  if (!existsSync(data) || !statSync(data).isDirectory()) {
    throw new ReportError("file-not-found", `The data folder "${data}" does not exist: expected a folder holding the downloaded files.`, { data });
  }
  const found = listData(data);
  const boroughs = givenBoroughs.length > 0 ? givenBoroughs : found.filter(isBoroughRelease);
  const streetFiles = boroughs.length === 0 ? found.filter(isStreetFile) : [];
  const archives = boroughs.length === 0 && streetFiles.length === 0 ? readdirSync(data).filter((n) => /\.zip$/i.test(n)) : [];
  if (archives.length > 1) {
    throw new ReportError(
      "invalid-argument",
      `The data folder "${data}" holds ${archives.length} archives (${archives.join(", ")}): expected one, or --data naming the archive to read.`,
      {
        data,
      },
    );
  }
  if (boroughs.length === 0 && (streetFiles.length > 0 || archives.length === 1)) {
    // No MPS borough release: the data.police.uk path, for any local authority.
    const populations = givenPopulation.length > 0 ? givenPopulations(givenPopulation) : populationFiles(found);
    if (populations.length === 0) {
      throw new ReportError(
        "file-not-found",
        `No ONS population file found in "${data}": expected ONS mid-year estimates by local authority (e.g. "mye24tablesew.csv" or an .xlsx/.xls workbook), or pass --population-file.`,
        { data },
      );
    }
    return {
      boroughs: [],
      ward: null,
      populations,
      breaks,
      rules: givenRules,
      synthetic: false,
      boundaries: [],
      streets: [],
      policeUk: { data: archives[0] === undefined ? data : join(data, archives[0]) },
    };
  }
  if (boroughs.length === 0) {
    throw new ReportError(
      "file-not-found",
      `No "MPS Borough Level Crime" CSV and no data.police.uk street file ("YYYY-MM-<force>-street.csv") found in "${data}": expected the London Datastore borough file (see "crimestats download") or the street files of data.police.uk.`,
      { data },
    );
  }
  const ward = givenWard ?? bestRelease(found.filter(isWardRelease), to) ?? null;
  const populations = givenPopulation.length > 0 ? givenPopulations(givenPopulation) : populationFiles(found);
  if (populations.length === 0) {
    throw new ReportError(
      "file-not-found",
      `No ONS population file found in "${data}": expected ONS mid-year estimates by local authority (e.g. "mye24tablesew.csv" or an .xlsx/.xls workbook) or an LSOA population file such as "london-mid2020-pop.csv", or pass --population-file.`,
      { data },
    );
  }
  const demoRules = join(demoDataDir, "SYNTHETIC-demo-rag-rules.json");
  return {
    boroughs: byMonths(boroughs.map((f) => existingFile(f, "borough file"))),
    ward: ward === null ? null : existingFile(ward, "ward file"),
    populations,
    breaks,
    rules: givenRules ?? (synthetic && existsSync(demoRules) ? demoRules : null),
    synthetic,
    boundaries: givenBoundaries.length > 0 ? givenBoundaries : found.filter(isBoundaryFile),
    streets: givenStreet.length > 0 ? givenStreet : found.filter(isStreetFile),
  };
}
