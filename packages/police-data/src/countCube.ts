import { describeValue } from "@crimestats/internal";
import type { Taxonomy } from "@crimestats/schema";
import type { findCategory } from "@crimestats/taxonomy";
import { PoliceDataError } from "./PoliceDataError.js";
import { CubeAccumulator } from "./internal/accumulator.js";
import { categoryFinder } from "./internal/categoryFinder.js";
import { areaLookup, offenceMapper } from "./internal/mapping.js";
import { monthIndexOf } from "./internal/month.js";
import { ReconciliationBuilder } from "./internal/reconcile.js";
import type { MonthKey } from "@crimestats/periods";
import type { CountRow } from "@crimestats/schema";
import { OUTSIDE_AREA, UNKNOWN_AREA, type ReaderStats, type Reconciliation } from "./types.js";
import { isStringList, optionsOf } from "./internal/check.js";

/** A dimension of a {@link CountCube}. */
export type CubeDimension = "area" | "month" | "offence";

/**
 * A dense cube of counts on a typed array. `values` is row-major over `dims`: the cell of
 * labels `(l0, l1, l2)` is at `((i0 * shape[1]) + i1) * shape[2] + i2`, where `iN` is the
 * position of `lN` in `labels[dims[N]]`. Months run without gaps from the first to the last
 * month seen (months without rows are 0). Areas are sorted, with {@link UNKNOWN_AREA} and
 * {@link OUTSIDE_AREA} last; offences are in the order given or sorted.
 */
export interface CountCube {
  /** Dimensions, outermost first. */
  readonly dims: readonly CubeDimension[];
  /** Labels of each dimension present in `dims`. */
  readonly labels: {
    /** Area labels (LSOA codes, boroughs, wards…), when `dims` has `"area"`. */
    readonly area?: readonly string[];
    /** Months `"YYYY-MM"`, consecutive, when `dims` has `"month"`. */
    readonly month?: readonly MonthKey[];
    /** Offence labels, when `dims` has `"offence"`. */
    readonly offence?: readonly string[];
  };
  /** Length of each dimension, in the order of `dims`. */
  readonly shape: readonly number[];
  /** The counts, row-major. */
  readonly values: Float64Array;
  /** Sum of all counts (Neumaier summation). */
  readonly total: number;
  /** Data vintage (release) the counts come from, when given. */
  readonly vintage?: string;
}

/**
 * One row to count: a month, an offence text, and one or more area fields (the records of the
 * readers). `countCube` also counts the `CountRow` of `@crimestats/schema` (`{ area, month,
 * offence, count }`).
 */
export interface CountRecord {
  /** Month `"YYYY-MM"`. */
  readonly month: MonthKey;
  /** Offence text as published (mapped by the `offence` option). */
  readonly offence: string;
  /** Number of crimes the record stands for (1 when absent). */
  readonly count?: number;
  /** A generic area label or code; `null` or `""` when unknown. */
  readonly area?: string | null;
  /** LSOA code; `null` when the row has no location. */
  readonly lsoa?: string | null;
  /** Local authority district (borough) name. */
  readonly district?: string | null;
  /** Ward code. */
  readonly ward?: string | null;
  /** Borough name. */
  readonly borough?: string | null;
  /** Police force ("Falls within"). */
  readonly force?: string | null;
  /** Crime ID, for duplicate detection; `null` or `""` when empty. */
  readonly crimeId?: string | null;
  /** File the record came from (scope of duplicate detection, and messages). */
  readonly file?: string;
  /** Line of the record in its file. */
  readonly line?: number;
  /** Data vintage (release) of the record. */
  readonly vintage?: string;
}

/** Which field of a {@link CountRecord} gives the area. */
export type AreaField = "area" | "lsoa" | "district" | "ward" | "borough" | "force";

