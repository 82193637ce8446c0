import { monthIndex, rollingYear, type MonthKey } from "@crimestats/periods";
import { neumaierSum } from "@crimestats/internal";
import {
  countCube,
  cubeSeries,
  joinReleases,
  PoliceDataError,
  readLsoaPopulation,
  readMidYearEstimates,
  readMpsWide,
  type CountCube,
  type MpsCount,
  type ReaderStats,
  type StreetCrime,
} from "@crimestats/police-data";
import type { CountRow, IncidentCount, Strategy } from "@crimestats/schema";
import { findCategory, metropolitanPoliceCategories } from "@crimestats/taxonomy";
import type { Boundaries } from "@crimestats/charts";
import { ReportError } from "../../ReportError.js";
import type { PriorityInput } from "../../strategicAssessment.js";
import type { InputReconciliation, PopulationEstimates, ReleaseReconciliation } from "../../types.js";
import { fileReconciliation, inputReconciliation, missingAreas, missingMonths, missingPopulations } from "../inputCheck.js";
import { localCoverage, majorCategoryPriorities, strategyPriorities } from "../priorities.js";
import type { LocalMeasuresInput } from "../../localTypes.js";
import { capitalise, countText, labelWords, monthSpanWords, signedCount } from "../sections/words.js";
import { readBoundaryLayers, type LayerKeys } from "./boundaryFiles.js";
import type { AssessInputFiles, PopulationFile } from "./classifyFiles.js";
import { readStreetFiles } from "./streetFiles.js";
import { fileBytes, fileStream } from "./fileText.js";

/** One release joined into the counts (as the reconciliation shows it), with what the notes say more of it. */
interface ReleaseUsed extends ReleaseReconciliation {
  /** Offence categories only one of the two releases holds (after names were made the same): a sign that the newer one restates categories. */
  readonly categoriesNotShared: readonly string[];
  /** All offences over the months both releases hold, in this release and in the newer one (every category and area), or `null` when none replaced it. */
  readonly sharedTotals: { readonly first: MonthKey; readonly last: MonthKey; readonly previous: number; readonly current: number } | null;
  /** The newer release's counts minus this one's in the cells both hold (a category one of them restates is left out, so this can be far from `totalChange`). */
  readonly cellsChange: number;
}

/** The sum of all counts of a cube over the months `first`..`last` (every area and offence). */
function totalOver(cube: CountCube, first: MonthKey, last: MonthKey): number {
  const series = cubeSeries(cube);
  const from = monthIndex(first) - monthIndex(series.start);
  const to = monthIndex(last) - monthIndex(series.start);
  return neumaierSum(series.values.subarray(Math.max(0, from), Math.max(0, to + 1)));
}

/** What `assess` computes from. */
export interface AssessData {
  /** Every release joined (newest wins), offence labels made the same with the MPS taxonomy. */
  readonly counts: CountCube;
  /** Estimates by year (mid-year estimates, or LSOA files whose names give the year), or one estimate for both periods. */
  readonly populations: readonly PopulationEstimates[] | Readonly<Record<string, number>>;
  /** The releases joined, oldest first. */
  readonly releases: readonly ReleaseUsed[];
  readonly priorities: readonly PriorityInput[];
  readonly wards: { readonly counts: readonly CountRow[] } | null;
  readonly sources: readonly string[];
  readonly notes: readonly string[];
  /** How every row and cell of the files was accounted for, and what the data lack. */
  readonly reconciliation: InputReconciliation;
  /** Boundaries told apart from the boundary files: of the areas of the counts, and of the wards of the ward file. */
  readonly boundaries: { readonly areas?: Boundaries; readonly wards?: Boundaries };
  /** The focus area's street-level crimes (by the LSOA name's district), or `null` when no street-level file was read (none given or found, or none of the current period). */
  readonly streetCrimes: readonly StreetCrime[] | null;
  /** Sentences on input that is not used (a boundary file matching neither layer, or the weaker of two); printed as warnings, not part of the reconciliation. */
  readonly warnings: readonly string[];
  /**
   * Anti-social behaviour of the street-level files read: incidents by district and month (every
   * district), the rows without a district (no location, in no count) and the files that held
   * any; `null` when no street-level file held an anti-social behaviour row.
   */
  readonly asb: { readonly counts: readonly IncidentCount[]; readonly withoutDistrict: number; readonly files: readonly string[] } | null;
}

