import { describe, expect, it } from "vitest";
import { problemLines } from "../test/problemLines.js";
import { parseYouthJusticeRecord, safeParseYouthJusticeRecord, YouthJusticeRecordSchema } from "./youthJusticeRecord.js";

const fte = { measure: "first-time-entrants", area: "Harrow", period: "2017-10/2018-09", count: 41, population10to17: 22110 };
const cohort = { measure: "reoffending", area: "Harrow", period: "2017-01/2017-03", cohort: 33, reoffenders: 12, reoffences: 33 };

/** The problems of a rejected record as "path: message" lines (none when it is accepted). */
const problems = (input: unknown): string[] => problemLines(safeParseYouthJusticeRecord(input));

describe("YouthJusticeRecordSchema / parseYouthJusticeRecord / safeParseYouthJusticeRecord", () => {
  it("doc examples", () => {
    expect(
      YouthJusticeRecordSchema.safeParse({ measure: "reoffending", area: "Harrow", period: "2017-01/2017-03", cohort: 33, reoffenders: 12, reoffences: 33 })
        .success,
    ).toBe(true);
    expect(
      parseYouthJusticeRecord({ measure: "first-time-entrants", area: "Harrow", period: "2017-10/2018-09", count: 41, population10to17: 22110 }).count,
    ).toBe(41);
    const r = safeParseYouthJusticeRecord(
      { measure: "reoffending", area: "Harrow", period: "2017-01/2017-03", cohort: 33, reoffenders: 40 },
      { label: "youthJustice[2]" },
    );
    expect(r.success ? "" : r.error.details.problems.map((p) => `${p.path}: ${p.message}`).join("\n")).toBe(
      "youthJustice[2].reoffenders: 40 is more than the cohort of 33",
    );
  });

  it("first-time entrants and custody give a count, with or without the population aged 10 to 17", () => {
    expect(parseYouthJusticeRecord(fte)).toEqual(fte);
    const custody = { measure: "custody", area: "Harrow", period: "2018-04/2019-03", count: 7, cohortName: "Custodial sentences", source: "YJB" };
    expect(parseYouthJusticeRecord(custody)).toEqual(custody);
    expect(problems({ ...fte, count: undefined })).toEqual(["count: is missing (a first-time-entrants row gives the count)"]);
    expect(problems({ ...fte, population10to17: 0 })).toEqual(["population10to17: 0 is not greater than 0"]);
  });

  it("a first-time-entrants or custody row refuses the reoffending fields", () => {
    expect(problems({ ...fte, cohort: 33, percent: 40 })).toEqual([
      "cohort: is for reoffending rows only (this row is first-time-entrants)",
      "percent: is for reoffending rows only (this row is first-time-entrants)",
    ]);
  });

  it("a reoffending row gives cohort and reoffenders (re-offences optional), or percent alone", () => {
    expect(parseYouthJusticeRecord(cohort)).toEqual(cohort);
    const { reoffences: _r, ...binaryOnly } = cohort;
    expect(problems(binaryOnly)).toEqual([]);
    const comparator = { measure: "reoffending", area: "England and Wales", period: "2017-01/2017-03", percent: 39.6, cohortName: "YJB national cohort" };
    expect(parseYouthJusticeRecord(comparator)).toEqual(comparator);
    expect(problems({ measure: "reoffending", area: "Harrow", period: "2017-01/2017-03", cohort: 33 })).toEqual([
      "reoffenders: is missing (a reoffending row gives cohort and reoffenders, or percent alone)",
    ]);
    expect(problems({ measure: "reoffending", area: "Harrow", period: "2017-01/2017-03" })).toEqual([
      "cohort: is missing (a reoffending row gives cohort and reoffenders, or percent alone)",
      "reoffenders: is missing (a reoffending row gives cohort and reoffenders, or percent alone)",
    ]);
    expect(problems({ ...cohort, percent: 36.4 })).toEqual([
      "cohort: is given together with percent (give cohort and reoffenders, or percent alone)",
      "reoffenders: is given together with percent (give cohort and reoffenders, or percent alone)",
      "reoffences: is given together with percent (give cohort and reoffenders, or percent alone)",
    ]);
    expect(problems({ ...cohort, count: 33, population10to17: 22110 })).toEqual([
      "count: is for first-time-entrants and custody rows only (this row is reoffending)",
      "population10to17: is for first-time-entrants and custody rows only (this row is reoffending)",
    ]);
  });

  it("reoffenders are at most the cohort and re-offences at least the reoffenders", () => {
    expect(problems({ ...cohort, reoffenders: 33, reoffences: 33 })).toEqual([]);
    expect(problems({ ...cohort, reoffenders: 34, reoffences: 40 })).toEqual(["reoffenders: 34 is more than the cohort of 33"]);
    expect(problems({ ...cohort, reoffences: 11 })).toEqual(["reoffences: 11 is fewer than the 12 reoffenders (each reoffender committed at least one)"]);
    expect(problems({ ...cohort, cohort: 0, reoffenders: 0, reoffences: 0 })).toEqual(["cohort: 0 is not greater than 0"]);
  });

  it("a percent is from 0 to 100", () => {
    const comparator = { measure: "reoffending", area: "London", period: "2017-01/2017-03", percent: 44.4 };
    expect(problems({ ...comparator, percent: 0 })).toEqual([]);
    expect(problems({ ...comparator, percent: 100 })).toEqual([]);
    expect(problems({ ...comparator, percent: 100.1 })).toEqual(["percent: 100.1 is more than 100"]);
    expect(problems({ ...comparator, percent: -1 })).toEqual(["percent: -1 is less than 0"]);
  });

  it("names an unknown measure", () => {
    expect(problems({ ...fte, measure: "fte" })).toEqual(['measure: "fte" is not one of "first-time-entrants", "reoffending", "custody"']);
  });
});