/** Options of {@link countCube}. */
export interface CountCubeOptions {
  /** Dimensions of the cube, outermost first (default `["area", "month", "offence"]`). Dimensions left out are summed over. */
  readonly by?: readonly CubeDimension[];
  /** Record field that gives the area (default `"area"`). A record without that field throws. */
  readonly area?: AreaField;
  /**
   * Maps the area value to the area label counted (e.g. LSOA code → borough). Values not in the
   * look-up are counted in {@link OUTSIDE_AREA}.
   */
  readonly lookup?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /**
   * Maps published offence text to the label counted (called once per distinct text). Returning
   * `undefined` (or throwing) means unmapped. Default: the text itself.
   */
  readonly offence?: (text: string) => string | undefined;
  /**
   * Map published offence text through a classification of `@crimestats/taxonomy` (e.g.
   * `policeUkCategories`, `metropolitanPoliceCategories`): the label counted is the category
   * `code` found by `findCategory`, so the labels of different releases and eras ("Violent
   * crime" and "Violence and sexual offences") meet in one category. Text the taxonomy does not
   * know is unmapped (see `unmapped`). Applied after `offence` when both are given. Offences are
   * then listed in the taxonomy's order.
   */
  readonly taxonomy?: Taxonomy;
  /** With `taxonomy`: only match categories at this level (`MajorText` is level 1, `MinorText` level 2 of the MPS categories). */
  readonly level?: number;
  /** What to do with a row whose offence text is unmapped: `"throw"` (default) or `"reject"` it (code `unmapped-offence`). */
  readonly unmapped?: "throw" | "reject";
  /**
   * Rows whose Crime ID already appeared in the same run of rows of one month in the same file
   * (a data.police.uk file holds one month): `"keep"` (default) or `"drop"` (rejected as
   * `duplicate-crime-id`). Either way they are counted in `duplicateCrimeIds`.
   */
  readonly duplicates?: "keep" | "drop";
  /** Only count months in this inclusive range; other rows are rejected as `filtered`. */
  readonly months?: { readonly first: MonthKey; readonly last: MonthKey };
  /** Area labels to list first and always (in this order), even with zero counts. */
  readonly areas?: readonly string[];
  /** Offence labels to list first and always (in this order), even with zero counts. */
  readonly offences?: readonly string[];
  /** Vintage recorded on the cube (default: the records' own `vintage`, which must then be the same for all). */
  readonly vintage?: string;
}

/** The result of counting: the cube and how every row was accounted for. */
export interface CountCubeResult {
  /** The counts. */
  readonly cube: CountCube;
  /** Rows read, counted, in the unknown areas and rejected (with their codes); they add up. */
  readonly reconciliation: Reconciliation;
}

const DEFAULT_BY: readonly CubeDimension[] = ["area", "month", "offence"];

