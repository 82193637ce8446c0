import { palette } from "../palette.js";
import type { VegaLiteSpec } from "../types.js";
import { textWidth } from "./labels.js";

/** One labelled horizontal bar from zero (a share, a change). */
export interface LabelledBar {
  /** The bar's name, drawn on the axis. */
  readonly name: string;
  /** Its value (negative bars go left of zero). */
  readonly value: number;
  /** The label drawn at its end, e.g. `"34.5% (+1.2 points)"`. */
  readonly label: string;
  /** Its colour (from the palette). */
  readonly colour: string;
}

/**
 * The rows to draw one by one and the rest to sum into one "all other" bar: the first `top` of
 * the rows as ordered, and the others, but only when at least two are left over (a single one
 * keeps its own name rather than hide it under "all other").
 */
export function splitTop<T>(rows: readonly T[], top: number): { kept: readonly T[]; rest: readonly T[] } {
  return rows.length > top + 1 ? { kept: rows.slice(0, top), rest: rows.slice(top) } : { kept: rows, rest: [] };
}

/** The name of the "all other" bar, changed when a drawn row already has that name. */
export function restName(kept: readonly { name: string }[], name: string): string {
  return kept.some((row) => row.name === name) ? `${name} (the rest)` : name;
}

/**
 * The view of horizontal bars from zero, in the order given, each labelled at its end (after the
 * end for a bar to the right, before it for a bar to the left), with the value axis widened so
 * every label fits inside the plot, a rule at zero, and the bar names on the axis.
 */
export function labelledBarsView(bars: readonly LabelledBar[], options: { width: number; height: number; xTitle: string | readonly string[] }): VegaLiteSpec {
  const { width, height } = options;
  const low = Math.min(0, ...bars.map((bar) => bar.value));
  const high = Math.max(0, ...bars.map((bar) => bar.value));
  const labelSpace = (side: (bar: LabelledBar) => boolean): number => {
    const widths = bars.filter(side).map((bar) => textWidth(bar.label, 12) + 8);
    return widths.length === 0 ? 0 : Math.max(...widths);
  };
  const left = labelSpace((bar) => bar.value < 0);
  const right = labelSpace((bar) => bar.value >= 0);
  const drawn = Math.max(width - left - right, width / 3);
  const span = high - low > 0 ? high - low : 1;
  const perPixel = span / drawn;
  const domain = [low - left * perPixel, (high - low > 0 ? high : low + 1) + right * perPixel];
  const y = { field: "name", type: "nominal", sort: bars.map((bar) => bar.name), title: null };
  const label = (align: "left" | "right"): Record<string, unknown> => ({
    transform: [{ filter: align === "left" ? "datum.value >= 0" : "datum.value < 0" }],
    mark: { type: "text", align, baseline: "middle", dx: align === "left" ? 4 : -4, fontSize: 12, color: palette.text },
    encoding: { y, x: { field: "value", type: "quantitative" }, text: { field: "label" } },
  });
  return {
    width,
    height,
    data: { values: bars },
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          y: { ...y, scale: { paddingInner: 0.3, paddingOuter: 0.15 }, axis: { ticks: false, domain: false, labelPadding: 6, labelLimit: 0 } },
          x: {
            field: "value",
            type: "quantitative",
            title: options.xTitle,
            scale: { domain, zero: true, nice: false },
            axis: { format: ",~f", grid: true, tickCount: Math.max(2, Math.min(8, Math.floor(width / 70))) },
          },
          color: { field: "colour", type: "nominal", scale: null, legend: null },
        },
      },
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: "rule", color: palette.axis, strokeWidth: 1 },
        encoding: { x: { field: "zero", type: "quantitative" } },
      },
      label("left"),
      label("right"),
    ],
  };
}
