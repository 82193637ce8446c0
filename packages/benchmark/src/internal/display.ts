import { formatNumber, withDisplay } from "@crimestats/internal";
import type { BenchmarkTableResult } from "../benchmarkTable.js";
import type { ComparisonResult } from "../compareWithBenchmark.js";
import type { TrendResult } from "../trend.js";

/** Pads the cells of each column to one width: text left-aligned, the rest right-aligned. */
function grid(header: readonly string[], body: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((row) => (row[c] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number)))
      .join("  ")
      .trimEnd();
  return [line(header), ...body.map(line)].join("\n");
}

/**
 * Gives a {@link BenchmarkTableResult} a REPL rendering as a grid (rates to 2 decimals, the focus
 * marked `*`); the data are unchanged.
 */
export function displayTable(table: BenchmarkTableResult): BenchmarkTableResult {
  return withDisplay(table, (t) => {
    const header = [
      "area",
      `${t.previousPeriod} count`,
      `${t.previousPeriod} rate`,
      `${t.currentPeriod} count`,
      `${t.currentPeriod} rate`,
      "rate change",
      "rank",
      t.benchmarkArea === null ? "" : `vs ${t.benchmarkArea.area}`,
    ];
    const body = t.rows.map((row) => [
      `${row.isFocus ? "* " : ""}${row.area}`,
      formatNumber(row.previous.count, 0),
      formatNumber(row.previous.value, 2),
      formatNumber(row.current.count, 0),
      formatNumber(row.current.value, 2),
      formatNumber(row.change.value, 2, { signed: true }),
      row.rank === null ? "" : `${formatNumber(row.rank.current, 1, { trim: true })} of ${t.total}`,
      row.vsBenchmarkArea?.current ?? "",
    ]);
    return `Benchmark table, rates per ${formatNumber(t.per, 0)}\n${grid(header, body)}`;
  });
}

/** The words before "the benchmark" for each rated outcome. */
const COMPARISON_WORDS: Readonly<Record<string, string>> = {
  better: "Better than",
  worse: "Worse than",
  best: "Much better than",
  worst: "Much worse than",
  higher: "Higher than",
  lower: "Lower than",
  similar: "Similar to",
};

/** "Lower than the benchmark (significant at 95%)", "Similar to the benchmark", "Not compared: …". */
export function displayComparison<T extends ComparisonResult>(result: T): T {
  return withDisplay(result, (r) => {
    if (r.outcome === "not-compared") return r.explanation;
    const level = r.significance === null ? "" : ` (significant at ${formatNumber(r.significance * 100, 1, { trim: true })}%)`;
    return `${COMPARISON_WORDS[r.outcome] ?? r.outcome} the benchmark${level}: ${formatNumber(r.value, 2)} against ${formatNumber(r.benchmark, 2)}`;
  });
}

/** "Increasing and getting worse (χ² 10.00 above 9.55, 99.8%, 5 points)", "Cannot be calculated (too-few-points)". */
export function displayTrend<T extends TrendResult>(result: T): T {
  return withDisplay(result, (r) => {
    if (r.chiSquared === null) return `${r.label} (${r.code ?? "not calculated"})`;
    const side = r.chiSquared > r.threshold ? "above" : "not above";
    const level = `${formatNumber(r.confidence * 100, 1, { trim: true })}%`;
    return `${r.label} (χ² ${formatNumber(r.chiSquared, 2)} ${side} ${formatNumber(r.threshold, 2)}, ${level}, ${r.n} points)`;
  });
}
