import type { RateResult } from "@crimestats/rates";
import { describeValue } from "@crimestats/internal";
import { percentChange, rate } from "./internal/rates.js";
import { BenchmarkError } from "./BenchmarkError.js";
import { comparatorValue, type ComparatorGroupRule } from "./comparatorValue.js";
import { indexByArea } from "./internal/areas.js";
import { displayTable } from "./internal/display.js";
import { assertCount, assertObject, assertOneOf, assertPopulation, assertPositive, isNameList } from "./internal/validate.js";
import { rankValues } from "./rankValues.js";
import type { TieRule } from "./types.js";

/** One area's counts (and population) for {@link benchmarkTable}. */
export interface BenchmarkArea {
  /** The area's name. */
  readonly area: string;
  /**
   * The population: one number reused for both periods (a published strategic assessment may use
   * one mid-year estimate for both years, docs/methods.md#rate-per-1000-residents), or one per
   * period key.
   */
  readonly population: number | Readonly<Record<string, number>>;
  /** The counts by period key, e.g. `{ "2017": 2386, "2018": 2240 }`. */
  readonly counts: Readonly<Record<string, number>>;
}

/** Options of {@link benchmarkTable}. */
export interface BenchmarkTableOptions {
  /** The areas' counts and populations (the group's members, and the benchmark area's row or members). */
  readonly areas: readonly BenchmarkArea[];
  /** The key of the earlier period in `counts`, e.g. `"2017"`. */
  readonly previousPeriod: string;
  /** The key of the later period in `counts`, e.g. `"2018"`. */
  readonly currentPeriod: string;
  /** The rate base (default 1,000). */
  readonly per?: number | undefined;
  /** The area the table is about, e.g. `"Allerdale"`; it must be in `group`. */
  readonly focus: string;
  /** The comparator group ranked together, the focus included, e.g. a district and its neighbours. */
  readonly group: readonly string[];
  /**
   * The benchmark area, the wider area the focus belongs to (a police force area, a region,
   * England and Wales): the name of a row of `areas` holding the whole area's counts, or a
   * `ComparatorGroup` of `@crimestats/schema` (`pooled`, `mean-of-rates` or `median-of-rates`) over
   * rows of `areas`, named by its `name` (or `id`).
   */
  readonly benchmarkArea?: string | ComparatorGroupRule | undefined;
  /** The tie rule of the ranks (default `min`). */
  readonly ties?: TieRule | undefined;
  /** Confidence level(s) of the rates' intervals as fractions, passed to `rate()` (default `[0.95, 0.998]`). */
  readonly confidence?: number | readonly number[] | undefined;
}

/** Ranks within the group (ascending: 1 = lowest rate, 1 = most negative change). */
export interface TableRanks {
  /** Rank of the earlier rate. */
  readonly previous: number;
  /** Rank of the later rate. */
  readonly current: number;
  /** Rank of the rate change (1 = the largest fall or smallest rise). */
  readonly change: number;
}

/** A rate compared with the benchmark area's rate of the same period. */
export interface BenchmarkAreaComparison {
  /** `lower`, `higher` or `similar` (the same rate) for the earlier period, the words of `compareWithBenchmark`. */
  readonly previous: "lower" | "higher" | "similar";
  /** `lower`, `higher` or `similar` (the same rate) for the later period, the words of `compareWithBenchmark`. */
  readonly current: "lower" | "higher" | "similar";
  /** The area's later rate minus the benchmark area's later rate (unrounded). */
  readonly difference: number;
}

/** The changes of one row from the earlier to the later period. */
export interface TableChange {
  /** Change in the count of offences: current count − previous count. */
  readonly count: number;
  /** Rate change: current rate − previous rate, the difference of the UNROUNDED rates (docs/methods.md#rate-change). */
  readonly value: number;
  /** Percent change in the count; `null` when the earlier count is 0. */
  readonly percent: number | null;
}

/** One row of a {@link BenchmarkTableResult}. */
export interface BenchmarkTableRow {
  /** The area. */
  readonly area: string;
  /** Whether this is the focus area. */
  readonly isFocus: boolean;
  /** Whether this is the benchmark area's own row. */
  readonly isBenchmarkArea: boolean;
  /** The earlier period's rate, with its count, population, per and intervals. */
  readonly previous: RateResult;
  /** The later period's rate. */
  readonly current: RateResult;
  /** The changes from the earlier to the later period. */
  readonly change: TableChange;
  /** Ranks within the group; `null` for the benchmark area's row. */
  readonly rank: TableRanks | null;
  /** Comparison with the benchmark area's rate; `null` for its own row or without `benchmarkArea`. */
  readonly vsBenchmarkArea: BenchmarkAreaComparison | null;
}

/** The benchmark area's rates in a {@link BenchmarkTableResult}, and how they were formed. */
export interface BenchmarkAreaRates {
  /** The benchmark area's name (the row's area, or the group's `name` or `id`). */
  readonly area: string;
  /** `row` when it is a row of `areas`, otherwise the group's aggregation. */
  readonly rule: "row" | "pooled" | "mean-of-rates" | "median-of-rates";
  /** The earlier period's rate. */
  readonly previous: number;
  /** The later period's rate. */
  readonly current: number;
  /** The change from the earlier to the later period. */
  readonly change: {
    /** The rate change (current − previous, unrounded). */
    readonly value: number;
  };
}

