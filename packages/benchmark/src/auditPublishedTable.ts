import { percentChange as relativeChange, roundHalfUp } from "./internal/rates.js";
import { BenchmarkError } from "./BenchmarkError.js";
import { formatFixed } from "./internal/format.js";
import { assertCount, assertFinite, assertObject, assertOptionalText, assertPositive, show } from "./internal/validate.js";

/** A published count and rate for one period. */
export interface PublishedFigure {
  /** The published count of events. */
  readonly count?: number | undefined;
  /** The published rate (per `per`; a percentage when `per` is 100). */
  readonly rate?: number | undefined;
}

/** Decimal places at which each kind of published figure is printed. */
export interface AuditDecimals {
  /** Rates (default 2). */
  readonly rate: number;
  /** Rate changes, and percentage-point changes when `per` is 100 (default 2). */
  readonly rateChange: number;
  /** Percent changes (default 1). */
  readonly percentChange: number;
}

/** One published row (a table row, or a quick-fact box) for {@link auditPublishedTable}. */
export interface PublishedRow {
  /** The area (or category) the row is about; its population is looked up under this name. */
  readonly area: string;
  /** Where the row was printed ("Burglary table", "quick facts"); rows are unique by area and label. */
  readonly label?: string | undefined;
  /** The earlier period's published count and rate. */
  readonly before?: PublishedFigure | undefined;
  /** The later period's published count and rate. */
  readonly after?: PublishedFigure | undefined;
  /** The published offences change (later minus earlier; a decrease is negative). */
  readonly offencesChange?: number | undefined;
  /** The published rate change (later minus earlier), or percentage-point change when `per` is 100. */
  readonly rateChange?: number | undefined;
  /** The published percent change (of the counts when both are printed, otherwise of the rates). */
  readonly percentChange?: number | undefined;
  /** This row's rate base, when it differs from the table's (e.g. 100 for percentages). */
  readonly per?: number | undefined;
  /** This row's decimal places, when they differ from the table's. */
  readonly decimals?: Partial<AuditDecimals> | undefined;
}

/** The population of an area: one for both periods, or one per period. */
export type AuditPopulation = number | { readonly before?: number | undefined; readonly after?: number | undefined };

/** Options of {@link auditPublishedTable}. */
export interface AuditPublishedTableOptions {
  /** The population of every area whose rates are printed (by area name). */
  readonly populations: Readonly<Record<string, AuditPopulation>>;
  /** The rate base (default 1,000). */
  readonly per?: number | undefined;
  /** Decimal places: one number for rates and rate changes, or per kind (defaults 2, 2, 1). */
  readonly decimals?: number | Partial<AuditDecimals> | undefined;
}

/** A published figure the audit checks. */
export type AuditField = "before.rate" | "after.rate" | "offencesChange" | "rateChange" | "percentChange";

/**
 * The likely cause of a mismatch, most specific first:
 *
 * - `copied-from-another-row`: the printed value is another row's value (docs/methods.md#published-figures-that-do-not-reproduce: Harrow's burglary quick facts printed Ealing's 8.81).
 * - `change-from-rounded-rates`: a rate change computed from the rounded rates (93.30 − 90.42 = 2.88).
 * - `sign-reversed`: the change has the wrong sign (earlier minus later; "0.59 rate increase").
 * - `percent-for-points`: a rate or percentage-point change that is really a percent change.
 * - `points-for-percent`: a percent change that is really a percentage-point change ("a decrease of 2.1%").
 * - `decimal-slip`: the value is off by a power of ten ("0.7" for 0.07).
 * - `rounding`: another rounding rule (truncation, banker's, rounding up) gives the printed value.
 * - `different-population`: the printed rates imply another denominator (one area's, or none known).
 * - `unexplained`: none of these reproduces the printed value.
 */
export type AuditCause =
  | "copied-from-another-row"
  | "change-from-rounded-rates"
  | "sign-reversed"
  | "percent-for-points"
  | "points-for-percent"
  | "decimal-slip"
  | "rounding"
  | "different-population"
  | "unexplained";

