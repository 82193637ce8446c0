import { formatNumber, neumaierSum } from "@crimestats/internal";
import { ChartsError } from "./ChartsError.js";
import { labelledBarsView, restName, splitTop } from "./internal/bars.js";
import { checkAreaName, checkChartOptions, checkDrawnNumber, checkEachRow, checkObject, checkText, checkWhole } from "./internal/check.js";
import { finishChart, oneLine } from "./internal/frame.js";
import { lowerFirst } from "./internal/labels.js";
import { palette } from "./palette.js";
import type { Chart, ChartOptions } from "./types.js";

/** One part of a change for {@link driversChart} (the `rows` of the report's `Drivers`, or of `changeContributions` of `@crimestats/rates`, fit). */
export interface DriversChartRow {
  /** The part, e.g. an offence category `"Shoplifting"`. */
  readonly name: string;
  /** Its change, current minus previous (any sign). */
  readonly change: number;
  /** Its change as a percentage of the total change, or `null`/absent when not known (the total did not change). */
  readonly share?: number | null;
}

/** Input of {@link driversChart}. */
export interface DriversChartInput extends ChartOptions {
  /** One row per part (1 to 1,000), in any order: the bars are sorted by the size of the change, largest first. */
  readonly rows: readonly DriversChartRow[];
  /** Title of the change axis with its unit. Default `"Change in offences"`. */
  readonly xTitle?: string;
  /** How many parts get a bar of their own (1 to 50, default 10); the rest are summed as "All other parts", never dropped. */
  readonly top?: number;
  /** Decimals of the changes shown in labels and the table (0 to 6, default 0, for counts; 1 for changes in a rate). */
  readonly decimals?: number;
}

/** One drawn bar of the drivers chart. */
interface DriverBar {
  readonly name: string;
  readonly change: number;
  readonly share: number | null;
  readonly label: string;
  readonly rest: boolean;
}

const fn = "driversChart";
const otherName = "All other parts";

/**
 * What drove a change: each part's change (an offence category's rise or fall) as a bar either
 * side of zero, rises to the right in the palette's orange and falls to the left in its purple
 * (both at least 3:1 against the background; the side of zero and the sign in the label say the
 * direction without colour), largest change first, each labelled with its change and its share of
 * the total change, "+123 (45%)" — the share only when every part moved the way the total did (when
 * some rose and some fell, shares run past 100% and the bars carry their counts alone; the table
 * keeps the shares). Past the `top` parts the rest are summed into one "All other
 * parts" bar, drawn last, so the bars add up to the total change.
 *
 * @param input - Title, source, the rows, and optionally the axis title, how many parts to draw
 *   one by one and the display decimals.
 * @returns The {@link Chart} (kind `"drivers"`); its table lists every drawn bar with its change and share.
 * @throws {@link ChartsError} `invalid-argument` when a field is missing or of the wrong type, there
 *   are no rows or more than 1,000, a part is named twice, or `top` or `decimals` is out of range;
 *   `invalid-number` when a change or share is not finite or beyond 10^15.
 * @example
 * ```ts
 * const chart = driversChart({
 *   title: "What drove the change in offences in Harrow",
 *   source: "Metropolitan Police Service",
 *   rows: [
 *     { name: "Burglary", change: -459, share: -50.3 },
 *     { name: "Shoplifting", change: 927, share: 101.6 },
 *     { name: "Robbery", change: 444, share: 48.7 },
 *   ],
 * });
 * chart.table.rows;
 * //=> [["Shoplifting", "+927", "102"], ["Burglary", "-459", "-50"], ["Robbery", "+444", "49"]]
 * ```
 */
