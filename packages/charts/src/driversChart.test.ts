import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { marksOf, svgTexts, thrown, viewOf } from "../test/specParts.js";
import { ChartsError } from "./ChartsError.js";
import { type DriversChartInput, driversChart } from "./driversChart.js";
import { palette } from "./palette.js";
import { renderSvg } from "./renderSvg.js";

const source = "Metropolitan Police Service";
/** A focus area's change in offences by major category (twelve parts; a net rise of 912). */
const changes: [string, number][] = [
  ["Violence against the person", -11],
  ["Theft", 1205],
  ["Vehicle offences", -314],
  ["Burglary", -79],
  ["Public order offences", -44],
  ["Arson and criminal damage", -123],
  ["Drug offences", 80],
  ["Robbery", 96],
  ["Sexual offences", 125],
  ["Miscellaneous crimes against society", 1],
  ["Possession of weapons", -27],
  ["Fraud and forgery", 3],
];
const net = changes.reduce((sum, [, change]) => sum + change, 0);
const rows = changes.map(([name, change]) => ({ name, change, share: (change / net) * 100 }));
const base: DriversChartInput = { title: "What drove the change in offences in Harrow", source, rows, top: 8 };

describe("driversChart", () => {
  it("gives the table of the documented example", () => {
    const chart = driversChart({
      title: "What drove the change in offences in Harrow",
      source: "Metropolitan Police Service",
      rows: [
        { name: "Burglary", change: -459, share: -50.3 },
        { name: "Shoplifting", change: 927, share: 101.6 },
        { name: "Robbery", change: 444, share: 48.7 },
      ],
    });
    expect(chart.table.rows).toEqual([
      ["Shoplifting", "+927", "102"],
      ["Burglary", "-459", "-50"],
      ["Robbery", "+444", "49"],
    ]);
  });

  it("draws the largest changes first, rises in orange and falls in purple, the rest summed last", () => {
    const chart = driversChart(base);
    const bars = viewOf(chart).data?.values ?? [];
    expect(bars.map((bar) => bar["name"])).toEqual([
      "Theft",
      "Vehicle offences",
      "Sexual offences",
      "Arson and criminal damage",
      "Robbery",
      "Drug offences",
      "Burglary",
      "Public order offences",
      "All other parts",
    ]);
    expect(bars[0]).toMatchObject({ value: 1205, label: "+1,205", colour: palette.diverging[4] });
    expect(bars[1]).toMatchObject({ value: -314, label: "-314", colour: palette.diverging[0] });
    expect(bars.at(-1)).toMatchObject({ value: -34, colour: palette.diverging[0] });
    expect(chart.description).toContain("; the other 4 parts together -34. Rises add up to +1,510 and falls to -598: a net change of +912.");
  });

  it("labels rises after the bar's end and falls before it, on an axis wide enough for both", () => {
    const chart = driversChart(base);
    const labels = marksOf(chart, "text");
    expect(labels.map((unit) => [unit.mark["align"], unit.transform])).toEqual([
      ["left", [{ filter: "datum.value >= 0" }]],
      ["right", [{ filter: "datum.value < 0" }]],
    ]);
    const domain = marksOf(chart, "bar")[0]?.encoding["x"]?.scale?.domain ?? [];
    expect(domain[0]).toBeLessThan(-314);
    expect(domain[1]).toBeGreaterThan(1205);
    expect(marksOf(chart, "rule")[0]?.data?.values).toEqual([{ zero: 0 }]);
  });

  it("keeps the bars adding up to the total change whatever is summed into the rest", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 50 }), (values, top) => {
        const chart = driversChart({ ...base, top, rows: values.map((change, i) => ({ name: `Part ${i}`, change })) });
        const drawn = (viewOf(chart).data?.values ?? []).map((bar) => bar["value"] as number);
        expect(drawn.reduce((sum, value) => sum + value, 0)).toBe(values.reduce((sum, value) => sum + value, 0));
        const sizes = drawn.slice(0, Math.min(top, drawn.length)).map(Math.abs);
        expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
      }),
    );
  });

  it("labels each bar with its share of the total change only when every part moved the way the total did (shares then lie within 0 to 100%)", () => {
    const labels = (chart: ReturnType<typeof driversChart>): unknown[] => (viewOf(chart).data?.values ?? []).map((bar) => bar["label"]);
    const rises = [
      { name: "Shoplifting", change: 959, share: 68 },
      { name: "Theft from the person", change: 452, share: 32 },
    ];
    expect(labels(driversChart({ title: "T", source, rows: rises }))).toEqual(["+959 (68%)", "+452 (32%)"]);
    const mixed = driversChart({ title: "T", source, rows: [...rises, { name: "Theft from a vehicle", change: -236, share: -20 }] });
    expect(labels(mixed)).toEqual(["+959", "+452", "-236"]);
    expect(mixed.table.columns).toEqual(["Part", "Change in offences", "Share of the total change (%)"]);
  });

  it("leaves the share out of a label when it is not known, and out of the rest's when any part's is not", () => {
    const rises = changes.filter(([, change]) => change > 0);
    const sum = rises.reduce((total, [, change]) => total + change, 0);
    const shared = rises.map(([name, change]) => ({ name, change, share: (change / sum) * 100 }));
    const chart = driversChart({ ...base, rows: shared.map((row, i) => (i === shared.length - 1 ? { ...row, share: null } : row)), top: 3 });
    const bars = viewOf(chart).data?.values ?? [];
    expect(bars[0]?.["label"]).toBe("+1,205 (80%)");
    expect(bars.at(-1)?.["label"]).toBe("+84");
    const none = driversChart({ ...base, rows: rows.map(({ name, change }) => ({ name, change })) });
    expect(none.table.columns).toEqual(["Part", "Change in offences"]);
    expect(marksOf(none, "bar")[0]?.encoding["x"]?.title).toBe("Change in offences");
  });

  it("shows changes in a rate with the decimals asked for", () => {
    const chart = driversChart({ ...base, xTitle: "Change in crimes per 1,000 residents", decimals: 2, rows: [{ name: "Theft", change: 4.125 }] });
    expect(chart.table.rows).toEqual([["Theft", "+4.13"]]);
    expect(chart.description).toContain("Bar chart of change in crimes per 1,000 residents, by part, largest change first: Theft +4.13.");
  });

  it("renders to SVG with every bar's name and label", async () => {
    const svg = await renderSvg(driversChart(base), { id: "drivers" });
    const texts = svgTexts(svg);
    for (const label of ["Theft", "+1,205", "Vehicle offences", "-314", "All other parts"]) expect(texts).toContain(label);
    expect(svg.toLowerCase()).toContain(`fill="${palette.diverging[4]}"`);
    expect(svg.toLowerCase()).toContain(`fill="${palette.diverging[0]}"`);
  });

  it("writes negative axis numbers with a hyphen-minus, as its bar labels and the document's tables do", async () => {
    const falls = [
      { name: "Theft", change: -1205 },
      { name: "Burglary", change: 300 },
    ];
    const texts = svgTexts(await renderSvg(driversChart({ ...base, rows: falls }), { id: "drivers" }));
    // The axis has negative ticks ("-1,000", "-500") and the bar its label ("-1,205").
    expect(texts).toEqual(expect.arrayContaining(["-1,000", "-500", "-1,205"]));
    expect(texts.join(" ")).not.toContain("\u2212");
  });

  it("rejects input it cannot draw with ChartsError and a stable code", async () => {
    const cases: [unknown, string][] = [
      [{ ...base, rows: [] }, "invalid-argument"],
      [{ ...base, rows: [{ name: "Theft", change: Number.POSITIVE_INFINITY }] }, "invalid-number"],
      [{ ...base, rows: [{ name: "Theft", change: 1, share: "45%" }] }, "invalid-number"],
      [
        {
          ...base,
          rows: [
            { name: "Theft", change: 1e16 },
            { name: "Robbery", change: 1 },
          ],
        },
        "invalid-number",
      ],
      [{ ...base, rows: [rows[0], rows[0]] }, "invalid-argument"],
      [{ ...base, rows: [{ change: 1 }] }, "invalid-argument"],
      [{ ...base, top: 51 }, "invalid-argument"],
      [{ ...base, decimals: 1.5 }, "invalid-argument"],
      [{ ...base, width: 0 }, "invalid-argument"],
    ];
    for (const [input, code] of cases) {
      const error = await thrown(() => driversChart(input as DriversChartInput));
      expect(error, JSON.stringify(input)?.slice(0, 100)).toBeInstanceOf(ChartsError);
      expect((error as ChartsError).code).toBe(code);
    }
  });
});