/** One mismatch found by {@link auditPublishedTable}. */
export interface AuditFinding {
  /** The row's area. */
  readonly area: string;
  /** The row's label, if it has one. */
  readonly label: string | null;
  /** The figure that does not reproduce. */
  readonly field: AuditField;
  /** The printed value. */
  readonly published: number;
  /** The recomputed value rounded half-up as it should have been printed. */
  readonly expected: number;
  /** The recomputed value, unrounded. */
  readonly exact: number;
  /** The decimal places the field is printed at. */
  readonly decimals: number;
  /** The most likely cause. */
  readonly cause: AuditCause;
  /** Other causes that also reproduce the printed value, less specific. */
  readonly alsoConsistentWith: readonly AuditCause[];
  /** For `copied-from-another-row`: the row and field the value matches. */
  readonly source: { readonly area: string; readonly label: string | null; readonly field: AuditField } | null;
  /** For `decimal-slip`: the factor (10, 0.1, …) between the printed and the true value. */
  readonly factor: number | null;
  /**
   * For rate fields: the populations consistent with the row's printed rates (lower bound
   * excluded); `max` is null when there is no upper bound (a printed value within half a unit of
   * zero fits any population above `min`).
   */
  readonly impliedPopulation: { readonly min: number; readonly max: number | null } | null;
  /** Areas whose population lies in `impliedPopulation`. */
  readonly matchingAreas: readonly string[];
  /** One sentence explaining the finding. */
  readonly explanation: string;
}

/** The result of {@link auditPublishedTable}. */
export interface AuditResult {
  /** Every mismatch, in row order then field order. */
  readonly findings: readonly AuditFinding[];
  /** How many printed figures were recomputed and checked. */
  readonly checked: number;
  /** True when every checked figure reproduces. */
  readonly ok: boolean;
}

interface Prepared {
  readonly row: PublishedRow;
  readonly key: string;
  readonly per: number;
  readonly dec: AuditDecimals;
  readonly popBefore: number | null;
  readonly popAfter: number | null;
  /** Recomputed (or, without a count, published) unrounded rates. */
  readonly rateBefore: number | null;
  readonly rateAfter: number | null;
}

const FIELDS: readonly AuditField[] = ["before.rate", "after.rate", "offencesChange", "rateChange", "percentChange"];

/** Equal at `decimals` places: within a hundredth of a unit in the last place. */
function same(a: number, b: number, decimals: number): boolean {
  return Math.abs(a - b) < 10 ** -decimals / 100;
}

/** Alternative roundings of x at d places: truncation, rounding up (away from zero), half-even. */
function otherRoundings(x: number, d: number): number[] {
  const scale = 10 ** d;
  const scaled = x * scale;
  const eps = 1e-9 * Math.max(1, Math.abs(scaled));
  const truncated = Math.trunc(scaled + (scaled < 0 ? -eps : eps)) / scale;
  const away = (Math.sign(scaled) * Math.ceil(Math.abs(scaled) - eps)) / scale;
  const floor = Math.floor(Math.abs(scaled));
  const tie = Math.abs(Math.abs(scaled) - floor - 0.5) < eps;
  const halfEven = tie ? (Math.sign(scaled) * (floor % 2 === 0 ? floor : floor + 1)) / scale : roundHalfUp(x, d);
  return [truncated, away, halfEven];
}

/**
 * Recomputes every published rate and change of a table from its counts and populations, and
 * reports each figure that does not reproduce with its likely cause (docs/methods.md#published-figures-that-do-not-reproduce): a rate copied
 * from another row (Harrow's burglary "8.81 per 1,000" is Ealing's), a change computed from rounded
 * rates (93.30 − 90.42 = 2.88 where 2.87 is right), a reversed sign, percent confused with
 * percentage points, a decimal slip, another rounding rule (26.5% printed "26"), or a different
 * population (the theft-from-vehicle rates fit only Hillingdon's 302,340). Figures are recomputed
 * at full precision (rates by count / population × per, changes from the unrounded rates, percent
 * change by `percentChange` of `@crimestats/rates`) and compared with the printed value after
 * half-up rounding (`roundHalfUp`) at the printed number of decimals. A rate printed without its
 * count cannot be recomputed and is used as printed for the changes.
 *
 * @param rows - The published rows (table rows and quick-fact boxes), unique by area and label.
 * @param options - `populations` (by area), `per` (default 1,000) and `decimals` (default 2 for
 *   rates and rate changes, 1 for percent changes).
 * @returns The findings, the number of figures checked, and whether all reproduce.
 * @throws {@link BenchmarkError} `missing-member` when a row with a count and a rate has no
 *   population; `duplicate-area` for two rows with the same area and label; `invalid-number` for a
 *   bad count, rate or population; `invalid-option` for bad decimals or rows.
 * @example
 * ```ts
 * const audit = auditPublishedTable(
 *   [
 *     { area: "Ealing", after: { count: 3018, rate: 8.81 } },
 *     { area: "Harrow", label: "quick facts", after: { count: 2240, rate: 8.81 } },
 *   ],
 *   { populations: { Ealing: 342720, Harrow: 248880 }, per: 1000, decimals: 2 },
 * );
 * audit.findings.map((f) => [f.area, f.field, f.expected, f.cause, f.source?.area]);
 * //=> [["Harrow", "after.rate", 9, "copied-from-another-row", "Ealing"]]
 * ```
 */
