import { describe, expect, it } from "vitest";
import { problemLines } from "../test/problemLines.js";
import { parseServiceVolume, safeParseServiceVolume, ServiceVolumeSchema } from "./serviceVolume.js";

const idva = {
  measure: "idva-referrals",
  measureName: "IDVA referrals",
  period: "2018-04/2019-03",
  value: 348,
  unit: "referrals",
  target: 240,
  polarity: "higher-is-better",
};

/** The problems of a rejected volume as "path: message" lines (none when it is accepted). */
const problems = (input: unknown): string[] => problemLines(safeParseServiceVolume(input));

describe("ServiceVolumeSchema / parseServiceVolume / safeParseServiceVolume", () => {
  it("doc examples", () => {
    expect(
      ServiceVolumeSchema.safeParse({
        measure: "idva-referrals",
        measureName: "IDVA referrals",
        period: "2018-04/2019-03",
        value: 348,
        unit: "referrals",
        target: 240,
        polarity: "higher-is-better",
      }).success,
    ).toBe(true);
    expect(
      parseServiceVolume({
        measure: "marac-cases",
        measureName: "MARAC cases",
        period: "2018-04/2019-03",
        value: 22,
        unit: "cases per month (average)",
        polarity: "higher-is-better",
      }).value,
    ).toBe(22);
    const r = safeParseServiceVolume(
      { measure: "marac-cases", measureName: "MARAC cases", period: "2018-04/2019-03", value: 22, unit: "cases" },
      { label: "services[1]" },
    );
    expect(r.success ? "" : r.error.details.problems.map((p) => `${p.path}: ${p.message}`).join("\n")).toBe(
      'services[1].polarity: is missing (expected one of "lower-is-better", "higher-is-better", "no-judgement")',
    );
  });

  it("returns the fields as given; an average is a value too", () => {
    expect(parseServiceVolume(idva)).toEqual(idva);
    const maracs = {
      ...idva,
      measure: "marac-cases",
      measureName: "MARAC cases",
      value: 16.5,
      unit: "cases per month (average)",
      area: "Harrow",
      source: "MARAC",
    };
    expect(parseServiceVolume(maracs)).toEqual(maracs);
  });

  it("values and targets are finite and not negative", () => {
    expect(problems({ ...idva, value: -1 })).toEqual(["value: -1 is less than 0"]);
    expect(problems({ ...idva, target: -0.5 })).toEqual(["target: -0.5 is less than 0"]);
    expect(problems({ ...idva, value: Number.POSITIVE_INFINITY })).toEqual(["value: Infinity is not a number"]);
    expect(problems({ ...idva, value: Number.NaN })).toEqual(["value: NaN is not a number"]);
  });

  it("needs the measure's id, name, unit and polarity", () => {
    expect(problems({ ...idva, measure: "IDVA referrals" })).toEqual([
      'measure: "IDVA referrals" is not a kebab-case id (expected lower-case words joined by "-")',
    ]);
    expect(problems({ period: "2019-01", value: 1 })).toEqual([
      "measure: is missing (expected text)",
      "measureName: is missing (expected text)",
      "unit: is missing (expected text)",
      'polarity: is missing (expected one of "lower-is-better", "higher-is-better", "no-judgement")',
    ]);
  });
});
