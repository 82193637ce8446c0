import { ReportError } from "../../ReportError.js";
import { fileText } from "./fileText.js";

/** A population file and how to read it: ONS mid-year estimates by local authority, or ONS LSOA estimates summed to boroughs. */
export interface PopulationFile {
  readonly file: File;
  readonly kind: "mid-year-estimates" | "lsoa";
  /** How to read its bytes, when not with `file.arrayBuffer()` (the command line reads a Node.js Buffer, which the workbook reader parses faster). */
  readonly bytes?: () => Promise<Uint8Array>;
}

/** The files an assessment reads, each told apart by its name and (for street, population and boundary files) its content. */
export interface AssessInputFiles {
  /** Every MPS borough release to join (oldest first by months, then name; the join decides which release each month comes from). */
  readonly boroughs: readonly File[];
  readonly ward: File | null;
  /** Population estimates: every ONS mid-year estimates file (by local authority) found, else the LSOA files. */
  readonly populations: readonly PopulationFile[];
  readonly synthetic: boolean;
  /** Boundary files (given, or the GeoJSON and TopoJSON files among the data), each told apart by what it matches when read. */
  readonly boundaries: readonly File[];
  /** data.police.uk street-level crime files (given, or the `*-street.csv` files among the data). */
  readonly streets: readonly File[];
  /**
   * Set when the data are a data.police.uk archive zip, or hold data.police.uk street files (or
   * one archive zip) and no MPS borough release: the archive, or the street files, whose crimes
   * give the counts of any local authority instead of the MPS borough files.
   */
  readonly policeUk?: { readonly data: File | readonly File[] };
  /** One sentence per file of the data that is not used, and why. */
  readonly unused: readonly string[];
  /** What each file of the data is read as, in the reconciliation's words ("borough counts"), or `null` and why it is not used. */
  readonly uses: ReadonlyMap<File, { readonly readAs: string | null; readonly reason: string | null }>;
}

/** What the caller gave besides the data files, and how messages name the data. */
export interface ClassifyOptions {
  /** The last month (`YYYY-MM`): among several ward releases, the one covering the 24 months to it is read. */
  readonly to?: string | undefined;
  /** Borough releases given one by one: they replace those found among the data. */
  readonly boroughs?: readonly File[] | undefined;
  /** Population files given one by one, already checked to be population files: they replace those found. */
  readonly populations?: readonly PopulationFile[] | undefined;
  readonly ward?: File | undefined;
  readonly boundaries?: readonly File[] | undefined;
  readonly streets?: readonly File[] | undefined;
  /** Whether the data are the SYNTHETIC demonstration data. */
  readonly synthetic?: boolean | undefined;
  /** How messages name the data, after "in" or "found in": `the files given` (default), or a folder in quotes. */
  readonly where?: string | undefined;
}

/** The last part of a name that may be a path (`maps/london.geojson` → `london.geojson`). */
export function baseName(name: string): string {
  return name.slice(name.replace(/\\/g, "/").lastIndexOf("/") + 1);
}

/** The header of a data.police.uk street-level crime file (12 columns). */
export const STREET_HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

/** The first line of a text file (at most 64 KiB read), without a byte-order mark; says which file cannot be read and why. */
async function firstLine(file: File): Promise<string> {
  const text = await fileText(file.slice(0, 65_536), "data file", file.name);
  return (text.split(/\r?\n/)[0] ?? "").replace(/^\uFEFF/, "");
}

