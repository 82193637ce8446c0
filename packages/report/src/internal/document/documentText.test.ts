import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { addMonths, type MonthKey } from "@crimestats/periods";
import { describe, expect, it } from "vitest";
import { exampleInput } from "../../../test/exampleInput.js";
import { total2019Input } from "../../../test/fixtures.js";
import { strategicAssessment } from "../../strategicAssessment.js";
import type { StrategicAssessmentResult } from "../../types.js";
import { documentOptions } from "./documentOptions.js";
import { appendixParagraphs, contentsEntries, sourceEntries, sourceGroups } from "./documentText.js";

const methods = readFileSync(fileURLToPath(new URL("../../../../../docs/methods.md", import.meta.url)), "utf8");
/** The headings of docs/methods.md, without their # marks. */
const methodsHeadings = new Set([...methods.matchAll(/^#{2,4} (.+)$/gm)].map((m) => (m[1] ?? "").trim()));

/** A result with ward tables: 24 months of ward counts for Harrow. */
function withWards(): StrategicAssessmentResult {
  const months: MonthKey[] = Array.from({ length: 24 }, (_, i) => addMonths("2023-01", i));
  const wardCounts = months.flatMap((month, i) => [
    { area: "W1", month, offence: "BURGLARY", count: 10 + (i % 3) },
    { area: "W2", month, offence: "BURGLARY", count: 2 },
  ]);
  return strategicAssessment({ ...exampleInput, wards: { counts: wardCounts } });
}

describe("the appendix: how the figures are made", () => {
  it("draws each paragraph from a heading that docs/methods.md has", () => {
    const total = strategicAssessment({ ...total2019Input, priorities: [{ id: "total", name: "Total", offences: ["ALL"] }] });
    const paragraphs = [...appendixParagraphs(total), ...appendixParagraphs(withWards())];
    expect(paragraphs.length).toBeGreaterThan(5);
    for (const p of paragraphs) expect(methodsHeadings, p.title).toContain(p.methodsHeading);
  });

  it("cites only headings that docs/methods.md has, in every paragraph it can write (used by a document or not)", () => {
    const source = readFileSync(fileURLToPath(new URL("./documentText.ts", import.meta.url)), "utf8");
    const cited = [...source.matchAll(/\badd\(\s*"([^"]+)",/g)].map((m) => m[1] ?? "");
    expect(cited.length).toBeGreaterThanOrEqual(10);
    for (const heading of cited) expect(methodsHeadings, heading).toContain(heading);
  });

  it("has a paragraph on disclosure control, naming the rule applied, only when the document has ward tables", () => {
    const titles = (r: StrategicAssessmentResult): string[] => appendixParagraphs(r).map((p) => p.title);
    expect(titles(strategicAssessment(exampleInput))).not.toContain("Small numbers in ward tables");
    const ward = appendixParagraphs(withWards()).find((p) => p.title === "Small numbers in ward tables");
    expect(ward?.text).toContain("released under a disclosure rule: counts of 1 to 4 are hidden");
  });

  it("leaves out the methods a document does not use (no funnel plot, no recording changes, no ward tables)", () => {
    const result = strategicAssessment(exampleInput);
    expect([result.charts.funnel, result.recordingChanges, result.wards]).toEqual([null, [], null]);
    const titles = appendixParagraphs(result).map((p) => p.title);
    expect(titles).not.toContain("The funnel plot");
    expect(titles).not.toContain("Changes in recording");
    expect(titles).not.toContain("Small numbers in ward tables");
    expect(titles.includes("Above and below average months")).toBe(result.priorities.some((p) => p.months !== null));
    expect(titles.slice(0, 4)).toEqual(["Rates per 1,000 residents", "The periods compared", "Is a change significant?", "Comparing with other areas"]);
    expect(titles.at(-1)).toBe("Rounding");
  });

  it("names the periods compared and the population estimates used", () => {
    const [rates, periods] = appendixParagraphs(strategicAssessment(exampleInput));
    expect(periods?.text).toContain(`The current period is the ${strategicAssessment(exampleInput).current.longLabel};`);
    expect(rates?.text).toMatch(/^A rate is the number of offences divided by the number of residents, times 1,000/);
  });
});

describe("the data sources and their licences", () => {
  const base = strategicAssessment(exampleInput);
  const entries = (sources: string[], synthetic = false) => sourceEntries({ ...base, sources, synthetic }, "2026");
  const options = documentOptions("renderHtml", { date: "2026-12-07" });

  it("gives each kind of source its publisher and the attribution of the Open Government Licence", () => {
    const [mps, ons, police, other] = entries([
      "MPS Borough Level Crime (Historical).csv (recorded crime by borough)",
      "mye24tablesew.csv (ONS mid-year population estimates by local authority)",
      "12 files (data.police.uk street-level crimes, for the hotspot maps)",
      "counts.csv (our own extract)",
    ]);
    expect(mps).toEqual({
      source: "MPS Borough Level Crime (Historical).csv (recorded crime by borough)",
      publisher: "Metropolitan Police Service, via the London Datastore",
      licence: "Contains public sector information licensed under the Open Government Licence v3.0.",
      notice: null,
      dataset: "London Datastore, recorded_crime_summary: https://data.london.gov.uk/dataset/recorded_crime_summary",
    });
    expect(ons?.publisher).toBe("Office for National Statistics");
    expect(ons?.licence).toBe("Source: Office for National Statistics licensed under the Open Government Licence v3.0.");
    expect(police?.licence).toBe("Contains public sector information licensed under the Open Government Licence v3.0.");
    expect(other).toEqual({
      source: "counts.csv (our own extract)",
      publisher: null,
      licence: "State this source's licence when publishing.",
      notice: null,
      dataset: null,
    });
  });

  it("adds the Ordnance Survey notice, with the boundaries' year (else the year produced), only when the maps drew ONS boundaries, under one ONS heading", () => {
    const [given] = entries(["wards.geojson (ward boundaries, for the ward maps)"]);
    expect(given?.licence).toBe("Boundaries as given: state their publisher's licence when publishing.");
    const map = {
      ...(base.priorities[0]?.charts.trend ?? {}),
      source: "Source: x; ONS boundaries, contains OS data © Crown copyright and database right. Open Government Licence v3.0.",
    };
    const withOns = {
      ...base,
      sources: [
        "mye24tablesew.csv (ONS mid-year population estimates)",
        "london-boroughs-2021.geojson (boundaries of the London boroughs, for the map)",
        "wards.geojson (ward boundaries, for the ward maps)",
      ],
      charts: { ...base.charts, areas: map },
    } as StrategicAssessmentResult;
    expect(sourceEntries(withOns, "2026").map((e) => e.notice)).toEqual([
      null,
      "Contains OS data © Crown copyright and database right 2021.",
      "Contains OS data © Crown copyright and database right 2026.",
    ]);
    expect(sourceGroups(withOns, options)).toEqual([
      {
        publisher: "Office for National Statistics",
        licence:
          // Two boundary files' notices are one, with both years.
          "Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2021 and 2026.",
        datasets: [
          "ONS population estimates: https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates",
          "ONS Open Geography Portal: https://geoportal.statistics.gov.uk",
        ],
        sources: withOns.sources,
      },
    ]);
  });

  it("groups the sources by publisher and licence, in the order each first appears, so each licence line is printed once", () => {
    const sources = [
      "MPS Borough Level Crime (Historical).csv",
      "mye24tablesew.csv (ONS mid-year population estimates)",
      "MPS Ward Level Crime (most recent 24 months).csv",
      "counts.csv",
    ];
    expect(sourceGroups({ ...base, sources }, options).map((g) => [g.publisher, g.sources])).toEqual([
      ["Metropolitan Police Service, via the London Datastore", [sources[0], sources[2]]],
      ["Office for National Statistics", [sources[1]]],
      ["Publisher not stated", [sources[3]]],
    ]);
  });

  it("states no licence for SYNTHETIC data, only that they are invented", () => {
    const synthetic = entries(
      [
        "SYNTHETIC demonstration data invented by a seeded generator (not real figures): SYNTHETIC-demo-borough-crime.csv (recorded crime by borough)",
        "mye24tablesew.csv (ONS mid-year population estimates)",
      ],
      true,
    );
    // The preface the licence line already says is not repeated; the file's own name still says SYNTHETIC.
    expect(synthetic.map((e) => e.source)).toEqual([
      "SYNTHETIC-demo-borough-crime.csv (recorded crime by borough)",
      "mye24tablesew.csv (ONS mid-year population estimates)",
    ]);
    for (const e of synthetic) {
      expect(e.publisher).toBeNull();
      expect(e.licence).toBe("SYNTHETIC demonstration data: not real figures, under no licence.");
    }
  });
});

describe("the contents", () => {
  it("lists the sections in order, each priority by name, the ward and recording sections only when present", () => {
    const result = strategicAssessment(exampleInput);
    expect(contentsEntries(result).map((e) => e.text)).toEqual([
      ...(result.keyFindings.length > 0 ? ["Key findings"] : []),
      "Summary",
      "Harrow among the London boroughs",
      "Burglary",
      "Notes on method",
      "Data sources and licences",
      "How the figures are made",
    ]);
    expect(contentsEntries(withWards()).map((e) => e.text)).toContain("Wards of Harrow");
  });
});
