import { accessSync, constants, existsSync, openAsBlob, readdirSync, statSync, type Dirent } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { ReportError } from "../../ReportError.js";
import { describeSystemError, isSystemError } from "../fsError.js";
import { classifyFiles, hasStreetHeader, populationKind, STREET_HEADER, type AssessInputFiles, type PopulationFile } from "../assess/classifyFiles.js";

/**
 * The files `assess` reads, told apart by the assessment's own classification, with the path of
 * each file on disk (messages name files by their paths), the files of `--breaks` and
 * `--rag-rules` (or the demonstration data's rule file) and how messages name the data.
 */
export interface FoundFiles {
  readonly files: AssessInputFiles;
  readonly breaks: File | null;
  readonly rules: File | null;
  /** How messages name the data: the `--data` folder or archive in quotes. */
  readonly where: string;
  /** The path of a file opened here. */
  readonly pathOf: (file: File) => string;
  /** With data.police.uk street files: the folder or archive holding them, which police-data's Node.js entry reads on every core. */
  readonly policeUkPath?: string;
}

/**
 * Opens a file on disk as a web `File` named by its base name (`fs.openAsBlob`: nothing is read
 * until it is streamed), kept in `paths` with its path; says which cannot be read and why, naming
 * it by `label` (default its path).
 */
export async function openFile(path: string, what: string, paths?: Map<File, string>, label = path): Promise<File> {
  try {
    // openAsBlob of Node 20 refuses a missing file without saying why: the access check does.
    accessSync(path, constants.R_OK);
    const file = new File([await openAsBlob(path)], basename(path));
    paths?.set(file, path);
    return file;
  } catch (error) {
    if (isSystemError(error))
      throw new ReportError("file-not-found", describeSystemError(error, `Cannot read the ${what} "${label}"`), { path, code: error.code });
    if (error instanceof TypeError) throw new ReportError("file-not-found", `Cannot read the ${what} "${label}": it cannot be opened as a file.`, { path });
    throw error;
  }
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

function existingFile(path: string, what: string, expected = "a CSV file"): string {
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new ReportError("file-not-found", `The ${what} "${path}" does not exist: expected ${expected}.`, { path });
  }
  return path;
}

/** The option's values: one string, or the strings of a repeated option, resolved against `cwd`. */
function paths(value: unknown, cwd: string): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((v): v is string => typeof v === "string").map((v) => resolve(cwd, v));
}

/**
 * Finds the borough releases, ward, population, boundary and street-level files: the files named
 * by options are checked to exist (street files to start with the street-level header, population
 * files to be ONS tables), then the files of `--data` (searched two folders deep, with the archive
 * zips at its top) are told apart by the assessment's classification; without `--data` or any file
 * option, the embedded SYNTHETIC demonstration data (with its RAG rule file).
 */
