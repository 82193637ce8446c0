import type { RateResult } from "@crimestats/rates";
import { percentChange, rate } from "./internal/rates.js";
import { BenchmarkError } from "./BenchmarkError.js";
import { comparatorValue, type ComparatorGroup } from "./comparatorValue.js";
import { indexByArea } from "./internal/areas.js";
import { assertCount, assertObject, assertOneOf, assertPositive, isNameList, show } from "./internal/validate.js";
import { rankValues } from "./rankValues.js";
import type { TieRule } from "./types.js";

/** One area's counts (and population) for {@link benchmarkTable}. */
export interface BenchmarkArea {
  /** The area's name. */
  readonly area: string;
  /**
   * The population: one number reused for both periods (Harrow's reports use the ONS mid-2017
   * estimate for 2017 and 2018, docs/methods.md#rate-per-1000-residents), or one per period key.
   */
  readonly population: number | Readonly<Record<string, number>>;
  /** The counts by period key, e.g. `{ "2017": 2386, "2018": 2240 }`. */
  readonly counts: Readonly<Record<string, number>>;
}

/** Options of {@link benchmarkTable}. */
export interface BenchmarkTableOptions {
  /** The areas' counts and populations (the group's members, and the London row if `london` names one). */
  readonly areas: readonly BenchmarkArea[];
  /** The key of the earlier period in `counts`, e.g. `"2017"`. */
  readonly before: string;
  /** The key of the later period in `counts`, e.g. `"2018"`. */
  readonly after: string;
  /** The rate base (default 1,000). */
  readonly per?: number | undefined;
  /** The area the Strategic Assessment is about, e.g. `"Harrow"`; it must be in `group`. */
  readonly focus: string;
  /** The comparator group ranked together, the focus included, e.g. Harrow and its four neighbours. */
  readonly group: readonly string[];
  /**
   * The London benchmark: the name of a row of `areas` (Greater London as one area), or a
   * comparator group (`pooled`, `mean-of-rates` or `median-of-rates`) over rows of `areas`.
   */
  readonly london?: string | ComparatorGroup | undefined;
  /** The tie rule of the ranks (default `min`). */
  readonly ties?: TieRule | undefined;
  /** Confidence level(s) of the rates' intervals, passed to `rate()` (default `[0.95, 0.998]`). */
  readonly confidence?: number | readonly number[] | undefined;
}

/** Ranks within the group (ascending: 1 = lowest rate, 1 = most negative change). */
export interface TableRanks {
  /** Rank of the earlier rate. */
  readonly before: number;
  /** Rank of the later rate. */
  readonly after: number;
  /** Rank of the rate change (1 = the largest fall or smallest rise). */
  readonly rateChange: number;
}

/** A rate compared with the London rate of the same period. */
export interface LondonComparison {
  /** `lower`, `higher` or `equal` for the earlier period. */
  readonly before: "lower" | "higher" | "equal";
  /** `lower`, `higher` or `equal` for the later period. */
  readonly after: "lower" | "higher" | "equal";
  /** The area's later rate minus London's later rate (unrounded). */
  readonly difference: number;
}

/** One row of a {@link BenchmarkTableResult}. */
export interface BenchmarkTableRow {
  /** The area. */
  readonly area: string;
  /** Whether this is the focus area. */
  readonly isFocus: boolean;
  /** Whether this is the London row. */
  readonly isLondon: boolean;
  /** The earlier period's rate, with its count, population, per and intervals. */
  readonly before: RateResult;
  /** The later period's rate. */
  readonly after: RateResult;
  /** Offences change: after count − before count. */
  readonly offencesChange: number;
  /** Rate change: after rate − before rate, the difference of the UNROUNDED rates (docs/methods.md#rate-change). */
  readonly rateChange: number;
  /** Percent change in offences; `null` when the earlier count is 0. */
  readonly percentChange: number | null;
  /** Ranks within the group; `null` for the London row. */
  readonly rank: TableRanks | null;
  /** Comparison with the London rate; `null` for the London row or without `london`. */
  readonly vsLondon: LondonComparison | null;
}

