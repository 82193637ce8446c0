import { countCube, readLsoaPopulation, readMpsWide, type CountCube, type MpsCount } from "@crimestats/police-data";
import { harrowStrategy2023to2026 } from "@crimestats/taxonomy";
import { majorCategoryPriorities, strategyPriorities } from "../priorities.js";
import { basename } from "node:path";
import type { CountRow } from "../counts.js";
import { ReportError } from "../../ReportError.js";
import type { PriorityInput } from "../../strategicAssessment.js";
import type { AssessFiles } from "./findFiles.js";

/** What `assess` computes from. */
export interface AssessData {
  readonly counts: CountCube;
  readonly populations: Readonly<Record<string, number>>;
  readonly priorities: readonly PriorityInput[];
  readonly wards: { readonly counts: readonly CountRow[] } | null;
  readonly sources: readonly string[];
  readonly notes: readonly string[];
}

/** The priority frameworks `--framework` accepts. */
export const frameworks = ["harrow-2023-26", "mps-major"] as const;
/** One of {@link frameworks}. */
export type FrameworkId = (typeof frameworks)[number];

/** The borough file as a cube (area × month × MinorText) with readMpsWide and countCube of @crimestats/police-data. */
async function readBorough(file: string, minors: Set<string>): Promise<{ cube: CountCube; first: string; last: string }> {
  async function* records(): AsyncGenerator<MpsCount> {
    for await (const r of readMpsWide(file, { offence: "minor" })) {
      minors.add(r.minor);
      yield r;
    }
  }
  const { cube } = await countCube(records(), { by: ["area", "month", "offence"], area: "area" });
  const months = cube.labels.month ?? [];
  if (cube.total === 0 || months.length === 0) throw new ReportError("INVALID_DATA", `"${basename(file)}" holds no counts: expected MPS borough rows.`, { file });
  return { cube, first: months[0] ?? "", last: months.at(-1) ?? "" };
}

/** The focus borough's wards (by ward name) from an MPS ward file, with readMpsWide. */
async function readWards(file: string, borough: string, minors: Set<string>): Promise<{ rows: CountRow[]; first: string; last: string }> {
  const rows: CountRow[] = [];
  let first = "";
  let last = "";
  for await (const r of readMpsWide(file, { offence: "minor" })) {
    minors.add(r.minor);
    if (first === "" || r.month < first) first = r.month;
    if (r.month > last) last = r.month;
    if (r.borough !== borough) continue;
    rows.push({ area: (r.wardName ?? r.area).trim(), month: r.month, offence: r.minor, count: r.count });
  }
  return { rows, first, last };
}

/** Borough populations from an ONS LSOA file (readLsoaPopulation of @crimestats/police-data). */
async function readPopulation(file: string): Promise<Record<string, number>> {
  const population = await readLsoaPopulation(file);
  return Object.fromEntries(population.districtPopulation);
}

/** Reads the borough, ward and population files (police-data's CSV tokenizer) into what `assess` needs. */
export async function loadAssessData(files: AssessFiles, area: string, step: (text: string) => void, framework: FrameworkId = "harrow-2023-26"): Promise<AssessData> {
  step(`Reading ${basename(files.borough)}...`);
  const boroughMinors = new Set<string>();
  const borough = await readBorough(files.borough, boroughMinors);
  step(`Reading ${basename(files.population)}...`);
  const populations = await readPopulation(files.population);
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
  }
  const minors = [...allMinors];
  const boroughSpan = `${borough.first} to ${borough.last}`;
  const notes: string[] = [];
  if (wards !== null && wardSpan !== boroughSpan) {
    notes.push(
      `The ward counts come from a different release (${wardSpan}) than the borough counts (${boroughSpan}); releases revise earlier months, so ward totals need not match the borough figures.`,
    );
  }
  const chosen = framework === "mps-major" ? majorCategoryPriorities(minors) : strategyPriorities(harrowStrategy2023to2026, minors, boroughMinors, notes);
  notes.unshift(
    framework === "mps-major"
      ? "Priorities: all offences and the Metropolitan Police major categories."
      : `Priorities: all offences and the indicators of ${harrowStrategy2023to2026.title} (Harrow) that MPS recorded-crime categories measure, with their polarity (@crimestats/taxonomy).`,
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
    sources: [
      `${label}${basename(files.borough)} (recorded crime by borough, category and month)`,
      `${label}${basename(files.population)} (resident population by LSOA, summed to boroughs)`,
      ...(files.ward === null ? [] : [`${label}${basename(files.ward)} (recorded crime by ward)`]),
    ],
  };
}