export function auditPublishedTable(rows: readonly PublishedRow[], options: AuditPublishedTableOptions): AuditResult {
  const fn = "auditPublishedTable";
  assertObject(fn, "options", options);
  assertObject(fn, "options.populations", options.populations);
  const tablePer = options.per ?? 1000;
  assertPositive(fn, "per", tablePer);
  const tableDecimals = readDecimals(fn, options.decimals, { rate: 2, rateChange: 2, percentChange: 1 });
  if (!Array.isArray(rows)) {
    throw new BenchmarkError("invalid-option", `${fn}: rows must be an array of published rows, got ${show(rows)}.`, {
      name: "rows",
      value: rows,
    });
  }

  const seen = new Set<string>();
  // Array.from visits holes too (map skips them), so a hole is reported as a bad row.
  const prepared: Prepared[] = Array.from(rows as readonly PublishedRow[], (row, index) => {
    assertObject(fn, `rows[${index}]`, row);
    assertOptionalText(fn, `rows[${index}].label`, row.label);
    if (typeof row.area !== "string" || row.area === "") {
      throw new BenchmarkError("invalid-option", `${fn}: rows[${index}].area must be a non-empty name, got ${show(row.area)}.`, {
        index,
        value: row.area,
      });
    }
    const key = `${row.area}\u0000${row.label ?? ""}`;
    if (seen.has(key)) {
      throw new BenchmarkError(
        "duplicate-area",
        `${fn}: the area ${show(row.area)}${row.label === undefined ? "" : ` (${row.label})`} appears more than once; give repeated rows different labels.`,
        { area: row.area, label: row.label, index },
      );
    }
    seen.add(key);
    const per = row.per ?? tablePer;
    assertPositive(fn, `per of ${row.area}`, per);
    const dec = readDecimals(fn, row.decimals, tableDecimals);
    for (const side of ["before", "after"] as const) {
      const figure = row[side];
      if (figure === undefined) continue;
      assertObject(fn, `${side} of ${row.area}`, figure);
      if (figure.count !== undefined) assertCount(fn, `${side}.count of ${row.area}`, figure.count);
      if (figure.rate !== undefined) assertFinite(fn, `${side}.rate of ${row.area}`, figure.rate);
    }
    for (const field of ["offencesChange", "rateChange", "percentChange"] as const) {
      if (row[field] !== undefined) assertFinite(fn, `${field} of ${row.area}`, row[field]);
    }
    const needs = (side: "before" | "after") =>
      row[side]?.count !== undefined && (row[side]?.rate !== undefined || row.rateChange !== undefined);
    const popBefore = needs("before") ? populationOf(fn, options.populations, row.area, "before") : null;
    const popAfter = needs("after") ? populationOf(fn, options.populations, row.area, "after") : null;
    const rateOf = (side: "before" | "after", population: number | null): number | null => {
      const figure = row[side];
      if (figure?.count !== undefined && population !== null) return (figure.count / population) * per;
      return figure?.rate ?? null;
    };
    return {
      row,
      key,
      per,
      dec,
      popBefore,
      popAfter,
      rateBefore: rateOf("before", popBefore),
      rateAfter: rateOf("after", popAfter),
    };
  });

  const findings: AuditFinding[] = [];
  let checked = 0;
  for (const item of prepared) {
    for (const field of FIELDS) {
      const check = checkField(item, field);
      if (check === null) continue;
      checked++;
      if (same(check.published, check.expected, check.decimals)) continue;
      findings.push(diagnose(item, field, check, prepared, options.populations));
    }
  }
  return { findings, checked, ok: findings.length === 0 };
}

