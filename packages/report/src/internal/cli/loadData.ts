import { readCsv } from "@crimestats/police-data";
import { harrowStrategy2023to2026 } from "@crimestats/taxonomy";
import { majorCategoryPriorities, strategyPriorities } from "../priorities.js";
import { basename } from "node:path";
import type { CountRow } from "../counts.js";
import { ReportError } from "../../ReportError.js";
import type { PriorityInput } from "../../strategicAssessment.js";
import type { AssessFiles } from "./findFiles.js";

/** What `assess` computes from. */
export interface AssessData {
  readonly counts: readonly CountRow[];
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

const monthColumn = /^(\d{4})(0[1-9]|1[0-2])$/;

/** The month columns of an MPS wide header: index and `"YYYY-MM"`. */
function monthColumns(header: readonly string[], file: string, first: number): { index: number; month: string }[] {
  const months = header.slice(first).map((h, i) => {
    const m = monthColumn.exec(h.trim());
    if (m === null) {
      throw new ReportError("INVALID_DATA", `Column "${h}" of "${basename(file)}" is not a month: expected YYYYMM after the category and area columns.`, { file, column: h });
    }
    return { index: first + i, month: `${m[1]}-${m[2]}` };
  });
  if (months.length === 0) throw new ReportError("INVALID_DATA", `"${basename(file)}" has no month columns: expected YYYYMM columns.`, { file });
  return months;
}

function expectHeader(header: readonly string[], expected: readonly string[], file: string, what: string): void {
  const got = header.slice(0, expected.length).map((h) => h.trim());
  if (expected.some((e, i) => got[i] !== e)) {
    throw new ReportError("INVALID_DATA", `"${basename(file)}" does not look like ${what}: expected columns ${expected.join(", ")}, found ${got.join(", ")}.`, { file, header: got });
  }
}

function count(text: string | undefined, file: string, line: number): number {
  const value = Number(text);
  if (text === undefined || text.trim() === "" || !Number.isInteger(value) || value < 0) {
    throw new ReportError("INVALID_DATA", `Count "${String(text)}" on line ${line} of "${basename(file)}" is not a whole number: expected a count.`, { file, line, text });
  }
  return value;
}

async function readBorough(file: string, majors: Map<string, Set<string>>): Promise<CountRow[]> {
  const rows: CountRow[] = [];
  let months: { index: number; month: string }[] = [];
  for await (const row of readCsv(file)) {
    if (row.line === 1) {
      expectHeader(row.fields, ["MajorText", "MinorText", "BoroughName"], file, "an MPS Borough Level Crime file");
      months = monthColumns(row.fields, file, 3);
      continue;
    }
    const [major = "", minor = "", area = ""] = row.fields;
    let set = majors.get(major);
    if (set === undefined) majors.set(major, (set = new Set()));
    set.add(minor);
    for (const m of months) {
      const n = count(row.fields[m.index], file, row.line);
      if (n !== 0) rows.push({ area, month: m.month, offence: minor, count: n });
    }
  }
  if (rows.length === 0) throw new ReportError("INVALID_DATA", `"${basename(file)}" holds no counts: expected MPS borough rows.`, { file });
  // Keep the month span even where the last months are all zero.
  for (const m of months) rows.push({ area: rows[0]?.area ?? "", month: m.month, offence: rows[0]?.offence ?? "", count: 0 });
  return rows;
}

async function readWards(file: string, borough: string, majors: Map<string, Set<string>>): Promise<CountRow[]> {
  const rows: CountRow[] = [];
  let months: { index: number; month: string }[] = [];
  for await (const row of readCsv(file)) {
    if (row.line === 1) {
      expectHeader(row.fields, ["MajorText", "MinorText", "WardName", "WardCode", "LookUp_BoroughName"], file, "an MPS Ward Level Crime file");
      months = monthColumns(row.fields, file, 5);
      continue;
    }
    const [major = "", minor = "", ward = "", , wardBorough = ""] = row.fields;
    // Categories are named differently between releases: a ward file's categories join their
    // major category, so the ward table and the borough figures group the same offences.
    let set = majors.get(major);
    if (set === undefined) majors.set(major, (set = new Set()));
    set.add(minor);
    if (wardBorough !== borough) continue;
    for (const m of months) rows.push({ area: ward.trim(), month: m.month, offence: minor, count: count(row.fields[m.index], file, row.line) });
  }
  return rows;
}

async function readPopulation(file: string): Promise<Record<string, number>> {
  const populations: Record<string, number> = {};
  let areaColumn = -1;
  let personsColumn = -1;
  for await (const row of readCsv(file)) {
    if (row.line === 1) {
      const header = row.fields.map((h) => h.trim());
      areaColumn = header.indexOf("LAD11NM") >= 0 ? header.indexOf("LAD11NM") : header.indexOf("LAD21NM");
      personsColumn = header.indexOf("Persons_All-Ages");
      if (areaColumn < 0 || personsColumn < 0) {
        throw new ReportError(
          "INVALID_DATA",
          `"${basename(file)}" does not look like an ONS LSOA population file: expected columns LAD11NM and Persons_All-Ages.`,
          { file, header },
        );
      }
      continue;
    }
    const area = row.fields[areaColumn] ?? "";
    populations[area] = (populations[area] ?? 0) + count(row.fields[personsColumn], file, row.line);
  }
  return populations;
}


/** Reads the borough, ward and population files (police-data's CSV tokenizer) into what `assess` needs. */
export async function loadAssessData(files: AssessFiles, area: string, step: (text: string) => void, framework: FrameworkId = "harrow-2023-26"): Promise<AssessData> {
  step(`Reading ${basename(files.borough)}...`);
  const majors = new Map<string, Set<string>>();
  const counts = await readBorough(files.borough, majors);
  step(`Reading ${basename(files.population)}...`);
  const populations = await readPopulation(files.population);
  let wards: AssessData["wards"] = null;
  let wardMonths = "";
  if (files.ward !== null) {
    step(`Reading ${basename(files.ward)}...`);
    const wardCounts = await readWards(files.ward, area, majors);
    wards = { counts: wardCounts };
    const months = wardCounts.map((r) => r.month).sort();
    wardMonths = `${months[0] ?? ""}..${months.at(-1) ?? ""}`;
  }
  const minors = [...new Set([...majors.values()].flatMap((set) => [...set]))];
  const boroughMinors = new Set(counts.map((r) => r.offence));
  const notes: string[] = [];
  const boroughSpan = counts.map((r) => r.month).sort();
  if (wards !== null && wardMonths !== `${boroughSpan[0] ?? ""}..${boroughSpan.at(-1) ?? ""}`) {
    notes.push(
      `The ward counts come from a different release (${wardMonths.replace("..", " to ")}) than the borough counts (${boroughSpan[0] ?? ""} to ${boroughSpan.at(-1) ?? ""}); releases revise earlier months, so ward totals need not match the borough figures.`,
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
    counts,
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