/** The result of {@link benchmarkTable}: the strategic assessment's benchmark table. */
export interface BenchmarkTableResult {
  /** The earlier period key. */
  readonly previousPeriod: string;
  /** The later period key. */
  readonly currentPeriod: string;
  /** The rate base. */
  readonly per: number;
  /** The focus area. */
  readonly focus: string;
  /** The number of areas ranked (the group's size). */
  readonly total: number;
  /** The tie rule of the ranks. */
  readonly ties: TieRule;
  /** The group's rows in the order of `group`, then the benchmark area's row when it is a row. */
  readonly rows: readonly BenchmarkTableRow[];
  /** The benchmark area's rates and change; `null` without `benchmarkArea`. */
  readonly benchmarkArea: BenchmarkAreaRates | null;
}

/**
 * Builds a strategic assessment's benchmark table: for each area of the comparator group,
 * offences and rate in each period, the changes (offences, rate as the difference of the unrounded
 * rates, percent), ranks within the group, and the comparison with the benchmark area's rate (the
 * wider area the focus belongs to: a police force area, a region, England and Wales). Rates come
 * from `rate()` of `@crimestats/rates` with their intervals; nothing is rounded (round for display
 * with `roundHalfUp`, or let {@link describeTable} write the sentences). In a REPL the table
 * prints as a grid.
 *
 * @param options - `areas`, `previousPeriod`, `currentPeriod`, `per`, `focus`, `group`,
 *   `benchmarkArea`, `ties`, `confidence`.
 * @returns The table rows, the number ranked and the benchmark area's figures.
 * @throws {@link BenchmarkError} `missing-member` when a group member, the focus or the benchmark
 *   area has no row or no count for a period, or the focus is not in the group; `duplicate-area`
 *   when an area appears twice; `invalid-count` for a bad count; `invalid-population` for a bad
 *   population; `invalid-option` for bad options (the benchmark area inside the group, an
 *   `external` group, equal period keys).
 * @example
 * ```ts
 * const table = benchmarkTable({
 *   areas: [
 *     { area: "Allerdale", population: 97000, counts: { "2017": 4100, "2018": 4350 } },
 *     { area: "Copeland", population: 68000, counts: { "2017": 3300, "2018": 3200 } },
 *     { area: "Cumbria", population: 500000, counts: { "2017": 21000, "2018": 22500 } },
 *   ],
 *   previousPeriod: "2017", currentPeriod: "2018", per: 1000,
 *   focus: "Allerdale", group: ["Allerdale", "Copeland"], benchmarkArea: "Cumbria",
 * });
 * table.rows[0].current.value;      // 4,350 / 97,000 × 1,000
 * //=> 44.845360824742265
 * table.rows[0].rank.current;       // Copeland's 47.06 is higher
 * //=> 1
 * table.rows[0].vsBenchmarkArea.current; // Cumbria: 45.00
 * //=> "lower"
 * ```
 */
