import { describeValue, formatNumber, neumaierSum } from "@crimestats/internal";
import type { Aggregation, ComparatorGroup } from "@crimestats/schema";
import { rate } from "./internal/rates.js";
import { BenchmarkError } from "./BenchmarkError.js";
import { quantile7 } from "./internal/quantiles.js";
import { indexByArea } from "./internal/areas.js";
import { assertOptionalText, assertPopulation, assertCount, assertFinite, assertObject, assertOneOf, assertPositive, isNameList } from "./internal/validate.js";

/**
 * The part of a `ComparatorGroup` of `@crimestats/schema` that {@link comparatorValue} reads: its
 * `id`, `members` and `aggregation` (and `name` when present). A whole `ComparatorGroup` is one.
 */
export type ComparatorGroupRule = Readonly<Pick<ComparatorGroup, "id" | "aggregation">> & {
  /** The members' names, as in the rows (may be empty for `external`). */
  readonly members: readonly string[];
  /** The group's name as written in explanations (default: its `id`). */
  readonly name?: string | undefined;
};

/**
 * One area's data for {@link comparatorValue}: a count and population, or a published rate. The
 * published figure of an `external` group is the row whose `area` is the group's `id`.
 */
export interface ComparatorRow {
  /** The area's name, matching the group's members (or, for an `external` group, its `id`). */
  readonly area: string;
  /** The number of events. */
  readonly count?: number | undefined;
  /** The population (denominator). */
  readonly population?: number | undefined;
  /** A published rate, used by `mean-of-rates` and `median-of-rates` when there is no count, and by `external`. */
  readonly rate?: number | undefined;
  /** The rate base of `rate`; when given it must equal the `per` option. */
  readonly per?: number | undefined;
}

/** Options of {@link comparatorValue}. */
export interface ComparatorValueOptions {
  /** The rate base (default 1,000: per 1,000 residents). */
  readonly per?: number | undefined;
}

/** The result of {@link comparatorValue}: the value and how it was formed. */
export interface ComparatorValueResult {
  /** The group's id. */
  readonly group: string;
  /** The rule used. */
  readonly rule: Aggregation;
  /** The group's value (a rate per `per`, or the external figure). */
  readonly value: number;
  /** The rate base. */
  readonly per: number;
  /** The members whose data were used, in the group's order. */
  readonly members: readonly string[];
  /** `pooled`: Σcount; `mean-of-rates`: the mean count when every member has one; otherwise `null`. */
  readonly count: number | null;
  /** `pooled`: Σpopulation; otherwise `null`. */
  readonly population: number | null;
  /** Each member's rate (for the mean and median rules); empty otherwise. */
  readonly rates: readonly { readonly area: string; readonly rate: number }[];
  /** One sentence saying how the value was formed. */
  readonly explanation: string;
}

const RULES: readonly Aggregation[] = ["pooled", "mean-of-rates", "median-of-rates", "external"];

/**
 * The value of a comparator group by its rule, saying which rule was used. A pooled rate and a
 * mean of rates differ whenever populations differ: a force area's or region's rate is pooled
 * (all offences over all residents), while a "most similar group" average is the plain mean of the members' rates,
 * the area itself included (HMIC: {70, 80, 90} → 80). Rates come from `rate()` of
 * `@crimestats/rates`; sums and means use Neumaier compensated summation.
 *
 * @param group - The group (a `ComparatorGroup` of `@crimestats/schema`): id, members, aggregation.
 * @param rows - The areas' data (count and population, or a published rate); extra rows are ignored.
 * @param options - `per` (default 1,000).
 * @returns The value, the rule, the members used and the pooled count and population.
 * @throws {@link BenchmarkError} `missing-member` when a member has no row or lacks the data its
 *   rule needs; `duplicate-area` when an area appears twice in rows or members; `mixed-per` when a
 *   published rate or external value is per a different base; `invalid-option` for an unknown rule
 *   or an empty group; `invalid-number` for a bad count, population or rate.
 * @example
 * ```ts
 * const rows = [
 *   { area: "Self", rate: 70 }, { area: "B", rate: 80 }, { area: "C", rate: 90 },
 * ];
 * comparatorValue({ id: "msg", members: ["Self", "B", "C"], aggregation: "mean-of-rates" }, rows).value;
 * //=> 80
 * const districts = [
 *   { area: "Allerdale", count: 4350, population: 97000 }, { area: "Copeland", count: 3200, population: 68000 },
 * ];
 * comparatorValue({ id: "west-cumbria", members: ["Allerdale", "Copeland"], aggregation: "pooled" }, districts, { per: 1000 }).value;
 * //=> 45.75757575757576
 * comparatorValue({ id: "family", members: [], aggregation: "external" }, [{ area: "family", rate: 41.2 }]).value;
 * //=> 41.2
 * ```
 */