/** Areas of the population files that the Metropolitan Police does not cover (the City of London has its own force). */
const notPolicedByMps = new Set(["City of London"]);

/** Rows of the MPS borough tables that are not boroughs, so have no resident population. */
const notBoroughs = new Set(["Unknown", "London Heathrow and London City Airports"]);

/** Months with an accepted cell, per area. */
type Coverage = Map<string, Set<string>>;

function cover(coverage: Coverage, area: string, month: string): void {
  let months = coverage.get(area);
  if (months === undefined) {
    months = new Set();
    coverage.set(area, months);
  }
  months.add(month);
}

/** The priorities `--framework` chose: the MPS major categories, or a partnership's strategy read from a file. */
/** The priorities `--framework` chose: `file` is the name of the strategy file. */
export type Framework = { readonly kind: "mps-major" } | { readonly kind: "strategy"; readonly strategy: Strategy; readonly file: string };

/**
 * The category name of an MPS MinorText label in the `metropolitanPoliceCategories` taxonomy
 * ("Burglary in a dwelling" → "BURGLARY IN A DWELLING"), so releases that spell a category
 * differently join on one name; a label the taxonomy does not know is kept as it is.
 */
function canonicalOffence(label: string): string {
  try {
    return findCategory(metropolitanPoliceCategories, label, { level: 2 }).name;
  } catch {
    return label;
  }
}

/**
 * One borough release as a cube (area × month × MinorText) with readMpsWide and countCube of
 * @crimestats/police-data, with the reader's statistics (cells rejected) and the months each
 * area has counts for.
 */
async function readBorough(file: File): Promise<{ cube: CountCube; vintage: string; first: MonthKey; last: MonthKey; stats: ReaderStats; coverage: Coverage }> {
  const reader = readMpsWide({ name: file.name, data: fileStream(file, "borough file", file.name) }, { offence: "minor" });
  const coverage: Coverage = new Map();
  async function* records(): AsyncGenerator<MpsCount> {
    for await (const r of reader) {
      cover(coverage, r.area, r.month);
      yield r;
    }
  }
  const { cube } = await countCube(records(), { by: ["area", "month", "offence"], area: "area" });
  const months = (cube.labels.month ?? []) as MonthKey[];
  const first = months[0];
  const last = months.at(-1);
  if (cube.total === 0 || first === undefined || last === undefined)
    throw new ReportError("invalid-data", `"${file.name}" holds no counts: expected MPS borough rows.`, { file: file.name });
  const vintage = cube.vintage ?? `${first}_${last}`;
  // The release's own months are those of its header (readMpsWide's vintage label), even where every cell of a month was rejected.
  const header = /^(\d{4}-\d{2})_(\d{4}-\d{2})$/.exec(vintage);
  return {
    cube,
    vintage,
    first: (header?.[1] as MonthKey | undefined) ?? first,
    last: (header?.[2] as MonthKey | undefined) ?? last,
    stats: reader.stats,
    coverage,
  };
}