export function benchmarkTable(options: BenchmarkTableOptions): BenchmarkTableResult {
  const fn = "benchmarkTable";
  assertObject(fn, "options", options);
  const { previousPeriod, currentPeriod, focus } = options;
  for (const [name, key] of [
    ["previousPeriod", previousPeriod],
    ["currentPeriod", currentPeriod],
  ] as const) {
    if (typeof key !== "string" || key === "") {
      throw new BenchmarkError("invalid-option", `${fn}: ${name} must be a period key such as "2017", got ${describeValue(key)}.`, {
        name,
        value: key,
      });
    }
  }
  if (previousPeriod === currentPeriod) {
    throw new BenchmarkError(
      "invalid-option",
      `${fn}: previousPeriod and currentPeriod are both ${describeValue(previousPeriod)}; two different periods are needed.`,
      { previousPeriod, currentPeriod },
    );
  }
  const per = options.per ?? 1000;
  assertPositive(fn, "per", per);
  const ties = options.ties ?? "min";
  assertOneOf(fn, "ties", ties, ["min", "dense", "average"] as const);
  const confidence = options.confidence ?? [0.95, 0.998];
  const byArea = indexByArea(fn, options.areas, "areas", "invalid-option");
  const group = options.group;
  if (!isNameList(group) || group.length === 0) {
    throw new BenchmarkError("invalid-option", `${fn}: group must be a non-empty array of area names, got ${describeValue(group)}.`, {
      name: "group",
      value: group,
    });
  }
  const seen = new Set<string>();
  for (const area of group) {
    if (seen.has(area)) {
      throw new BenchmarkError("duplicate-area", `${fn}: the area ${describeValue(area)} is listed twice in group.`, { area });
    }
    seen.add(area);
  }
  if (typeof focus !== "string" || !seen.has(focus)) {
    throw new BenchmarkError(
      "missing-member",
      `${fn}: the focus area ${describeValue(focus)} is not in the group (${group.map((a) => JSON.stringify(a)).join(", ")}).`,
      { focus, group },
    );
  }

  const populationOf = (row: BenchmarkArea, period: string): number => {
    const p = typeof row.population === "number" ? row.population : row.population?.[period];
    if (p === undefined) {
      throw new BenchmarkError("missing-member", `${fn}: ${describeValue(row.area)} has no population for ${describeValue(period)}.`, {
        area: row.area,
        period,
      });
    }
    assertPopulation(fn, `population of ${row.area} for ${period}`, p);
    return p;
  };
  const countOf = (row: BenchmarkArea, period: string): number => {
    const c = row.counts?.[period];
    if (c === undefined) {
      throw new BenchmarkError("missing-member", `${fn}: ${describeValue(row.area)} has no count for ${describeValue(period)}.`, {
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
      throw new BenchmarkError("missing-member", `${fn}: ${what} ${describeValue(area)} has no row in areas.`, { area });
    }
    return row;
  };
  // A row's rates and changes: the fields every table row has, the benchmark area's row too.
  const build = (row: BenchmarkArea) => {
    const previous = rate(countOf(row, previousPeriod), populationOf(row, previousPeriod), { per, confidence });
    const current = rate(countOf(row, currentPeriod), populationOf(row, currentPeriod), { per, confidence });
    return {
      previous,
      current,
      change: {
        count: current.count - previous.count,
        value: current.value - previous.value,
        percent: percentChange(previous.count, current.count),
      },
    };
  };

  const members = group.map((area) => ({ area, ...build(rowFor(area, "group member")) }));

  // The benchmark area: a row, or a comparator group over rows.
  let benchmark: BenchmarkAreaRates | null = null;
  let benchmarkRow: BenchmarkTableRow | null = null;
  const option = options.benchmarkArea;
  if (typeof option === "string") {
    if (seen.has(option)) {
      throw new BenchmarkError("invalid-option", `${fn}: the benchmark area ${describeValue(option)} must not be a member of the group it benchmarks.`, {
        benchmarkArea: option,
      });
    }
    const built = build(rowFor(option, "the benchmark area"));
    benchmark = {
      area: option,
      rule: "row",
      previous: built.previous.value,
      current: built.current.value,
      change: { value: built.change.value },
    };
    benchmarkRow = { area: option, isFocus: false, isBenchmarkArea: true, ...built, rank: null, vsBenchmarkArea: null };
  } else if (option !== undefined) {
    assertObject(fn, "benchmarkArea", option);
    if (option.aggregation === "external") {
      throw new BenchmarkError(
        "invalid-option",
        `${fn}: benchmarkArea must be a row or a pooled, mean-of-rates or median-of-rates group; an external group has one value, not one per period.`,
        { benchmarkArea: option.id },
      );
    }
    const groupMembers: unknown = option.members;
    if (!isNameList(groupMembers)) {
      throw new BenchmarkError("invalid-option", `${fn}: benchmarkArea.members must be an array of area names, got ${describeValue(groupMembers)}.`, {
        name: "benchmarkArea.members",
        value: groupMembers,
      });
    }
    const rowsFor = (period: string) =>
      groupMembers.map((area) => {
        const row = rowFor(area, "benchmark area member");
        return { area, count: countOf(row, period), population: populationOf(row, period) };
      });
    const previous = comparatorValue(option, rowsFor(previousPeriod), { per });
    const current = comparatorValue(option, rowsFor(currentPeriod), { per });
    benchmark = {
      area: typeof option.name === "string" && option.name !== "" ? option.name : option.id,
      rule: current.rule as "pooled" | "mean-of-rates" | "median-of-rates",
      previous: previous.value,
      current: current.value,
      change: { value: current.value - previous.value },
    };
  }

  const n = members.length;
  const rankOf = (values: Float64Array) => rankValues(values, { order: "ascending", ties });
  const rPrevious = rankOf(Float64Array.from(members, (m) => m.previous.value));
  const rCurrent = rankOf(Float64Array.from(members, (m) => m.current.value));
  const rChange = rankOf(Float64Array.from(members, (m) => m.change.value));
  const compare = (x: number, y: number) => (x < y ? "lower" : x > y ? "higher" : "similar");
  const rows: BenchmarkTableRow[] = members.map(({ area, ...m }, i) => ({
    area,
    isFocus: area === focus,
    isBenchmarkArea: false,
    ...m,
    rank: { previous: rPrevious[i] as number, current: rCurrent[i] as number, change: rChange[i] as number },
    vsBenchmarkArea:
      benchmark === null
        ? null
        : {
            previous: compare(m.previous.value, benchmark.previous),
            current: compare(m.current.value, benchmark.current),
            difference: m.current.value - benchmark.current,
          },
  }));
  if (benchmarkRow !== null) rows.push(benchmarkRow);
  return displayTable({ previousPeriod, currentPeriod, per, focus, total: n, ties, rows, benchmarkArea: benchmark });
}
