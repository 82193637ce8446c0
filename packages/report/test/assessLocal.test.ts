import type { CountRow } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
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

describe("strategicAssessment: the partnership's own data (local)", () => {
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
      "strategicAssessment: local.incident is not a field of the local data: expected one of incidents, youthJustice, surveys, services, plan, synthetic, sources, streetPoints.",
    ]);
    expect(thrown({ ...base, local: { surveys: "survey.csv" } })[1]).toBe('strategicAssessment: local.surveys is "survey.csv": expected a list of rows or nothing.');
    expect(thrown({ ...base, local: { synthetic: "yes" } })[0]).toBe("invalid-argument");
    expect(thrown({ ...base, local: { sources: [3] } })[1]).toBe("strategicAssessment: local.sources[0] is 3: expected a string.");
  });

  it("refuses a row its schema rejects, naming the row and what is wrong, before anything is computed", () => {
    const good = { measure: "asb", area: "Harrow", period: "2024-03/2025-02", count: 120 };
    const [code, message] = thrown({ ...base, local: { incidents: [good, { ...good, count: -1 }] } });
    expect(code).toBe("invalid-data");
    expect(message).toMatch(/^strategicAssessment: local\.incidents\[1\] is an object that is not an incident count \(.*count.*\)\.$/);
    expect(thrown({ ...base, local: { plan: [{ action: "Train staff" }] } })[1]).toMatch(/^strategicAssessment: local\.plan\[0\] is an object that is not a delivery plan action/);
  });
});
