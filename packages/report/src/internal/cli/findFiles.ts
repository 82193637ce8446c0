import { closeSync, existsSync, openSync, readSync, readdirSync, statSync, type Dirent } from "node:fs";
import { join, resolve } from "node:path";
import { ReportError } from "../../ReportError.js";

/** The files `assess` reads. */
export interface AssessFiles {
  readonly borough: string;
  readonly ward: string | null;
  readonly population: string;
  readonly synthetic: boolean;
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

/** CSV files in `dir` and its folders, `depth` levels down; symbolic links to files and folders are followed. */
function listCsv(dir: string, depth = 2): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const what = kind(path, entry);
    if (what === "directory" && depth > 0) found.push(...listCsv(path, depth - 1));
    else if (what === "file" && entry.name.toLowerCase().endsWith(".csv")) found.push(path);
  }
  return found.sort();
}

function existingFile(path: string, what: string): string {
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new ReportError("file-not-found", `The ${what} "${path}" does not exist: expected a CSV file.`, { path });
  }
  return path;
}

/** Picks the newest release among several files: the one whose name sorts last (names carry the period, e.g. "2024-01_2025-12"). */
function newest(files: readonly string[]): string | undefined {
  return [...files].sort().at(-1);
}

/** The first and last month columns (YYYYMM) of a wide MPS file, from its header line. */
function monthSpan(file: string): { first: string; last: string } | null {
  const buffer = Buffer.alloc(65_536);
  const fd = openSync(file, "r");
  let length: number;
  try {
    length = readSync(fd, buffer, 0, buffer.length, 0);
  } finally {
    closeSync(fd);
  }
  const header = buffer.subarray(0, length).toString("utf8").split(/\r?\n/)[0] ?? "";
  const months = header
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

/**
 * Finds the borough, ward and population files: explicit options first, then by name in
 * `--data` (searched two folders deep), else the embedded SYNTHETIC demonstration data.
 */
export function findAssessFiles(values: Record<string, unknown>, cwd: string, demoDataDir: string): AssessFiles {
  const opt = (name: string): string | undefined => {
    const v = values[name];
    return typeof v === "string" ? resolve(cwd, v) : undefined;
  };
  const data = opt("data");
  if (data === undefined) {
    const borough = opt("borough-file");
    const population = opt("population-file");
    if (borough === undefined && population === undefined && opt("ward-file") === undefined) {
      return {
        borough: join(demoDataDir, "SYNTHETIC-demo-borough-crime.csv"),
        ward: join(demoDataDir, "SYNTHETIC-demo-ward-crime.csv"),
        population: join(demoDataDir, "SYNTHETIC-demo-small-area-residents.csv"),
        synthetic: true,
      };
    }
    if (borough === undefined || population === undefined) {
      throw new ReportError(
        "invalid-argument",
        "Without --data, give both --borough-file and --population-file: expected the MPS borough file and an ONS population file.",
        {},
      );
    }
    const ward = opt("ward-file");
    return {
      borough: existingFile(borough, "borough file"),
      ward: ward === undefined ? null : existingFile(ward, "ward file"),
      population: existingFile(population, "population file"),
      synthetic: false,
    };
  }
  if (!existsSync(data) || !statSync(data).isDirectory()) {
    throw new ReportError("file-not-found", `The data folder "${data}" does not exist: expected a folder holding the downloaded files.`, { data });
  }
  const csv = listCsv(data);
  const to = typeof values["to"] === "string" ? values["to"] : undefined;
  const borough =
    opt("borough-file") ??
    bestRelease(
      csv.filter((f) => /borough level crime/i.test(f)),
      to,
    );
  if (borough === undefined) {
    throw new ReportError(
      "file-not-found",
      `No "MPS Borough Level Crime" CSV found in "${data}": expected the London Datastore borough file (see "crimestats download").`,
      { data },
    );
  }
  const ward =
    opt("ward-file") ??
    bestRelease(
      csv.filter((f) => /ward level crime/i.test(f)),
      to,
    ) ??
    null;
  const population = opt("population-file") ?? newest(csv.filter((f) => /mid-?\d{4}.*pop|lsoa.*pop/i.test(f)));
  if (population === undefined) {
    throw new ReportError(
      "file-not-found",
      `No ONS population CSV found in "${data}": expected an LSOA population file such as "london-mid2020-pop.csv", or pass --population-file.`,
      { data },
    );
  }
  return {
    borough: existingFile(borough, "borough file"),
    ward: ward === null ? null : existingFile(ward, "ward file"),
    population: existingFile(population, "population file"),
    synthetic: false,
  };
}
