import { describe, expect, it } from "vitest";
import type { IncidentCount, ServiceVolume, SurveyResult } from "@crimestats/schema";
import { rowsUpTo } from "./rowsUpTo.js";

const asb = (period: string): IncidentCount => ({ measure: "asb", area: "A", period, count: 5, flags: [] });
const survey = (period: string): SurveyResult => ({ question: "Q", area: "A", period, percent: 50 });
const service = (period: string): ServiceVolume => ({
  measure: "idva",
  measureName: "IDVA",
  period,
  value: 3,
  unit: "referrals",
  polarity: "higher-is-better",
});

describe("rowsUpTo", () => {
  it("mirrors its example: a row after the end is left out with a sentence", () => {
    expect(rowsUpTo({ area: "A", end: "2025-02", incidents: [asb("2025-03")] }).notes.get("asb")).toBe(
      "1 row of the anti-social behaviour data for a period ending after February 2025 is left out: the assessment ends in February 2025.",
    );
  });

  it("keeps rows whose period ends on or before the end, a run of months judged by its last month", () => {
    const { input, notes } = rowsUpTo({
      area: "A",
      end: "2025-02",
      incidents: [asb("2025-02"), asb("2024-03/2025-02"), asb("2024-04/2025-03"), asb("2025-03")],
      surveys: [survey("2024-10/2024-12"), survey("2025-01/2025-03")],
      services: [service("2024-01/2024-12")],
    });
    expect(input.incidents?.map((r) => r.period)).toEqual(["2025-02", "2024-03/2025-02"]);
    expect(input.surveys?.map((r) => r.period)).toEqual(["2024-10/2024-12"]);
    expect(input.services).toHaveLength(1);
    expect(notes.get("asb")).toBe(
      "2 rows of the anti-social behaviour data for periods ending after February 2025 are left out: the assessment ends in February 2025.",
    );
    expect(notes.get("survey")).toMatch(/^1 row of the survey data/);
    expect(notes.has("service-volumes")).toBe(false);
  });

  it("says when a kind's latest figures end a year or more before the assessment's end", () => {
    const { notes } = rowsUpTo({ area: "A", end: "2025-02", incidents: [asb("2018-01/2018-12"), asb("2024-03")], surveys: [survey("2024-01/2024-02")] });
    expect(notes.has("asb")).toBe(false);
    expect(notes.get("survey")).toBe("The latest survey figures here end in February 2024, a year before the assessment's end (February 2025).");
    expect(rowsUpTo({ area: "A", end: "2025-02", services: [service("2018-04/2019-03")] }).notes.get("service-volumes")).toBe(
      "The latest service volume figures here end in March 2019, more than 5 years before the assessment's end (February 2025).",
    );
  });

  it("leaves the input as it is without an end, and never drops the delivery plan", () => {
    const input = { area: "A", incidents: [asb("2030-01")] };
    expect(rowsUpTo(input)).toEqual({ input, notes: new Map() });
    const plan = [
      {
        objective: "1",
        measures: [],
        action: "x",
        due: { kind: "month", month: "2030-01", text: "January 2030" },
        leads: [],
        lifecycle: "new",
        rag: "green",
        progress: [],
      },
    ] as never;
    expect(rowsUpTo({ area: "A", end: "2025-02", plan }).input.plan).toBe(plan);
  });
});