/** The focus borough's wards (by ward name) from an MPS ward file, with readMpsWide, the reader's statistics and the months each of those wards has counts for. */
async function readWards(
  file: File,
  borough: string,
): Promise<{
  rows: CountRow[];
  offences: Set<string>;
  first: string;
  last: string;
  stats: ReaderStats;
  coverage: Coverage;
  wardCodes: Set<string>;
  wardNames: Set<string>;
}> {
  const rows: CountRow[] = [];
  const offences = new Set<string>();
  // Every ward of the file (of every borough), to recognise a file of ward boundaries.
  const wardCodes = new Set<string>();
  const wardNames = new Set<string>();
  let first: MonthKey | "" = "";
  let last: MonthKey | "" = "";
  const coverage: Coverage = new Map();
  const reader = readMpsWide({ name: file.name, data: fileStream(file, "ward file", file.name) }, { offence: "minor" });
  for await (const r of reader) {
    const offence = canonicalOffence(r.minor);
    offences.add(offence);
    // readMpsWide accepts only "YYYY-MM" month columns.
    const month = r.month as MonthKey;
    if (first === "" || month < first) first = month;
    if (month > last) last = month;
    if (r.ward !== null) wardCodes.add(r.ward);
    if (r.wardName !== null) wardNames.add(r.wardName.trim());
    if (r.borough !== borough) continue;
    const ward = (r.wardName ?? r.area).trim();
    cover(coverage, ward, month);
    rows.push({ area: ward, month, offence, count: r.count });
  }
  return { rows, offences, first, last, stats: reader.stats, coverage, wardCodes, wardNames };
}

/** A file whose name says its figures are invented (the demonstration data's files). */
const SYNTHETIC_NAME = /SYNTHETIC/;

/** The ONS code of the London region in the mid-year estimates. */
const LONDON_REGION = "E12000007";

/**
 * Population estimates by year: every mid-year estimates file (readMidYearEstimates of
 * @crimestats/police-data; the London boroughs, E09 codes, and any row named like an area of the
 * counts, ignoring case), or LSOA files summed
 * to boroughs (readLsoaPopulation) with the year of their name ("london-mid2020-pop.csv"). One
 * LSOA file without a year in its name gives one estimate for both periods, as before.
 */
