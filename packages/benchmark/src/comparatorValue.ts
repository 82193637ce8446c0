import { rate } from "./internal/rates.js";
import { mean, sum } from "simple-statistics";
import { BenchmarkError } from "./BenchmarkError.js";
import { quantile7 } from "./internal/quantiles.js";
import { indexByArea } from "./internal/areas.js";
import { assertCount, assertFinite, assertObject, assertOneOf, assertPositive, isNameList, show } from "./internal/validate.js";

/**
 * How a comparator group's value is formed (docs/methods.md#comparator-groups):
 *
 * - `pooled`: Σcount / Σpopulation × per — the London rate (838,895 / 8.8248 M = 95.06).
 * - `mean-of-rates`: the plain, unweighted mean of the members' rates — the MOPAC priority-area
 *   average and the HMIC "most similar group" average, which includes the force itself.
 * - `median-of-rates`: the median of the members' rates (type-7 quantile at 0.5).
 * - `external`: a published figure (YOT family, national), taken as given.
 */
export type Aggregation = "pooled" | "mean-of-rates" | "median-of-rates" | "external";

/** A comparator group: who is in it and how its value is formed. */
export interface ComparatorGroup {
  /** A stable identifier, e.g. `"london"`, `"neighbours"`, `"msg"`. */
  readonly id: string;
  /** The group's members (area names as in the rows); may be empty for `external`. */
  readonly members: readonly string[];
  /** The aggregation rule. */
  readonly aggregation: Aggregation;
  /** `external` only: the published value. */
  readonly value?: number | undefined;
  /** `external` only: the rate base of the published value, when it is a rate. */
  readonly per?: number | undefined;
}

