import { formatNumber, neumaierSum } from "@crimestats/internal";
import { ChartsError } from "./ChartsError.js";
import { labelledBarsView, restName, splitTop } from "./internal/bars.js";
import { checkAreaName, checkChartOptions, checkDrawnNumber, checkEachRow, checkObject, checkText, checkWhole } from "./internal/check.js";
import { finishChart } from "./internal/frame.js";
import { palette } from "./palette.js";
import type { Chart, ChartOptions } from "./types.js";

/** One category of a {@link mixChart}: its count in the current period and, optionally, in the previous one. */
export interface MixChartRow {
  /** The category, e.g. `"Theft"`. */
  readonly name: string;
  /** Its count in the current period (≥ 0). */
  readonly current: number;
  /** Its count in the previous period (≥ 0): give it for every row or for none. */
  readonly previous?: number;
}

/** Input of {@link mixChart}. */
export interface MixChartInput extends ChartOptions {
  /** One row per category (1 to 1,000), in any order: the bars are sorted by share, high to low. */
  readonly rows: readonly MixChartRow[];
  /** How many categories get a bar of their own (1 to 50, default 10); the rest are summed as "All other categories", never dropped. */
  readonly top?: number;
  /** Title of the share axis. Default `"Share of all offences (%)"`. */
  readonly xTitle?: string;
}

/** One drawn bar of the mix: its counts, shares and label. */
interface MixBar {
  readonly name: string;
  readonly current: number;
  readonly previous: number | null;
  readonly share: number;
  readonly previousShare: number | null;
  readonly points: number | null;
  readonly label: string;
  readonly rest: boolean;
}

const fn = "mixChart";
const otherName = "All other categories";

/**
 * What makes up crime here: each category's share of the current period's total as a horizontal
 * bar (percent, sorted high to low), labelled with its share ("34.5%") and, when the previous
 * period's counts are given, the change in its share in percentage points ("+1.2 points"). Past
 * the `top` categories the rest are summed into one "All other categories" bar, drawn last, so
 * nothing is dropped and the shares add up to 100%.
 *
 * A share is the category's count over the total of every row (a Neumaier sum) × 100, and its
 * change is the current share minus the previous share, both unrounded; labels round once, half
 * up, to one decimal (so rounded shares need not add up to exactly 100).
 *
 * @param input - Title, source, the rows, and optionally how many categories to draw one by one
 *   and the axis title.
 * @returns The {@link Chart} (kind `"mix"`); its table lists every drawn bar with its counts, shares and change.
 * @throws {@link ChartsError} `invalid-argument` when a field is missing or of the wrong type, there
 *   are no rows or more than 1,000, a category is named twice, `previous` is given for some rows
 *   but not all, the current counts add up to 0, or `top` is not a whole number from 1 to 50;
 *   `invalid-number` when a count is negative, not finite or beyond 10^15.
 * @example
 * ```ts
 * const chart = mixChart({
 *   title: "What makes up crime in Harrow, 12 months to Feb 2025",
 *   source: "Metropolitan Police Service",
 *   rows: [
 *     { name: "Theft", current: 450, previous: 400 },
 *     { name: "Violence against the person", current: 350, previous: 400 },
 *     { name: "Burglary", current: 200, previous: 200 },
 *   ],
 * });
 * chart.table.rows;
 * //=> [["Theft", "450", "45.0", "40.0", "+5.0"], ["Violence against the person", "350", "35.0", "40.0", "-5.0"], ["Burglary", "200", "20.0", "20.0", "0.0"]]
 * ```
 */
