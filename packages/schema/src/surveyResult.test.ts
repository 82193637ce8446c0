import { describe, expect, it } from "vitest";
import { problemLines } from "../test/problemLines.js";
import { parseSurveyResult, safeParseSurveyResult, SurveyResultSchema } from "./surveyResult.js";

const result = { question: "Police treat everyone fairly", area: "Harrow", period: "2018-04/2018-06", agreeing: 12, base: 33, percent: 36.4 };

/** The problems of a rejected result as "path: message" lines (none when it is accepted). */
const problems = (input: unknown): string[] => problemLines(safeParseSurveyResult(input));

describe("SurveyResultSchema / parseSurveyResult / safeParseSurveyResult", () => {
  it("doc examples", () => {
    expect(
      SurveyResultSchema.safeParse({ question: "Police do a good job in the local area", area: "Harrow", period: "2018-04/2018-06", percent: 67 }).success,
    ).toBe(true);
    expect(
      parseSurveyResult({ question: "Police treat everyone fairly", area: "Harrow", period: "2018-04/2018-06", agreeing: 12, base: 33, percent: 36.4 }).percent,
    ).toBe(36.4);
    const r = safeParseSurveyResult(
      { question: "Police treat everyone fairly", area: "Harrow", period: "2018-04/2018-06", agreeing: 12, base: 33, percent: 36.3 },
      { label: "surveys[0]" },
    );
    expect(r.success ? "" : r.error.details.problems.map((p) => `${p.path}: ${p.message}`).join("\n")).toBe(
      "surveys[0].percent: 36.3 does not agree with 12 agreeing of 33 (36.4 to the same decimals)",
    );
  });

  it("takes a percent alone, agreeing with a base, or all three, and returns the fields as given", () => {
    expect(parseSurveyResult(result)).toEqual(result);
    const { percent: _p, ...counts } = result;
    expect(parseSurveyResult(counts)).toEqual(counts);
    const printed = {
      question: "Victim satisfaction",
      survey: "MOPAC User Satisfaction Survey",
      area: "London",
      period: "2018-10/2018-12",
      percent: 71,
      polarity: "higher-is-better",
    };
    expect(parseSurveyResult(printed)).toEqual(printed);
    expect(problems({ ...printed, percent: undefined })).toEqual(["percent: is missing (give percent, or agreeing with base)"]);
  });

  it("agreeing needs the base and is at most the base", () => {
    expect(problems({ ...result, base: undefined, percent: undefined })).toEqual([
      "base: is missing (agreeing is a count of respondents, so give the sample base)",
    ]);
    expect(problems({ ...result, agreeing: 34, percent: undefined })).toEqual(["agreeing: 34 is more than the base of 33"]);
    expect(problems({ ...result, agreeing: 33, percent: 100 })).toEqual([]);
    expect(problems({ ...result, base: 0 })).toEqual(["base: 0 is not greater than 0"]);
    expect(problems({ ...result, agreeing: 1.5 })).toEqual(["agreeing: 1.5 is not a whole number"]);
  });

  it("agreeing and percent must agree to the decimals the percent is printed with (half up)", () => {
    expect(problems({ ...result, percent: 36 })).toEqual([]);
    expect(problems({ ...result, percent: 36.36 })).toEqual([]);
    expect(problems({ ...result, percent: 37 })).toEqual(["percent: 37 does not agree with 12 agreeing of 33 (36 to the same decimals)"]);
    // 1 of 8 is 12.5% exactly: printed with no decimals it is 13 (half up), not 12.
    expect(problems({ ...result, agreeing: 1, base: 8, percent: 13 })).toEqual([]);
    expect(problems({ ...result, agreeing: 1, base: 8, percent: 12 })).toEqual(["percent: 12 does not agree with 1 agreeing of 8 (13 to the same decimals)"]);
  });

  it("a percent is from 0 to 100; polarity is one of the three", () => {
    expect(problems({ ...result, agreeing: undefined, base: undefined, percent: 101 })).toEqual(["percent: 101 is more than 100"]);
    expect(problems({ ...result, polarity: "up" })).toEqual(['polarity: "up" is not one of "lower-is-better", "higher-is-better", "no-judgement"']);
  });
});