/** @internal Validate and normalise the shared options (`find`: `findCategory`, when the options name a taxonomy; see `categoryFinder`). */
export function resolveCommon(
  options: CountCubeOptions,
  find: typeof findCategory | undefined,
): {
  by: readonly CubeDimension[];
  lookup: ((code: string) => string) | undefined;
  mapOffence: (text: string) => string | undefined;
  why: ReadonlyMap<string, string>;
  offenceOrder: readonly string[] | undefined;
  unmapped: "throw" | "reject";
  duplicates: "keep" | "drop";
  first: number;
  last: number;
} {
  if (options.vintage !== undefined && typeof options.vintage !== "string") {
    throw new PoliceDataError("invalid-option", `vintage: expected a release label (text), got ${describeValue(options.vintage)}`, {
      vintage: describeValue(options.vintage),
    });
  }
  const by = options.by ?? DEFAULT_BY;
  if (!Array.isArray(by) || by.length === 0) {
    throw new PoliceDataError("invalid-option", `by: expected a non-empty list of "area", "month", "offence", got ${describeValue(by)}`, { by });
  }
  const unmapped = options.unmapped ?? "throw";
  if (unmapped !== "throw" && unmapped !== "reject") {
    throw new PoliceDataError("invalid-option", `unmapped: expected "throw" or "reject", got ${describeValue(unmapped)}`, { unmapped });
  }
  const duplicates = options.duplicates ?? "keep";
  if (duplicates !== "keep" && duplicates !== "drop") {
    throw new PoliceDataError("invalid-option", `duplicates: expected "keep" or "drop", got ${describeValue(duplicates)}`, { duplicates });
  }
  for (const key of ["areas", "offences"] as const) {
    const list = options[key];
    if (list !== undefined && !isStringList(list)) {
      throw new PoliceDataError("invalid-option", `${key}: expected a list of labels (text), got ${describeValue(list)}`, { [key]: describeValue(list) });
    }
  }
  let first = -Infinity;
  let last = Infinity;
  if (options.months !== undefined) {
    if (typeof options.months !== "object" || options.months === null) {
      throw new PoliceDataError("invalid-option", `months: expected { first, last } as "YYYY-MM", got ${describeValue(options.months)}`, {
        months: describeValue(options.months),
      });
    }
    first = monthIndexOf(options.months.first);
    last = monthIndexOf(options.months.last);
    if (first < 0 || last < 0 || first > last) {
      throw new PoliceDataError("invalid-option", `months: expected { first, last } as "YYYY-MM" with first <= last, got ${describeValue(options.months)}`, {
        months: describeValue(options.months),
      });
    }
  }
  const mapper = offenceMapper(options.offence);
  const taxonomy = options.taxonomy;
  if (taxonomy !== undefined && (typeof taxonomy !== "object" || taxonomy === null || !Array.isArray(taxonomy.categories))) {
    throw new PoliceDataError("invalid-option", `taxonomy: expected a Taxonomy of @crimestats/taxonomy (with categories), got ${typeof taxonomy}`, {
      taxonomy,
    });
  }
  if (taxonomy !== undefined && find === undefined) throw new Error("resolveCommon: a taxonomy is given without findCategory (see categoryFinder)");
  const why = new Map<string, string>();
  const level = options.level;
  const mapOffence = (text: string): string | undefined => {
    try {
      const label = mapper(text);
      if (label === undefined) {
        why.set(text, "the offence option returned undefined");
        return undefined;
      }
      if (taxonomy === undefined) return label;
      return find!(taxonomy, label, level === undefined ? undefined : { level }).code;
    } catch (e) {
      why.set(text, e instanceof Error ? e.message : describeValue(e));
      return undefined;
    }
  };
  const offenceOrder = options.offences ?? (taxonomy === undefined ? undefined : taxonomy.categories.map((c) => c.code));
  return { by, lookup: areaLookup(options.lookup), mapOffence, why, offenceOrder, unmapped, duplicates, first, last };
}

/** @internal Throw for an unmapped offence text. */
export function unmappedError(text: string, file: string, line: number, why: ReadonlyMap<string, string>): PoliceDataError {
  const explanation = why.get(text);
  return new PoliceDataError(
    "invalid-value",
    `${file}:${line}: offence category ${describeValue(text)} is not mapped${explanation === undefined ? "" : ` (${explanation})`}; expected a known category (or set unmapped: "reject")`,
    { file, line, value: text, explanation: explanation ?? null },
  );
}

function isReader(x: unknown): x is { stats: ReaderStats } {
  return typeof x === "object" && x !== null && "stats" in x && typeof (x as { stats: unknown }).stats === "object";
}

