import { describeValue, formatNumber, neumaierSum, withDisplay } from "@crimestats/internal";
import { RatesError } from "./RatesError.js";
import { perText, signed } from "./internal/display.js";
import { perRate } from "./internal/perRate.js";
import { assertCount, assertPopulation, assertPositive, finiteResult, readOptions } from "./internal/validate.js";

/** One part of a total, counted in both periods: an offence, a category, an area. */
export interface ContributionInput {
  /** The part's name, unique among the rows. */
  readonly name: string;
  /** Its count in the earlier period, a non-negative integer. */
  readonly previous: number;
  /** Its count in the later period, a non-negative integer. */
  readonly current: number;
}

/** Options of {@link changeContributions}. */
export interface ChangeContributionsOptions {
  /** The population of the earlier period; give it with `currentPopulation` to get rate changes. */
  readonly previousPopulation?: number;
  /** The population of the later period (each period's own estimate); give it with `previousPopulation`. */
  readonly currentPopulation?: number;
  /** Rate base of the rate changes: events per this many people (default 1,000). */
  readonly per?: number;
}

/** One row of a {@link ChangeContributionsResult}: a part's contribution to the total change. */
export interface Contribution {
  /** The part's name, as given. */
  readonly name: string;
  /** Its count in the earlier period. */
  readonly previous: number;
  /** Its count in the later period. */
  readonly current: number;
  /** current − previous: its contribution to the total change. */
  readonly change: number;
  /**
   * change ÷ the total change × 100, a percentage like the `value` of `share(part, total)`, unrounded:
   * above 100 when other parts moved the other way, negative for a part that moved against the
   * total; null when the total change is 0. The rows' shares add up to 100.
   */
  readonly share: number | null;
  /**
   * current / currentPopulation × per − previous / previousPopulation × per, unrounded: its
   * contribution to the change of the total rate; null without populations.
   */
  readonly rateChange: number | null;
}

/** Result of {@link changeContributions}. */
export interface ChangeContributionsResult {
  /** The total of the earlier period. */
  readonly previous: number;
  /** The total of the later period. */
  readonly current: number;
  /** current − previous, the total change; the rows' changes add up to it exactly. */
  readonly change: number;
  /** The change of the total rate per `per`, each period over its own population; null without populations. */
  readonly rateChange: number | null;
  /** The rate base of the rate changes. */
  readonly per: number;
  /** One row per part, by size of change (largest rise or fall first), then by name. */
  readonly rows: readonly Contribution[];
}

/**
 * What drove a change (docs/methods.md#drivers-of-change): how much each part of a total (each
 * offence of "all offences", each category of a priority) contributed to the total's change from
 * the previous period to the current one. A part's contribution is its own change, current −
 * previous; the contributions add up to the total change exactly (counts are whole numbers, and
 * totals are kept within `Number.MAX_SAFE_INTEGER`, summed with Neumaier's compensated sum). Its
 * `share` is its change as a percentage of the total change (0–100 when every part moved with
 * the total). With both periods' populations, each part also
 * gets its contribution to the change of the total rate, each period's count over that period's
 * own population: these add up to the total rate change up to the rounding of the last digit.
 * Rows come largest change first (by size, rises and falls alike), ties by name. In a REPL or
 * notebook the result prints as
 * `3,400 → 4,312 (+912): Shoplifting +927 (102%), Burglary -459 (-50%), Theft from the person +444 (49%)`.
 *
 * @param rows - One `{ name, previous, current }` per part; names unique, counts non-negative integers.
 * @param options - `previousPopulation` and `currentPopulation` (both or neither) for rate changes,
 *   and `per` (default 1000).
 * @returns The totals, the total `change` (and `rateChange`, null without populations), `per`, and
 *   one row per part with its change, `share` (a percentage of the total change, null when the
 *   total change is 0) and `rateChange`.
 * @throws {@link RatesError} `invalid-argument` when `rows` is not an array, a row not an object,
 *   or a name is empty, not text or repeated; `invalid-count` naming a count that is not a
 *   non-negative safe integer, or totals beyond `Number.MAX_SAFE_INTEGER`; `invalid-population`
 *   naming a bad population; `invalid-option` when only one population is given or options is not
 *   an object; `invalid-number` for a bad `per` or a rate too large to represent.
 * @example
 * ```ts
 * const c = changeContributions([
 *   { name: "Burglary", previous: 1100, current: 641 },
 *   { name: "Shoplifting", previous: 1500, current: 2427 },
 *   { name: "Theft from the person", previous: 800, current: 1244 },
 * ]);
 * [c.previous, c.current, c.change]; //=> [3400, 4312, 912]
 * c.rows.map((row) => [row.name, row.change]);
 * //=> [["Shoplifting", 927], ["Burglary", -459], ["Theft from the person", 444]]
 * roundHalfUp(c.rows[0].share!, 1); //=> 101.6
 * const r = changeContributions([{ name: "Shoplifting", previous: 1500, current: 2427 }],
 *   { previousPopulation: 260987, currentPopulation: 270724 });
 * roundHalfUp(r.rows[0].rateChange!, 2); //=> 3.22
 * ```
 */