/** The result of {@link benchmarkTable}: the Strategic Assessment table. */
export interface BenchmarkTableResult {
  /** The earlier period key. */
  readonly before: string;
  /** The later period key. */
  readonly after: string;
  /** The rate base. */
  readonly per: number;
  /** The focus area. */
  readonly focus: string;
  /** The number of areas ranked (the group's size). */
  readonly total: number;
  /** The tie rule of the ranks. */
  readonly ties: TieRule;
  /** The group's rows in the order of `group`, then the London row when London is a row. */
  readonly rows: readonly BenchmarkTableRow[];
  /** London's rates and change, and how they were formed; `null` without `london`. */
  readonly london: {
    readonly area: string;
    readonly rule: "row" | "pooled" | "mean-of-rates" | "median-of-rates";
    readonly before: number;
    readonly after: number;
    readonly rateChange: number;
  } | null;
}

/**
 * Builds the Strategic Assessment benchmark table (Harrow 2019 Strategy, strategic assessment): for each area of the
 * comparator group, offences and rate in each period, offences change, rate change (difference of
 * the unrounded rates), ranks within the group, and the comparison with the London rate. Rates come
 * from `rate()` of `@crimestats/rates` with their intervals; nothing is rounded (round for display
 * with `roundHalfUp`, or let {@link describeTable} write the sentences).
 *
 * @param options - `areas`, `before`, `after`, `per`, `focus`, `group`, `london`, `ties`, `confidence`.
 * @returns The table rows, the number ranked and London's figures.
 * @throws {@link BenchmarkError} `missing-member` when a group member, the focus or London has no
 *   row or no count for a period, or the focus is not in the group; `duplicate-area` when an area
 *   appears twice; `invalid-number` for a bad count or population; `invalid-option` for bad options
 *   (London inside the group, an `external` London group, equal period keys).
 * @example
 * ```ts
 * const table = benchmarkTable({
 *   areas: [
 *     { area: "Harrow", population: 248880, counts: { "2017": 2386, "2018": 2240 } },
 *     { area: "Ealing", population: 342720, counts: { "2017": 3040, "2018": 3018 } },
 *     { area: "London", population: 8824800, counts: { "2017": 91777, "2018": 97643 } },
 *   ],
 *   before: "2017", after: "2018", per: 1000,
 *   focus: "Harrow", group: ["Harrow", "Ealing"], london: "London",
 * });
 * table.rows[0].after.value;        // 2240 / 248,880 × 1,000
 * //=> 9.00032144005143
 * table.rows[0].rank.after;         // Ealing's 8.81 is lower
 * //=> 2
 * table.rows[0].vsLondon.after;
 * //=> "lower"
 * ```
 */