/** One area's data for {@link comparatorValue}: a count and population, or a published rate. */
export interface ComparatorRow {
  /** The area's name, matching the group's members. */
  readonly area: string;
  /** The number of events. */
  readonly count?: number | undefined;
  /** The population (denominator). */
  readonly population?: number | undefined;
  /** A published rate, used by `mean-of-rates` and `median-of-rates` when there is no count. */
  readonly rate?: number | undefined;
  /** The rate base of `rate`; it must equal the `per` option. */
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
 * mean of rates differ whenever populations differ: London's rate is pooled (all offences over all
 * residents), while a "most similar group" average is the plain mean of the members' rates,
 * the area itself included (HMIC: {70, 80, 90} → 80). Rates come from `rate()` of
 * `@crimestats/rates`; sums use Neumaier compensated summation (simple-statistics `sum`).
 *
 * @param group - The group: id, members, rule (and `value` for `external`).
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
 * const london = [{ area: "London", count: 838895, population: 8824800 }];
 * comparatorValue({ id: "london", members: ["London"], aggregation: "pooled" }, london, { per: 1000 }).value;
 * //=> 95.06107787145318
 * ```
 */
export function comparatorValue(
  group: ComparatorGroup,
  rows: readonly ComparatorRow[],
  options?: ComparatorValueOptions,
): ComparatorValueResult {
  const fn = "comparatorValue";
  assertObject(fn, "group", group);
  if (options !== undefined) assertObject(fn, "options", options);
  assertOneOf(fn, "group.aggregation", group.aggregation, RULES);
  const per = options?.per ?? 1000;
  assertPositive(fn, "per", per);
  const rule = group.aggregation;
  if (typeof group.id !== "string") {
    throw new BenchmarkError("invalid-option", `${fn}: group.id must be text such as "london", got ${show(group.id)}.`, {
      name: "id",
      value: group.id,
    });
  }
  const id = group.id;
  if (!isNameList(group.members)) {
    throw new BenchmarkError("invalid-option", `${fn}: group.members must be an array of area names, got ${show(group.members)}.`, {
      name: "members",
      value: group.members,
    });
  }
  const seen = new Set<string>();
  for (const member of group.members) {
    if (seen.has(member)) {
      throw new BenchmarkError("duplicate-area", `${fn}: the area ${show(member)} is listed twice in group ${show(id)}.`, {
        area: member,
        group: id,
      });
    }
    seen.add(member);
  }

  if (rule === "external") {
    assertFinite(fn, "group.value", group.value);
    if (group.per !== undefined && group.per !== per) {
      throw new BenchmarkError(
        "mixed-per",
        `${fn}: group ${show(id)} publishes a value per ${show(group.per)} but per ${per} was asked for.`,
        { group: id, per: group.per, expected: per },
      );
    }
    return {
      group: id,
      rule,
      value: group.value,
      per,
      members: [...group.members],
      count: null,
      population: null,
      rates: [],
      explanation: `External: the published value of ${id}, taken as given.`,
    };
  }

  if (group.members.length === 0) {
    throw new BenchmarkError("invalid-option", `${fn}: group ${show(id)} has no members; the ${rule} rule needs at least one.`, {
      group: id,
    });
  }
  const byArea = indexByArea(fn, rows);
  const members = group.members.map((area) => {
    const row = byArea.get(area);
    if (row === undefined) {
      throw new BenchmarkError("missing-member", `${fn}: group ${show(id)} member ${show(area)} has no row of data.`, {
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
          `${fn}: member ${show(row.area)} of ${show(id)} needs a count and a population for a pooled rate.`,
          { group: id, area: row.area },
        );
      }
      assertCount(fn, `count of ${row.area}`, row.count);
      assertPositive(fn, `population of ${row.area}`, row.population);
      counts.push(row.count);
      populations.push(row.population);
    }
    const count = sum(counts);
    const population = sum(populations);
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
      explanation: `Pooled: ${count} events / ${population} population × ${per} over ${members.length} member${members.length === 1 ? "" : "s"}.`,
    };
  }

  const rates = members.map((row) => ({ area: row.area, rate: memberRate(fn, row, per, id) }));
  const values = rates.map((r) => r.rate);
  const everyCount = members.every((row) => row.count !== undefined);
  // The mean as Σ(v / n) when Σv overflows (rates near the largest number).
  const average = (list: readonly number[]) => {
    const m = mean(list);
    return Number.isFinite(m) ? m : list.reduce((total, v) => total + v / list.length, 0);
  };
  const value = rule === "mean-of-rates" ? average(values) : quantile7([...values].sort((a, b) => a - b), 0.5);
  return {
    group: id,
    rule,
    value,
    per,
    members: [...group.members],
    count: rule === "mean-of-rates" && everyCount ? mean(members.map((row) => row.count as number)) : null,
    population: null,
    rates,
    explanation: `${rule === "mean-of-rates" ? "Unweighted mean" : "Median"} of the ${members.length} members' rates per ${per} (not a pooled rate).`,
  };
}

/** A member's rate: its published rate (checked against per) or count / population × per. */
function memberRate(fn: string, row: ComparatorRow, per: number, group: string): number {
  if (row.count !== undefined && row.population !== undefined) {
    assertCount(fn, `count of ${row.area}`, row.count);
    assertPositive(fn, `population of ${row.area}`, row.population);
    return rate(row.count, row.population, { per, confidence: "none" }).value;
  }
  if (row.rate !== undefined) {
    assertFinite(fn, `rate of ${row.area}`, row.rate);
    if (row.per !== undefined && row.per !== per) {
      throw new BenchmarkError(
        "mixed-per",
        `${fn}: the rate of ${show(row.area)} is per ${show(row.per)} but per ${per} was asked for; rates per different bases cannot be averaged.`,
        { area: row.area, per: row.per, expected: per },
      );
    }
    return row.rate;
  }
  throw new BenchmarkError(
    "missing-member",
    `${fn}: member ${show(row.area)} of ${show(group)} has neither a count and population nor a rate.`,
    { group, area: row.area },
  );
}