interface Check {
  readonly published: number;
  readonly exact: number;
  readonly expected: number;
  readonly decimals: number;
}

/** The recomputed value of a field, or null when it is not printed or cannot be recomputed. */
function checkField(item: Prepared, field: AuditField): Check | null {
  const { row, dec } = item;
  const make = (published: number | undefined, exact: number | null, decimals: number): Check | null =>
    published === undefined || exact === null ? null : { published, exact, expected: roundHalfUp(exact, decimals), decimals };
  switch (field) {
    case "before.rate":
      return row.before?.count === undefined || item.popBefore === null
        ? null
        : make(row.before.rate, item.rateBefore, dec.rate);
    case "after.rate":
      return row.after?.count === undefined || item.popAfter === null ? null : make(row.after.rate, item.rateAfter, dec.rate);
    case "offencesChange": {
      const b = row.before?.count;
      const a = row.after?.count;
      return make(row.offencesChange, a === undefined || b === undefined ? null : a - b, 0);
    }
    case "rateChange": {
      const recomputed = item.popBefore !== null || item.popAfter !== null;
      if (!recomputed || item.rateBefore === null || item.rateAfter === null) return null;
      return make(row.rateChange, item.rateAfter - item.rateBefore, dec.rateChange);
    }
    case "percentChange":
      return make(row.percentChange, percentOf(item), dec.percentChange);
  }
}

/** Percent change of the counts when both are printed, otherwise of the rates. */
function percentOf(item: Prepared): number | null {
  const { row } = item;
  if (row.before?.count !== undefined && row.after?.count !== undefined) {
    return relativeChange(row.before.count, row.after.count) as number | null;
  }
  if (item.rateBefore === null || item.rateAfter === null || item.rateBefore < 0) return null;
  return relativeChange(item.rateBefore, item.rateAfter) as number | null;
}

/** The population of an area for a period, or a `missing-member` error. */
function populationOf(
  fn: string,
  populations: Readonly<Record<string, AuditPopulation>>,
  area: string,
  side: "before" | "after",
): number {
  const entry = Object.prototype.hasOwnProperty.call(populations, area) ? populations[area] : undefined;
  const value = typeof entry === "number" ? entry : entry?.[side];
  if (value === undefined) {
    throw new BenchmarkError(
      "missing-member",
      `${fn}: no population is given for ${show(area)} (${side}), so its printed rate cannot be recomputed.`,
      { area, period: side },
    );
  }
  assertPositive(fn, `population of ${area}`, value);
  return value;
}

function readDecimals(fn: string, value: unknown, fallback: AuditDecimals): AuditDecimals {
  if (value === undefined) return fallback;
  const checkOne = (name: string, d: unknown): number => {
    if (typeof d !== "number" || !Number.isInteger(d) || d < 0 || d > 10) {
      throw new BenchmarkError("invalid-option", `${fn}: decimals${name} must be a whole number from 0 to 10, got ${show(d)}.`, {
        name: "decimals",
        value: d,
      });
    }
    return d;
  };
  if (typeof value === "number") {
    const d = checkOne("", value);
    return { rate: d, rateChange: d, percentChange: fallback.percentChange };
  }
  assertObject(fn, "decimals", value);
  const v = value as Partial<AuditDecimals>;
  return {
    rate: v.rate === undefined ? fallback.rate : checkOne(".rate", v.rate),
    rateChange: v.rateChange === undefined ? fallback.rateChange : checkOne(".rateChange", v.rateChange),
    percentChange: v.percentChange === undefined ? fallback.percentChange : checkOne(".percentChange", v.percentChange),
  };
}

/** Printed value of another row's field, and its recomputed value rounded at `decimals`. */
function candidates(item: Prepared, field: AuditField, decimals: number): number[] {
  const out: number[] = [];
  const { row } = item;
  const printed =
    field === "before.rate"
      ? row.before?.rate
      : field === "after.rate"
        ? row.after?.rate
        : field === "rateChange"
          ? row.rateChange
          : field === "percentChange"
            ? row.percentChange
            : row.offencesChange;
  if (printed !== undefined) out.push(printed);
  const check = checkField(item, field);
  if (check !== null) out.push(roundHalfUp(check.exact, decimals));
  return out;
}

