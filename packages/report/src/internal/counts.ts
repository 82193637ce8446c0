import { isMonthKey, monthIndex, monthKeyFromIndex } from "@crimestats/periods";
import type { CountCube } from "@crimestats/police-data";
import { ReportError } from "../ReportError.js";

/** A count in long form: one area, month and offence. */
export interface CountRow {
  /** The area (borough or ward) label. */
  readonly area: string;
  /** The month, `"YYYY-MM"`. */
  readonly month: string;
  /** The offence label (e.g. an MPS MinorText). */
  readonly offence: string;
  /** The number of offences. */
  readonly count: number;
}

/** Read access to counts by area, offence set and month, whatever their source. */
export interface CountTable {
  readonly areas: readonly string[];
  readonly months: readonly string[];
  readonly offences: readonly string[];
  /** Monthly counts of `area` summed over `offences`, one per month of `months`. */
  series(area: string, offences: readonly string[]): Float64Array;
}

/** Wraps a police-data cube (dims area, month and offence, in any order) or long rows. */
export function countTable(counts: CountCube | readonly CountRow[], what: string): CountTable {
  if (Array.isArray(counts)) return fromRows(counts as readonly CountRow[]);
  const cube = counts as CountCube;
  const dims = cube.dims;
  if (dims.length !== 3 || !dims.includes("area") || !dims.includes("month") || !dims.includes("offence")) {
    throw new ReportError("INVALID_DATA", `The ${what} cube has dimensions [${dims.join(", ")}]: expected area, month and offence.`, { dims });
  }
  const labels = { area: cube.labels.area ?? [], month: cube.labels.month ?? [], offence: cube.labels.offence ?? [] };
  const index = { area: new Map(labels.area.map((a, i) => [a, i])), offence: new Map(labels.offence.map((o, i) => [o, i])) };
  const shape = dims.map((d) => labels[d].length);
  const stride = [(shape[1] ?? 0) * (shape[2] ?? 0), shape[2] ?? 0, 1];
  const strideOf = (d: "area" | "month" | "offence"): number => stride[dims.indexOf(d)] ?? 0;
  const areaStride = strideOf("area");
  const monthStride = strideOf("month");
  const offenceStride = strideOf("offence");
  return {
    areas: labels.area,
    months: labels.month,
    offences: labels.offence,
    series(area, offences) {
      const out = new Float64Array(labels.month.length);
      const a = index.area.get(area);
      if (a === undefined) return out;
      for (const offence of offences) {
        const o = index.offence.get(offence);
        if (o === undefined) continue;
        const base = a * areaStride + o * offenceStride;
        for (let m = 0; m < out.length; m += 1) out[m] = (out[m] ?? 0) + (cube.values[base + m * monthStride] ?? 0);
      }
      return out;
    },
  };
}

function fromRows(rows: readonly CountRow[]): CountTable {
  // Every row is checked before anything is summed: a bad month would otherwise land in the first month.
  for (const r of rows) {
    if (typeof r !== "object" || r === null || !isMonthKey(r.month)) {
      throw new ReportError("INVALID_DATA", `Month ${JSON.stringify(r?.month)} of a count row is not a month: expected "YYYY-MM".`, { row: r });
    }
    if (typeof r.count !== "number" || !(r.count >= 0 && r.count <= Number.MAX_SAFE_INTEGER)) {
      throw new ReportError("INVALID_DATA", `Count ${String(r.count)} for ${r.area} ${r.month} ${r.offence} is not a count: expected a number from 0 to ${Number.MAX_SAFE_INTEGER}.`, { row: r });
    }
  }
  const areas = [...new Set(rows.map((r) => r.area))].sort();
  const offences = [...new Set(rows.map((r) => r.offence))].sort();
  const monthSet = [...new Set(rows.map((r) => r.month))].sort();
  if (monthSet.length === 0) throw new ReportError("INVALID_DATA", "The counts are empty: expected at least one row.", {});
  // Consecutive months from the first to the last (months without rows count 0).
  const months: string[] = [];
  const last = monthIndex(monthSet.at(-1) ?? "");
  for (let i = monthIndex(monthSet[0] ?? ""); i <= last; i += 1) months.push(monthKeyFromIndex(i));
  const monthPosition = new Map(months.map((m, i) => [m, i]));
  const byKey = new Map<string, Float64Array>();
  for (const r of rows) {
    const key = `${r.area}\u0000${r.offence}`;
    let s = byKey.get(key);
    if (s === undefined) byKey.set(key, (s = new Float64Array(months.length)));
    const i = monthPosition.get(r.month) as number;
    s[i] = (s[i] ?? 0) + r.count;
  }
  return {
    areas,
    months,
    offences,
    series(area, wanted) {
      const out = new Float64Array(months.length);
      for (const o of wanted) {
        const s = byKey.get(`${area}\u0000${o}`);
        if (s !== undefined) for (let i = 0; i < out.length; i += 1) out[i] = (out[i] ?? 0) + (s[i] ?? 0);
      }
      return out;
    },
  };
}