export async function findAssessFiles(values: Record<string, unknown>, cwd: string, demoDataDir: string): Promise<FoundFiles> {
  const opened = new Map<File, string>();
  const open = (path: string, what: string): Promise<File> => openFile(path, what, opened);
  const opt = (name: string): string | undefined => {
    const v = values[name];
    return typeof v === "string" ? resolve(cwd, v) : undefined;
  };
  const givenBoroughs = paths(values["borough-file"], cwd);
  const givenPopulation = paths(values["population-file"], cwd);
  const givenWard = opt("ward-file");
  const givenBoundaries = paths(values["boundaries"], cwd).map((f) => existingFile(f, "boundary file", "a GeoJSON or TopoJSON file"));
  const givenStreet: File[] = [];
  for (const path of paths(values["street-file"], cwd)) {
    existingFile(path, "street-level file", "a data.police.uk street-level CSV file");
    const file = await open(path, "street-level file");
    if (!(await hasStreetHeader(file))) {
      throw new ReportError(
        "invalid-data",
        `The street-level file "${path}" does not start with the data.police.uk street-level header: expected "${STREET_HEADER}".`,
        { path },
      );
    }
    givenStreet.push(file);
  }
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
  if (data === undefined && (givenBoroughs.length === 0 || givenPopulation.length === 0)) {
    throw new ReportError(
      "invalid-argument",
      "Without --data, give both --borough-file and --population-file: expected the MPS borough file(s) and ONS population file(s).",
      {},
    );
  }
  const archive = data !== undefined && existsSync(data) && statSync(data).isFile() && /\.zip$/i.test(data);
  // A data.police.uk archive: its street files give the counts; the population files are given apart.
  if (archive && givenPopulation.length === 0) {
    throw new ReportError(
      "invalid-argument",
      `--data "${data}" is an archive: expected --population-file with ONS mid-year estimates by local authority (e.g. "mye24tablesew.csv"), or a folder holding the archive and the population files.`,
      { data },
    );
  }
  if (data !== undefined && !archive && (!existsSync(data) || !statSync(data).isDirectory())) {
    throw new ReportError("file-not-found", `The data folder "${data}" does not exist: expected a folder holding the downloaded files.`, { data });
  }
  const boroughs: File[] = [];
  for (const path of givenBoroughs) boroughs.push(await open(existingFile(path, "borough file"), "borough file"));
  const populations: PopulationFile[] = [];
  for (const path of givenPopulation) {
    existingFile(path, "population file");
    const file = await open(path, "population file");
    const kind = await populationKind(file);
    if (kind === null) {
      throw new ReportError(
        "invalid-data",
        `The population file "${path}" is neither ONS mid-year estimates (a workbook, or a CSV whose header starts "Code,Name,Geography") nor an ONS LSOA population CSV.`,
        { path },
      );
    }
    populations.push({ file, kind });
  }
  // The folder's data files two folders deep, and the archives at its top.
  const listed =
    data === undefined
      ? []
      : archive
        ? [data]
        : [
            ...listData(data),
            ...readdirSync(data)
              .filter((n) => /\.zip$/i.test(n))
              .map((n) => join(data, n)),
          ];
  const dataFiles: File[] = [];
  for (const path of listed) dataFiles.push(await open(path, "data file"));
  const boundaries: File[] = [];
  for (const path of givenBoundaries) boundaries.push(await open(path, "boundary file"));
  const ward = givenWard === undefined ? undefined : await open(existingFile(givenWard, "ward file"), "ward file");
  const where = `"${data ?? ""}"`;
  const files = await classifyFiles(dataFiles, { to, synthetic, boroughs, populations, ward, boundaries, streets: givenStreet, where });
  const demoRules = join(demoDataDir, "SYNTHETIC-demo-rag-rules.json");
  const rules = givenRules ?? (synthetic && existsSync(demoRules) ? demoRules : null);
  const policeUk = files.policeUk?.data;
  return {
    // Workbooks are read as Node.js Buffers, which the workbook reader parses natively (a plain Uint8Array it copies and inflates in JavaScript).
    files: { ...files, populations: files.populations.map((p) => ({ ...p, bytes: () => readFile(opened.get(p.file) ?? p.file.name) })) },
    ...(policeUk === undefined || data === undefined ? {} : { policeUkPath: policeUk instanceof File ? (opened.get(policeUk) ?? data) : data }),
    breaks: breaks === null ? null : await open(breaks, "breaks file"),
    rules: rules === null ? null : await open(rules, "RAG rules file"),
    where,
    pathOf: (file) => opened.get(file) ?? file.name,
  };
}

/** The .csv and .json files of a `--local` folder (one level, sorted by name); an empty folder is an error. */
export function localFolderFiles(dir: string): string[] {
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory())
      throw new ReportError("file-not-found", `The local-data folder "${dir}" is a file: expected a folder of local-data CSV or JSON files.`, { dir });
    entries = readdirSync(dir);
  } catch (error) {
    if (!isSystemError(error)) throw error;
    throw new ReportError("file-not-found", describeSystemError(error, `Cannot read the local-data folder "${dir}"`), { dir, code: error.code });
  }
  const files = entries
    .filter((name) => /\.(csv|json)$/i.test(name))
    .map((name) => join(dir, name))
    .filter((path) => {
      try {
        return statSync(path).isFile();
      } catch {
        return false;
      }
    })
    .sort();
  if (files.length === 0) {
    throw new ReportError(
      "file-not-found",
      `The local-data folder "${dir}" holds no .csv or .json file: expected the files of the local-data templates (see "crimestats template").`,
      {
        dir,
      },
    );
  }
  return files;
}