export function mixChart(input: MixChartInput): Chart {
  checkChartOptions(fn, input);
  checkText(fn, "xTitle", input.xTitle, true);
  const top = checkWhole(fn, "top", input.top, 1, 50, 10);
  const rows = checkEachRow(fn, input.rows, { expected: "a list of { name, current, previous? }", max: 1000, items: "categories", key: "name" }, checkRow);
  const withPrevious = rows[0]?.previous !== null;
  const mismatch = rows.findIndex((row) => (row.previous !== null) !== withPrevious);
  if (mismatch >= 0) {
    throw new ChartsError(
      "invalid-argument",
      `${fn}: rows[${mismatch}] ${withPrevious ? "has no" : "has a"} previous count while rows[0] ${withPrevious ? "has one" : "has none"}: expected previous for every row or for none.`,
      { field: `rows[${mismatch}].previous` },
    );
  }
  const total = neumaierSum(rows.map((row) => row.current));
  const previousTotal = withPrevious ? neumaierSum(rows.map((row) => row.previous ?? 0)) : null;
  if (!(total > 0))
    throw new ChartsError("invalid-argument", `${fn}: the current counts add up to ${total}: expected a total above 0 to take shares of.`, { field: "rows" });

  const sorted = rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => b.row.current - a.row.current || a.index - b.index)
    .map(({ row }) => row);
  const { kept, rest } = splitTop(sorted, top);
  const groups = [
    ...kept.map((row) => ({ name: row.name, current: row.current, previous: row.previous, rest: false })),
    ...(rest.length === 0
      ? []
      : [
          {
            name: restName(kept, otherName),
            current: neumaierSum(rest.map((row) => row.current)),
            previous: withPrevious ? neumaierSum(rest.map((row) => row.previous ?? 0)) : null,
            rest: true,
          },
        ]),
  ];
  const bars: MixBar[] = groups.map((group) => {
    const share = (group.current / total) * 100;
    const previousShare = group.previous === null || previousTotal === null || previousTotal === 0 ? null : (group.previous / previousTotal) * 100;
    const points = previousShare === null ? null : share - previousShare;
    const label = `${formatNumber(share, 1)}%${points === null ? "" : ` (${formatNumber(points, 1, { signed: true })} points)`}`;
    return { ...group, share, previousShare, points, label };
  });

  const changes = bars.some((bar) => bar.points !== null);
  const xTitle = input.xTitle ?? "Share of all offences (%)";
  const width = input.width ?? 400;
  const height = input.height ?? bars.length * 26;
  const view = labelledBarsView(
    bars.map((bar) => ({ name: bar.name, value: bar.share, label: bar.label, colour: bar.rest ? palette.otherArea : palette.focus })),
    { width, height, xTitle: changes ? [xTitle, "In brackets: the change in share since the previous period"] : xTitle },
  );
  const table = {
    columns: ["Category", "Offences", "Share (%)", ...(withPrevious ? ["Previous share (%)", "Change in share (percentage points)"] : [])],
    rows: bars.map((bar) => [
      bar.name,
      formatNumber(bar.current, 0),
      formatNumber(bar.share, 1),
      ...(withPrevious
        ? [bar.previousShare === null ? "" : formatNumber(bar.previousShare, 1), bar.points === null ? "" : formatNumber(bar.points, 1, { signed: true })]
        : []),
    ]),
  };
  const restBar = bars.find((bar) => bar.rest);
  const summary = [
    `Bar chart of each category's share of all ${formatNumber(total, 0)} offences${changes ? ", with the change in its share since the previous period in percentage points" : ""}, sorted high to low: ${bars
      .filter((bar) => !bar.rest)
      .map((bar) => `${bar.name} ${bar.label}`)
      .join(", ")}${restBar === undefined ? "" : `; the other ${formatNumber(rest.length, 0)} categories together ${restBar.label}`}.`,
  ].join(" ");
  const notes = withPrevious && previousTotal === 0 ? ["There were no offences in the previous period, so no change in share is shown."] : [];
  return finishChart("mix", input, { view, summary, table, notes });
}

/** Checks one row. */
function checkRow(row: unknown, i: number): { name: string; current: number; previous: number | null } {
  checkObject(fn, `rows[${i}]`, row, "{ name, current, previous? }");
  const name = row["name"];
  checkAreaName(fn, name, `rows[${i}].name`);
  const current = checkDrawnNumber(fn, `rows[${i}].current`, row["current"], 0);
  const previous = row["previous"] === undefined ? null : checkDrawnNumber(fn, `rows[${i}].previous`, row["previous"], 0);
  return { name, current, previous };
}
