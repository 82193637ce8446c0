import { monthIndex, monthKeyFromIndex, rolling, type MonthKey, type Period } from "@crimestats/periods";
import {
  districtChanges,
  policeUkFiles,
  readMidYearEstimates,
  streetCrimeCube,
  UNKNOWN_AREA,
  type CountCube,
  type DistrictChange,
  type PoliceUkFile,
} from "@crimestats/police-data";
import type { CountRow, IncidentCount, RecordingBreak, Strategy } from "@crimestats/schema";
import { findCategory, policeUkCategories, recordingBreaks } from "@crimestats/taxonomy";
import { formatNumber } from "@crimestats/internal";
import { ReportError } from "../../ReportError.js";
import type { PriorityInput } from "../../strategicAssessment.js";
import type { InputFileReconciliation, InputReconciliation, PopulationEstimates } from "../../types.js";
import { fileReconciliation, inputReconciliation, missingPopulations } from "../inputCheck.js";
import { nearestEstimateYear, periodMiddle } from "../populations.js";
import { ASB_CRIME_TYPE, ASB_STREET_SOURCE } from "../local/asbFromStreetCrimes.js";
import { countText, listWords, monthSpanWords, monthWords } from "../sections/words.js";
import { baseName, type PopulationFile } from "./classifyFiles.js";
import { builtInNeighbours } from "./neighbours.js";
import { localCoverage } from "../priorities.js";
import { fileBytes } from "./fileText.js";

/** The street files of one force (the `<force>` of `YYYY-MM-<force>-street.csv`), oldest month first. */
interface ForceFiles {
  /** The force's name in the file names, e.g. `"cumbria"`. */
  readonly slug: string;
  /** The files, each one month of the force's street-level crimes (lazy sources of policeUkFiles). */
  readonly files: readonly PoliceUkFile[];
}

/**
 * How the street files are found and counted: policeUkFiles and streetCrimeCube of
 * @crimestats/police-data by default; the command line gives those of its Node.js entry, which
 * read the folder or archive on disk on every core.
 */
export interface StreetReaders {
  readonly policeUkFiles: (data: File | readonly File[], options: { readonly kinds: readonly ["street"] }) => ReturnType<typeof policeUkFiles>;
  readonly streetCrimeCube: typeof streetCrimeCube;
}

/** The street files of an archive or folder (policeUkFiles of @crimestats/police-data) by force. */
async function forceFiles(data: File | readonly File[], where: string, readers: StreetReaders): Promise<ForceFiles[]> {
  const found = await readers.policeUkFiles(data, { kinds: ["street"] });
  const groups = new Map<string, PoliceUkFile[]>();
  for (const f of found.street) groups.set(f.force, [...(groups.get(f.force) ?? []), f]);
  if (groups.size === 0) {
    throw new ReportError(
      "file-not-found",
      `No data.police.uk street file ("YYYY-MM-<force>-street.csv") in ${where}: expected the street files of data.police.uk.`,
      {
        data: where,
      },
    );
  }
  return [...groups].map(([slug, files]) => ({ slug, files: [...files].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0)) }));
}

/** What the data.police.uk path of `assess` computes from. */
export interface StreetAssessData {
  /** The focus area as the files and estimates spell it ("Bristol, City of" for --area "bristol"): the name counts and populations are held under. */
  readonly area: string;
  /** Recorded crime (anti-social behaviour excluded) of the member districts of the focus area's force area, by district, month and category. */
  readonly counts: readonly CountRow[];
  /** Estimates by year, on the districts of the counts. */
  readonly populations: readonly PopulationEstimates[];
  readonly priorities: readonly PriorityInput[];
  readonly notes: readonly string[];
  readonly sources: readonly string[];
  readonly reconciliation: InputReconciliation;
  readonly benchmarkArea: { readonly name: string; readonly membersName: string };
  /** The comparator group, and how it was chosen (a sentence of the notes says it). */
  readonly comparatorGroup: { readonly name: string; readonly members: readonly string[] };
  /** `"none"` when the files hold fewer than 24 months up to the last month: a single-period assessment of `period`. */
  readonly change: "year-earlier" | "none";
  /** The current period of a single-period assessment (the last 12 months, or all months when fewer). */
  readonly period: Period | null;
  /** The last month of the current period. */
  readonly end: MonthKey;
  /** The known changes in recording of data.police.uk categories. */
  readonly breaks: readonly RecordingBreak[];
  /** Anti-social behaviour incidents of the member districts by district and month (the local section), or `null` when the files hold none. */
  readonly asb: { readonly counts: readonly IncidentCount[]; readonly withoutDistrict: number; readonly files: readonly string[] } | null;
  /** The focus area's newest resident population (for the small-population caveat). */
  readonly focusPopulation: number;
  /** Progress sentences worth saying on the terminal too (why the assessment is single-period). */
  readonly warnings: readonly string[];
  /**
   * What the focus area's name covers when its crimes are counted from districts before a
   * reorganisation ("Cumberland here is the area of the former Allerdale, Carlisle and Copeland
   * districts (Cumberland Council from 1 April 2023): see Notes on method."), for the document's front; `null` otherwise.
   */
  readonly areaNote: string | null;
}