/** Whether a file starts with the data.police.uk street-level header (outcomes and stop-and-search files do not). */
export async function hasStreetHeader(file: File): Promise<boolean> {
  return (await firstLine(file)).replace(/"/g, "").trim() === STREET_HEADER;
}

/** Files larger than this are not opened to see whether a `.json` file is GeoJSON or TopoJSON. */
const JSON_SNIFF_LIMIT = 200 * 1024 * 1024;

/**
 * Whether a file holds boundaries: every `.geojson` and `.topojson` file, and every `.json` file
 * whose top-level `"type"` is `"Topology"` or `"FeatureCollection"` (a RAG rule or strategy file is not).
 */
async function isBoundaryFile(f: File): Promise<boolean> {
  if (/\.(geojson|topojson)$/i.test(f.name)) return true;
  if (!/\.json$/i.test(f.name) || f.size > JSON_SNIFF_LIMIT) return false;
  const text = await fileText(f, "data file", f.name);
  try {
    const type = (JSON.parse(text) as { type?: unknown } | null)?.type;
    return type === "Topology" || type === "FeatureCollection";
  } catch {
    return false;
  }
}

/**
 * What a population file holds, from its name and first line: an Excel workbook or a CSV whose
 * header starts "Code,Name,Geography" is an ONS mid-year estimates table by local authority; a
 * CSV with LSOA columns is an LSOA table; anything else is `null`.
 */
export async function populationKind(file: File): Promise<PopulationFile["kind"] | null> {
  if (/\.xlsx?$/i.test(file.name)) return "mid-year-estimates";
  const header = (await firstLine(file)).toLowerCase();
  if (/^"?code"?,"?name"?,"?geography"?/.test(header)) return "mid-year-estimates";
  if (/lsoa/.test(header)) return "lsoa";
  return null;
}

/** The population files among `files`: every mid-year estimates file by local authority, or, when there is none, every LSOA file. */
async function populationFiles(files: readonly File[]): Promise<PopulationFile[]> {
  const candidates = files.filter((f) => /\.xlsx?$/i.test(f.name) || /mye|mid-?year|pop/i.test(f.name));
  const typed: PopulationFile[] = [];
  for (const file of candidates) {
    const kind = await populationKind(file);
    if (kind !== null) typed.push({ file, kind });
  }
  const estimates = typed.filter((f) => f.kind === "mid-year-estimates");
  return estimates.length > 0 ? estimates : typed;
}

/** The first and last month columns (YYYYMM) of a wide MPS file, from its header line. */
async function monthSpan(file: File): Promise<{ first: string; last: string } | null> {
  const months = (await firstLine(file))
    .split(",")
    .map((h) => h.trim())
    .filter((h) => /^\d{6}$/.test(h))
    .sort();
  const first = months[0];
  const last = months.at(-1);
  return first === undefined || last === undefined ? null : { first: `${first.slice(0, 4)}-${first.slice(4)}`, last: `${last.slice(0, 4)}-${last.slice(4)}` };
}

/** Releases oldest first: by their last month, then their first month (from the header), then by name. */
async function byMonths(files: readonly File[]): Promise<File[]> {
  const keys = new Map<File, string>();
  for (const f of files) {
    const s = await monthSpan(f);
    keys.set(f, s === null ? "" : `${s.last}|${s.first}`);
  }
  const key = (f: File): string => keys.get(f) ?? "";
  return [...files].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** MPS borough releases: "MPS Borough Level Crime …" (and the demonstration data's "…-borough-crime-…") CSV files. */
const isBoroughRelease = (f: File): boolean => /\.csv$/i.test(f.name) && /borough[ _-]?(level[ _-]?)?crime/i.test(f.name);
/** MPS ward releases. */
const isWardRelease = (f: File): boolean => /\.csv$/i.test(f.name) && /ward[ _-]?(level[ _-]?)?crime/i.test(f.name);
/** A zip archive (of data.police.uk). */
const isArchive = (f: File): boolean => /\.zip$/i.test(f.name);

/** Picks the newest release among several files: the one whose name sorts last (names carry the period, e.g. "2024-01_2025-12"). */
function newest(files: readonly File[]): File | undefined {
  return [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).at(-1);
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
async function bestRelease(files: readonly File[], to: string | undefined): Promise<File | undefined> {
  const recent = files.filter((f) => !/historical/i.test(f.name));
  const fallback = newest(recent) ?? newest(files);
  if (to === undefined || files.length < 2) return fallback;
  const from = twoYearsBefore(to);
  const covering: File[] = [];
  for (const f of files) {
    const span = await monthSpan(f);
    if (span !== null && span.first <= from && span.last >= to) covering.push(f);
  }
  return newest(covering.filter((f) => !/historical/i.test(f.name))) ?? newest(covering) ?? fallback;
}

/** data.police.uk street-level files: named `…-street.csv` and starting with the street-level header. */
async function streetFilesOf(files: readonly File[]): Promise<File[]> {
  const out: File[] = [];
  for (const f of files) if (/-street\.csv$/i.test(f.name) && (await hasStreetHeader(f))) out.push(f);
  return out;
}

/**
 * A list sorted by file name, by code point as the command line lists a folder (a page may give
 * the files in any order): the same files give the same document. Files of the same name keep
 * their order.
 */
function byName<T>(list: readonly T[], fileOf: (item: T) => File = (item) => item as File): T[] {
  return [...list].sort((a, b) => {
    const x = fileOf(a).name;
    const y = fileOf(b).name;
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** Why street files given one by one (`--street-file`) are not read with data.police.uk street files: those among the data are. */
const GIVEN_STREET_REASON =
  "street files given apart are read with the MPS borough files only (for the maps); the street files among the data are read instead";

/** One sentence per file of `files` that `uses` says is not used, saying why, in the order given. */
function unusedWords(files: readonly File[], uses: ReadonlyMap<File, { readonly reason: string | null }>): string[] {
  return files.flatMap((f) => {
    const reason = uses.get(f)?.reason ?? null;
    return reason === null ? [] : [`${f.name} is not used: ${reason}.`];
  });
}

/** What each file of the data is read as (the first of `roles` that holds it), or why it is not. */
function usesOf(
  data: readonly File[],
  roles: readonly (readonly [readonly File[], string])[],
  why: (f: File) => string,
): Map<File, { readAs: string | null; reason: string | null }> {
  return new Map(
    data.map((f) => {
      const role = roles.find(([files]) => files.includes(f))?.[1];
      return [f, role === undefined ? { readAs: null, reason: why(f) } : { readAs: role, reason: null }];
    }),
  );
}

/** The role of the population files (as the reconciliation names it). */
function populationRoles(populations: readonly PopulationFile[]): (readonly [File[], string])[] {
  return [[populations.map((p) => p.file), "population"]];
}

/** Why a file of the data is not read, from what it looks like. */
function reason(f: File, policeUk: boolean): string {
  if (isBoroughRelease(f)) return "the data.police.uk street files are read instead of MPS borough files";
  if (isWardRelease(f)) return policeUk ? "ward files are read with the MPS borough files only" : "another release of the ward file is read";
  if (/\.xlsx?$/i.test(f.name) || /mye|mid-?year|pop/i.test(f.name))
    return "it is not the population table read (ONS mid-year estimates by local authority are preferred to LSOA tables)";
  if (/-street\.csv$/i.test(f.name))
    return policeUk ? "it does not start with the data.police.uk street-level header" : "it is not a data.police.uk street-level file";
  if (isArchive(f)) return "the files beside it are read instead";
  if (policeUk && /\.(geojson|topojson|json)$/i.test(f.name)) return "boundary files are read with the MPS borough files only";
  return "it is none of the files an assessment reads (MPS borough or ward files, data.police.uk street files or archive, ONS population files, boundary files)";
}

/**
 * Tells apart the files of the data: MPS borough and ward releases by name, data.police.uk street
 * files by name and header, a data.police.uk archive zip, ONS population files by name and first
 * line, boundary files by content; files given one by one replace those found. A file that is
 * none of these, or is not read (a ward release other than the one covering the period), is said
 * in `unused`.
 *
 * @throws ReportError `file-not-found` when the data hold no population file, or neither an MPS
 * borough file nor data.police.uk street files; `invalid-argument` when they hold two archives.
 */
export async function classifyFiles(data: readonly File[], options: ClassifyOptions = {}): Promise<AssessInputFiles> {
  const where = options.where ?? "the files given";
  const synthetic = options.synthetic === true;
  const given = {
    boroughs: options.boroughs ?? [],
    populations: options.populations ?? [],
    boundaries: options.boundaries ?? [],
    streets: options.streets ?? [],
  };
  const dataFiles = data.filter((f) => !isArchive(f));
  const boroughs = given.boroughs.length > 0 ? [...given.boroughs] : dataFiles.filter(isBoroughRelease);
  const streetFiles = boroughs.length === 0 ? await streetFilesOf(dataFiles) : [];
  const archives = boroughs.length === 0 && streetFiles.length === 0 ? data.filter(isArchive) : [];
  if (archives.length > 1) {
    throw new ReportError(
      "invalid-argument",
      `${options.where === undefined ? "The files given hold" : `The data folder ${where} holds`} ${archives.length} archives (${archives.map((a) => a.name).join(", ")}): expected one, or --data naming the archive to read.`,
      { data: where },
    );
  }
  if (boroughs.length === 0 && (streetFiles.length > 0 || archives.length === 1)) {
    // No MPS borough release: the data.police.uk path, for any local authority.
    const populations = given.populations.length > 0 ? [...given.populations] : await populationFiles(dataFiles);
    if (populations.length === 0) {
      throw new ReportError(
        "file-not-found",
        `No ONS population file found in ${where}: expected ONS mid-year estimates by local authority (e.g. "mye24tablesew.csv" or an .xlsx/.xls workbook), or pass --population-file.`,
        { data: where },
      );
    }
    const archive = archives[0];
    // Every file named as a street file is read (policeUkFiles tells them apart by name): one whose header is wrong is an error, not passed over.
    const streetNamed = byName(dataFiles.filter((f) => /-street\.csv$/i.test(f.name)));
    // The ward, street and boundary files given apart are for the MPS borough files: said, not read.
    const apart = [
      ...(options.ward === undefined ? [] : ([[options.ward, "ward files are read with the MPS borough files only"]] as const)),
      ...given.streets.map((f) => [f, GIVEN_STREET_REASON] as const),
      ...given.boundaries.map((f) => [f, "boundary files are read with the MPS borough files only"] as const),
    ].filter(([f]) => !data.includes(f));
    const uses = usesOf(
      data,
      [
        [archive === undefined ? [] : [archive], "street-level crimes (data.police.uk archive)"],
        [streetNamed, "street-level crimes"],
        ...populationRoles(populations),
      ],
      (f) => reason(f, true),
    );
    for (const [f, why] of apart) uses.set(f, { readAs: null, reason: why });
    return {
      boroughs: [],
      ward: null,
      populations: byName(populations, (p) => p.file),
      synthetic: false,
      boundaries: [],
      streets: [],
      policeUk: { data: archive ?? streetNamed },
      unused: unusedWords([...byName(data), ...apart.map(([f]) => f)], uses),
      uses,
    };
  }
  if (boroughs.length === 0) {
    throw new ReportError(
      "file-not-found",
      `No "MPS Borough Level Crime" CSV and no data.police.uk street file ("YYYY-MM-<force>-street.csv") found in ${where}: expected the London Datastore borough file (see "crimestats download") or the street files of data.police.uk.`,
      { data: where },
    );
  }
  const ward = options.ward ?? (await bestRelease(dataFiles.filter(isWardRelease), options.to)) ?? null;
  const populations = given.populations.length > 0 ? [...given.populations] : await populationFiles(dataFiles);
  if (populations.length === 0) {
    throw new ReportError(
      "file-not-found",
      `No ONS population file found in ${where}: expected ONS mid-year estimates by local authority (e.g. "mye24tablesew.csv" or an .xlsx/.xls workbook) or an LSOA population file such as "london-mid2020-pop.csv", or pass --population-file.`,
      { data: where },
    );
  }
  const boundaries: File[] = [...given.boundaries];
  if (boundaries.length === 0) for (const f of dataFiles) if (await isBoundaryFile(f)) boundaries.push(f);
  const streets = given.streets.length > 0 ? [...given.streets] : await streetFilesOf(dataFiles);
  const uses = usesOf(
    data,
    [
      [boroughs, "borough counts"],
      [ward === null ? [] : [ward], "ward counts"],
      ...populationRoles(populations),
      [boundaries, "boundaries"],
      [streets, "street-level crimes"],
    ],
    (f) => reason(f, false),
  );
  return {
    boroughs: await byMonths(boroughs),
    ward,
    populations: byName(populations, (p) => p.file),
    synthetic,
    boundaries: byName(boundaries),
    streets: byName(streets),
    unused: unusedWords(byName(data), uses),
    uses,
  };
}
