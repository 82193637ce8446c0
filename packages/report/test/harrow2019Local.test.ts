import { describe, expect, it } from "vitest";
import type { LocalMeasuresResult } from "../src/localTypes.js";
import type { LocalFileResult } from "../src/readLocalFile.js";

interface Figure {
  readonly group: string;
  readonly id: string;
  readonly printed: string;
  readonly recomputed: string;
  readonly assessment: string | null;
  readonly reproduces: boolean | null;
  readonly cause: string | null;
  readonly explanation: string;
}
interface Claim {
  readonly id: string;
  readonly trueOfPrintedValues: boolean;
  readonly saidByAssessment: boolean;
  readonly explanation: string;
}
interface Printed {
  readonly survey: { readonly areas: readonly string[]; readonly rows: readonly { readonly question: string; readonly percent: readonly number[] }[] };
}
interface Example {
  readonly readPrinted: () => Printed;
  readonly readLocal: () => Promise<{ readonly files: readonly LocalFileResult[]; readonly input: unknown }>;
  readonly reproduce: (
    printed: Printed,
    local: unknown,
  ) => { readonly assessment: LocalMeasuresResult; readonly figures: readonly Figure[]; readonly claims: readonly Claim[] };
}

// The example reads the counts Harrow's 2019 documents published about the partnership's own
// measures (Community Safety Strategy 2019/20; Youth Justice Plan 2019-20), written in the
// local-data templates under examples/data/harrow/local-2019/, with readLocalFile, assesses them
// with localSections and checks every printed figure of examples/data/harrow/golden-2019-local.json against its
// recomputation.
const example = new URL("../../../examples/reproduce-harrow-2019-local.mjs", import.meta.url).href;
const { readPrinted, readLocal, reproduce } = (await import(example)) as Example;
const printed = readPrinted();
const local = await readLocal();
const { assessment, figures, claims } = reproduce(printed, local);
const group = (name: string) => figures.filter((f) => f.group === name);
const figure = (id: string) => {
  const found = figures.find((f) => f.id === id);
  if (found === undefined) throw new Error(`no figure ${id}`);
  return found;
};
/** The first number of a printed figure ("+108", "36.4%", "22 cases per month (average)", "around 30"), or null. */
const number = (text: string | null) => {
  const match = text === null ? null : /-?\d[\d,]*(\.\d+)?/.exec(text);
  return match === null ? null : Number(match[0].replace(/,/g, ""));
};