/** A district holding at least this share of a force's located crimes (and {@link MIN_RATE}) is one of its force area's districts. */
const MIN_SHARE = 0.01;
/** ... and at least this many of the force's crimes a year per 1,000 residents (crimes a force records just over its border are far fewer). */
const MIN_RATE = 5;
/** Below this many residents, rates per 1,000 residents overstate the risk to the people present (workers and visitors are not residents). */
export const SMALL_POPULATION = 20_000;

/** The 43 territorial police forces of England and Wales, as data.police.uk names their files (`2024-01-<force>-street.csv`). */
export const TERRITORIAL_FORCES = [
  "avon-and-somerset",
  "bedfordshire",
  "cambridgeshire",
  "cheshire",
  "city-of-london",
  "cleveland",
  "cumbria",
  "derbyshire",
  "devon-and-cornwall",
  "dorset",
  "durham",
  "dyfed-powys",
  "essex",
  "gloucestershire",
  "greater-manchester",
  "gwent",
  "hampshire",
  "hertfordshire",
  "humberside",
  "kent",
  "lancashire",
  "leicestershire",
  "lincolnshire",
  "merseyside",
  "metropolitan",
  "norfolk",
  "north-wales",
  "north-yorkshire",
  "northamptonshire",
  "northumbria",
  "nottinghamshire",
  "south-wales",
  "south-yorkshire",
  "staffordshire",
  "suffolk",
  "surrey",
  "sussex",
  "thames-valley",
  "warwickshire",
  "west-mercia",
  "west-midlands",
  "west-yorkshire",
  "wiltshire",
] as const;

/** ONS codes of the rows of a mid-year estimates table that are local authorities (districts, unitary authorities, metropolitan districts, London boroughs, Welsh principal areas). */
const LOCAL_AUTHORITY = /^(E0[6-9]|W06)\d{6}$/;

/** A name as compared: lower case, ONS's ", City of" / ", County of" dropped ("Bristol, City of" is "Bristol" in the LSOA names). */
function key(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/, (city|county) of$/, "");
}

/** "Cumbria Constabulary" from "2022-01-cumbria-street.csv"'s rows: the "Falls within" column of the force's first file. */
async function forceName(group: ForceFiles, count: StreetReaders["streetCrimeCube"]): Promise<string> {
  const first = group.files[0];
  if (first === undefined) return group.slug;
  const { cube } = await count(first, { by: ["area"], area: "force" });
  const names = (cube.labels.area ?? []).filter((a) => a !== UNKNOWN_AREA);
  let best = names[0] ?? group.slug;
  let most = -1;
  names.forEach((name, i) => {
    const n = cube.values[i] ?? 0;
    if (n > most) [best, most] = [name, n];
  });
  return best;
}

/** The data.police.uk category of a "Crime type", by name or alias, in the taxonomy's spelling ("Violent crime" → "Violence and sexual offences"); `undefined` for an unknown type (an error naming the file and line). */
function category(text: string): string | undefined {
  try {
    return findCategory(policeUkCategories, text.trim()).name;
  } catch {
    return undefined;
  }
}

/** One force's cube: district × month × category, and its reconciliation entry. */
interface ForceCube {
  readonly slug: string;
  readonly force: string;
  readonly files: readonly PoliceUkFile[];
  readonly cube: CountCube;
  readonly checked: InputFileReconciliation;
}

/** The cell of a cube at (area, month, offence). */
function cell(cube: CountCube, a: number, m: number, o: number): number {
  const [, months = 0, offences = 0] = cube.shape;
  return cube.values[(a * months + m) * offences + o] ?? 0;
}

/** "2022-01-cumbria-street.csv" or "12 files, 2022-01-…-street.csv to 2022-12-…-street.csv". */
function filesWords(files: readonly { readonly name: string }[]): string {
  const names = files.map((f) => baseName(f.name)).sort();
  return names.length === 1 ? (names[0] ?? "") : `${countText(names.length)} files, ${names[0]} to ${names.at(-1)}`;
}

/**
 * Reads data.police.uk street files (one cube per force, `streetCrimeCube` by district of the LSOA
 * name) and the ONS mid-year estimates into what `assess` needs for a local authority outside the
 * MPS borough files: the districts of the focus area's force area, their recorded crime by the
 * 14 data.police.uk categories (anti-social behaviour kept apart for its local section), the
 * population estimates of every local authority, old districts mapped to their successor councils
 * where the estimates are on the new councils ({@link districtChanges}), the comparator group and
 * the notes that say each choice.
 */
