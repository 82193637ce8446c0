import { describe, expect, it } from "vitest";
import { problemLines } from "../test/problemLines.js";
import { IndicatorSchema, OffenceSelectionSchema, PopulationSpecSchema, parseIndicator, safeParseIndicator } from "./indicator.js";

const rate = {
  id: "burglary-rate",
  name: "Burglary rate",
  measure: "rate",
  numerator: { offences: { taxonomy: "police-uk", codes: ["burglary"] }, unit: "offences" },
  denominator: {},
  multiplier: 1000,
  polarity: "lower-is-better",
  decimals: 1,
};

const problems = (input: unknown): string[] => problemLines(safeParseIndicator(input));

describe("IndicatorSchema / parseIndicator / safeParseIndicator", () => {
  it("doc examples", () => {
    expect(IndicatorSchema.safeParse(rate).success).toBe(true);
    expect(
      parseIndicator({
        id: "hate-reports",
        name: "Hate crime reports",
        measure: "count",
        numerator: { offences: { flags: ["hate"] }, unit: "offences" },
        denominator: null,
        polarity: "higher-is-better",
        decimals: 0,
      }).polarity,
    ).toBe("higher-is-better");
    expect(
      safeParseIndicator({
        id: "x",
        name: "X",
        measure: "rate",
        numerator: { offences: { description: "x" }, unit: "offences" },
        denominator: null,
        polarity: "lower-is-better",
        decimals: 1,
      }).success,
    ).toBe(false);
    expect(OffenceSelectionSchema.safeParse({ taxonomy: "police-uk", codes: ["burglary"] }).success).toBe(true);
    expect(PopulationSpecSchema.safeParse({ ageBand: "10-17" }).success).toBe(true);
  });
  it("a rate needs a population and a multiplier of 1,000 or 100,000", () => {
    expect(problems({ ...rate, denominator: null, multiplier: 100 })).toEqual([
      "denominator: is null (a rate needs a population denominator)",
      "multiplier: 100 is not a rate multiplier (expected 1000 or 100000)",
    ]);
    expect(problems({ ...rate, multiplier: 100000 })).toEqual([]);
    expect(problems({ ...rate, multiplier: 10000 })[0]).toMatch(/^multiplier: 10000 is not one of 1, 100, 1000, 100000$/);
  });
  it("counts and proportions have no population denominator", () => {
    expect(problems({ ...rate, measure: "count", multiplier: undefined })).toEqual(["denominator: is a population (expected null for a count)"]);
    expect(problems({ ...rate, measure: "proportion", denominator: null, multiplier: 100 })).toEqual([]);
    expect(problems({ ...rate, measure: "count", denominator: null, multiplier: 100 })).toEqual(["multiplier: 100 is not a count multiplier (expected 1)"]);
  });
  it("polarity is one of three and decimals 0–6", () => {
    expect(problems({ ...rate, polarity: "down" })).toEqual(['polarity: "down" is not one of "lower-is-better", "higher-is-better", "no-judgement"']);
    expect(problems({ ...rate, decimals: 7 })).toEqual(["decimals: 7 is more than 6"]);
  });
  it("an offence selection must select something, and codes need their taxonomy", () => {
    expect(problems({ ...rate, numerator: { offences: {}, unit: "offences" } })).toEqual([
      "numerator.offences: selects nothing (give codes, flags or a description)",
    ]);
    expect(problems({ ...rate, numerator: { offences: { codes: ["burglary"] }, unit: "offences" } })).toEqual([
      "numerator.offences.taxonomy: is missing (codes need the taxonomy they belong to)",
    ]);
  });
});