export function benchmarkTable(options: BenchmarkTableOptions): BenchmarkTableResult {
  const fn = "benchmarkTable";
  assertObject(fn, "options", options);
  const { before, after, focus } = options;
  for (const [name, key] of [["before", before], ["after", after]] as const) {
    if (typeof key !== "string" || key === "") {
      throw new BenchmarkError("invalid-option", `${fn}: ${name} must be a period key such as "2017", got ${show(key)}.`, {
        name,
        value: key,
      });
    }
  }
  if (before === after) {
    throw new BenchmarkError("invalid-option", `${fn}: before and after are both ${show(before)}; two different periods are needed.`, {
      before,
      after,
    });
  }
  const per = options.per ?? 1000;
  assertPositive(fn, "per", per);
  const ties = options.ties ?? "min";
  assertOneOf(fn, "ties", ties, ["min", "dense", "average"] as const);
  const confidence = options.confidence ?? [0.95, 0.998];
  const byArea = indexByArea(fn, options.areas, "areas");
  const group = options.group;
  if (!isNameList(group) || group.length === 0) {
    throw new BenchmarkError("invalid-option", `${fn}: group must be a non-empty array of area names, got ${show(group)}.`, {
      name: "group",
      value: group,
    });
  }
  const seen = new Set<string>();
  for (const area of group) {
    if (seen.has(area)) {
      throw new BenchmarkError("duplicate-area", `${fn}: the area ${show(area)} is listed twice in group.`, { area });
    }
    seen.add(area);
  }
  if (typeof focus !== "string" || !seen.has(focus)) {
    throw new BenchmarkError("missing-member", `${fn}: the focus area ${show(focus)} is not in the group ${show(group)}.`, {
      focus,
      group,
    });
  }

  const populationOf = (row: BenchmarkArea, period: string): number => {
    const p = typeof row.population === "number" ? row.population : row.population?.[period];
    if (p === undefined) {
      throw new BenchmarkError("missing-member", `${fn}: ${show(row.area)} has no population for ${show(period)}.`, {
        area: row.area,
        period,
      });
    }
    assertPositive(fn, `population of ${row.area} for ${period}`, p);
    return p;
  };
  const countOf = (row: BenchmarkArea, period: string): number => {
    const c = row.counts?.[period];
    if (c === undefined) {
      throw new BenchmarkError("missing-member", `${fn}: ${show(row.area)} has no count for ${show(period)}.`, {
        area: row.area,
        period,
      });
    }
    assertCount(fn, `count of ${row.area} for ${period}`, c);
    return c;
  };
  const rowFor = (area: string, what: string): BenchmarkArea => {
    const row = byArea.get(area);
    if (row === undefined) {
      throw new BenchmarkError("missing-member", `${fn}: ${what} ${show(area)} has no row in areas.`, { area });
    }
    return row;
  };
  // A row's rates and changes: the fields every table row has, the London row's too.
  const build = (row: BenchmarkArea) => {
    const b = rate(countOf(row, before), populationOf(row, before), { per, confidence });
    const a = rate(countOf(row, after), populationOf(row, after), { per, confidence });
    const pct = percentChange(b.count, a.count);
    return {
      before: b,
      after: a,
      offencesChange: a.count - b.count,
      rateChange: a.value - b.value,
      percentChange: pct === null ? null : (pct as number),
    };
  };

  const members = group.map((area) => ({ area, ...build(rowFor(area, "group member")) }));

  // London: a row, or a comparator group over rows.
  let london: BenchmarkTableResult["london"] = null;
  let londonRow: BenchmarkTableRow | null = null;
  const londonOption = options.london;
  if (typeof londonOption === "string") {
    if (seen.has(londonOption)) {
      throw new BenchmarkError("invalid-option", `${fn}: London (${show(londonOption)}) must not be a member of the group it benchmarks.`, {
        london: londonOption,
      });
    }
    const built = build(rowFor(londonOption, "London"));
    london = {
      area: londonOption,
      rule: "row",
      before: built.before.value,
      after: built.after.value,
      rateChange: built.rateChange,
    };
    londonRow = { area: londonOption, isFocus: false, isLondon: true, ...built, rank: null, vsLondon: null };
  } else if (londonOption !== undefined) {
    assertObject(fn, "london", londonOption);
    if (londonOption.aggregation === "external") {
      throw new BenchmarkError(
        "invalid-option",
        `${fn}: london must be a row or a pooled, mean-of-rates or median-of-rates group; an external group has one value, not one per period.`,
        { london: londonOption.id },
      );
    }
    const londonMembers: unknown = londonOption.members;
    if (!isNameList(londonMembers)) {
      throw new BenchmarkError("invalid-option", `${fn}: london.members must be an array of area names, got ${show(londonMembers)}.`, {
        name: "london.members",
        value: londonMembers,
      });
    }
    const rowsFor = (period: string) =>
      londonMembers.map((area) => {
        const row = rowFor(area, "London member");
        return { area, count: countOf(row, period), population: populationOf(row, period) };
      });
    const b = comparatorValue(londonOption, rowsFor(before), { per });
    const a = comparatorValue(londonOption, rowsFor(after), { per });
    london = {
      area: londonOption.id,
      rule: a.rule as "pooled" | "mean-of-rates" | "median-of-rates",
      before: b.value,
      after: a.value,
      rateChange: a.value - b.value,
    };
  }

  const n = members.length;
  const rankOf = (values: Float64Array) => rankValues(values, { order: "ascending", ties });
  const rBefore = rankOf(Float64Array.from(members, (m) => m.before.value));
  const rAfter = rankOf(Float64Array.from(members, (m) => m.after.value));
  const rChange = rankOf(Float64Array.from(members, (m) => m.rateChange));
  const compare = (x: number, y: number) => (x < y ? "lower" : x > y ? "higher" : "equal");
  const rows: BenchmarkTableRow[] = members.map(({ area, ...m }, i) => ({
    area,
    isFocus: area === focus,
    isLondon: false,
    ...m,
    rank: { before: rBefore[i] as number, after: rAfter[i] as number, rateChange: rChange[i] as number },
    vsLondon:
      london === null
        ? null
        : {
            before: compare(m.before.value, london.before),
            after: compare(m.after.value, london.after),
            difference: m.after.value - london.after,
          },
  }));
  if (londonRow !== null) rows.push(londonRow);
  return { before, after, per, focus, total: n, ties, rows, london };
}