export function changeContributions(rows: readonly ContributionInput[], options: ChangeContributionsOptions = {}): ChangeContributionsResult {
  const fn = "changeContributions";
  options = readOptions(fn, options) as ChangeContributionsOptions;
  if (!Array.isArray(rows)) {
    throw new RatesError("invalid-argument", `${fn}: rows must be an array of { name, previous, current }, got ${describeValue(rows)}.`, {
      name: "rows",
      value: rows,
    });
  }
  const populations = readPopulations(fn, options);
  const per = options.per ?? 1000;
  assertPositive("per", per);

  const n = rows.length;
  const previous = new Float64Array(n);
  const current = new Float64Array(n);
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const row: unknown = rows[i];
    if (typeof row !== "object" || row === null) {
      throw new RatesError("invalid-argument", `${fn}: rows[${i}] must be an object { name, previous, current }, got ${describeValue(row)}.`, {
        name: `rows[${i}]`,
        index: i,
        value: row,
      });
    }
    const { name, previous: p, current: c } = row as { name?: unknown; previous?: unknown; current?: unknown };
    if (typeof name !== "string" || name === "") {
      throw new RatesError("invalid-argument", `${fn}: rows[${i}].name must be a non-empty name, got ${describeValue(name)}.`, {
        name: `rows[${i}].name`,
        index: i,
        value: name,
      });
    }
    if (seen.has(name)) {
      throw new RatesError("invalid-argument", `${fn}: rows[${i}].name ${describeValue(name)} is given more than once; each part must have its own name.`, {
        name: `rows[${i}].name`,
        index: i,
        value: name,
      });
    }
    seen.add(name);
    assertCount(`rows[${i}].previous`, p);
    assertCount(`rows[${i}].current`, c);
    previous[i] = p;
    current[i] = c;
  }
  const totalPrevious = safeTotal(fn, "previous", neumaierSum(previous));
  const totalCurrent = safeTotal(fn, "current", neumaierSum(current));

  const rateOf = (count: number, population: number, what: string) =>
    finiteResult(fn, `the rate of ${what}`, perRate(count, population, per), { count, population, per });
  const rateChange = (p: number, c: number, what: string): number | null =>
    populations === null
      ? null
      : finiteResult(fn, `the rate change of ${what}`, rateOf(c, populations.current, what) - rateOf(p, populations.previous, what), {
          previous: p,
          current: c,
          per,
        });

  const change = totalCurrent - totalPrevious;
  const contributions: Contribution[] = rows.map((row, i) => {
    const p = previous[i] as number;
    const c = current[i] as number;
    return {
      name: row.name,
      previous: p,
      current: c,
      change: c - p,
      share: change === 0 ? null : ((c - p) / change) * 100,
      rateChange: rateChange(p, c, row.name),
    };
  });
  contributions.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const result: ChangeContributionsResult = {
    previous: totalPrevious,
    current: totalCurrent,
    change,
    rateChange: rateChange(totalPrevious, totalCurrent, "the total"),
    per,
    rows: contributions,
  };
  return withDisplay(result, contributionsText);
}

/** Both populations or neither; one alone is a mistake that would silently drop the rate changes. */
function readPopulations(fn: string, options: ChangeContributionsOptions): { previous: number; current: number } | null {
  const { previousPopulation, currentPopulation } = options;
  if (previousPopulation === undefined && currentPopulation === undefined) return null;
  if (previousPopulation === undefined || currentPopulation === undefined) {
    const given = previousPopulation === undefined ? "currentPopulation" : "previousPopulation";
    const missing = previousPopulation === undefined ? "previousPopulation" : "currentPopulation";
    throw new RatesError("invalid-option", `${fn}: ${given} is given without ${missing}; give both populations for rate changes, or neither.`, {
      name: missing,
      value: undefined,
    });
  }
  assertPopulation("previousPopulation", previousPopulation);
  assertPopulation("currentPopulation", currentPopulation);
  return { previous: previousPopulation, current: currentPopulation };
}

/** A period's total, which must stay a safe integer so that the changes add up exactly. */
function safeTotal(fn: string, period: "previous" | "current", total: number): number {
  if (!Number.isSafeInteger(total)) {
    throw new RatesError(
      "invalid-count",
      `${fn}: the ${period} counts add up to ${formatNumber(total, 0)}, more than ${Number.MAX_SAFE_INTEGER} (Number.MAX_SAFE_INTEGER), so their changes could not add up exactly.`,
      { name: period, value: total },
    );
  }
  return total;
}

/** `"3,400 → 4,312 (+912): Shoplifting +927 (102%), Burglary -459 (-50%), Theft from the person +444 (49%)"`. */
function contributionsText(r: ChangeContributionsResult): string {
  const rate = r.rateChange === null ? "" : `, ${signed(r.rateChange, 2)} ${perText(r.per)}`;
  const parts = r.rows.map((row) => `${row.name} ${signed(row.change, 0)}${row.share === null ? "" : ` (${formatNumber(row.share, 0)}%)`}`).join(", ");
  return `${formatNumber(r.previous, 0)} → ${formatNumber(r.current, 0)} (${signed(r.change, 0)}${rate})${parts === "" ? "" : `: ${parts}`}`;
}
