import { addMonths, financialYear, rollingYear, type MonthKey } from "@crimestats/periods";
import { describe, expect, it } from "vitest";
import { areaStyles, palette, renderSvg } from "@crimestats/charts";
import { linePoints } from "../../../test/chartData.js";
import { ReportError } from "../../ReportError.js";
import { longTrend } from "./longTrend.js";

/** `n` consecutive months from `first`. */
function monthsFrom(first: MonthKey, n: number): MonthKey[] {
  return Array.from({ length: n }, (_, i) => addMonths(first, i));
}

/** Six years from March 2019 to February 2025 at 75, 80, 85, 90, 95 and 100 offences a month. */
const months = monthsFrom("2019-03", 72);
const series = Float64Array.from(months, (_, i) => 75 + 5 * Math.floor(i / 12));

describe("longTrend", () => {
  it("doc example: compares the assessed year with the mean of the five previous years", () => {
    const result = longTrend({ months, series, current: rollingYear("2025-02"), previous: rollingYear("2024-02"), breaks: [] });
    // Years to Feb 2020..Feb 2024: 900, 960, 1,020, 1,080, 1,140; mean 5,100 / 5 = 1,020; the year to Feb 2025 is 1,200.
    expect(result.longRunAverage?.explanation).toBe(
      "Offences in the 12 months to February 2025 (1,200) were above the average of the five previous years (1,020).",
    );
    expect(result.longRunAverage?.years).toBe(5);
    expect(result.longRunAverage?.value).toBe(1020);
  });

  it("lists the assessed period and every earlier fully covered year, newest first, with exact counts", () => {
    const result = longTrend({ months, series, current: rollingYear("2025-02"), previous: rollingYear("2024-02"), breaks: [] });
    expect(result.first).toBe("2019-03");
    expect(result.samePeriod.map((s) => [s.label, s.first, s.last, s.count])).toEqual([
      ["12 months to Feb 2025", "2024-03", "2025-02", 1200],
      ["12 months to Feb 2024", "2023-03", "2024-02", 1140],
      ["12 months to Feb 2023", "2022-03", "2023-02", 1080],
      ["12 months to Feb 2022", "2021-03", "2022-02", 1020],
      ["12 months to Feb 2021", "2020-03", "2021-02", 960],
      ["12 months to Feb 2020", "2019-03", "2020-02", 900],
    ]);
    expect(result.explanation).toBe(
      "The series runs from March 2019 to February 2025; the same period in each of the five previous years is shown for comparison.",
    );
  });

  it("averages only the five newest earlier years when the series holds more, and leaves out a year not fully covered", () => {
    // From July 2017: the year to Feb 2018 is only 8 months, so it is left out; years to Feb 2019..Feb 2025 are whole.
    const long = monthsFrom("2017-07", 92);
    const counts = Float64Array.from(long, (_, i) => (i < 20 ? 10 : 75 + 5 * Math.floor((i - 20) / 12)));
    const result = longTrend({ months: long, series: counts, current: rollingYear("2025-02"), previous: rollingYear("2024-02"), breaks: [] });
    // Years to Feb 2019 (Mar 2018..Feb 2019, 12 × 10 = 120), then 900 .. 1,200 as above.
    expect(result.samePeriod.map((s) => s.count)).toEqual([1200, 1140, 1080, 1020, 960, 900, 120]);
    expect(result.longRunAverage?.value).toBe(1020);
  });

  it("says how many years the average is over when there are fewer than five, and handles one year of history", () => {
    const three = longTrend({
      months: months.slice(24),
      series: series.subarray(24),
      current: rollingYear("2025-02"),
      previous: rollingYear("2024-02"),
      breaks: [],
    });
    // 1,020, 1,080, 1,140 → mean 1,080.
    expect(three.longRunAverage).toMatchObject({ years: 3, value: 1080 });
    expect(three.longRunAverage?.explanation).toBe(
      "Offences in the 12 months to February 2025 (1,200) were above the average of the three previous years (1,080).",
    );
    const one = longTrend({
      months: months.slice(48),
      series: series.subarray(48),
      current: rollingYear("2025-02"),
      previous: rollingYear("2024-02"),
      breaks: [],
    });
    expect(one.longRunAverage).toMatchObject({ years: 1, value: 1140 });
    expect(one.longRunAverage?.explanation).toBe("Offences in the 12 months to February 2025 (1,200) were above the same period a year earlier (1,140).");
    expect(one.explanation).toBe("The series runs from March 2023 to February 2025; the same period in the previous year is shown for comparison.");
  });

  it("gives no long-run average when the series holds only the assessed period", () => {
    const result = longTrend({
      months: months.slice(60),
      series: series.subarray(60),
      current: rollingYear("2025-02"),
      previous: rollingYear("2024-02"),
      breaks: [],
    });
    expect(result.samePeriod.map((s) => s.count)).toEqual([1200]);
    expect(result.longRunAverage).toBeNull();
    expect(result.explanation).toBe(
      "The series runs from March 2024 to February 2025, so the 12 months to February 2025 cannot be compared with any earlier year.",
    );
  });

  it("words a fall, equal figures and zero counts", () => {
    const falling = Float64Array.from(series).reverse();
    const fall = longTrend({
      months,
      series: falling,
      current: rollingYear("2025-02"),
      previous: rollingYear("2024-02"),
      breaks: [],
      what: "Burglary offences",
    });
    // Reversed: the year to Feb 2025 is 900; the five before are 960..1,200, mean 1,080.
    expect(fall.longRunAverage?.explanation).toBe(
      "Burglary offences in the 12 months to February 2025 (900) were below the average of the five previous years (1,080).",
    );
    const zeros = longTrend({ months, series: new Float64Array(72), current: rollingYear("2025-02"), previous: rollingYear("2024-02"), breaks: [] });
    expect(zeros.longRunAverage?.explanation).toBe(
      "Offences in the 12 months to February 2025 (0) were the same as the average of the five previous years (0).",
    );
  });

  it("works for a financial year", () => {
    const result = longTrend({ months, series, current: financialYear(2023), previous: financialYear(2022), breaks: [] });
    // FY 2023/24 = Apr 2023..Mar 2024: 11 × 95 + 100 = 1,145; FY 2022/23 = 11 × 90 + 95 = 1,085; ... back to FY 2019/20.
    expect(result.samePeriod.map((s) => [s.label, s.count])).toEqual([
      ["2023/24", 1145],
      ["2022/23", 1085],
      ["2021/22", 1025],
      ["2020/21", 965],
      ["2019/20", 905],
    ]);
    // Mean of 1,085, 1,025, 965, 905 = 3,980 / 4 = 995.
    expect(result.longRunAverage?.explanation).toBe("Offences in 2023/24 (1,145) were above the average of the four previous years (995).");
  });

  it("says when a change in recording falls within the averaged years, including one in the first month of the comparison", () => {
    const breaks = [{ month: "2024-03" as MonthKey, description: "Offences at the airports are recorded in Hillingdon." }];
    const result = longTrend({ months, series, current: rollingYear("2025-02"), previous: rollingYear("2024-02"), breaks });
    expect(result.longRunAverage?.explanation).toBe(
      "Offences in the 12 months to February 2025 (1,200) were above the average of the five previous years (1,020). A change in recording (March 2024) falls within these years, so the comparison may not be like for like.",
    );
    expect(result.explanation).toContain("One change in recording falls within it (marked on the chart).");
    // A break in the series' first month changes nothing that is shown.
    const atStart = longTrend({
      months,
      series,
      current: rollingYear("2025-02"),
      previous: rollingYear("2024-02"),
      breaks: [{ month: "2019-03", description: "Start." }],
    });
    expect(atStart.longRunAverage?.explanation).not.toContain("change in recording");
    expect(atStart.explanation).not.toContain("change in recording");
  });

  it("charts rolling 12-month counts from the first full year, shades the assessed period and marks breaks with labelled rules", async () => {
    const breaks = [
      { month: "2024-03" as MonthKey, description: "London Heathrow and London City Airports offences are recorded in Hillingdon from March 2024." },
      { month: "2024-01" as MonthKey, description: "Stalking and harassment split out." },
      { month: "2030-01" as MonthKey, description: "Outside the series." },
    ];
    const result = longTrend({ months, series, current: rollingYear("2025-02"), previous: rollingYear("2024-02"), breaks, area: "Harrow" });
    const line = linePoints(result.chart);
    // 72 months give 61 rolling years; the first ends in February 2020 (900), the last in February 2025 (1,200).
    expect(line).toHaveLength(61);
    expect(line[0]).toEqual({ series: "Harrow", month: "2020-02", value: 900 });
    expect(line[1]).toEqual({ series: "Harrow", month: "2020-03", value: 905 });
    expect(line.at(-1)).toEqual({ series: "Harrow", month: "2025-02", value: 1200 });
    expect(result.chart.kind).toBe("trend");
    expect(result.chart.title).toBe("Offences in Harrow: rolling 12-month count");
    // The finding first: the comparison with the long-run average.
    expect(result.chart.description.startsWith(result.longRunAverage?.explanation ?? "-")).toBe(true);
    const svg = await renderSvg(result.chart);
    // The assessed period's band is labelled; each break's rule is labelled without its date, cut at a word.
    expect(svg).toContain(">12 months to Feb 2025</text>");
    expect(svg).toContain(">Stalking and harassment split");
    expect(svg).toContain(">London Heathrow and London City…</text>");
    expect(svg).not.toContain("Outside the series");
    expect(result.chart.description).not.toContain("Outside the series");
  });

  it("ends the chart, its summary and the sentence at the assessed period's last month when the series runs on", () => {
    // The series runs ten months past the year to February 2025, at 1,000 a month (so a rolling year there would be far higher).
    const longer = monthsFrom("2019-03", 82);
    const counts = Float64Array.from(longer, (_, i) => (i < 72 ? 75 + 5 * Math.floor(i / 12) : 1000));
    const breaks = [{ month: "2025-06" as MonthKey, description: "After the period." }];
    const result = longTrend({ months: longer, series: counts, current: rollingYear("2025-02"), previous: rollingYear("2024-02"), breaks, area: "Harrow" });
    const line = linePoints(result.chart);
    expect(line.at(-1)).toEqual({ series: "Harrow", month: "2025-02", value: 1200 });
    expect(line.every((p) => p.value <= 1200)).toBe(true);
    expect(result.explanation.startsWith("The series runs from March 2019 to February 2025;")).toBe(true);
    expect(`${result.explanation} ${result.chart.description}`).not.toMatch(/2025-0[3-9]|2025-1|December 2025|June 2025|After the period/);
  });

  it("draws one rule per month, the descriptions of one month joined", async () => {
    const breaks = [
      { month: "2021-01" as MonthKey, description: "From January 2021 kind 1 moved." },
      { month: "2021-01" as MonthKey, description: "Kind 2 split." },
    ];
    const result = longTrend({ months, series, current: rollingYear("2025-02"), previous: rollingYear("2024-02"), breaks });
    const svg = await renderSvg(result.chart);
    expect(svg).toContain(">kind 1 moved.; Kind 2 split.</text>");
    expect(result.explanation).toContain("Two changes in recording fall within it (marked on the chart).");
  });

  it("keeps the chart's titles on one line when what is counted or the area holds a line break", () => {
    const result = longTrend({
      months,
      series,
      current: rollingYear("2025-02"),
      previous: rollingYear("2024-02"),
      breaks: [],
      what: "Burglary\noffences",
      area: "Harrow\r\nWest",
    });
    expect(result.chart.title).toBe("Burglary offences in Harrow West: rolling 12-month count");
    expect(`${result.chart.title} ${result.chart.description}`).not.toMatch(/[\n\r]/);
  });

  it("draws the focus area's line in the document's style and names the source", () => {
    const styles = areaStyles({ focus: "Harrow", comparators: ["Barnet"], benchmarkArea: "London" });
    const result = longTrend({
      months,
      series,
      current: rollingYear("2025-02"),
      previous: rollingYear("2024-02"),
      breaks: [],
      area: "Harrow",
      styles,
      source: { source: "MPS" },
    });
    expect(JSON.stringify(result.chart.spec)).toContain(`"${palette.focus}"`);
    expect(result.chart.source).toBe("Source: MPS. Open Government Licence v3.0.");
  });

  it("renders through renderSvg with the y axis from zero and no long unrounded numbers", async () => {
    const breaks = [{ month: "2024-03" as MonthKey, description: "Airport offences recorded in Hillingdon." }];
    const odd = Float64Array.from(series, (v, i) => v + ((i * 7) % 3));
    const result = longTrend({ months, series: odd, current: rollingYear("2025-02"), previous: rollingYear("2024-02"), breaks });
    const svg = await renderSvg(result.chart, { id: "long" });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain(">Rolling year ending</text>");
    expect(svg).toContain(">0</text>");
    expect(svg).toContain(">Airport offences recorded in…</text>");
    expect(svg.match(/\d\.\d{2,}/g) ?? []).toEqual([]);
  });

  it("needs a rolling year: fewer than 12 months is an error", () => {
    const short = monthsFrom("2024-06", 9);
    expect(() =>
      longTrend({
        months: short,
        series: new Float64Array(9).fill(3),
        current: { kind: "rolling", first: "2024-12", last: "2025-02", label: "3 months to Feb 2025" },
        previous: { kind: "rolling", first: "2024-09", last: "2024-11", label: "3 months to Nov 2024" },
        breaks: [],
      }),
    ).toThrow(/at least 12/);
  });

  it("rejects months that are not consecutive, counts that do not match, and periods outside the series", () => {
    const base = { current: rollingYear("2025-02"), previous: rollingYear("2024-02"), breaks: [] };
    expect(() => longTrend({ ...base, months: ["2024-01", "2024-03"], series: [1, 2] })).toThrow(ReportError);
    expect(() => longTrend({ ...base, months, series: series.subarray(1) })).toThrow(/72 counts/);
    expect(() => longTrend({ ...base, months, series: Float64Array.from(series, (v, i) => (i === 3 ? Number.NaN : v)) })).toThrow(/2019-06/);
    expect(() => longTrend({ ...base, months: months.slice(0, 60), series: series.subarray(0, 60) })).toThrow(/current period/);
    expect(() => longTrend({ ...base, months, series, previous: rollingYear("2025-01") })).toThrow(/previous period/);
    expect(() => longTrend({ ...base, months, series, breaks: [{ month: "March", description: "x" }] as never })).toThrow(/break 1/);
  });
});