async function readPopulations(
  files: readonly PopulationFile[],
  areas: readonly string[],
  notes: string[],
  synthetic: boolean,
): Promise<{
  populations: readonly PopulationEstimates[] | Record<string, number>;
  stats: { file: string; stats: ReaderStats }[];
  named: Set<string>;
  codes: Set<string>;
}> {
  const byName = new Map(areas.map((a) => [a.toLowerCase(), a]));
  const estimates: PopulationEstimates[] = [];
  const stats: { file: string; stats: ReaderStats }[] = [];
  const named = new Set<string>();
  // The ONS codes of the areas read (e.g. E09000015), to recognise a file of their boundaries by code.
  const codes = new Set<string>();
  const londonRows: { year: number; file: string; london: number; boroughs: number; count: number }[] = [];
  for (const file of files) {
    const name = file.file.name;
    if (file.kind === "mid-year-estimates") {
      const read = await readMidYearEstimates(await (file.bytes?.() ?? fileBytes(file.file, "population file", name)), { fileName: name }).catch(
        (error: unknown) => {
          // A CSV has no title: without "mye24…" or "…mid2024…" in its name the year is unknown.
          if (error instanceof PoliceDataError && error.code === "invalid-data" && /the year of the estimates/.test(error.message)) {
            throw new ReportError(
              "invalid-data",
              `The population file "${name}" does not say clearly which mid-year it estimates: expected the year in its title or in its name, e.g. "mye24tablesew.csv" or "population-mid2024.csv".`,
              { file: name },
            );
          }
          throw error;
        },
      );
      stats.push({ file: name, stats: read.stats });
      const populations: Record<string, number> = {};
      let london: number | null = null;
      for (const row of read.rows) {
        if (row.code === LONDON_REGION) london = row.population;
        // London boroughs (ONS codes E09…) whether or not the counts hold them, so a borough missing from the counts is named.
        const area = byName.get(row.name.trim().toLowerCase()) ?? (row.code.startsWith("E09") ? row.name.trim() : undefined);
        if (area !== undefined && !notPolicedByMps.has(area)) {
          populations[area] = row.population;
          codes.add(row.code);
        }
      }
      for (const a of Object.keys(populations)) named.add(a);
      if (london !== null)
        londonRows.push({
          year: read.year,
          file: name,
          london,
          boroughs: Object.values(populations).reduce((n, p) => n + p, 0),
          count: Object.keys(populations).length,
        });
      // Invented figures in the ONS layout (the demonstration's, or a file named SYNTHETIC) are never called ONS estimates.
      const publisher = synthetic || SYNTHETIC_NAME.test(name) ? "SYNTHETIC mid-year estimates invented for the demonstration" : "ONS mid-year estimates";
      estimates.push({ year: read.year, populations, source: `${publisher}, mid-${read.year} (${name})` });
    } else {
      const read = await readLsoaPopulation({ name, data: fileStream(file.file, "population file", name) });
      stats.push({ file: name, stats: read.stats });
      const populations = Object.fromEntries([...read.districtPopulation].filter(([a]) => !notPolicedByMps.has(a)));
      for (const a of Object.keys(populations)) named.add(a);
      const year = /mid-?(\d{4})/i.exec(name)?.[1];
      if (year === undefined) {
        if (files.length === 1) return { populations, stats, named, codes };
        throw new ReportError(
          "invalid-argument",
          `The population file "${name}" does not say its year: expected a name with the mid-year, such as "london-mid2020-pop.csv", when several population files are given.`,
          { file: name },
        );
      }
      estimates.push({ year: Number(year), populations, source: `ONS LSOA mid-year estimates, mid-${year}, summed to boroughs (${name})` });
    }
  }
  const newestLondon = londonRows.sort((a, b) => a.year - b.year).at(-1);
  if (newestLondon !== undefined) {
    notes.push(
      `London's population is the sum of its boroughs' estimates (mid-${newestLondon.year}: ${countText(newestLondon.boroughs)} in ${newestLondon.count} boroughs), not the ${synthetic || SYNTHETIC_NAME.test(newestLondon.file) ? "file's" : "ONS"} figure for the London region (${LONDON_REGION}, mid-${newestLondon.year}: ${countText(newestLondon.london)}), which also counts the City of London: it has its own police force, so its offences are not in the Metropolitan Police counts.`,
    );
  }
  const years = new Map<number, string>();
  for (const e of estimates) {
    const other = years.get(e.year);
    if (other !== undefined) {
      throw new ReportError(
        "invalid-argument",
        `Two population files give mid-${e.year} estimates (${other}; ${e.source}): expected one file per year (choose with --population-file).`,
        {
          year: e.year,
        },
      );
    }
    years.set(e.year, e.source ?? `mid-${e.year}`);
  }
  return { populations: estimates.sort((a, b) => a.year - b.year), stats, named, codes };
}

/** The benchmark area of the MPS borough files: London, its members the boroughs. */
export const mpsBenchmarkArea = { name: "London", membersName: "London boroughs" } as const;

/**
 * Reads every borough release (joined with joinReleases of @crimestats/police-data, the newest
 * release winning each month), the ward file and the population files (police-data's readers)
 * into what `assess` needs.
 */