export async function loadStreetData(
  data: File | readonly File[],
  populationFiles: readonly PopulationFile[],
  area: string,
  step: (text: string) => void,
  options: {
    readonly to?: string;
    readonly neighbours?: readonly string[];
    readonly benchmark?: "force-area" | "england-and-wales";
    /** A partnership's strategy (`--framework`): its indicators that select data.police.uk categories become the priorities. */
    readonly strategy?: { readonly strategy: Strategy; readonly file: string };
    /** How messages name the data: `the files given` (default), or a folder or archive in quotes. */
    readonly where?: string;
    /** How the street files are found and counted (default police-data's main entry). */
    readonly readers?: StreetReaders;
  },
): Promise<StreetAssessData> {
  const notes: string[] = [];
  const warnings: string[] = [];
  const where = options.where ?? "the files given";
  const readers = options.readers ?? { policeUkFiles, streetCrimeCube };
  // Populations first: a bad population file writes nothing and reads no street file.
  step(`Reading ${populationFiles.map((f) => f.file.name).join(", ")}...`);
  const estimates: { year: number; file: string; byKey: Map<string, { code: string; name: string; population: number }> }[] = [];
  for (const file of populationFiles) {
    if (file.kind !== "mid-year-estimates") {
      throw new ReportError(
        "invalid-data",
        `The population file "${file.file.name}" is an LSOA table: with data.police.uk street files, expected ONS mid-year estimates by local authority (e.g. "mye24tablesew.csv" or an .xlsx/.xls workbook).`,
        { file: file.file.name },
      );
    }
    const read = await readMidYearEstimates(await (file.bytes?.() ?? fileBytes(file.file, "population file", file.file.name)), { fileName: file.file.name });
    const byKey = new Map<string, { code: string; name: string; population: number }>();
    for (const row of read.rows)
      if (LOCAL_AUTHORITY.test(row.code)) byKey.set(key(row.name), { code: row.code, name: row.name.trim(), population: row.population });
    if (estimates.some((e) => e.year === read.year)) {
      throw new ReportError(
        "invalid-argument",
        `Two population files give mid-${read.year} estimates: expected one file per year (choose with --population-file).`,
        {
          year: read.year,
        },
      );
    }
    estimates.push({ year: read.year, file: file.file.name, byKey });
  }
  estimates.sort((a, b) => a.year - b.year);
  const areaKey = key(area);
  const change = districtChanges.find((c) => key(c.oldName) === areaKey);

  // Counts: one cube per force, district of the LSOA name × month × category.
  const forces = await forceFiles(data, where, readers);
  const national = options.benchmark === "england-and-wales";
  if (national) {
    const held = new Set(forces.map((f) => f.slug));
    const missing = TERRITORIAL_FORCES.filter((f) => !held.has(f));
    if (missing.length > 0) {
      throw new ReportError(
        "invalid-argument",
        `--benchmark england-and-wales needs the street files of all ${TERRITORIAL_FORCES.length} territorial police forces of England and Wales: ${where} lacks ${missing.length} (${listWords(missing)}); expected the whole data.police.uk archive, or --benchmark force-area.`,
        { missing },
      );
    }
  }
  const cubes: ForceCube[] = [];
  for (const group of forces) {
    step(`Reading ${filesWords(group.files)}...`);
    const { cube, reconciliation } = await readers.streetCrimeCube(group.files, { area: "district", offence: category });
    cubes.push({
      slug: group.slug,
      force: await forceName(group, readers.streetCrimeCube),
      files: group.files,
      cube,
      checked: fileReconciliation("street-level crimes", "rows", reconciliation, filesWords(group.files)),
    });
  }
  // The months are those of the force holding most crimes under the focus area's name (or the names of the districts merged into it): forces' files may span different months.
  const names = new Set([areaKey, ...districtChanges.filter((c) => key(c.newName) === areaKey).map((c) => key(c.oldName))]);
  const inFocus = (c: ForceCube): number => {
    const areas = c.cube.labels.area ?? [];
    const perArea = c.cube.values.length / Math.max(1, areas.length);
    let n = 0;
    areas.forEach((a, i) => {
      if (names.has(key(a))) for (let j = i * perArea; j < (i + 1) * perArea; j += 1) n += c.cube.values[j] ?? 0;
    });
    return n;
  };
  const likelyHome = cubes.map((c) => ({ c, n: inFocus(c) })).sort((a, b) => b.n - a.n)[0];
  const allMonths = [
    ...((likelyHome !== undefined && likelyHome.n > 0 ? likelyHome.c.cube.labels.month : undefined) ?? cubes.flatMap((c) => c.cube.labels.month ?? [])),
  ].sort() as MonthKey[];
  const firstMonth = allMonths[0];
  const lastMonth = allMonths.at(-1);
  if (firstMonth === undefined || lastMonth === undefined)
    throw new ReportError("invalid-data", "The street files hold no rows: expected data.police.uk street-level crimes.", {});
  const end = (options.to ?? lastMonth) as MonthKey;
  if (end < firstMonth || end > lastMonth) {
    throw new ReportError("invalid-argument", `Month ${end} given to --to is outside the street files, which hold ${monthSpanWords(firstMonth, lastMonth)}.`, {
      to: end,
    });
  }
  const held = monthIndex(end) - monthIndex(firstMonth) + 1;
  const single = held < 24;
  const period = rolling(end, Math.min(12, held));

  // Old districts are mapped to their successors when the estimate the period uses is on the new councils.
  const used = nearestEstimateYear(
    estimates.map((e) => e.year),
    periodMiddle(period.first, period.last),
  );
  const estimate = estimates.find((e) => e.year === used);
  const mapped = new Map<string, DistrictChange>();
  if (estimate !== undefined) {
    for (const c of districtChanges) if (!estimate.byKey.has(key(c.oldName)) && estimate.byKey.has(key(c.newName))) mapped.set(key(c.oldName), c);
  }
  if (change !== undefined && mapped.has(areaKey)) {
    const others = districtChanges.filter((c) => c.newCode === change.newCode).map((c) => c.oldName);
    throw new ReportError(
      "invalid-argument",
      `${change.oldName} (${change.oldCode}) was merged into ${change.newName} (${change.newCode}) with ${listWords(others.filter((o) => o !== change.oldName))} on ${dayWords(change.date)} (${change.instrument}), and the population estimates the period uses (mid-${used}) are on the new councils: expected --area "${change.newName}".`,
      { area, successor: change.newName },
    );
  }
  const districtOf = (label: string): string => mapped.get(key(label))?.newName ?? label;

  // Each force's located crimes by district (after mapping) over every month read, anti-social behaviour excluded.
  const located = cubes.map((c) => {
    const byDistrict = new Map<string, number>();
    const areas = c.cube.labels.area ?? [];
    const offences = c.cube.labels.offence ?? [];
    const months = c.cube.labels.month ?? [];
    areas.forEach((label, a) => {
      if (label === UNKNOWN_AREA) return;
      let n = 0;
      for (let m = 0; m < months.length; m += 1) for (let i = 0; i < offences.length; i += 1) if (offences[i] !== ASB_CRIME_TYPE) n += cell(c.cube, a, m, i);
      const d = districtOf(label);
      byDistrict.set(d, (byDistrict.get(d) ?? 0) + n);
    });
    return { ...c, byDistrict, months: months.length, total: [...byDistrict.values()].reduce((s, n) => s + n, 0) };
  });
  const populationOf = (district: string): number | undefined => estimate?.byKey.get(key(district))?.population;
  /**
   * Whether a district is one of a force area's: by the share and rate rule; the focus area in its
   * home force by the rate alone (a small district of a large force, such as the Isles of Scilly,
   * holds under 1% of its crimes), or by the share when it has no estimate.
   */
  const memberOf = (c: (typeof located)[number], district: string, n: number, home: boolean): boolean => {
    const population = populationOf(district);
    const rateOk = population !== undefined && (n / (c.months / 12) / population) * 1000 >= MIN_RATE;
    if (home && key(district) === areaKey && population !== undefined) return rateOk;
    if (n < c.total * MIN_SHARE) return false;
    return population === undefined || rateOk;
  };
  const holding = located.map((c) => ({ c, n: [...c.byDistrict].find(([d]) => key(d) === areaKey)?.[1] ?? 0 })).sort((a, b) => b.n - a.n)[0];
  if (holding === undefined || holding.n === 0) {
    const districts = [...new Set(located.flatMap((c) => [...c.byDistrict].filter(([d, n]) => memberOf(c, d, n, false)).map(([d]) => d)))].sort();
    throw new ReportError(
      "unknown-area",
      `The street files hold no crime in "${area}": expected a local authority district of the files, as the LSOA names spell it (${districtList(districts)}).`,
      { area },
    );
  }
  const focusLabel = [...holding.c.byDistrict.keys()].find((d) => key(d) === areaKey) ?? area;
  const home = holding.c;
  if (!memberOf(home, focusLabel, holding.n, true)) {
    throw new ReportError(
      "unknown-area",
      `The street files hold only ${countText(holding.n)} crime${holding.n === 1 ? "" : "s"} in ${focusLabel}, recorded by ${home.force} outside its area (fewer than ${MIN_RATE} a year per 1,000 residents): expected the street files of the force that polices ${focusLabel}.`,
      { area },
    );
  }
  const members = [...home.byDistrict]
    .filter(([d, n]) => memberOf(home, d, n, true))
    .map(([d]) => d)
    .sort();
  const strays = [...home.byDistrict].filter(([d, n]) => !memberOf(home, d, n, true)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const forceArea = { name: `${home.force} area`, membersName: "districts of the force area" };
  const benchmarkArea = national ? { name: "England and Wales", membersName: "local authorities" } : forceArea;
  const memberKeys = new Set(members.map(key));
  // The districts each force's figures count: its own districts (every force's, for England and Wales).
  const countedBy = new Map(
    located.map((c) => [
      c,
      c === home ? memberKeys : national ? new Set([...c.byDistrict].filter(([d, n]) => memberOf(c, d, n, false)).map(([d]) => key(d))) : new Set<string>(),
    ]),
  );
  const countedNames = [...new Set(located.flatMap((c) => [...c.byDistrict.keys()].filter((d) => countedBy.get(c)?.has(key(d)))))].sort();
  const countedKeys = new Set(countedNames.map(key));

  // Comparators: --neighbours, else the built-in list, else the other districts of the force area.
  const builtIn = builtInNeighbours(focusLabel, estimate?.byKey.get(areaKey)?.code);
  // A district without an estimate is a listed gap, not a comparator.
  const chosen = options.neighbours ?? builtIn?.members ?? members.filter((d) => key(d) !== areaKey && estimates.some((e) => e.byKey.has(key(d)))).sort();
  const outside = chosen.filter((d) => !countedKeys.has(key(d)));
  if (outside.length > 0) {
    throw new ReportError(
      "invalid-argument",
      national
        ? `${listWords(outside.map((d) => `"${d}"`))} ${outside.length === 1 ? "is not a local authority" : "are not local authorities"} of the street files: expected names as the LSOA names spell them, e.g. ${listWords(countedNames.filter((d) => key(d) !== areaKey).slice(0, 3))}.`
        : `${listWords(outside.map((d) => `"${d}"`))} ${outside.length === 1 ? "is not a district" : "are not districts"} of the ${forceArea.name} in the street files: expected comparators among ${listWords(members.filter((d) => key(d) !== areaKey).sort())}.`,
      { neighbours: outside },
    );
  }
  const comparatorMembers = chosen.map((d) => countedNames.find((m) => key(m) === key(d)) ?? d);
  notes.push(
    options.neighbours !== undefined
      ? `The comparator group is the districts given with --neighbours: ${listWords(comparatorMembers)}.`
      : builtIn !== undefined
        ? `The comparator group is ${builtIn.explanation}: ${listWords(comparatorMembers)}.`
        : comparatorMembers.length === 0
          ? `There is no comparator group: ${focusLabel} is the only district of the ${forceArea.name}.`
          : `The comparator group is the other districts of the ${forceArea.name}: ${listWords(comparatorMembers)}.`,
  );

  // Counts of the member districts (strays in no area's figures), anti-social behaviour apart.
  const counts: CountRow[] = [];
  const asbCells = new Map<string, number>();
  const offencesSeen = new Set<string>();
  for (const c of located) {
    const areas = c.cube.labels.area ?? [];
    const months = c.cube.labels.month ?? [];
    const offences = c.cube.labels.offence ?? [];
    const sums = new Map<string, number>();
    areas.forEach((label, a) => {
      if (label === UNKNOWN_AREA) return;
      const d = districtOf(label);
      if (!(countedBy.get(c)?.has(key(d)) ?? false)) return;
      months.forEach((month, m) => {
        offences.forEach((offence, o) => {
          const n = cell(c.cube, a, m, o);
          if (offence === ASB_CRIME_TYPE) {
            const k = `${d}\u0000${month}`;
            asbCells.set(k, (asbCells.get(k) ?? 0) + n);
            return;
          }
          offencesSeen.add(offence);
          const k = `${d}\u0000${month}\u0000${offence}`;
          sums.set(k, (sums.get(k) ?? 0) + n);
        });
      });
    });
    for (const [k, count] of sums) {
      const [d = "", month = "", offence = ""] = k.split("\u0000");
      counts.push({ area: d, month: month as MonthKey, offence, count });
    }
  }
  const asbCounts: IncidentCount[] = [...asbCells]
    .filter(([, n]) => n > 0)
    .map(([k, count]) => {
      const [d = "", month = ""] = k.split("\u0000");
      return { measure: "asb", area: d, period: month, flags: [], count, unit: "incidents", source: ASB_STREET_SOURCE } as IncidentCount;
    })
    .sort((a, b) => (a.area < b.area ? -1 : a.area > b.area ? 1 : a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const unknownAsb = located.filter((c) => c === home).reduce((n, c) => n + unknownCount(c.cube, (o) => o === ASB_CRIME_TYPE), 0);

  // Populations by year on the districts of the counts (mapped names).
  const populations: PopulationEstimates[] = estimates.map((e) => {
    const record: Record<string, number> = {};
    for (const d of countedNames) {
      const p = e.byKey.get(key(d))?.population;
      if (p !== undefined) record[d] = p;
    }
    return { year: e.year, populations: record, source: `ONS mid-year estimates, mid-${e.year} (${e.file})` };
  });
  const withPopulation = new Set(populations.flatMap((p) => Object.keys(p.populations)));
  if (!withPopulation.has(focusLabel)) {
    throw new ReportError(
      "invalid-data",
      `No population estimate for ${focusLabel} in ${listWords(estimates.map((e) => e.file))}: expected a row named "${focusLabel}" among the local authorities (a district renamed or merged since the files were published needs the estimates of its year).`,
      { area: focusLabel },
    );
  }
  // The focus area's residents in the estimate used, else in the newest estimate that holds it (never another district's).
  const focusPopulation =
    estimate?.byKey.get(areaKey)?.population ?? [...populations].reverse().find((p) => p.populations[focusLabel] !== undefined)?.populations[focusLabel] ?? 0;

  // Notes: the force area, the rule, the strays, the mapping, single period, small population.
  const homeUnknown = unknownCount(home.cube, (o) => o !== ASB_CRIME_TYPE);
  notes.unshift(
    `Priorities: all offences and each data.police.uk crime category in the street files (anti-social behaviour is not recorded crime: it has its own section).`,
  );
  notes.push(
    `The ${forceArea.name} is the ${countText(members.length)} district${members.length === 1 ? "" : "s"} holding ${home.force}'s crimes (${listWords([...members].sort())}): a district is one of them when it holds at least ${MIN_SHARE * 100}% of the force's crimes with a location in the files read and at least ${MIN_RATE} of them a year per 1,000 residents.`,
  );
  if (strays.length > 0) {
    const n = strays.reduce((s, [, c]) => s + c, 0);
    const shown = strays.slice(0, 12).map(([d, c]) => `${d} ${countText(c)}`);
    notes.push(
      `${countText(n)} crime${n === 1 ? "" : "s"} recorded by ${home.force} in ${countText(strays.length)} other district${strays.length === 1 ? "" : "s"} (just over its border, or recorded where the victim lives) ${n === 1 ? "is" : "are"} not counted in any area's figures: ${shown.join(", ")}${strays.length > 12 ? ` and ${countText(strays.length - 12)} more` : ""}.`,
    );
  }
  if (homeUnknown > 0)
    notes.push(
      `${countText(homeUnknown)} crime${homeUnknown === 1 ? "" : "s"} of ${home.force} without a location (no LSOA) ${homeUnknown === 1 ? "is" : "are"} in no district's figures.`,
    );
  const otherForces = located.filter((c) => c !== home);
  if (national) {
    notes.push(
      `England and Wales is the ${countText(countedNames.length)} local authorities of the ${countText(located.length)} police force areas of the street files, each force area's districts found by the same rule; each district's figures are the crimes its own force recorded.`,
    );
  } else if (otherForces.length > 0) {
    notes.push(
      `The street files of ${countText(otherForces.length)} other force${otherForces.length === 1 ? "" : "s"} are read but not counted: ${focusLabel} is in the ${forceArea.name}.`,
    );
  }
  // The mapping of the districts counted, in one sentence per legal instrument.
  const applied = [...mapped.values()].filter(
    (c) =>
      countedKeys.has(key(c.newName)) &&
      located.some((l) => countedBy.get(l)?.has(key(c.newName)) && (l.cube.labels.area ?? []).some((a) => key(a) === key(c.oldName))),
  );
  for (const instrument of new Set(applied.map((c) => c.instrument))) {
    const olds = applied.filter((c) => c.instrument === instrument);
    const successors = [...new Set(olds.map((c) => c.newName))];
    const date = olds[0]?.date ?? "";
    const parts = successors.map((successor, i) => {
      const into = olds.filter((c) => c.newName === successor);
      const from = listWords(into.map((c) => `${c.oldName} (${c.oldCode})`));
      return i === 0
        ? `the crimes of ${from} are counted in ${successor} (${into[0]?.newCode ?? ""})`
        : `those of ${from} in ${successor} (${into[0]?.newCode ?? ""})`;
    });
    notes.push(
      `The street files name places by the districts before ${dayWords(date)}, but the population estimates used (mid-${used}) are on the councils created that day by ${instrument}, so ${parts.join(", and ")}.`,
    );
  }
  // The focus area's own mapping, said again at the front: a councillor must know what the name covers on page 1.
  const focusOlds = applied.some((c) => key(c.newName) === areaKey) ? districtChanges.filter((c) => key(c.newName) === areaKey) : [];
  const areaNote =
    focusOlds.length === 0
      ? null
      : `${focusLabel} here is the area of the former ${listWords(focusOlds.map((c) => c.oldName))} district${focusOlds.length === 1 ? "" : "s"} (${focusLabel} Council from ${dayWords(focusOlds[0]?.date ?? "")}): see Notes on method.`;
  if (single) {
    const why = `The street files hold ${countText(held)} month${held === 1 ? "" : "s"} up to ${monthWords(end)} (${monthSpanWords(firstMonth, end)}): with fewer than 24 there is no year earlier to compare with, so the assessment covers ${monthSpanWords(period.first, period.last)} and gives levels and comparisons between areas, not changes.`;
    warnings.push(why);
  }
  if (focusPopulation > 0 && focusPopulation < SMALL_POPULATION) {
    notes.push(
      `${focusLabel} has ${countText(focusPopulation)} residents (mid-${used}), far fewer than the people who work in or visit it: its rates per 1,000 residents overstate the risk to the people present, so read its rates with care.`,
    );
  }
  const missing: string[] = [];
  const unpopulated = missingPopulations(
    `Population file${estimates.length === 1 ? "" : "s"} ${estimates.map((e) => e.file).join(", ")}`,
    countedNames.filter((d) => !withPopulation.has(d)),
    benchmarkArea,
  );
  if (unpopulated !== null) missing.push(unpopulated);

  const offenceList = [...offencesSeen];
  const categories =
    options.strategy === undefined
      ? policeUkCategories.categories
          .filter((c) => c.name !== ASB_CRIME_TYPE && offencesSeen.has(c.name))
          .map((c) => ({ id: c.code, name: c.name, offences: [c.name] }))
      : strategyPriorities(options.strategy.strategy, offencesSeen, notes, localCoverage({ area: focusLabel, incidents: asbCounts }));
  const priorities: PriorityInput[] = [{ id: "all-offences", name: "All offences", offences: offenceList }, ...categories];
  if (options.strategy !== undefined) {
    const first = notes.findIndex((n) => n.startsWith("Priorities: "));
    notes[Math.max(first, 0)] =
      `Priorities: all offences and the indicators of ${options.strategy.strategy.title} (${options.strategy.file}) that data.police.uk crime categories measure, with their polarity (anti-social behaviour is not recorded crime: it has its own section).`;
  }
  const asbFiles = home.files.map((f) => baseName(f.name));
  return {
    counts,
    populations,
    priorities,
    notes,
    sources: [
      `${filesWords(home.files)} (data.police.uk street-level crimes${asbCounts.length === 0 ? "" : " and anti-social behaviour"} of ${home.force}, ${monthSpanWords(firstMonth, lastMonth)}, counted by the district of each LSOA name${unknownAsb === 0 ? "" : `; ${countText(unknownAsb)} anti-social behaviour row${unknownAsb === 1 ? "" : "s"} without a location in no district`})`,
      ...otherForces.map((c) => `${filesWords(c.files)} (data.police.uk street-level crimes of ${c.force}${national ? "" : ", read, not counted"})`),
      ...estimates.map((e) => `${e.file} (ONS mid-year population estimates by local authority, mid-${e.year})`),
    ],
    reconciliation: {
      ...inputReconciliation(
        cubes.map((c) => c.checked),
        missing,
      ),
      accounted: rowsAccounted(home, (label) => memberKeys.has(key(districtOf(label))), single ? null : end, forceArea.name),
    },
    benchmarkArea,
    comparatorGroup: {
      name: options.neighbours !== undefined ? "neighbours" : builtIn !== undefined ? builtIn.name : "neighbours in the force area",
      members: comparatorMembers,
    },
    change: single ? "none" : "year-earlier",
    period: single ? period : null,
    end,
    breaks: recordingBreaks.filter((b) => b.classification === undefined || b.classification === "police-uk"),
    asb: asbCounts.length === 0 ? null : { counts: asbCounts, withoutDistrict: unknownAsb, files: asbFiles },
    area: focusLabel,
    focusPopulation,
    warnings,
    areaNote,
  };
}

/**
 * Where every row of the home force's street files went, adding up to the rows counted: crimes in
 * the force area's districts, in other districts and without a location, anti-social behaviour in
 * the districts and elsewhere; with `end` (a two-period document), the crimes without a location in
 * each period, and a warning when they changed by more than 20%.
 */
function rowsAccounted(home: ForceCube, member: (label: string) => boolean, end: MonthKey | null, forceAreaName: string): string[] {
  const areas = home.cube.labels.area ?? [];
  const months = home.cube.labels.month ?? [];
  const offences = home.cube.labels.offence ?? [];
  const n = { members: 0, others: 0, unknown: 0, asbMembers: 0, asbElsewhere: 0 };
  const unknownBy = new Map<string, number>();
  areas.forEach((label, a) => {
    const where = label === UNKNOWN_AREA ? "unknown" : member(label) ? "members" : "others";
    for (let m = 0; m < months.length; m += 1)
      for (let i = 0; i < offences.length; i += 1) {
        const c = cell(home.cube, a, m, i);
        if (c === 0) continue;
        if (offences[i] === ASB_CRIME_TYPE) {
          if (where === "members") n.asbMembers += c;
          else n.asbElsewhere += c;
        } else {
          n[where] += c;
          if (where === "unknown") unknownBy.set(months[m] ?? "", (unknownBy.get(months[m] ?? "") ?? 0) + c);
        }
      }
  });
  const total = n.members + n.others + n.unknown + n.asbMembers + n.asbElsewhere;
  const parts: [number, string][] = [
    [n.members, `crimes in the districts of the ${forceAreaName}: in the figures`],
    [n.others, "crimes in other districts: left out (see Notes on method)"],
    [n.unknown, "crimes without a location: left out"],
    [n.asbMembers, "anti-social behaviour incidents in the districts of the force area: in their own section"],
    [n.asbElsewhere, "anti-social behaviour incidents in other districts or without a location: left out"],
  ];
  const out = [
    ...parts.filter(([k], i) => i === 0 || k > 0).map(([k, what]) => `${countText(k)} ${what}.`),
    `Total: ${countText(total)} rows, every row counted from ${home.force}'s street files (${monthSpanWords(months[0] as MonthKey, months.at(-1) as MonthKey)}).`,
  ];
  if (end !== null) {
    const sum = (from: number, to: number): number => {
      let k = 0;
      for (let m = from; m <= to; m += 1) k += unknownBy.get(monthKeyFromIndex(m)) ?? 0;
      return k;
    };
    const e = monthIndex(end);
    const previous = sum(e - 23, e - 12);
    const current = sum(e - 11, e);
    const words = `Crimes without a location: ${countText(previous)} in the 12 months to ${monthWords(monthKeyFromIndex(e - 12))} and ${countText(current)} in the 12 months to ${monthWords(end)}`;
    const change = previous > 0 ? (current - previous) / previous : null;
    out.push(
      change !== null && Math.abs(change) > 0.2
        ? `${words} (${change > 0 ? "+" : ""}${formatNumber(change * 100, 0)}%): more than a fifth ${change > 0 ? "more" : "fewer"}, so part of a change in a district's count may be a change in how many crimes were given a location.`
        : `${words}.`,
    );
  }
  return out;
}

/** The crimes of a cube without a location (the {@link UNKNOWN_AREA} row) whose category passes `which`. */
function unknownCount(cube: CountCube, which: (offence: string) => boolean): number {
  const a = (cube.labels.area ?? []).indexOf(UNKNOWN_AREA);
  if (a < 0) return 0;
  let n = 0;
  const offences = cube.labels.offence ?? [];
  for (let m = 0; m < (cube.labels.month ?? []).length; m += 1)
    for (let i = 0; i < offences.length; i += 1) if (which(offences[i] ?? "")) n += cell(cube, a, m, i);
  return n;
}

/** Districts in a sentence: "Eastam, Northam and Southam", or, when a name holds "and", "Cumberland; Westmorland and Furness" (so each name reads whole). */
function districtList(districts: readonly string[]): string {
  return districts.some((d) => / and /.test(d)) ? districts.join("; ") : listWords(districts);
}

/** "1 April 2023" from "2023-04-01". */
function dayWords(date: string): string {
  const [y, m, d] = date.split("-");
  return `${Number(d)} ${monthWords(`${y}-${m}` as MonthKey).replace(/ \d{4}$/, "")} ${y}`;
}

/**
 * A strategy's indicators that select data.police.uk categories (`{ taxonomy: "police-uk", codes }`)
 * as priorities with their polarity; the others are listed in the notes as not assessed, or as
 * assessed by a local section (anti-social behaviour), as for the MPS categories.
 */
function strategyPriorities(
  strategy: Strategy,
  offences: ReadonlySet<string>,
  notes: string[],
  covered: (indicator: Strategy["priorities"][number]["indicators"][number]) => string | null,
): PriorityInput[] {
  const out: PriorityInput[] = [];
  for (const priority of strategy.priorities) {
    for (const indicator of priority.indicators) {
      const selection = indicator.numerator.offences;
      const codes = selection.taxonomy === "police-uk" ? (selection.codes ?? []) : [];
      const names = policeUkCategories.categories.filter((c) => codes.includes(c.code) && c.name !== ASB_CRIME_TYPE && offences.has(c.name)).map((c) => c.name);
      if (names.length === 0) {
        const section = covered(indicator);
        notes.push(
          section !== null
            ? `${strategy.title}, ${priority.title}: "${indicator.name}" is assessed from the anti-social behaviour of the street files (section ${section}).`
            : `${strategy.title}, ${priority.title}: "${indicator.name}" is not assessed here (${codes.length === 0 ? "it does not select data.police.uk crime categories" : "the street files hold none of its categories"}).`,
        );
        continue;
      }
      out.push({ id: indicator.id, name: indicator.name, offences: names, polarity: indicator.polarity });
    }
  }
  return out;
}
