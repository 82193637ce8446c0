import { describeValue, formatNumber } from "@crimestats/internal";
import { percentChange as relativeChange, roundHalfUp } from "./internal/rates.js";
import { BenchmarkError } from "./BenchmarkError.js";
import { assertPopulation, assertCount, assertFinite, assertObject, assertOptionalText, assertPositive } from "./internal/validate.js";

/** A published count and rate for one period. */
export interface PublishedFigure {
  /** The published count of events. */
  readonly count?: number | undefined;
  /** The published rate (per `per`; a percentage when `per` is 100). */
  readonly rate?: number | undefined;
}

/** The published changes of a row (later minus earlier; a decrease is negative). */
export interface PublishedChange {
  /** The published change in the count of offences. */
  readonly count?: number | undefined;
  /** The published rate change, or percentage-point change when `per` is 100. */
  readonly rate?: number | undefined;
  /** The published percent change (of the counts when both are printed, otherwise of the rates). */
  readonly percent?: number | undefined;
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
  readonly previous?: PublishedFigure | undefined;
  /** The later period's published count and rate. */
  readonly current?: PublishedFigure | undefined;
  /** The published changes from the earlier to the later period. */
  readonly change?: PublishedChange | undefined;
  /** This row's rate base, when it differs from the table's (e.g. 100 for percentages). */
  readonly per?: number | undefined;
  /** This row's decimal places, when they differ from the table's. */
  readonly decimals?: Partial<AuditDecimals> | undefined;
}

/** The population of an area: one for both periods, or one per period. */
export type AuditPopulation = number | { readonly previous?: number | undefined; readonly current?: number | undefined };

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
export type AuditField = "previous.rate" | "current.rate" | "change.count" | "change.rate" | "change.percent";

/**
 * The likely cause of a mismatch, most specific first:
 *
 * - `copied-from-another-row`: the printed value is another row's value (docs/methods.md#published-figures-that-do-not-reproduce: a quick-fact box printing a neighbour's rate).
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
  readonly popPrevious: number | null;
  readonly popCurrent: number | null;
  /** Recomputed (or, without a count, published) unrounded rates. */
  readonly ratePrevious: number | null;
  readonly rateCurrent: number | null;
}

