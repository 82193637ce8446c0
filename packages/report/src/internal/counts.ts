import { isMonthKey, monthIndex, monthKeyFromIndex, type MonthKey } from "@crimestats/periods";
import type { CountCube } from "@crimestats/police-data";
import type { CountRow } from "@crimestats/schema";
import { describeValue, neumaierSum } from "@crimestats/internal";
import { ReportError } from "../ReportError.js";

/** Read access to counts by area, offence set and month, whatever their source. */
export interface CountTable {
  readonly areas: readonly string[];
  readonly months: readonly MonthKey[];
  readonly offences: readonly string[];
  /** Monthly counts of `area` summed over `offences`, one per month of `months`. */
  series(area: string, offences: readonly string[]): Float64Array;
}

/** Most months a table may span (100 years): a stray far-off month would otherwise make every series that long. */
const MAX_MONTHS = 1200;

/** Wraps a police-data cube (dims area, month and offence, in any order) or long rows. */
export function countTable(counts: CountCube | readonly CountRow[], what: string): CountTable {
  if (Array.isArray(counts)) return fromRows(counts as readonly CountRow[]);
  const cube = counts as CountCube;
  const given: unknown = typeof cube === "object" && cube !== null ? cube.dims : undefined;
  if (!Array.isArray(given) || given.length !== 3 || !given.includes("area") || !given.includes("month") || !given.includes("offence")) {
    throw new ReportError(
      "invalid-data",
      `The ${what} are ${Array.isArray(given) ? `a cube with dimensions [${given.map(describeValue).join(", ")}]` : describeValue(counts)}: expected count rows or a cube with dimensions area, month and offence.`,
      {},
    );
  }
  const dims = cube.dims;
  checkCube(cube, what);
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
    // checkCube has checked every month label is a month key.
    months: labels.month as readonly MonthKey[],
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

/** Checks a cube's labels (text, consecutive months) and values (one whole count per cell) before it is read. */
function checkCube(cube: CountCube, what: string): void {
  const fail = (message: string): ReportError => new ReportError("invalid-data", `The ${what} are a cube whose ${message}.`, {});
  const labels: unknown = cube.labels;
  if (typeof labels !== "object" || labels === null) throw fail(`labels are ${describeValue(labels)}: expected labels of area, month and offence`);
  let cells = 1;
  for (const dim of ["area", "month", "offence"] as const) {
    const given: unknown = (labels as Record<string, unknown>)[dim];
    if (!Array.isArray(given) || given.some((l) => typeof l !== "string"))
      throw fail(`${dim} labels are ${describeValue(given)}: expected a list of text labels`);
    cells *= given.length;
  }
  const months = cube.labels.month ?? [];
  if (months.length > MAX_MONTHS) throw fail(`months number ${months.length}: expected at most ${MAX_MONTHS} months (100 years)`);
  months.forEach((m, i) => {
    if (!isMonthKey(m) || (i > 0 && monthIndex(m) !== monthIndex(months[i - 1] ?? "") + 1))
      throw fail(`month ${describeValue(m)} is not the month after the one before: expected consecutive "YYYY-MM" months`);
  });
  if (months.length === 0) throw fail("month labels are empty: expected at least one month");
  const values: unknown = cube.values;
  if (!(values instanceof Float64Array) && !Array.isArray(values)) throw fail(`values are ${describeValue(values)}: expected a Float64Array of counts`);
  const list = values as ArrayLike<unknown>;
  if (list.length !== cells) throw fail(`values hold ${list.length} counts: expected ${cells}, one per area, month and offence`);
  for (let i = 0; i < list.length; i += 1) {
    const v = list[i];
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0)
      throw fail(`value ${i} is ${describeValue(v)}: expected a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`);
  }
}