/**
 * Count records into a dense area × month × offence cube, with a reconciliation that accounts
 * for every row: `rowsRead = rowsCounted + rowsUnknownArea + rowsRejected`. Rows without an area
 * are counted in {@link UNKNOWN_AREA} and rows whose area is not in `lookup` in
 * {@link OUTSIDE_AREA}, never dropped. Memory grows with the number of distinct labels, not
 * with the number of records (except the Crime IDs of one file, kept to find duplicates).
 * When `records` is a {@link RecordReader}, the rows it rejected are part of the reconciliation.
 * Records of different vintages (releases) are never mixed in one cube.
 *
 * @param records - the records (any iterable or async iterable, e.g. `readStreetCrimes(...)`).
 * @param options - dimensions, area field and look-up, offence mapping, duplicates, months.
 * @returns the cube and its reconciliation.
 * @throws {@link PoliceDataError} `invalid-option` for an invalid option; `invalid-month` for a bad
 * month; `invalid-count` for a bad count (a number from 0 to `Number.MAX_SAFE_INTEGER`);
 * `invalid-value` for a record without the area field chosen, an area or offence that is not
 * text, records of two vintages (and, with `unmapped: "throw"`, an unmapped offence);
 * `invalid-argument` for records that are not an iterable of objects.
 * @example
 * ```ts
 * const { cube, reconciliation } = await countCube(
 *   [
 *     { area: "Harrow", month: "2024-01", offence: "Burglary" },
 *     { area: "Harrow", month: "2024-03", offence: "Burglary", count: 2 },
 *     { area: null, month: "2024-01", offence: "Robbery" },
 *   ],
 *   { by: ["area", "month"] },
 * );
 * cube.labels.area;
 * //=> ["Harrow", "(unknown)"]
 * cube.labels.month;
 * //=> ["2024-01", "2024-02", "2024-03"]
 * [...cube.values];
 * //=> [1, 0, 2, 1, 0, 0]
 * [reconciliation.rowsRead, reconciliation.rowsCounted, reconciliation.rowsUnknownArea];
 * //=> [3, 2, 1]
 * ```
 */
