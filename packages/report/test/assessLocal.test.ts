import { inspect } from "node:util";
import type { Boundaries, BoundaryFeature } from "@crimestats/charts";
import type { StreetCrime } from "@crimestats/police-data";
import type { CountRow } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import type { LocalMeasuresInput } from "../src/localTypes.js";
import { ReportError } from "../src/ReportError.js";
import { strategicAssessment } from "../src/strategicAssessment.js";

// Burglary in Harrow and Barnet over two years: enough for a rolling year against the one before.
const counts: CountRow[] = ["Harrow", "Barnet"].flatMap((area): CountRow[] => [
  { area, month: "2023-01", offence: "BURGLARY", count: 30 },
  { area, month: "2024-12", offence: "BURGLARY", count: 24 },
]);
const base = {
  counts,
  populations: { Harrow: 250000, Barnet: 400000 },
  area: "Harrow",
  benchmarkArea: { name: "London", membersName: "London boroughs" },
  comparatorGroup: { name: "neighbours", members: ["Barnet"] },
  priorities: [{ id: "burglary", name: "Burglary", offences: ["BURGLARY"] }],
};

/** The code and message strategicAssessment throws, or "no error". */
function thrown(input: unknown): [string, string] {
  try {
    strategicAssessment(input as never);
  } catch (error) {
    return [error instanceof ReportError ? error.code : `not a ReportError: ${(error as Error).name}`, (error as Error).message];
  }
  return ["no error", ""];
}

// The partnership's own rows for the same area and months: anti-social behaviour in both years, and a
// hate crime strand too small to show.
const local: LocalMeasuresInput = {
  incidents: [
    { measure: "asb", area: "Harrow", period: "2023-01/2023-12", count: 1233, flags: [] },
    { measure: "asb", area: "Harrow", period: "2024-01/2024-12", count: 1418, flags: [] },
    { measure: "asb", area: "Barnet", period: "2024-01/2024-12", count: 2113, flags: [] },
    { measure: "hate-crime", area: "Harrow", period: "2024-01/2024-12", count: 58, flags: ["hate:race"] },
    { measure: "hate-crime", area: "Harrow", period: "2024-01/2024-12", count: 3, flags: ["hate:disability"] },
  ],
  services: [
    {
      measure: "marac-cases",
      measureName: "MARAC cases",
      period: "2024-01/2024-12",
      value: 16,
      unit: "cases per month (average)",
      target: 22,
      polarity: "higher-is-better" as const,
    },
  ],
  sources: ["asb.csv"],
};

