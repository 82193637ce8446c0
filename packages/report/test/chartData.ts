import type { Chart } from "@crimestats/charts";

/** One point of a line as a trend chart's specification carries it. */
export interface LinePoint {
  readonly series: string;
  readonly month: string;
  readonly value: number;
}

/** Every `data.values` array anywhere in a specification. */
function dataArrays(value: unknown, out: unknown[][] = []): unknown[][] {
  if (Array.isArray(value)) {
    for (const item of value) dataArrays(item, out);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "values" && Array.isArray(item)) out.push(item);
      else dataArrays(item, out);
    }
  }
  return out;
}

/**
 * The points of the lines of a trend chart at full precision: the largest inline data array of
 * its specification whose rows are `{ series, date, value }` (months as `"YYYY-MM"`).
 */
export function linePoints(chart: Chart): LinePoint[] {
  const lines = dataArrays(chart.spec)
    .filter((rows) =>
      rows.every((r) => {
        const keys = Object.keys(r as object).sort();
        return keys.join(",") === "date,series,value";
      }),
    )
    .sort((a, b) => b.length - a.length)[0];
  return (lines ?? []).map((r) => {
    const row = r as { series: string; date: string; value: number };
    return { series: row.series, month: row.date.slice(0, 7), value: row.value };
  });
}