export async function countCube(
  records: Iterable<CountRecord | CountRow> | AsyncIterable<CountRecord | CountRow>,
  options?: CountCubeOptions,
): Promise<CountCubeResult> {
  options = optionsOf("countCube", options);
  if (typeof records !== "object" || records === null || !(Symbol.asyncIterator in records || Symbol.iterator in records)) {
    throw new PoliceDataError(
      "invalid-argument",
      `records: expected an iterable or async iterable of records (e.g. readStreetCrimes(...)), got ${describeValue(records)}`,
      { records: describeValue(records) },
    );
  }
  const common = resolveCommon(options, await categoryFinder(options));
  const field: AreaField = options.area ?? "area";
  if (!["area", "lsoa", "district", "ward", "borough", "force"].includes(field)) {
    throw new PoliceDataError("invalid-option", `area: expected one of area, lsoa, district, ward, borough, force, got ${describeValue(field)}`, {
      area: field,
    });
  }
  const acc = new CubeAccumulator();
  for (const a of options.areas ?? []) acc.areaId(a);
  for (const o of options.offences ?? []) acc.offenceId(o);
  const rec = new ReconciliationBuilder();
  const offenceIds = new Map<string, number>();
  const areaIds = new Map<string, number>();
  let unknownId = -1;
  let currentFile: string | undefined;
  const seen = new Set<string>();
  let seenMonth = -1;
  let vintage: string | undefined;
  const readerFiles: string[] = [];
  for await (const r of records as AsyncIterable<CountRecord>) {
    if (typeof r !== "object" || r === null) {
      throw new PoliceDataError("invalid-argument", `record ${rec.rowsRead + 1}: expected an object with month and offence, got ${describeValue(r)}`, {
        record: rec.rowsRead + 1,
      });
    }
    rec.rowsRead++;
    const file = typeof r.file === "string" ? r.file : "<records>";
    const line = typeof r.line === "number" ? r.line : rec.rowsRead;
    if (typeof r.offence !== "string") {
      throw new PoliceDataError("invalid-value", `${file}:${line}: offence ${describeValue(r.offence)} is not text; expected the offence as published`, {
        file,
        line,
      });
    }
    if (file !== currentFile) {
      currentFile = file;
      seen.clear();
      seenMonth = -1;
      if (r.file !== undefined && !readerFiles.includes(file)) readerFiles.push(file);
    }
    const m = typeof r.month === "string" ? monthIndexOf(r.month) : -1;
    if (m < 0) {
      throw new PoliceDataError("invalid-month", `${file}:${line}: month ${describeValue(r.month)} is not a month; expected "YYYY-MM"`, {
        file,
        line,
        value: r.month,
      });
    }
    if (r.vintage !== undefined && typeof r.vintage !== "string") {
      throw new PoliceDataError("invalid-value", `${file}:${line}: vintage ${describeValue(r.vintage)} is not text; expected a release label`, { file, line });
    }
    if (r.vintage !== undefined && r.vintage !== vintage) {
      if (vintage !== undefined) {
        throw new PoliceDataError(
          "invalid-value",
          `${file}:${line}: vintage ${describeValue(r.vintage)} mixed with ${describeValue(vintage)}; expected the records of one release (count each vintage apart and compare them with compareVintages)`,
          { file, line, vintage: r.vintage, previous: vintage },
        );
      }
      vintage = r.vintage;
    }
    const count = r.count ?? 1;
    if (typeof count !== "number" || !(count >= 0 && count <= Number.MAX_SAFE_INTEGER)) {
      throw new PoliceDataError(
        "invalid-count",
        `${file}:${line}: count ${describeValue(count)} is not a count; expected a number from 0 to ${Number.MAX_SAFE_INTEGER}`,
        {
          file,
          line,
          value: typeof count === "number" ? count : describeValue(count),
        },
      );
    }
    if (m < common.first || m > common.last) {
      rec.reject("filtered", file, line, `month ${r.month} is outside ${options.months!.first}..${options.months!.last}`);
      continue;
    }
    let off = offenceIds.get(r.offence);
    if (off === undefined) {
      const label = typeof r.offence === "string" ? common.mapOffence(r.offence) : undefined;
      off = label === undefined ? -1 : acc.offenceId(label);
      offenceIds.set(r.offence, off);
    }
    if (off < 0) {
      if (common.unmapped === "throw") throw unmappedError(String(r.offence), file, line, common.why);
      rec.reject("unmapped-offence", file, line, `offence ${describeValue(r.offence)} is not mapped`);
      continue;
    }
    const id = r.crimeId;
    if (id === undefined || id === null || id === "") {
      if (id !== undefined) rec.emptyCrimeIds++;
    } else {
      if (m !== seenMonth) {
        seenMonth = m;
        seen.clear();
      }
      if (seen.has(id)) {
        rec.duplicateCrimeIds++;
        if (common.duplicates === "drop") {
          rec.reject("duplicate-crime-id", file, line, `Crime ID ${id} already seen in ${r.month}`);
          continue;
        }
      } else seen.add(id);
    }
    if (!(field in r)) {
      throw new PoliceDataError(
        "invalid-value",
        `${file}:${line}: the record has no field ${describeValue(field)}; expected the area option to name a field the records have`,
        { file, line, area: field },
      );
    }
    const value = r[field];
    let area: number;
    if (value !== null && value !== undefined && typeof value !== "string") {
      throw new PoliceDataError(
        "invalid-value",
        `${file}:${line}: ${field} ${describeValue(value)} is not text; expected an area label or code (or null when unknown)`,
        { file, line, area: field },
      );
    }
    if (value === null || value === undefined || value === "") {
      if (unknownId < 0) unknownId = acc.areaId(UNKNOWN_AREA);
      area = unknownId;
      rec.noArea++;
    } else {
      let a = areaIds.get(value);
      if (a === undefined) {
        const label = common.lookup === undefined ? value : common.lookup(value);
        const id = acc.areaId(label);
        a = label === OUTSIDE_AREA && common.lookup !== undefined ? ~id : id;
        areaIds.set(value, a);
      }
      if (a < 0) {
        area = ~a;
        rec.outsideLookup++;
      } else {
        area = a;
        rec.rowsCounted++;
      }
    }
    acc.add(area, acc.monthSlot(m), off, count);
    rec.addTotal(count);
  }
  if (isReader(records)) {
    rec.mergeReader(records.stats);
  } else {
    rec.files.push(...readerFiles);
  }
  const cube = acc.finish(common.by, {
    areaOrder: options.areas,
    offenceOrder: seenInOrder(common.offenceOrder, acc.offenceLabels, options.offences !== undefined),
    vintage: options.vintage ?? vintage,
  });
  return { cube, reconciliation: rec.build() };
}

/** @internal The offence order to finish with: declared offences as given; taxonomy order restricted to the labels seen. */
export function seenInOrder(order: readonly string[] | undefined, seen: readonly string[], declared: boolean): readonly string[] | undefined {
  if (order === undefined || declared) return order;
  const have = new Set(seen);
  return order.filter((o) => have.has(o));
}