describe("strategicAssessment: the partnership's own data (local)", () => {
  it("assesses the local data with the assessment's area, comparators, benchmark area, residents and end month", () => {
    const result = strategicAssessment({ ...base, local });
    expect(result.local?.sections.map((s) => s.id)).toEqual(["asb", "hate-crime", "service-volumes"]);
    const asb = result.local?.sections[0];
    expect(asb?.period).toBe("2024 against 2023");
    // Rates per 1,000 of the assessment's residents, from the exact count (shown as 1,420): 1,418 / 250,000 × 1,000 = 5.67.
    expect(asb?.facts.map((f) => f.text)).toContain("5.67");
    expect(JSON.stringify(asb?.tables)).toContain("Barnet");
    // The disclosure policy is said once in the notes; the local sources are in the sources.
    expect(result.notes.filter((n) => n.includes("ounts of 1 to 4 are shown as *"))).toHaveLength(1);
    expect(result.sources).toEqual(["Local data: asb.csv"]);
    // A target missed is a key finding, linked to its section.
    expect(result.keyFindings.map((f) => f.section)).toContain("local-service-volumes");
  });

  it("prints the number of local sections in its REPL summary", () => {
    expect(inspect(strategicAssessment({ ...base, local }))).toBe(
      "Strategic Assessment of Harrow, 12 months to Dec 2024 against 12 months to Dec 2023: 1 priority, 3 local sections",
    );
  });

  it("puts no true count the policy hides or rounds into the JSON result", () => {
    const json = JSON.stringify(strategicAssessment({ ...base, local }));
    for (const n of ["1,233", "1,418", "2,113", "1233", "1418", "2113"]) expect(json).not.toContain(n);
    expect(json).not.toMatch(/"value":3\b/);
    expect(json).toContain("1,420");
  });

  it("draws the anti-social behaviour hotspot map on the focus area's outline from the boundaries of the areas", () => {
    const square = (name: string, x: number): BoundaryFeature => ({
      code: null,
      name,
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [x, 51],
            [x + 0.1, 51],
            [x + 0.1, 51.1],
            [x, 51.1],
            [x, 51],
          ],
        ],
      },
      properties: { NAME: name },
    });
    const areas: Boundaries = { codeProperty: null, nameProperty: "NAME", features: [square("Barnet", -0.3), square("Harrow", -0.4)] };
    const point = (i: number): StreetCrime => ({
      crimeId: null,
      month: "2024-06",
      reportedBy: "Metropolitan Police Service",
      force: "Metropolitan Police Service",
      longitude: -0.35 + (i % 5) * 0.01,
      latitude: 51.05 + (i % 3) * 0.01,
      location: "On or near a street",
      lsoa: null,
      lsoaName: "Harrow 001A",
      district: "Harrow",
      offence: "Anti-social behaviour",
      lastOutcome: null,
      context: null,
      file: "2024-06-metropolitan-street.csv",
      line: i + 2,
    });
    const streetPoints = Array.from({ length: 30 }, (_, i) => point(i));
    const withMap = strategicAssessment({ ...base, local: { ...local, streetPoints }, boundaries: { areas } });
    expect(withMap.local?.sections[0]?.charts.map((c) => c.kind)).toContain("hotspot");
    const without = strategicAssessment({ ...base, local: { ...local, streetPoints } });
    expect(without.local?.sections[0]?.charts.map((c) => c.kind)).not.toContain("hotspot");
    expect(without.local?.sections[0]?.notes).toContain("No hotspot map: no boundary of Harrow was given to draw it on.");
  });

  it("says the local data are SYNTHETIC in every section and in the sources", () => {
    const result = strategicAssessment({ ...base, local: { ...local, synthetic: true } });
    expect(result.local?.sections.every((s) => s.synthetic)).toBe(true);
    expect(result.sources).toEqual(["SYNTHETIC local data: asb.csv"]);
  });

  it("has no local sections without local data", () => {
    expect(strategicAssessment(base).local).toBeNull();
  });

  it("refuses local data that is not an object, has an unknown field or a list that is not a list, naming the field", () => {
    expect(thrown({ ...base, local: [] })).toEqual([
      "invalid-argument",
      "strategicAssessment: local is an array of 0 items: expected the partnership's own data { incidents?, youthJustice?, surveys?, services?, plan?, … }.",
    ]);
    expect(thrown({ ...base, local: { incident: [] } })).toEqual([
      "invalid-argument",
      "strategicAssessment: local.incident is not a field of the local data: expected one of incidents, youthJustice, surveys, services, plan, synthetic, sources, streetPoints, openData.",
    ]);
    expect(thrown({ ...base, local: { surveys: "survey.csv" } })[1]).toBe(
      'strategicAssessment: local.surveys is "survey.csv": expected a list of rows or nothing.',
    );
    expect(thrown({ ...base, local: { synthetic: "yes" } })[0]).toBe("invalid-argument");
    expect(thrown({ ...base, local: { sources: [3] } })[1]).toBe("strategicAssessment: local.sources[0] is 3: expected a string.");
  });

  it("refuses a row its schema rejects, naming the row and what is wrong, before anything is computed", () => {
    const good = { measure: "asb", area: "Harrow", period: "2024-03/2025-02", count: 120 };
    const [code, message] = thrown({ ...base, local: { incidents: [good, { ...good, count: -1 }] } });
    expect(code).toBe("invalid-data");
    expect(message).toMatch(/^strategicAssessment: local\.incidents\[1\] is an object that is not an incident count \(.*count.*\)\.$/);
    expect(thrown({ ...base, local: { plan: [{ action: "Train staff" }] } })[1]).toMatch(
      /^strategicAssessment: local\.plan\[0\] is an object that is not a delivery plan action/,
    );
  });
});