/** The interval of populations consistent with printing `published` (at d places) for `count` events. */
function impliedInterval(count: number, published: number, d: number, per: number): [number, number] | null {
  if (count === 0) return null;
  const half = 10 ** -d / 2;
  const magnitude = Math.abs(published);
  if (Math.sign(published) !== Math.sign(count) && published !== 0) return [Infinity, -Infinity]; // empty
  const hi = magnitude + half;
  const lo = magnitude - half;
  const n = Math.abs(count) * per;
  return [n / hi, lo > 0 ? n / lo : Infinity];
}

function diagnose(
  item: Prepared,
  field: AuditField,
  check: Check,
  all: readonly Prepared[],
  populations: Readonly<Record<string, AuditPopulation>>,
): AuditFinding {
  const { row, dec } = item;
  const { published, exact, expected, decimals } = check;
  const causes: AuditCause[] = [];
  let source: AuditFinding["source"] = null;
  let factor: number | null = null;
  let implied: { min: number; max: number | null } | null = null;
  let matchingAreas: string[] = [];
  const isRate = field === "before.rate" || field === "after.rate";

  // 1. Copied from another row (same field or the other period's rate).
  if (field !== "offencesChange") {
    const fields: AuditField[] = isRate ? ["before.rate", "after.rate"] : [field];
    search: for (const other of all) {
      if (other === item) continue;
      for (const f of fields) {
        for (const value of candidates(other, f, decimals)) {
          if (same(value, published, decimals)) {
            source = { area: other.row.area, label: other.row.label ?? null, field: f };
            causes.push("copied-from-another-row");
            break search;
          }
        }
      }
    }
  }
  // 2. A rate change from the rounded (printed or correctly rounded) rates.
  if (field === "rateChange" && item.rateBefore !== null && item.rateAfter !== null) {
    const pairs: [number, number][] = [[roundHalfUp(item.rateBefore, dec.rate), roundHalfUp(item.rateAfter, dec.rate)]];
    if (row.before?.rate !== undefined && row.after?.rate !== undefined) pairs.push([row.before.rate, row.after.rate]);
    if (pairs.some(([b, a]) => same(roundHalfUp(a - b, decimals), published, decimals))) causes.push("change-from-rounded-rates");
  }
  // 3. Sign reversed: opposite sign, magnitude within one unit in the last place.
  if (field !== "before.rate" && field !== "after.rate" && expected !== 0 && Math.sign(published) === -Math.sign(expected)) {
    if (Math.abs(Math.abs(published) - Math.abs(expected)) <= 10 ** -decimals * 1.000001) causes.push("sign-reversed");
  }
  // 4. Percent and percentage points confused.
  if (field === "rateChange") {
    const pct = percentOf(item);
    if (pct !== null && same(roundHalfUp(pct, decimals), published, decimals)) causes.push("percent-for-points");
  }
  if (field === "percentChange" && item.rateBefore !== null && item.rateAfter !== null) {
    if (same(roundHalfUp(item.rateAfter - item.rateBefore, decimals), published, decimals)) causes.push("points-for-percent");
  }
  // 5. Decimal slip: a power of ten.
  for (const k of [1, -1, 2, -2, 3, -3]) {
    const d = decimals + k;
    if (d < 0 || d > 20 || exact === 0) continue;
    if (same(published * 10 ** -k, roundHalfUp(exact, d), d)) {
      factor = 10 ** k;
      causes.push("decimal-slip");
      break;
    }
  }
  // 6. Another rounding rule.
  if (otherRoundings(exact, decimals).some((value) => same(value, published, decimals))) causes.push("rounding");
  // 7. A different population, from every printed rate and rate change of the row with counts.
  if (isRate || field === "rateChange") {
    const intervals: [number, number][] = [];
    const own: [number, number][] = [];
    const b = row.before;
    const a = row.after;
    const add = (interval: [number, number] | null, mine: boolean) => {
      if (interval === null) return;
      intervals.push(interval);
      if (mine) own.push(interval);
    };
    if (b?.count !== undefined && b.rate !== undefined) add(impliedInterval(b.count, b.rate, dec.rate, item.per), field === "before.rate");
    if (a?.count !== undefined && a.rate !== undefined) add(impliedInterval(a.count, a.rate, dec.rate, item.per), field === "after.rate");
    if (a?.count !== undefined && b?.count !== undefined && row.rateChange !== undefined && item.popBefore === item.popAfter) {
      add(impliedInterval(a.count - b.count, row.rateChange, dec.rateChange, item.per), field === "rateChange");
    }
    const intersect = (list: [number, number][]) =>
      list.reduce<[number, number]>(([lo, hi], [l, h]) => [Math.max(lo, l), Math.min(hi, h)], [0, Infinity]);
    let [lo, hi] = intersect(intervals);
    if (!(lo < hi)) [lo, hi] = intersect(own);
    if (own.length > 0 && lo < hi) {
      implied = { min: lo, max: Number.isFinite(hi) ? hi : null };
      matchingAreas = Object.keys(populations).filter((area) => {
        const entry = populations[area];
        const values = typeof entry === "number" ? [entry] : [entry?.before, entry?.after];
        return values.some((p) => typeof p === "number" && p > lo && p <= hi);
      });
      const ownPopulation = field === "before.rate" ? item.popBefore : item.popAfter;
      const fitsOwn = ownPopulation !== null && ownPopulation > lo && ownPopulation <= hi;
      if (!fitsOwn) causes.push("different-population");
    }
  }
  if (causes.length === 0) causes.push("unexplained");
  // A population that matches a known area outranks the generic explanations after it.
  const order: AuditCause[] = [
    "copied-from-another-row",
    "change-from-rounded-rates",
    "sign-reversed",
    "percent-for-points",
    "points-for-percent",
    ...(matchingAreas.length > 0 ? (["different-population"] as AuditCause[]) : []),
    "decimal-slip",
    "rounding",
    "different-population",
    "unexplained",
  ];
  const sorted = [...new Set(order.filter((cause) => causes.includes(cause)))];
  const cause = sorted[0] as AuditCause;
  return {
    area: row.area,
    label: row.label ?? null,
    field,
    published,
    expected,
    exact,
    decimals,
    cause,
    alsoConsistentWith: sorted.slice(1),
    // Set only with their cause, which `sorted` always keeps.
    source,
    factor,
    impliedPopulation: implied,
    matchingAreas,
    explanation: explain(row.area, field, published, expected, decimals, cause, source, factor, implied, matchingAreas),
  };
}