export async function loadAssessData(
  files: AssessInputFiles,
  area: string,
  step: (text: string) => void,
  framework: Framework = { kind: "mps-major" },
  options: {
    readonly to?: string;
    readonly boundariesGiven?: boolean;
    /** How an error names a boundary file the user gave (default its name). */
    readonly label?: (file: File) => string;
    /** Told of each file of `files` that is not read after all (a boundary file matching no layer, a street file of another month), with the reason. */
    readonly notUsed?: (file: File, reason: string) => void;
    /** The partnership's own rows (`--local`): a strategy indicator they measure is said to be assessed from them, not "not assessed". */
    readonly local?: Pick<LocalMeasuresInput, "incidents" | "youthJustice">;
  } = {},
): Promise<AssessData> {
  const releases: (Awaited<ReturnType<typeof readBorough>> & { file: File })[] = [];
  for (const file of files.boroughs) {
    step(`Reading ${file.name}...`);
    releases.push({ ...(await readBorough(file)), file });
  }
  const joined = joinReleases(
    releases.map((r) => r.cube),
    { offence: canonicalOffence },
  );
  const counts = joined.cube;
  const areas = counts.labels.area ?? [];
  const notes: string[] = [];
  const populationNotes: string[] = [];
  step(`Reading ${files.populations.map((f) => f.file.name).join(", ")}...`);
  const population = await readPopulations(files.populations, areas, populationNotes, files.synthetic);
  const checked = [
    ...releases.map((r) => fileReconciliation("borough counts", "month cells", r.stats, r.file.name)),
    ...population.stats.map((p) => fileReconciliation("population", "rows", p.stats, p.file)),
  ];
  const missing: string[] = [];
  const present = new Set(releases.flatMap((r) => [...r.coverage.keys()]));
  const newest = Array.isArray(population.populations) ? (population.populations.at(-1)?.populations ?? {}) : population.populations;
  const expected = Object.keys(newest).filter((a) => (newest[a] ?? 0) > 0 && !notPolicedByMps.has(a));
  const boroughNames = releases.map((r) => r.file.name).join(", ");
  const absent = missingAreas(`Borough file${releases.length === 1 ? "" : "s"} ${boroughNames}`, expected, present, mpsBenchmarkArea);
  if (absent !== null) missing.push(absent);
  for (const r of releases) missing.push(...missingMonths(`Borough file ${r.file.name}`, r.coverage, r.first, r.last));
  const unpopulated = missingPopulations(
    `Population file${files.populations.length === 1 ? "" : "s"} ${files.populations.map((f) => f.file.name).join(", ")}`,
    [...present].filter((a) => !notBoroughs.has(a) && !population.named.has(a)),
    mpsBenchmarkArea,
  );
  if (unpopulated !== null) missing.push(unpopulated);
  let wards: AssessData["wards"] = null;
  const offences = [...(counts.labels.offence ?? [])];
  const allOffences = new Set(offences);
  let wardSpan = "";
  let wardKeys: LayerKeys | null = null;
  if (files.ward !== null) {
    step(`Reading ${files.ward.name}...`);
    // Categories are named differently between releases: the ward file's names join the
    // priorities too (through the taxonomy), so ward and borough figures group the same offences.
    const read = await readWards(files.ward, area);
    for (const o of read.offences) allOffences.add(o);
    wards = { counts: read.rows };
    wardSpan = `${read.first}_${read.last}`;
    wardKeys = { codes: read.wardCodes, names: read.wardNames };
    checked.push(fileReconciliation("ward counts", "month cells", read.stats));
    missing.push(...missingMonths(`Ward file ${files.ward.name}`, read.coverage, read.first, read.last));
  }
  const warnings: string[] = [];
  const layers = await readBoundaryLayers(
    files.boundaries,
    { areas: { codes: population.codes, names: areas }, wards: wardKeys },
    { given: options.boundariesGiven === true, step, areasName: mpsBenchmarkArea.membersName, label: options.label, notUsed: options.notUsed },
  );
  warnings.push(...layers.warnings);
  // Street-level files of months outside the current period and the year before are not read (the maps draw the current period; anti-social behaviour needs both).
  const months = (counts.labels.month ?? []) as MonthKey[];
  const end = options.to ?? months.at(-1);
  // An area the counts do not hold, or an end month outside them, is refused by the assessment
  // with what the data do hold: no street-level crime is looked for then. A file holding none of
  // the focus area's crimes is said by the progress line ("Kept 0 …") and the document's notes.
  const readable = areas.includes(area) && end !== undefined && months.includes(end as MonthKey);
  const street = files.streets.length === 0 || !readable || end === undefined ? null : await readStreetFiles(files.streets, area, rollingYear(end), step);
  if (street !== null) checked.push(...street.checked);
  if (street?.skippedBecause != null) for (const f of street.skipped) options.notUsed?.(f, street.skippedBecause);
  const newestRelease = releases.reduce<(typeof releases)[number] | undefined>((best, r) => (best === undefined || r.last >= best.last ? r : best), undefined);
  if (wards !== null && newestRelease !== undefined && wardSpan !== newestRelease.vintage) {
    notes.push(
      `The ward counts come from a different release (${releaseWords(wardSpan)}) than the newest borough counts (${releaseWords(newestRelease.vintage)}); releases revise earlier months, so ward totals need not match the borough figures.`,
    );
  }
  const minors = [...allOffences];
  // Anti-social behaviour of the street-level files counts as local data too.
  const covered = localCoverage({
    area,
    incidents: [...(options.local?.incidents ?? []), ...(street?.asb ?? [])],
    ...(options.local?.youthJustice === undefined ? {} : { youthJustice: options.local.youthJustice }),
  });
  const chosen =
    framework.kind === "mps-major" ? majorCategoryPriorities(minors) : strategyPriorities(framework.strategy, minors, new Set(offences), notes, covered);
  notes.unshift(
    framework.kind === "mps-major"
      ? "Priorities: all offences and the Metropolitan Police major categories."
      : `Priorities: all offences and the indicators of ${framework.strategy.title} (${framework.file}) that MPS recorded-crime categories measure, with their polarity.`,
  );
  const used: ReleaseUsed[] = releases.map((r) => {
    const revision = joined.revisions.find((v) => v.vintages[0] === r.vintage);
    const newer = releases.find((n) => n.vintage === revision?.vintages[1]);
    const sharedTotals =
      revision?.months == null || newer === undefined
        ? null
        : {
            ...revision.months,
            previous: totalOver(r.cube, revision.months.first, revision.months.last),
            current: totalOver(newer.cube, revision.months.first, revision.months.last),
          };
    const cellsChange = revision === undefined ? 0 : revision.totalCurrent - revision.totalPrevious;
    return {
      file: r.file.name,
      vintage: r.vintage,
      first: r.first,
      last: r.last,
      used: joined.sources.filter((s) => s.vintage === r.vintage).map((s) => ({ first: s.first, last: s.last })),
      revisedBy: revision?.vintages[1] ?? null,
      cellsCompared: revision?.cellsCompared ?? 0,
      cellsRevised: revision?.cellsRevised ?? 0,
      // Over every category of the months both hold: a category one release restates moves between cells, not out of the total.
      totalChange: sharedTotals === null ? cellsChange : sharedTotals.current - sharedTotals.previous,
      cellsChange,
      categoriesNotShared: revision === undefined ? [] : [...(revision.onlyPrevious.offence ?? []), ...(revision.onlyCurrent.offence ?? [])],
      sharedTotals,
    };
  });
  if (used.length > 1) notes.push(...releaseNotes(used));
  for (const m of joined.mapped)
    if (m.from !== m.to)
      notes.push(`In ${releaseWords(m.vintage, used)}, the category "${m.from}" is counted as "${m.to}" (the same Metropolitan Police category).`);
  notes.push(...populationNotes);
  const label = files.synthetic ? "SYNTHETIC demonstration data invented by a seeded generator (not real figures): " : "";
  return {
    counts,
    populations: population.populations,
    releases: used,
    priorities: [{ id: "all-offences", name: "All offences", offences: minors }, ...chosen],
    notes,
    wards,
    // The releases joined, for the reconciliation's table of releases (the notes say more of each).
    reconciliation: {
      ...inputReconciliation(checked, missing),
      releases: used.map(({ categoriesNotShared: _, sharedTotals: __, cellsChange: ___, ...release }) => release),
    },
    sources: [
      ...releases.map((r) => `${label}${r.file.name} (recorded crime by borough, category and month, ${monthSpanWords(r.first, r.last)})`),
      ...files.populations.map((f) =>
        f.kind === "mid-year-estimates"
          ? `${label}${f.file.name} (${files.synthetic || SYNTHETIC_NAME.test(f.file.name) ? "invented population estimates by local authority, laid out like the ONS tables" : "ONS mid-year population estimates by local authority"})`
          : `${label}${f.file.name} (resident population by LSOA, summed to boroughs)`,
      ),
      ...(files.ward === null ? [] : [`${label}${files.ward.name} (recorded crime by ward)`]),
      ...(layers.areas === null
        ? []
        : [`${label}${layers.areas.file} (${files.synthetic ? "invented hexagons as " : ""}boundaries of the ${mpsBenchmarkArea.membersName}, for the map)`]),
      ...(layers.wards === null ? [] : [`${label}${layers.wards.file} (${files.synthetic ? "invented hexagons as " : ""}ward boundaries, for the ward maps)`]),
      ...(street === null || street.contributing.length === 0 ? [] : [`${label}${streetSources(street.contributing)}`]),
    ],
    boundaries: {
      ...(layers.areas === null ? {} : { areas: layers.areas.boundaries }),
      ...(layers.wards === null ? {} : { wards: layers.wards.boundaries }),
    },
    // No street-level file read (none given, or none of the current period): no hotspot input at all.
    streetCrimes: street === null || street.used.length === 0 ? null : street.crimes,
    warnings,
    asb: street === null || street.asbFiles.length === 0 ? null : { counts: street.asb, withoutDistrict: street.asbWithoutDistrict, files: street.asbFiles },
  };
}