export function comparatorValue(group: ComparatorGroupRule, rows: readonly ComparatorRow[], options?: ComparatorValueOptions): ComparatorValueResult {
  const fn = "comparatorValue";
  assertObject(fn, "group", group, "invalid-argument");
  if (options !== undefined) assertObject(fn, "options", options);
  assertOneOf(fn, "group.aggregation", group.aggregation, RULES);
  const per = options?.per ?? 1000;
  assertPositive(fn, "per", per);
  const rule = group.aggregation;
  if (typeof group.id !== "string") {
    throw new BenchmarkError("invalid-argument", `${fn}: group.id must be text such as "neighbours", got ${describeValue(group.id)}.`, {
      name: "id",
      value: group.id,
    });
  }
  const id = group.id;
  assertOptionalText(fn, "group.name", group.name);
  const name = group.name === undefined || group.name === "" ? id : group.name;
  if (!isNameList(group.members)) {
    throw new BenchmarkError("invalid-argument", `${fn}: group.members must be an array of area names, got ${describeValue(group.members)}.`, {
      name: "members",
      value: group.members,
    });
  }
  const seen = new Set<string>();
  for (const member of group.members) {
    if (seen.has(member)) {
      throw new BenchmarkError("duplicate-area", `${fn}: the area ${describeValue(member)} is listed twice in group ${describeValue(id)}.`, {
        area: member,
        group: id,
      });
    }
    seen.add(member);
  }

  if (rule === "external") {
    const byId = indexByArea(fn, rows);
    const published = byId.get(id);
    if (published === undefined || published.rate === undefined) {
      throw new BenchmarkError(
        "missing-member",
        `${fn}: the external group ${describeValue(id)} needs its published figure as a row { area: ${JSON.stringify(id)}, rate }, got ${describeValue(published)}.`,
        { group: id, area: id },
      );
    }
    assertFinite(fn, `rate of ${id}`, published.rate);
    if (published.per !== undefined && published.per !== per) {
      throw new BenchmarkError(
        "mixed-per",
        `${fn}: group ${describeValue(id)} publishes a value per ${describeValue(published.per)} but per ${per} was asked for.`,
        { group: id, per: published.per, expected: per },
      );
    }
    return {
      group: id,
      rule,
      value: published.rate,
      per,
      members: [...group.members],
      count: null,
      population: null,
      rates: [],
      explanation: `External: the published value of ${name}, taken as given.`,
    };
  }

  if (group.members.length === 0) {
    throw new BenchmarkError("invalid-option", `${fn}: group ${describeValue(id)} has no members; the ${rule} rule needs at least one.`, {
      group: id,
    });
  }
  const byArea = indexByArea(fn, rows);
  const members = group.members.map((area) => {
    const row = byArea.get(area);
    if (row === undefined) {
      throw new BenchmarkError("missing-member", `${fn}: group ${describeValue(id)} member ${describeValue(area)} has no row of data.`, {
        group: id,
        area,
      });
    }
    return row;
  });

  if (rule === "pooled") {
    const counts: number[] = [];
    const populations: number[] = [];
    for (const row of members) {
      if (row.count === undefined || row.population === undefined) {
        throw new BenchmarkError(
          "missing-member",
          `${fn}: member ${describeValue(row.area)} of ${describeValue(id)} needs a count and a population for a pooled rate.`,
          { group: id, area: row.area },
        );
      }
      assertCount(fn, `count of ${row.area}`, row.count);
      assertPopulation(fn, `population of ${row.area}`, row.population);
      counts.push(row.count);
      populations.push(row.population);
    }
    const count = neumaierSum(counts);
    const population = neumaierSum(populations);
    const value = rate(count, population, { per, confidence: "none" }).value;
    return {
      group: id,
      rule,
      value,
      per,
      members: [...group.members],
      count,
      population,
      rates: [],
      explanation: `Pooled: ${formatNumber(count, 0)} events / ${formatNumber(population, 0)} population × ${formatNumber(per, 0)} over the ${members.length} member${members.length === 1 ? "" : "s"} of ${name}.`,
    };
  }

  const rates = members.map((row) => ({ area: row.area, rate: memberRate(fn, row, per, id) }));
  const values = rates.map((r) => r.rate);
  const everyCount = members.every((row) => row.count !== undefined);
  const value =
    rule === "mean-of-rates"
      ? average(values)
      : quantile7(
          [...values].sort((a, b) => a - b),
          0.5,
        );
  return {
    group: id,
    rule,
    value,
    per,
    members: [...group.members],
    count: rule === "mean-of-rates" && everyCount ? average(members.map((row) => row.count as number)) : null,
    population: null,
    rates,
    explanation: `${rule === "mean-of-rates" ? "Unweighted mean" : "Median"} of the rates per ${formatNumber(per, 0)} of the ${members.length} members of ${name} (not a pooled rate).`,
  };
}

/** The mean, compensated; as Σ(v / n) when Σv overflows (rates near the largest number). */
function average(list: readonly number[]): number {
  const m = neumaierSum(list) / list.length;
  return Number.isFinite(m) ? m : list.reduce((total, v) => total + v / list.length, 0);
}

/** A member's rate: its published rate (checked against per) or count / population × per. */
function memberRate(fn: string, row: ComparatorRow, per: number, group: string): number {
  if (row.count !== undefined && row.population !== undefined) {
    assertCount(fn, `count of ${row.area}`, row.count);
    assertPopulation(fn, `population of ${row.area}`, row.population);
    return rate(row.count, row.population, { per, confidence: "none" }).value;
  }
  if (row.rate !== undefined) {
    assertFinite(fn, `rate of ${row.area}`, row.rate);
    if (row.per !== undefined && row.per !== per) {
      throw new BenchmarkError(
        "mixed-per",
        `${fn}: the rate of ${describeValue(row.area)} is per ${describeValue(row.per)} but per ${per} was asked for; rates per different bases cannot be averaged.`,
        { area: row.area, per: row.per, expected: per },
      );
    }
    return row.rate;
  }
  throw new BenchmarkError(
    "missing-member",
    `${fn}: member ${describeValue(row.area)} of ${describeValue(group)} has neither a count and population nor a rate.`,
    { group, area: row.area },
  );
}