export function driversChart(input: DriversChartInput): Chart {
  checkChartOptions(fn, input);
  checkText(fn, "xTitle", input.xTitle, true);
  const top = checkWhole(fn, "top", input.top, 1, 50, 10);
  const decimals = checkWhole(fn, "decimals", input.decimals, 0, 6, 0);
  const rows = checkEachRow(fn, input.rows, { expected: "a list of { name, change, share? }", max: 1000, items: "parts", key: "name" }, checkRow);
  const total = neumaierSum(rows.map((row) => row.change));
  const rises = neumaierSum(rows.map((row) => Math.max(0, row.change)));
  const falls = neumaierSum(rows.map((row) => Math.min(0, row.change)));
  const showChange = (x: number): string => formatNumber(x, decimals, { signed: true });
  const sorted = rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => Math.abs(b.row.change) - Math.abs(a.row.change) || a.index - b.index)
    .map(({ row }) => row);
  const { kept, rest } = splitTop(sorted, top);
  const restShares = rest.map((row) => row.share);
  const groups = [
    ...kept.map((row) => ({ ...row, rest: false })),
    ...(rest.length === 0
      ? []
      : [
          {
            name: restName(kept, otherName),
            change: neumaierSum(rest.map((row) => row.change)),
            share: restShares.every((share) => share !== null) ? neumaierSum(restShares as number[]) : null,
            rest: true,
          },
        ]),
  ];
  // Shares of the net change lie between 0 and 100% only when every part moved the way the total did;
  // otherwise some exceed 100% ("+97 (110%)"), which reads as more than the whole, so the bars carry counts only.
  const oneWay = rows.every((row) => row.change === 0 || Math.sign(row.change) === Math.sign(total));
  const withShares = groups.some((group) => group.share !== null);
  const labelShares = withShares && oneWay;
  const bars: DriverBar[] = groups.map((group) => ({
    ...group,
    label: `${showChange(group.change)}${group.share === null || !labelShares ? "" : ` (${formatNumber(group.share, 0)}%)`}`,
  }));
  const xTitle = input.xTitle ?? "Change in offences";
  const width = input.width ?? 400;
  const height = input.height ?? bars.length * 26;
  const view = labelledBarsView(
    bars.map((bar) => ({
      name: bar.name,
      value: bar.change,
      label: bar.label,
      colour: bar.change > 0 ? (palette.diverging[4] as string) : bar.change < 0 ? (palette.diverging[0] as string) : palette.otherArea,
    })),
    { width, height, xTitle: labelShares ? [xTitle, "In brackets: the share of the total change"] : xTitle },
  );
  const table = {
    columns: ["Part", xTitle, ...(withShares ? ["Share of the total change (%)"] : [])],
    rows: bars.map((bar) => [bar.name, showChange(bar.change), ...(withShares ? [bar.share === null ? "" : formatNumber(bar.share, 0)] : [])]),
  };
  const restBar = bars.find((bar) => bar.rest);
  const listed = bars.filter((bar) => !bar.rest).map((bar) => `${bar.name} ${bar.label}`);
  const summary = [
    `Bar chart of ${lowerFirst(oneLine(xTitle))}, by part${labelShares ? ", with each part's share of the total change" : ""}, largest change first: ${listed.join(", ")}${
      restBar === undefined ? "" : `; the other ${formatNumber(rest.length, 0)} parts together ${restBar.label}`
    }.`,
    `Rises add up to ${showChange(rises)} and falls to ${showChange(falls)}: a net change of ${showChange(total)}.`,
  ].join(" ");
  return finishChart("drivers", input, { view, summary, table });
}

/** Checks one row. */
function checkRow(row: unknown, i: number): { name: string; change: number; share: number | null } {
  checkObject(fn, `rows[${i}]`, row, "{ name, change, share? }");
  const name = row["name"];
  checkAreaName(fn, name, `rows[${i}].name`);
  const change = checkDrawnNumber(fn, `rows[${i}].change`, row["change"]);
  const share = row["share"] === undefined || row["share"] === null ? null : checkDrawnNumber(fn, `rows[${i}].share`, row["share"]);
  return { name, change, share };
}