describe("examples/reproduce-harrow-2019-local.mjs: the published figures of the partnership's own measures against the assessment", () => {
  it("reads every local-data file of the example as its template, every row accepted", () => {
    expect(local.files.map((f) => [f.file, f.kind, f.rows.length, f.rowsRead, f.problems])).toEqual([
      ["fgm.csv", "incidents", 13, 13, []],
      ["offensive-weapons.csv", "incidents", 12, 12, []],
      ["service-volumes.csv", "service-volumes", 3, 3, []],
      ["survey.csv", "survey", 48, 48, []],
      ["youth-justice.csv", "youth-justice", 14, 14, []],
    ]);
    expect(assessment.disclosure).toContain("published as recorded");
  });

  it("prints every reproducible figure as published: each one that reproduces and that the assessment shows, it shows at the printed value", () => {
    const shown = figures.filter((f) => f.reproduces === true && f.assessment !== null && f.cause === null);
    // every survey percentage, share, total, count, rate and frequency of the tables
    expect(shown.length).toBeGreaterThanOrEqual(90);
    for (const f of shown) expect([f.id, number(f.assessment)]).toEqual([f.id, number(f.printed)]);
  });

  it("reproduces the survey table: each of the 48 printed percentages is in the data and in the assessment's table as printed", () => {
    const survey = group("survey");
    expect(survey).toHaveLength(printed.survey.rows.length * printed.survey.areas.length);
    for (const f of survey) {
      expect(f.reproduces).toBe(true);
      expect(f.assessment).not.toBeNull();
      expect(number(f.assessment)).toBe(number(f.printed));
    }
  });

  it("the survey's claims are true of the printed percentages, but the assessment does not rank the areas and says why: no sample sizes were published", () => {
    expect(claims.map((c) => [c.id, c.trueOfPrintedValues, c.saidByAssessment])).toEqual([
      ["above-london", true, false],
      ["second-lowest", true, false],
      ["joint-lowest", true, false],
    ]);
    const section = assessment.sections.find((s) => s.kind === "survey");
    const text = [...(section?.findings ?? []), ...(section?.notes ?? []), ...(section?.tables.flatMap((t) => t.notes) ?? [])].join(" ");
    expect(text).not.toMatch(/second lowest|joint lowest|lowest|highest/i);
    expect(text).toMatch(/not ranked|without ranking|never ranked/i);
    expect(text).toMatch(/sample (size|base)/i);
  });

  it("reproduces the offensive weapon shares and totals, and each year's shares make 100% within rounding (2018: 99.9)", () => {
    const shares = group("offensive-weapons").filter((f) => f.id.startsWith("share, ") || f.id.startsWith("total, "));
    expect(shares).toHaveLength(15);
    expect(shares.every((f) => f.reproduces === true && number(f.assessment) === number(f.printed))).toBe(true);
    expect(["2016", "2017", "2018"].map((y) => [figure(`shares make 100%, ${y}`).recomputed, figure(`shares make 100%, ${y}`).cause])).toEqual([
      ["100.0", null],
      ["100.0", null],
      ["99.9", "rounding"],
    ]);
  });

  it("flags the offensive weapons 'Change' column as percentage points printed with % and the sign reversed; the assessment prints later minus earlier", () => {
    const changes = group("offensive-weapons").filter((f) => f.id.startsWith("change in share"));
    expect(changes.map((f) => [f.printed, f.recomputed, f.assessment, f.reproduces, f.cause])).toEqual([
      ["3.1%", "-3.1 points", "-3.1", false, "sign-reversed"],
      ["2.3%", "-2.3 points", "-2.3", false, "sign-reversed"],
      ["8.9%", "-8.9 points", "-8.9", false, "sign-reversed"],
      ["-14.4%", "14.4 points", "+14.4", false, "sign-reversed"],
    ]);
    expect(changes[3]?.explanation).toContain("a percentage-point change printed with a % sign and its sign reversed");
  });

  it("shows the FGM figures as published, rounded to 5, and finds the quarters' 10 + 15 + 10 consistent with 'around 30' for the year given rounding and the fourth quarter", () => {
    const published = group("fgm").filter((f) => f.id !== "Newly recorded, 2018-19");
    expect(published).toHaveLength(12);
    expect(published.every((f) => f.reproduces === true && f.assessment === f.printed)).toBe(true);
    const year = figure("Newly recorded, 2018-19");
    expect([year.printed, year.recomputed, year.assessment, year.reproduces, year.cause]).toEqual(["around 30", "35", "30", true, "rounding"]);
    expect(year.explanation).toContain("the fourth quarter (January to March 2019)");
    expect(year.explanation).toContain("up to 10");
    const section = assessment.sections.find((s) => s.id === "fgm");
    const text = [...(section?.findings ?? []), ...(section?.notes ?? []), ...(section?.tables.flatMap((t) => t.notes) ?? [])].join(" ");
    expect(text).toMatch(/published already rounded to the nearest 5/);
    expect(text).toMatch(/no total of them is computed/);
    expect(text).toMatch(/never added up across periods/);
  });

  it("reproduces the first-time entrants and flags 'a decrease of 34.0%': the counts give -32.8%, which the assessment prints", () => {
    expect([figure("first-time entrants, 2016-10/2017-09").assessment, figure("first-time entrants, 2017-10/2018-09").assessment]).toEqual(["61", "41"]);
    const change = figure("first-time entrants, change");
    expect([change.printed, change.recomputed, change.assessment, change.reproduces, change.cause]).toEqual([
      "a decrease of 34.0%",
      "-32.8%",
      "-32.8%",
      false,
      "unexplained",
    ]);
  });

  it("reproduces the reoffending rates; flags 'a decrease of 2.1%' as percentage points printed as a percent, and 2.78, which no whole number of re-offences by 12 re-offenders gives", () => {
    expect(figure("reoffending, binary rate")).toMatchObject({ printed: "36.4%", assessment: "36.4%", reproduces: true });
    for (const area of ["YOT family", "England and Wales", "London"]) {
      expect(figure(`reoffending, ${area}, 2017-01/2017-03`)).toMatchObject({ reproduces: true });
      expect(number(figure(`reoffending, ${area}, 2017-01/2017-03`).assessment)).toBe(number(figure(`reoffending, ${area}, 2017-01/2017-03`).printed));
    }
    const change = figure("reoffending, change");
    expect([change.recomputed, change.assessment, change.cause]).toEqual([
      "-2.1 percentage points (-5.5% as a percent change)",
      "2.1 percentage points lower",
      "points-for-percent",
    ]);
    const frequency = figure("reoffending, re-offences per re-offender");
    expect([frequency.printed, frequency.reproduces, frequency.cause]).toEqual(["2.78", false, "no-whole-numerator"]);
    expect(frequency.explanation).toBe("No whole number of re-offences by 12 re-offenders gives 2.78 per re-offender: 33 gives 2.75 and 34 gives 2.83.");
    // The re-offences were not published, so the assessment prints no frequency for the cohort.
    expect(frequency.assessment).toBe("–");
  });

  it("reproduces each local FTE cohort's % re-offending and re-offences per re-offender as the assessment prints them, 18.8% and 6.20 among them", () => {
    const cohorts = group("youth-justice").filter((f) => f.id.startsWith("local cohort"));
    expect(cohorts.map((f) => f.assessment)).toEqual(["13.6%", "2.33", "18.8%", "3.67", "61.1%", "2.91", "33.3%", "6.20"]);
    expect(cohorts.every((f) => f.reproduces === true && f.assessment === f.printed)).toBe(true);
    expect([figure("custodial sentences, 2017-01/2017-12").assessment, figure("custodial sentences, 2018-01/2018-12").assessment]).toEqual(["8", "7"]);
  });

  it("IDVA: 108 above the target of 240 reproduces and the assessment's target status shows it; 348 and 358 in two passages are flagged, both implying 296 the year before", () => {
    expect(figure("IDVA cases above the target")).toMatchObject({ recomputed: "108", assessment: "+108", reproduces: true });
    expect(figures.filter((f) => f.id.startsWith("IDVA cases and hospital referrals")).map((f) => [f.printed, f.reproduces])).toEqual([
      ["429", true],
      ["439", true],
    ]);
    const cases = figure("IDVA cases");
    expect([cases.printed, cases.recomputed, cases.reproduces, cases.cause]).toEqual(["348 and 358", "296 the year before", false, "passages-disagree"]);
    const services = assessment.sections.find((s) => s.kind === "service-volumes");
    expect(services?.verdict?.word).toBe("met");
  });

  it("finds the crime prevention fund's two years £273 more than the printed combined allocation", () => {
    const fund = figure("London Crime Prevention Fund, two years");
    expect([fund.printed, fund.recomputed, fund.reproduces, fund.cause]).toEqual(["£452,628", "452,901", false, "unexplained"]);
    expect(fund.explanation).toContain("(a difference of +273)");
  });

  it("every printed figure that does not reproduce is a known publication error, with its cause", () => {
    expect(figures.filter((f) => f.reproduces === false).map((f) => [f.id, f.cause])).toEqual([
      ["change in share, Possession of firearms", "sign-reversed"],
      ["change in share, Possession of an offensive weapon", "sign-reversed"],
      ["change in share, Possession of knives and similar", "sign-reversed"],
      ["change in share, Possession of other weapons", "sign-reversed"],
      ["first-time entrants, change", "unexplained"],
      ["reoffending, change", "points-for-percent"],
      ["reoffending, re-offences per re-offender", "no-whole-numerator"],
      ["IDVA cases", "passages-disagree"],
      ["London Crime Prevention Fund, two years", "unexplained"],
    ]);
  });
});