function explain(
  area: string,
  field: AuditField,
  published: number,
  expected: number,
  decimals: number,
  cause: AuditCause,
  source: AuditFinding["source"],
  factor: number | null,
  implied: { min: number; max: number | null } | null,
  matching: readonly string[],
): string {
  const head = `${area} ${field}: printed ${formatFixed(published, decimals)}, recomputed ${formatFixed(expected, decimals)}`;
  switch (cause) {
    case "copied-from-another-row":
      return `${head}; the printed value is ${source?.area ?? "another row"}'s ${source?.field ?? field}.`;
    case "change-from-rounded-rates":
      return `${head}; the printed change is the difference of the rounded rates, not of the unrounded ones.`;
    case "sign-reversed":
      return `${head}; the sign is reversed (earlier minus later, or a fall printed as a rise).`;
    case "percent-for-points":
      return `${head}; the printed value is the percent change, not the difference.`;
    case "points-for-percent":
      return `${head}; the printed value is the percentage-point difference, not the percent change.`;
    case "decimal-slip":
      return `${head}; the printed value is ${factor ?? "a power of ten"} times the true value (a decimal slip).`;
    case "rounding":
      return `${head}; another rounding rule (truncation, rounding up or banker's rounding) gives the printed value.`;
    case "different-population":
      return `${head}; the printed figures imply a population ${
        implied?.max == null ? `above ${formatFixed(implied?.min ?? 0, 0)}` : `from ${formatFixed(implied.min, 0)} to ${formatFixed(implied.max, 0)}`
      }${
        matching.length > 0 ? `, which fits ${matching.join(", ")}` : ", which fits no area given"
      }.`;
    case "unexplained":
      return `${head}; no known cause reproduces the printed value.`;
  }
}