function fromRows(rows: readonly CountRow[]): CountTable {
  // Every row is checked before anything is summed: a bad month would otherwise land in the first month.
  for (let i = 0; i < rows.length; i += 1) {
    const r = rows[i];
    if (typeof r !== "object" || r === null) {
      throw new ReportError("invalid-data", `Count row ${i + 1} is ${describeValue(r)}: expected { area, month, offence, count }.`, { row: i + 1 });
    }
    if (typeof r.area !== "string" || typeof r.offence !== "string") {
      throw new ReportError(
        "invalid-data",
        `Count row ${i + 1} has area ${describeValue(r.area)} and offence ${describeValue(r.offence)}: expected both as text.`,
        { row: i + 1 },
      );
    }
    if (!isMonthKey(r.month)) {
      throw new ReportError("invalid-data", `Month ${describeValue(r.month)} of a count row is not a month: expected "YYYY-MM".`, { row: i + 1 });
    }
    if (typeof r.count !== "number" || !Number.isSafeInteger(r.count) || r.count < 0) {
      throw new ReportError(
        "invalid-data",
        `Count ${describeValue(r.count)} for ${r.area} ${r.month} ${r.offence} is not a count: expected a whole number from 0 to ${Number.MAX_SAFE_INTEGER}.`,
        { row: i + 1 },
      );
    }
  }
  const areas = [...new Set(rows.map((r) => r.area))].sort();
  const offences = [...new Set(rows.map((r) => r.offence))].sort();
  const monthSet = [...new Set(rows.map((r) => r.month))].sort();
  if (monthSet.length === 0) throw new ReportError("invalid-data", "The counts are empty: expected at least one row.", {});
  // Consecutive months from the first to the last (months without rows count 0).
  const months: MonthKey[] = [];
  const last = monthIndex(monthSet.at(-1) ?? "");
  if (last - monthIndex(monthSet[0] ?? "") + 1 > MAX_MONTHS) {
    throw new ReportError(
      "invalid-data",
      `The counts run from ${monthSet[0] ?? ""} to ${monthSet.at(-1) ?? ""}: expected at most ${MAX_MONTHS} months (100 years); is a month mistyped?`,
      {},
    );
  }
  for (let i = monthIndex(monthSet[0] ?? ""); i <= last; i += 1) months.push(monthKeyFromIndex(i));
  const monthPosition = new Map(months.map((m, i) => [m, i]));
  const byKey = new Map<string, Float64Array>();
  for (const r of rows) {
    const key = `${r.area}\u0000${r.offence}`;
    let s = byKey.get(key);
    if (s === undefined) {
      s = new Float64Array(months.length);
      byKey.set(key, s);
    }
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

/** The counts as a police-data cube (dims area, month, offence): the cube given, or one built from the table of count rows. */
export function cubeOf(counts: CountCube | readonly CountRow[], table: CountTable): CountCube {
  if (!Array.isArray(counts)) return counts as CountCube;
  const { areas, months, offences } = table;
  const values = new Float64Array(areas.length * months.length * offences.length);
  let total = 0;
  areas.forEach((area, a) => {
    offences.forEach((offence, o) => {
      const s = table.series(area, [offence]);
      for (let m = 0; m < s.length; m += 1) {
        const v = s[m] ?? 0;
        values[(a * months.length + m) * offences.length + o] = v;
        total += v;
      }
    });
  });
  return {
    dims: ["area", "month", "offence"],
    labels: { area: areas, month: months, offence: offences },
    shape: [areas.length, months.length, offences.length],
    values,
    total,
  };
}

/** Each area's monthly total over every offence, as a police-data cube (dims area, month). */
export function areaTotalsCube(table: CountTable): CountCube {
  const { areas, months, offences } = table;
  const values = new Float64Array(areas.length * months.length);
  areas.forEach((area, a) => {
    values.set(table.series(area, offences), a * months.length);
  });
  return { dims: ["area", "month"], labels: { area: areas, month: months }, shape: [areas.length, months.length], values, total: neumaierSum(values) };
}
