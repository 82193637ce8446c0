import { readCsv } from "@crimestats/police-data";
import { findCategory, metropolitanPoliceCategories } from "@crimestats/taxonomy";
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
}

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

function titleCase(text: string): string {
  return text.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase()).replace(/\bAnd\b/g, "and").replace(/\bOf\b/g, "of").replace(/\bNfib\b/g, "NFIB");
}

/**
 * The priorities assessed: all offences, then one per Metropolitan Police major category. Each
 * published MinorText is looked up in the `metropolitanPoliceCategories` taxonomy of
 * @crimestats/taxonomy (so the category names of every release, e.g. "BURGLARY IN A DWELLING"
 * and "RES BURGLARY OF A HOME", join the same major category, and an unknown name is an error
 * that names it), and grouped under its parent.
 */
function majorCategoryPriorities(majors: Map<string, Set<string>>): PriorityInput[] {
  const minors = [...new Set([...majors.values()].flatMap((s) => [...s]))];
  const groups = new Map<string, { name: string; offences: string[] }>();
  for (const minor of minors) {
    const category = findCategory(metropolitanPoliceCategories, minor, { level: 2 });
    const parent = metropolitanPoliceCategories.categories.find((c) => c.code === category.parent);
    const code = parent?.code ?? category.code;
    let group = groups.get(code);
    if (group === undefined) groups.set(code, (group = { name: parent?.name ?? category.name, offences: [] }));
    group.offences.push(minor);
  }
  return [
    { id: "all-offences", name: "All offences", offences: minors },
    ...[...groups.entries()]
      .sort(([, a], [, b]) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map(([code, g]) => ({ id: code, name: titleCase(g.name), offences: g.offences })),
  ];
}

/** Reads the borough, ward and population files (police-data's CSV tokenizer) into what `assess` needs. */
export async function loadAssessData(files: AssessFiles, area: string, step: (text: string) => void): Promise<AssessData> {
  step(`Reading ${basename(files.borough)}...`);
  const majors = new Map<string, Set<string>>();
  const counts = await readBorough(files.borough, majors);
  step(`Reading ${basename(files.population)}...`);
  const populations = await readPopulation(files.population);
  let wards: AssessData["wards"] = null;
  if (files.ward !== null) {
    step(`Reading ${basename(files.ward)}...`);
    wards = { counts: await readWards(files.ward, area, majors) };
  }
  const label = files.synthetic ? "SYNTHETIC demonstration data generated by scripts/generate-demo-data.mjs (not real figures): " : "";
  return {
    counts,
    populations,
    priorities: majorCategoryPriorities(majors),
    wards,
    sources: [
      `${label}${basename(files.borough)} (recorded crime by borough, category and month)`,
      `${label}${basename(files.population)} (resident population by LSOA, summed to boroughs)`,
      ...(files.ward === null ? [] : [`${label}${basename(files.ward)} (recorded crime by ward)`]),
    ],
  };
}