/** The street-level files that gave the focus area's points, as the sources list names them: one file, or the first and last of several. */
function streetSources(used: readonly File[]): string {
  const names = used.map((f) => f.name).sort();
  const files = names.length === 1 ? names[0] : `${names.length} files, ${names[0]} to ${names.at(-1)}`;
  return `${files} (data.police.uk street-level crimes, for the hotspot maps)`;
}

/** One sentence per release joined: the months taken from it, and how the release that replaced it revised the months both hold. */
function releaseNotes(releases: readonly ReleaseUsed[]): string[] {
  return releases.map((r) => {
    const runs = r.used.map((u) => monthSpanWords(u.first, u.last));
    const taken = runs.length === 0 ? "no month is taken from it (a newer release holds all its months)" : `the counts for ${runs.join(" and ")} come from it`;
    const totals =
      r.sharedTotals === null
        ? ""
        : ` Over all categories, ${monthSpanWords(r.sharedTotals.first, r.sharedTotals.last)} count ${countText(r.sharedTotals.previous)} offences in this release and ${countText(r.sharedTotals.current)} in ${releaseWords(r.revisedBy ?? "", releases)} (${signedCount(r.sharedTotals.current - r.sharedTotals.previous)}).`;
    const revised =
      r.revisedBy === null
        ? ""
        : ` ${capitalise(releaseWords(r.revisedBy, releases))} revised ${countText(r.cellsRevised)} of the ${countText(r.cellsCompared)} cells both hold (${signedCount(r.cellsChange)} offences in those cells)${
            r.categoriesNotShared.length === 0
              ? "."
              : `; the two do not share every category (${r.categoriesNotShared.map(labelWords).join(", ")} in only one of them), so part of that change may be categories counted differently rather than late recording.`
          }${totals}`;
    return `The release covering ${monthSpanWords(r.first, r.last)} (${r.file}): ${taken}.${revised}`;
  });
}

/**
 * A release in words by its months, never its id: "the release covering March 2023 to February
 * 2025" (with its file when one of `releases` has that id), e.g. for "2023-03_2025-02".
 */
function releaseWords(vintage: string, releases: readonly ReleaseUsed[] = []): string {
  const known = releases.find((r) => r.vintage === vintage);
  if (known !== undefined) return `the release covering ${monthSpanWords(known.first, known.last)} (${known.file})`;
  const span = /^(\d{4}-\d{2})_(\d{4}-\d{2})$/.exec(vintage);
  return span === null ? `the release "${vintage}"` : `the release covering ${monthSpanWords(span[1] as MonthKey, span[2] as MonthKey)}`;
}
