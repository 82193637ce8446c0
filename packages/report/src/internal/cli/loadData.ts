import type { MonthKey } from "@crimestats/periods";
import { countCube, readLsoaPopulation, readMpsWide, type CountCube, type MpsCount, type ReaderStats } from "@crimestats/police-data/node";
import type { Strategy } from "@crimestats/schema";
import { majorCategoryPriorities, strategyPriorities } from "../priorities.js";
import { basename } from "node:path";
import type { CountRow } from "@crimestats/schema";
import { ReportError } from "../../ReportError.js";
import type { PriorityInput } from "../../strategicAssessment.js";
import type { InputReconciliation } from "../../types.js";
import { fileReconciliation, inputReconciliation, missingAreas, missingMonths, missingPopulations } from "../inputCheck.js";
import type { AssessFiles } from "./findFiles.js";

/** What `assess` computes from. */
export interface AssessData {
  readonly counts: CountCube;
  readonly populations: Readonly<Record<string, number>>;
  readonly priorities: readonly PriorityInput[];
  readonly wards: { readonly counts: readonly CountRow[] } | null;
  readonly sources: readonly string[];
  readonly notes: readonly string[];
  /** How every row and cell of the files was accounted for, and what the data lack. */
  readonly reconciliation: InputReconciliation;
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

/** The first and last month of a release from its vintage label ("2024-01_2025-12", the month columns of its header). */
function span(vintage: string, fallback: { first: string; last: string }): { first: string; last: string } {
  const m = /^(\d{4}-\d{2})_(\d{4}-\d{2})$/.exec(vintage);
  return m === null ? fallback : { first: m[1] ?? fallback.first, last: m[2] ?? fallback.last };
}

/** The priorities `--framework` chose: the MPS major categories, or a partnership's strategy read from a file. */
export type Framework = { readonly kind: "mps-major" } | { readonly kind: "strategy"; readonly strategy: Strategy; readonly file: string };

/**
 * The borough file as a cube (area × month × MinorText) with readMpsWide and countCube of
 * @crimestats/police-data, with the reader's statistics (cells rejected) and the months each
 * area has counts for.
 */
async function readBorough(
  file: string,
  minors: Set<string>,
): Promise<{ cube: CountCube; first: string; last: string; stats: ReaderStats; coverage: Coverage }> {
  const reader = readMpsWide(file, { offence: "minor" });
  const coverage: Coverage = new Map();
  let vintage = "";
  async function* records(): AsyncGenerator<MpsCount> {
    for await (const r of reader) {
      minors.add(r.minor);
      cover(coverage, r.area, r.month);
      vintage = r.vintage;
      yield r;
    }
  }
  const { cube } = await countCube(records(), { by: ["area", "month", "offence"], area: "area" });
  const months = cube.labels.month ?? [];
  if (cube.total === 0 || months.length === 0)
    throw new ReportError("invalid-data", `"${basename(file)}" holds no counts: expected MPS borough rows.`, { file });
  return { cube, ...span(vintage, { first: months[0] ?? "", last: months.at(-1) ?? "" }), stats: reader.stats, coverage };
}

/** The focus borough's wards (by ward name) from an MPS ward file, with readMpsWide, the reader's statistics and the months each of those wards has counts for. */
async function readWards(
  file: string,
  borough: string,
  minors: Set<string>,
): Promise<{ rows: CountRow[]; first: string; last: string; stats: ReaderStats; coverage: Coverage }> {
  const rows: CountRow[] = [];
  let first: MonthKey | "" = "";
  let last: MonthKey | "" = "";
  let vintage = "";
  const coverage: Coverage = new Map();
  const reader = readMpsWide(file, { offence: "minor" });
  for await (const r of reader) {
    minors.add(r.minor);
    vintage = r.vintage;
    // readMpsWide accepts only "YYYY-MM" month columns.
    const month = r.month as MonthKey;
    if (first === "" || month < first) first = month;
    if (month > last) last = month;
    if (r.borough !== borough) continue;
    const ward = (r.wardName ?? r.area).trim();
    cover(coverage, ward, month);
    rows.push({ area: ward, month, offence: r.minor, count: r.count });
  }
  return { rows, ...span(vintage, { first, last }), stats: reader.stats, coverage };
}

/** Borough populations from an ONS LSOA file (readLsoaPopulation of @crimestats/police-data), with the reader's statistics. */
async function readPopulation(file: string): Promise<{ populations: Record<string, number>; stats: ReaderStats }> {
  const population = await readLsoaPopulation(file);
  return { populations: Object.fromEntries(population.districtPopulation), stats: population.stats };
}

/** The benchmark area of the MPS borough files: London, its members the boroughs. */
export const mpsBenchmarkArea = { name: "London", membersName: "London boroughs" } as const;

/** Reads the borough, ward and population files (police-data's CSV tokenizer) into what `assess` needs. */
export async function loadAssessData(
  files: AssessFiles,
  area: string,
  step: (text: string) => void,
  framework: Framework = { kind: "mps-major" },
): Promise<AssessData> {
  step(`Reading ${basename(files.borough)}...`);
  const boroughMinors = new Set<string>();
  const borough = await readBorough(files.borough, boroughMinors);
  step(`Reading ${basename(files.population)}...`);
  const { populations, stats: populationStats } = await readPopulation(files.population);
  const checked = [fileReconciliation("borough counts", "month cells", borough.stats), fileReconciliation("population", "rows", populationStats)];
  const missing: string[] = [];
  const expected = Object.keys(populations).filter((a) => (populations[a] ?? 0) > 0 && !notPolicedByMps.has(a));
  const absent = missingAreas(`Borough file ${basename(files.borough)}`, expected, new Set(borough.coverage.keys()), mpsBenchmarkArea);
  if (absent !== null) missing.push(absent);
  missing.push(...missingMonths(`Borough file ${basename(files.borough)}`, borough.coverage, borough.first, borough.last));
  const unpopulated = missingPopulations(
    `Population file ${basename(files.population)}`,
    [...borough.coverage.keys()].filter((a) => !notBoroughs.has(a) && !((populations[a] ?? 0) > 0)),
    mpsBenchmarkArea,
  );
  if (unpopulated !== null) missing.push(unpopulated);
  let wards: AssessData["wards"] = null;
  const allMinors = new Set(boroughMinors);
  let wardSpan = "";
  if (files.ward !== null) {
    step(`Reading ${basename(files.ward)}...`);
    // Categories are named differently between releases: the ward file's names join the
    // priorities too (through the taxonomy), so ward and borough figures group the same offences.
    const read = await readWards(files.ward, area, allMinors);
    wards = { counts: read.rows };
    wardSpan = `${read.first} to ${read.last}`;
    checked.push(fileReconciliation("ward counts", "month cells", read.stats));
    missing.push(...missingMonths(`Ward file ${basename(files.ward)}`, read.coverage, read.first, read.last));
  }
  const minors = [...allMinors];
  const boroughSpan = `${borough.first} to ${borough.last}`;
  const notes: string[] = [];
  if (wards !== null && wardSpan !== boroughSpan) {
    notes.push(
      `The ward counts come from a different release (${wardSpan}) than the borough counts (${boroughSpan}); releases revise earlier months, so ward totals need not match the borough figures.`,
    );
  }
  const chosen = framework.kind === "mps-major" ? majorCategoryPriorities(minors) : strategyPriorities(framework.strategy, minors, boroughMinors, notes);
  notes.unshift(
    framework.kind === "mps-major"
      ? "Priorities: all offences and the Metropolitan Police major categories."
      : `Priorities: all offences and the indicators of ${framework.strategy.title} (${basename(framework.file)}) that MPS recorded-crime categories measure, with their polarity.`,
  );
  if (!files.synthetic) {
    notes.push(
      `Rates use the populations of ${basename(files.population)} for both periods; when that estimate is older than the crime data, say so when quoting a rate.`,
    );
  }
  const label = files.synthetic ? "SYNTHETIC demonstration data generated by scripts/generate-demo-data.mjs (not real figures): " : "";
  return {
    counts: borough.cube,
    populations,
    priorities: [{ id: "all-offences", name: "All offences", offences: minors }, ...chosen],
    notes,
    wards,
    reconciliation: inputReconciliation(checked, missing),
    sources: [
      `${label}${basename(files.borough)} (recorded crime by borough, category and month)`,
      `${label}${basename(files.population)} (resident population by LSOA, summed to boroughs)`,
      ...(files.ward === null ? [] : [`${label}${basename(files.ward)} (recorded crime by ward)`]),
    ],
  };
}