const FIELDS: readonly AuditField[] = ["previous.rate", "current.rate", "change.count", "change.rate", "change.percent"];

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
 * reports each figure that does not reproduce with its likely cause
 * (docs/methods.md#published-figures-that-do-not-reproduce): a rate copied
 * from another row (a quick-fact box printing a neighbour's rate), a change computed from rounded
 * rates (93.30 − 90.42 = 2.88 where 2.87 is right), a reversed sign, percent confused with
 * percentage points, a decimal slip, another rounding rule (26.5% printed "26"), or a different
 * population (printed rates that fit only a neighbour's population). Figures are recomputed
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
 *   population; `duplicate-area` for two rows with the same area and label; `invalid-count` for a bad
 *   count; `invalid-population` for a bad population; `invalid-number` for a bad rate or change;
 *   `invalid-option` for bad decimals; `invalid-argument` for rows that are not an array of rows.
 * @example
 * ```ts
 * const audit = auditPublishedTable(
 *   [
 *     { area: "Copeland", current: { count: 3200, rate: 47.06 } },
 *     { area: "Allerdale", label: "quick facts", current: { count: 4350, rate: 47.06 } },
 *   ],
 *   { populations: { Copeland: 68000, Allerdale: 97000 }, per: 1000, decimals: 2 },
 * );
 * audit.findings.map((f) => [f.area, f.field, f.expected, f.cause, f.source?.area]);
 * //=> [["Allerdale", "current.rate", 44.85, "copied-from-another-row", "Copeland"]]
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
    throw new BenchmarkError("invalid-argument", `${fn}: rows must be an array of published rows, got ${describeValue(rows)}.`, {
      name: "rows",
      value: rows,
    });
  }

  const seen = new Set<string>();
  // Array.from visits holes too (map skips them), so a hole is reported as a bad row.
  const prepared: Prepared[] = Array.from(rows as readonly PublishedRow[], (row, index) => {
    assertObject(fn, `rows[${index}]`, row, "invalid-argument");
    assertOptionalText(fn, `rows[${index}].label`, row.label);
    if (typeof row.area !== "string" || row.area === "") {
      throw new BenchmarkError("invalid-argument", `${fn}: rows[${index}].area must be a non-empty name, got ${describeValue(row.area)}.`, {
        index,
        value: row.area,
      });
    }
    const key = `${row.area}\u0000${row.label ?? ""}`;
    if (seen.has(key)) {
      throw new BenchmarkError(
        "duplicate-area",
        `${fn}: the area ${describeValue(row.area)}${row.label === undefined ? "" : ` (${row.label})`} appears more than once; give repeated rows different labels.`,
        { area: row.area, label: row.label, index },
      );
    }
    seen.add(key);
    const per = row.per ?? tablePer;
    assertPositive(fn, `per of ${row.area}`, per);
    const dec = readDecimals(fn, row.decimals, tableDecimals);
    for (const side of ["previous", "current"] as const) {
      const figure = row[side];
      if (figure === undefined) continue;
      assertObject(fn, `${side} of ${row.area}`, figure, "invalid-argument");
      if (figure.count !== undefined) assertCount(fn, `${side}.count of ${row.area}`, figure.count);
      if (figure.rate !== undefined) assertFinite(fn, `${side}.rate of ${row.area}`, figure.rate);
    }
    if (row.change !== undefined) {
      assertObject(fn, `change of ${row.area}`, row.change, "invalid-argument");
      for (const key of ["count", "rate", "percent"] as const) {
        if (row.change[key] !== undefined) assertFinite(fn, `change.${key} of ${row.area}`, row.change[key]);
      }
    }
    const needs = (side: "previous" | "current") => row[side]?.count !== undefined && (row[side]?.rate !== undefined || row.change?.rate !== undefined);
    const popPrevious = needs("previous") ? populationOf(fn, options.populations, row.area, "previous") : null;
    const popCurrent = needs("current") ? populationOf(fn, options.populations, row.area, "current") : null;
    const rateOf = (side: "previous" | "current", population: number | null): number | null => {
      const figure = row[side];
      if (figure?.count !== undefined && population !== null) return (figure.count / population) * per;
      return figure?.rate ?? null;
    };
    return {
      row,
      key,
      per,
      dec,
      popPrevious,
      popCurrent,
      ratePrevious: rateOf("previous", popPrevious),
      rateCurrent: rateOf("current", popCurrent),
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
    case "previous.rate":
      return row.previous?.count === undefined || item.popPrevious === null ? null : make(row.previous.rate, item.ratePrevious, dec.rate);
    case "current.rate":
      return row.current?.count === undefined || item.popCurrent === null ? null : make(row.current.rate, item.rateCurrent, dec.rate);
    case "change.count": {
      const b = row.previous?.count;
      const a = row.current?.count;
      return make(row.change?.count, a === undefined || b === undefined ? null : a - b, 0);
    }
    case "change.rate": {
      const recomputed = item.popPrevious !== null || item.popCurrent !== null;
      if (!recomputed || item.ratePrevious === null || item.rateCurrent === null) return null;
      return make(row.change?.rate, item.rateCurrent - item.ratePrevious, dec.rateChange);
    }
    case "change.percent":
      return make(row.change?.percent, percentOf(item), dec.percentChange);
  }
}

/** Percent change of the counts when both are printed, otherwise of the rates. */
function percentOf(item: Prepared): number | null {
  const { row } = item;
  if (row.previous?.count !== undefined && row.current?.count !== undefined) {
    return relativeChange(row.previous.count, row.current.count) as number | null;
  }
  if (item.ratePrevious === null || item.rateCurrent === null || item.ratePrevious < 0) return null;
  return relativeChange(item.ratePrevious, item.rateCurrent) as number | null;
}

/** The population of an area for a period, or a `missing-member` error. */
function populationOf(fn: string, populations: Readonly<Record<string, AuditPopulation>>, area: string, side: "previous" | "current"): number {
  const entry = Object.hasOwn(populations, area) ? populations[area] : undefined;
  const value = typeof entry === "number" ? entry : entry?.[side];
  if (value === undefined) {
    throw new BenchmarkError(
      "missing-member",
      `${fn}: no population is given for ${describeValue(area)} (${side}), so its printed rate cannot be recomputed.`,
      { area, period: side },
    );
  }
  assertPopulation(fn, `population of ${area}`, value);
  return value;
}

function readDecimals(fn: string, value: unknown, fallback: AuditDecimals): AuditDecimals {
  if (value === undefined) return fallback;
  const checkOne = (name: string, d: unknown): number => {
    if (typeof d !== "number" || !Number.isInteger(d) || d < 0 || d > 10) {
      throw new BenchmarkError("invalid-option", `${fn}: decimals${name} must be a whole number from 0 to 10, got ${describeValue(d)}.`, {
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
    field === "previous.rate"
      ? row.previous?.rate
      : field === "current.rate"
        ? row.current?.rate
        : field === "change.rate"
          ? row.change?.rate
          : field === "change.percent"
            ? row.change?.percent
            : row.change?.count;
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
  const isRate = field === "previous.rate" || field === "current.rate";

  // 1. Copied from another row (same field or the other period's rate).
  if (field !== "change.count") {
    const fields: AuditField[] = isRate ? ["previous.rate", "current.rate"] : [field];
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
  if (field === "change.rate" && item.ratePrevious !== null && item.rateCurrent !== null) {
    const pairs: [number, number][] = [[roundHalfUp(item.ratePrevious, dec.rate), roundHalfUp(item.rateCurrent, dec.rate)]];
    if (row.previous?.rate !== undefined && row.current?.rate !== undefined) pairs.push([row.previous.rate, row.current.rate]);
    if (pairs.some(([b, a]) => same(roundHalfUp(a - b, decimals), published, decimals))) causes.push("change-from-rounded-rates");
  }
  // 3. Sign reversed: opposite sign, magnitude within one unit in the last place.
  if (field !== "previous.rate" && field !== "current.rate" && expected !== 0 && Math.sign(published) === -Math.sign(expected)) {
    if (Math.abs(Math.abs(published) - Math.abs(expected)) <= 10 ** -decimals * 1.000001) causes.push("sign-reversed");
  }
  // 4. Percent and percentage points confused.
  if (field === "change.rate") {
    const pct = percentOf(item);
    if (pct !== null && same(roundHalfUp(pct, decimals), published, decimals)) causes.push("percent-for-points");
  }
  if (field === "change.percent" && item.ratePrevious !== null && item.rateCurrent !== null) {
    if (same(roundHalfUp(item.rateCurrent - item.ratePrevious, decimals), published, decimals)) causes.push("points-for-percent");
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
  if (isRate || field === "change.rate") {
    const intervals: [number, number][] = [];
    const own: [number, number][] = [];
    const b = row.previous;
    const a = row.current;
    const add = (interval: [number, number] | null, mine: boolean) => {
      if (interval === null) return;
      intervals.push(interval);
      if (mine) own.push(interval);
    };
    if (b?.count !== undefined && b.rate !== undefined) add(impliedInterval(b.count, b.rate, dec.rate, item.per), field === "previous.rate");
    if (a?.count !== undefined && a.rate !== undefined) add(impliedInterval(a.count, a.rate, dec.rate, item.per), field === "current.rate");
    if (a?.count !== undefined && b?.count !== undefined && row.change?.rate !== undefined && item.popPrevious === item.popCurrent) {
      add(impliedInterval(a.count - b.count, row.change?.rate, dec.rateChange, item.per), field === "change.rate");
    }
    const intersect = (list: [number, number][]) => list.reduce<[number, number]>(([lo, hi], [l, h]) => [Math.max(lo, l), Math.min(hi, h)], [0, Infinity]);
    let [lo, hi] = intersect(intervals);
    if (!(lo < hi)) [lo, hi] = intersect(own);
    if (own.length > 0 && lo < hi) {
      implied = { min: lo, max: Number.isFinite(hi) ? hi : null };
      matchingAreas = Object.keys(populations).filter((area) => {
        const entry = populations[area];
        const values = typeof entry === "number" ? [entry] : [entry?.previous, entry?.current];
        return values.some((p) => typeof p === "number" && p > lo && p <= hi);
      });
      const ownPopulation = field === "previous.rate" ? item.popPrevious : item.popCurrent;
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
  const head = `${area} ${field}: printed ${formatNumber(published, decimals)}, recomputed ${formatNumber(expected, decimals)}`;
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
        implied?.max == null ? `above ${formatNumber(implied?.min ?? 0, 0)}` : `from ${formatNumber(implied.min, 0)} to ${formatNumber(implied.max, 0)}`
      }${matching.length > 0 ? `, which fits ${matching.join(", ")}` : ", which fits no area given"}.`;
    case "unexplained":
      return `${head}; no known cause reproduces the printed value.`;
  }
}
