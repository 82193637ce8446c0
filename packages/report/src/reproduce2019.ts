import { auditPublishedTable, benchmarkTable, describeTable, type AuditResult, type BenchmarkTableResult, type PublishedRow } from "@crimestats/benchmark";
import { roundHalfUp } from "@crimestats/rates";
import { populationNote, populations2017, publishedQuickFacts, publishedTables } from "./internal/harrow2019.js";

/** One printed number compared with its recomputation. */
export interface ReproducedCell {
  /** The area of the row. */
  readonly area: string;
  /** The column, e.g. `"2018 Rate"`. */
  readonly column: string;
  /** The number as printed in the Strategy. */
  readonly printed: number;
  /** The recomputed value, unrounded. */
  readonly recomputed: number;
  /** The recomputed value rounded half up to the printed precision. */
  readonly recomputedDisplay: number;
  /** Whether the printed number equals the rounded recomputation. */
  readonly reproduces: boolean;
}

/** One of the two reproduced tables. */
export interface ReproducedTable {
  /** `"total-offences"` or `"burglary"`. */
  readonly id: string;
  /** The table's title in the Strategy. */
  readonly title: string;
  /** The recomputed table (from `benchmarkTable` of @crimestats/benchmark, unrounded). */
  readonly table: BenchmarkTableResult;
  /** The sentences `describeTable` writes about it. */
  readonly sentences: readonly string[];
  /** Every printed rate, rate change and offences change against its recomputation. */
  readonly cells: readonly ReproducedCell[];
}

/** Result of {@link reproduce2019}. */
export interface Reproduce2019Result {
  /** The Total Offences and Burglary tables. */
  readonly tables: readonly ReproducedTable[];
  /** Where the populations come from. */
  readonly populationNote: string;
  /**
   * The audit of the published figures by `auditPublishedTable` of @crimestats/benchmark: both
   * tables, the burglary quick-facts box and the burglary prose of the Strategy (docs/methods.md#published-figures-that-do-not-reproduce,
   * errors 1 and 7), each printed number recomputed, with the likely cause of every mismatch.
   */
  readonly audit: AuditResult;
}

/**
 * Recomputes the two benchmark tables of the Harrow Community Safety Strategy 2019/20 (Total
 * Offences and Burglary, 2017 vs 2018, in the strategic assessment section of Harrow's 2019 Strategy) from their printed counts and the
 * populations that reproduce them (docs/methods.md#rate-per-1000-residents), with `benchmarkTable` and `describeTable`
 * of @crimestats/benchmark, and compares every printed rate, rate change and offences change with
 * the recomputation rounded half up to 2 decimal places; then audits every printed figure about
 * these counts (the tables, the burglary quick-facts box and prose) with `auditPublishedTable`.
 *
 * @returns Both tables, recomputed, with each printed number checked, and the audit.
 * @throws Never (the inputs are fixed).
 * @example
 * ```ts
 * const { tables } = reproduce2019();
 * tables.every((t) => t.cells.every((c) => c.reproduces));
 * //=> true
 * ```
 */
export function reproduce2019(): Reproduce2019Result {
  const tables = publishedTables.map((published): ReproducedTable => {
    const areas = published.rows.map((r) => ({
      area: r.area,
      population: populations2017[r.area] ?? 0,
      counts: { "2017": r.count2017, "2018": r.count2018 },
    }));
    const group = published.rows.map((r) => r.area).filter((a) => a !== "London");
    const table = benchmarkTable({ areas, previousPeriod: "2017", currentPeriod: "2018", per: 1000, focus: "Harrow", group, benchmarkArea: "London" });
    const sentences = describeTable(table, { polarity: "lower-is-better" }).map((s) => s.explanation);
    const cells: ReproducedCell[] = [];
    for (const printed of published.rows) {
      const row = table.rows.find((r) => r.area === printed.area);
      if (row === undefined) continue;
      const check = (column: string, value: number, recomputed: number, decimals: number): void => {
        const display = roundHalfUp(recomputed, decimals);
        cells.push({ area: printed.area, column, printed: value, recomputed, recomputedDisplay: display, reproduces: display === value });
      };
      check("2017 Rate", printed.rate2017, row.previous.value, 2);
      check("2018 Rate", printed.rate2018, row.current.value, 2);
      if (printed.countChange !== undefined) check("Offences Change", printed.countChange, row.change.count, 0);
      check("Rate Change", printed.rateChange, row.change.rate, 2);
    }
    return { id: published.id, title: published.title, table, sentences, cells };
  });
  const { burglary, prose } = publishedQuickFacts;
  const rows: PublishedRow[] = [
    ...publishedTables.flatMap((t) =>
      t.rows.map((r) => ({
        area: r.area,
        label: `${t.title} table`,
        previous: { count: r.count2017, rate: r.rate2017 },
        current: { count: r.count2018, rate: r.rate2018 },
        change: { rate: r.rateChange, ...(r.countChange === undefined ? {} : { count: r.countChange }) },
      })),
    ),
    { area: burglary.area, label: "Burglary quick facts", previous: { count: burglary.count2017, rate: burglary.rate2017 }, current: { count: burglary.count2018, rate: burglary.rate2018 } },
    // "decreased by 146" is a change of -146; "0.59 rate increase" is a change of +0.59.
    { area: prose.area, label: "Burglary prose", previous: { count: prose.count2017 }, current: { count: prose.count2018 }, change: { count: -prose.printedDecrease, rate: prose.printedRateChange } },
  ];
  const audit = auditPublishedTable(rows, { populations: populations2017, per: 1000, decimals: { rate: 2, rateChange: 2, percentChange: 1 } });
  return { tables, populationNote, audit };
}
