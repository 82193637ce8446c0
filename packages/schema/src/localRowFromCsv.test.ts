import { describe, expect, it } from "vitest";
import { problemLines } from "../test/problemLines.js";
import type { LocalKind } from "./localKind.js";
import { localLayout } from "./localLayout.js";
import { localRowFromCsv } from "./localRowFromCsv.js";
import { SchemaError } from "./SchemaError.js";

/** The row read, or the problems as "column: message" lines. */
function read(kind: LocalKind, record: Record<string, string>): unknown {
  const r = localRowFromCsv(kind, record);
  return r.success ? r.data : problemLines(r);
}

const plan = { objective: "4b", action: "Run workshops", due: "2020-03", lifecycle: "continue", rag: "amber" };

describe("localRowFromCsv", () => {
  it("doc example", () => {
    const r = localRowFromCsv("incidents", { measure: "asb", area: "Harrow", period: "2024-01/2024-12", flags: "", count: "2,240", unit: "Incidents" });
    expect(r.success ? r.data : r.error.message).toEqual({
      measure: "asb",
      area: "Harrow",
      period: "2024-01/2024-12",
      flags: [],
      count: 2240,
      unit: "incidents",
    });
  });

  it("gives a failure, not a TypeError, for a row that is not an object of cells", () => {
    for (const record of [null, undefined, "asb,Harrow", ["asb"]]) {
      const r = localRowFromCsv("incidents", record as never);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error).toBeInstanceOf(SchemaError);
    }
    const r = localRowFromCsv("incidents", null as never);
    expect(r.success ? null : r.error.details.problems[0]?.message).toBe("null is not a row (expected the cells of one CSV row by column name)");
  });

  it("reads an empty or blank cell as an absent value, and trims the others", () => {
    expect(
      read("survey", {
        question: " Police do a good job ",
        survey: "  ",
        area: "Harrow",
        period: "2018-04",
        agreeing: "",
        percent: "67",
        base: "",
        polarity: "",
      }),
    ).toEqual({
      question: "Police do a good job",
      area: "Harrow",
      period: "2018-04",
      percent: 67,
    });
  });

  it("reads numbers with thousands separators, and percentages with a % sign", () => {
    expect(
      read("youth-justice", { measure: "first-time-entrants", area: "Harrow", period: "2017-10/2018-09", count: "41", population_10_to_17: "22,110" }),
    ).toEqual({
      measure: "first-time-entrants",
      area: "Harrow",
      period: "2017-10/2018-09",
      count: 41,
      population10to17: 22110,
    });
    expect(read("youth-justice", { measure: "reoffending", area: "London", period: "2017-01/2017-03", percent: "44.4%" })).toMatchObject({ percent: 44.4 });
    expect(read("survey", { question: "Q", area: "A", period: "2018-04", percent: "12.5 %" })).toMatchObject({ percent: 12.5 });
    expect(
      read("service-volumes", {
        measure: "marac-cases",
        measure_name: "MARAC cases",
        period: "2019-01",
        value: "1,234.5",
        unit: "cases",
        polarity: "higher-is-better",
      }),
    ).toMatchObject({
      value: 1234.5,
    });
  });

  it("names the column and the cell when a number is not one", () => {
    expect(read("incidents", { measure: "asb", area: "Harrow", period: "2024-01", count: "2,24" })).toEqual(['count: "2,24" is not a whole number']);
    expect(read("incidents", { measure: "asb", area: "Harrow", period: "2024-01", count: "12%" })).toEqual(['count: "12%" is not a whole number']);
    expect(read("service-volumes", { measure: "m", measure_name: "M", period: "2019-01", value: "n/a", unit: "cases", polarity: "higher-is-better" })).toEqual([
      'value: "n/a" is not a number',
    ]);
    expect(read("youth-justice", { measure: "first-time-entrants", area: "Harrow", period: "2017-10/2018-09", count: "41", population_10_to_17: "0" })).toEqual(
      ["population_10_to_17: 0 is not greater than 0"],
    );
  });

  it("splits flags and measures on semicolons", () => {
    expect(read("incidents", { measure: "hate-crime", area: "Harrow", period: "2024-03", flags: "hate:race; hate:religion;", count: "3" })).toMatchObject({
      flags: ["hate:race", "hate:religion"],
    });
    expect(read("delivery-plan", { ...plan, measures: "Schools reached; Pupils reached" })).toMatchObject({ measures: ["Schools reached", "Pupils reached"] });
    expect(read("incidents", { measure: "hate-crime", area: "Harrow", period: "2024-03", flags: "hate:race;Hate Race", count: "3" })).toEqual([
      'flags: "Hate Race" is not a flag (expected kebab-case, optionally behind a prefix: "injury", "hate:race")',
    ]);
  });

  it("matches a cell to a column's values ignoring case, with spaces as hyphens", () => {
    expect(read("delivery-plan", { ...plan, lifecycle: "COMPLETE", rag: "Not rated" })).toMatchObject({ lifecycle: "complete", rag: "not-rated" });
    expect(read("survey", { question: "Q", area: "A", period: "2018-04", percent: "12", polarity: "Lower is better" })).toMatchObject({
      polarity: "lower-is-better",
    });
    expect(read("delivery-plan", { ...plan, rag: "R" })).toEqual(['rag: "R" is not one of "red", "amber", "green", "not-rated"']);
  });

  it("reads a delivery plan's leads as Name, Role, Organisation, several separated by ' / '", () => {
    expect(read("delivery-plan", { ...plan, lead: "Jane Smith, Community Safety Manager, Harrow Council / , , Metropolitan Police" })).toMatchObject({
      leads: [{ name: "Jane Smith", role: "Community Safety Manager", organisation: "Harrow Council" }, { organisation: "Metropolitan Police" }],
    });
    expect(read("delivery-plan", plan)).toMatchObject({ leads: [], measures: [], progress: [] });
    expect(read("delivery-plan", { ...plan, lead: "Harrow Council" })).toEqual([
      'lead: "Harrow Council" is not a lead (expected "Name, Role, Organisation", an unknown part left empty with its comma kept, e.g. ", , Harrow Council"; several leads separated by " / ")',
    ]);
    expect(read("delivery-plan", { ...plan, lead: " , , " })).toHaveLength(1);
  });

  it("reads a due date as a month (keeping a day as the text), and words as the plans' other forms", () => {
    const due = (cell: string): unknown => (read("delivery-plan", { ...plan, due: cell }) as { due?: unknown }).due;
    expect(due("2020-03-31")).toEqual({ kind: "month", month: "2020-03", text: "2020-03-31" });
    expect(due("2020-03")).toEqual({ kind: "month", month: "2020-03" });
    expect(due("March 2020")).toEqual({ kind: "month", month: "2020-03", text: "March 2020" });
    expect(due("Sept 2019")).toEqual({ kind: "month", month: "2019-09", text: "Sept 2019" });
    expect(due("On going")).toEqual({ kind: "ongoing", text: "On going" });
    expect(due("Quarterly")).toEqual({ kind: "cadence", cadence: "quarterly", text: "Quarterly" });
    expect(due("Six monthly")).toEqual({ kind: "cadence", cadence: "six-monthly", text: "Six monthly" });
    expect(due("????")).toEqual({ kind: "unknown", text: "????" });
    expect(due("When funding allows")).toEqual({ kind: "unknown", text: "When funding allows" });
    expect(read("delivery-plan", { ...plan, due: "2020-02-30" })).toEqual(['due: "2020-02-30" is not a date (expected YYYY-MM-DD)']);
    expect(read("delivery-plan", { ...plan, due: "2020-13" })).toEqual(['due: "2020-13" is not a month (expected YYYY-MM)']);
    expect(read("delivery-plan", { ...plan, due: "" })).toEqual(["due: is missing (expected date (YYYY-MM-DD), month (YYYY-MM) or words)"]);
  });

  it("reads progress as dated updates, one a line, in date order", () => {
    expect(read("delivery-plan", { ...plan, progress: "2019-01-10: Workshops held\n2019-03-01: Evaluated" })).toMatchObject({
      progress: [
        { date: "2019-01-10", text: "Workshops held" },
        { date: "2019-03-01", text: "Evaluated" },
      ],
    });
    expect(read("delivery-plan", { ...plan, progress: "Workshops held" })).toEqual([
      'progress: "Workshops held" is not a progress update (expected "YYYY-MM-DD: what was done", one a line)',
    ]);
    expect(read("delivery-plan", { ...plan, progress: "2019-03-01: b\n2019-01-10: a" })).toEqual([
      'progress: "2019-01-10" is before the previous update\'s "2019-03-01" (list updates in date order)',
    ]);
  });

  it("names an empty required cell with the column's type", () => {
    expect(read("incidents", { measure: "asb", area: "", period: "2024-01", count: "" })).toEqual([
      "area: is missing (expected text)",
      "count: is missing (expected whole number, 0 or more)",
    ]);
    expect(read("delivery-plan", { ...plan, rag: "" })).toEqual(['rag: is missing (expected one of "red", "amber", "green", "not-rated")']);
  });

  it("names the column of a problem found by comparing cells", () => {
    expect(read("youth-justice", { measure: "reoffending", area: "Harrow", period: "2017-01/2017-03", cohort: "33", reoffenders: "40" })).toEqual([
      "reoffenders: 40 is more than the cohort of 33",
    ]);
    expect(read("incidents", { measure: "fgm", area: "Harrow", period: "2017-04/2018-03", count: "35" })).toEqual([
      'measure_name: is missing ("fgm" is not a built-in measure, so name it; built in: asb, domestic-abuse, hate-crime, knife-crime, gun-crime, serious-youth-violence)',
    ]);
    expect(read("youth-justice", { measure: "custody", area: "Harrow", period: "2018", count: "7", population_10_to_17: "x" })).toEqual([
      'period: "2018" is not a month or a run of months (expected YYYY-MM or YYYY-MM/YYYY-MM)',
      'population_10_to_17: "x" is not a whole number',
    ]);
  });

  it("reports a column the layout does not have, and every other problem with it", () => {
    const r = localRowFromCsv("survey", { question: "Q", area: "A", period: "2018-04", percent: "101", colour: "red" });
    expect(r.success ? "" : r.error.message).toBe(
      "SurveyResult is not valid (2 problems):\ncolour: is not a column of the survey template (expected one of question, survey, area, period, agreeing, percent, base, polarity)\npercent: 101 is more than 100",
    );
    expect(r.success ? [] : r.error.details.problems.map((p) => p.code)).toEqual(["unrecognized_keys", "too_big"]);
  });

  it("reads the worked example of each layout as the row it shows", () => {
    const r = localRowFromCsv("youth-justice", localLayout("youth-justice").example);
    expect(r.success ? r.data : r.error.message).toEqual({
      measure: "reoffending",
      area: "Harrow",
      period: "2017-01/2017-03",
      cohort: 33,
      reoffenders: 12,
      reoffences: 33,
      cohortName: "Local reoffending cohort",
      source: "Youth Justice Board",
    });
  });

  it("throws a SchemaError for a kind that is not one of the five", () => {
    expect(() => localRowFromCsv("plan" as LocalKind, {})).toThrow(SchemaError);
  });
});
