import type { MonthKey } from "@crimestats/periods";
import { describe, expect, it } from "vitest";
import { channelOf, thrown, type Unit, unitsOf } from "../test/specParts.js";
import { ChartsError } from "./ChartsError.js";
import { type MonthlyChartInput, type MonthlyValue, monthlyChart } from "./monthlyChart.js";
import { palette } from "./palette.js";
import { renderSvg } from "./renderSvg.js";

const source = "Metropolitan Police Service";

/** `n` consecutive months from a start, each value from `value(i)`. */
function series(first: MonthKey, n: number, value: (i: number) => number): MonthlyValue[] {
  const [y, m] = first.split("-").map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => {
    const index = y * 12 + m - 1 + i;
    return { month: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}` as MonthKey, value: value(i) };
  });
}

/** 30 months to February 2025: the chart draws the last 24, March 2023 to February 2025. */
const months = series("2022-09", 30, (i) => {
  const calendarMonth = ((8 + i) % 12) + 1;
  return 100 + (calendarMonth >= 7 ? 30 : 0) + i * 0.5; // July to December 30 higher, and a slow rise
});
const base: MonthlyChartInput = { title: "Burglary by month", source, yTitle: "Offences per month", months };

describe("monthlyChart", () => {
  it("gives the text alternative of the documented example", () => {
    const example = Array.from({ length: 24 }, (_, i) => ({
      month: `${2023 + Math.floor((i + 2) / 12)}-${String(((i + 2) % 12) + 1).padStart(2, "0")}` as MonthKey,
      value: i % 12 < 6 ? 90 : 110,
    }));
    const chart = monthlyChart({ title: "Burglary by month", source: "Metropolitan Police Service", yTitle: "Offences per month", months: example });
    expect(chart.description).toBe(
      "Line chart of offences per month, March 2023 to February 2025, as two 12-month runs against the 24-month average (100). 12 months to February 2025: 6 months above the average and 6 below, highest 110 (September 2024), lowest 90 (March 2024). 12 months to February 2024: 6 months above the average and 6 below, highest 110 (September 2023), lowest 90 (March 2023). Above the average in both years: September, October, November, December, January and February. Below the average in both years: March, April, May, June, July and August.",
    );
  });

  it("draws the last 24 months as two runs over the month names in the runs' order, the earlier dashed", () => {
    const lines = unitsOf(monthlyChart(base)).filter((u) => u.mark?.["type"] === "line");
    expect(lines).toHaveLength(2);
    const [earlier, later] = lines as [Unit, Unit];
    expect(earlier.data?.values.map((v) => v["month"])).toEqual(series("2023-03", 12, () => 0).map((m) => m.month));
    expect(later.data?.values.map((v) => v["month"])).toEqual(series("2024-03", 12, () => 0).map((m) => m.month));
    expect(channelOf(later, "x").sort).toEqual(["Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb"]);
    expect(earlier.mark?.["strokeDash"]).not.toEqual([]);
    expect(later.mark?.["strokeDash"]).toEqual([]);
    expect(later.mark?.["color"]).toBe(palette.focus);
    expect(later.mark?.["strokeWidth"]).toBeGreaterThan(earlier.mark?.["strokeWidth"] as number);
  });

  it("draws the mean of the last 24 months as a labelled rule, and labels each run at its end", () => {
    const all = unitsOf(monthlyChart(base));
    const mean = months.slice(-24).reduce((sum, m) => sum + m.value, 0) / 24;
    const rule = all.find((u) => u.mark?.["type"] === "rule");
    expect(rule?.data?.values[0]?.["value"]).toBeCloseTo(mean, 9);
    const labels = all.filter((u) => u.mark?.["type"] === "text").flatMap((u) => u.data?.values ?? []);
    expect(new Set(labels.map((l) => l["label"]))).toEqual(new Set(["12 months to Feb 2024", "12 months to Feb 2025", "24-month average 124"]));
  });

  it("takes a given average and its label", () => {
    const chart = monthlyChart({ ...base, average: { value: 120, label: "Three-year average" } });
    expect(chart.description).toContain("against the three-year average (120).");
    expect(chart.description).toContain("12 months to February 2025: 6 months above the average and 6 below");
  });

  it("starts the value axis at zero, titled with its unit", () => {
    for (const unit of unitsOf(monthlyChart(base))) {
      const y = unit.encoding["y"];
      if (y === undefined || y.value !== undefined) continue;
      expect(y.scale?.domain?.[0]).toBe(0);
      expect(y.scale?.zero).toBe(true);
      expect(y.title).toBe("Offences per month");
    }
  });

  it("puts the finding first and counts the months above and below the average in each year", () => {
    const chart = monthlyChart({ ...base, finding: "Burglary peaks in the summer." });
    expect(chart.description.startsWith("Burglary peaks in the summer. Line chart of offences per month, March 2023 to February 2025")).toBe(true);
    expect(chart.description).toContain("Above the average in both years: July, August, September, October, November and December.");
  });

  it("says when no month was on the same side of the average in both years", () => {
    const flat = series("2023-03", 24, (i) => (i < 12 ? 10 : 20));
    const chart = monthlyChart({ ...base, months: flat });
    expect(chart.description).toContain("No month was above the average in both years. No month was below the average in both years.");
  });

  it("gives a table of the two runs by month name", () => {
    const chart = monthlyChart(base);
    expect(chart.table.columns).toEqual(["Month", "12 months to Feb 2024", "12 months to Feb 2025"]);
    expect(chart.table.rows[0]).toEqual(["Mar", "103", "109"]);
  });

  it("renders one path per run, the labels, axis titles and source line", async () => {
    const svg = await renderSvg(monthlyChart(base));
    // Vega draws a line mark as a path with round joins.
    expect(svg.match(/<path [^>]*stroke-linejoin="round"/g)).toHaveLength(2);
    for (const text of ["12 months to Feb 2025", "12 months to Feb 2024", "24-month average 124", "Offences per month", "Mar", "Feb"]) {
      expect(svg).toContain(`>${text}</text>`);
    }
    expect(svg).toContain(">Source: Metropolitan Police Service. Open Government Licence v3.0.</text>");
  });
});

describe("monthlyChart on inputs of the wrong shape", () => {
  it.each([
    ["no input", "invalid-argument", "the input is undefined", undefined],
    ["months that are not an array", "invalid-argument", "months is null", { ...base, months: null }],
    ["a hole among the months", "invalid-argument", "months[1] is undefined", { ...base, months: [months[0], , ...months.slice(2)] }],
    ["23 months", "invalid-argument", "months has 23 months: expected at least 24", { ...base, months: months.slice(0, 23) }],
    ["a gap between months", "invalid-argument", "expected consecutive months", { ...base, months: [...months.slice(0, 10), ...months.slice(11)] }],
    ["a month that is not a month", "invalid-month", "months[0].month", { ...base, months: [{ month: "2024-00", value: 1 }, ...months] }],
    ["a negative value", "invalid-number", "months[1].value is -1", { ...base, months: months.map((m, i) => (i === 1 ? { ...m, value: -1 } : m)) }],
    ["an Infinity average", "invalid-number", "average.value is Infinity", { ...base, average: { value: Number.POSITIVE_INFINITY, label: "A" } }],
    ["an average without a label", "invalid-argument", "average.label is undefined", { ...base, average: { value: 3 } }],
    ["decimals of 7", "invalid-number", "decimals is 7", { ...base, decimals: 7 }],
  ])("%s is %s", async (_name, code, message, input) => {
    const error = await thrown(() => monthlyChart(input as unknown as MonthlyChartInput));
    expect(error).toBeInstanceOf(ChartsError);
    expect((error as ChartsError).code).toBe(code);
    expect((error as ChartsError).message).toContain(message);
  });

  it("keeps the average finite when the months are near the largest number", () => {
    const huge = series("2023-03", 24, () => Number.MAX_VALUE / 2);
    const chart = monthlyChart({ ...base, months: huge });
    expect(chart.description).not.toMatch(/NaN|Infinity/);
  });
});
