import { describe, expect, it } from "vitest";
import { problemLines } from "../test/problemLines.js";
import { IncidentCountSchema, IncidentMeasureSchema, parseIncidentCount, safeParseIncidentCount } from "./incidentCount.js";

const row = { measure: "hate-crime", area: "Harrow", period: "2024-03", flags: ["hate:race", "hate:religion"], count: 4 };

/** The problems of a rejected row as "path: message" lines ("" when it is accepted). */
const problems = (input: unknown): string[] => problemLines(safeParseIncidentCount(input));

describe("IncidentCountSchema / parseIncidentCount / safeParseIncidentCount", () => {
  it("doc examples", () => {
    expect(IncidentMeasureSchema.safeParse("knife-crime").success).toBe(true);
    expect(
      IncidentCountSchema.safeParse({ measure: "hate-crime", area: "Harrow", period: "2024-03", flags: ["hate:race", "hate:religion"], count: 4 }).success,
    ).toBe(true);
    expect(parseIncidentCount({ measure: "asb", area: "Harrow", period: "2024-01/2024-12", count: 5210, unit: "incidents" }).flags).toEqual([]);
    const r = safeParseIncidentCount({ measure: "weapons-young-people", area: "Harrow", period: "2018-01/2018-12", count: 37 }, { label: "incidents[0]" });
    expect(r.success ? "" : r.error.details.problems.map((p) => `${p.path}: ${p.message}`).join("\n")).toBe(
      'incidents[0].measureName: is missing ("weapons-young-people" is not a built-in measure, so name it; built in: asb, domestic-abuse, hate-crime, knife-crime, gun-crime, serious-youth-violence)',
    );
  });

  it("returns the row's fields, filling in only flags", () => {
    expect(parseIncidentCount(row)).toEqual(row);
    const { flags: _flags, ...bare } = row;
    expect(parseIncidentCount(bare)).toEqual({ ...bare, flags: [] });
    const full = {
      ...row,
      measure: "weapons-young-people",
      measureName: "Offensive weapon offences (young people)",
      ward: "Wealdstone",
      category: "Possession of knives and similar",
      victimAgeBand: "18-24",
      victimSex: "female",
      unit: "offences",
      kind: "stock",
      rounded: 5,
      source: "Metropolitan Police CRIS extract",
    };
    expect(parseIncidentCount(full)).toEqual(full);
  });

  it("accepts every built-in measure without a name, and any other kebab-case id with one", () => {
    for (const measure of IncidentMeasureSchema.options) expect(problems({ ...row, measure, flags: [] })).toEqual([]);
    expect(problems({ ...row, measure: "fgm", measureName: "Female genital mutilation" })).toEqual([]);
    expect(problems({ ...row, measure: "Knife crime" })).toEqual(['measure: "Knife crime" is not a kebab-case id (expected lower-case words joined by "-")']);
  });

  it("takes a month or a run of months, not one that ends before it starts", () => {
    expect(problems({ ...row, period: "2017-10/2018-09" })).toEqual([]);
    expect(problems({ ...row, period: "2018-09/2017-10" })).toEqual([
      'period: "2018-09/2017-10" ends before it starts (the first month must not be after the last)',
    ]);
    expect(problems({ ...row, period: "2018" })).toEqual(['period: "2018" is not a month or a run of months (expected YYYY-MM or YYYY-MM/YYYY-MM)']);
  });

  it("flags are kebab-case (optionally behind a prefix), each listed once", () => {
    expect(problems({ ...row, flags: ["repeat-victim", "hate:sexual-orientation", "injury"] })).toEqual([]);
    expect(problems({ ...row, flags: ["hate:race", "Hate:Race"] })).toEqual([
      'flags[1]: "Hate:Race" is not a flag (expected kebab-case, optionally behind a prefix: "injury", "hate:race")',
    ]);
    expect(problems({ ...row, flags: ["hate:race", "knife", "hate:race"] })).toEqual(['flags[2]: "hate:race" is listed twice (list each flag once)']);
  });

  it("counts are whole numbers not below 0; rounded is a positive whole base", () => {
    expect(problems({ ...row, count: 0 })).toEqual([]);
    expect(problems({ ...row, count: -1 })).toEqual(["count: -1 is less than 0"]);
    expect(problems({ ...row, count: 2.5 })).toEqual(["count: 2.5 is not a whole number"]);
    expect(problems({ ...row, count: "12" })).toEqual(['count: "12" is not a whole number']);
    expect(problems({ ...row, rounded: 0 })).toEqual(["rounded: 0 is not greater than 0"]);
    expect(problems({ ...row, rounded: 2.5 })).toEqual(["rounded: 2.5 is not a whole number"]);
  });

  it("victim age bands are age bands or unknown; victim sex and unit are from their lists", () => {
    for (const band of ["0-17", "18-24", "65+", "unknown"]) expect(problems({ ...row, victimAgeBand: band })).toEqual([]);
    for (const band of ["all", "24-18", "adult"]) {
      expect(problems({ ...row, victimAgeBand: band })).toEqual([
        `victimAgeBand: "${band}" is not a victim age band (expected "0-17", "18-24", "65+" or "unknown")`,
      ]);
    }
    expect(problems({ ...row, victimSex: "f" })).toEqual(['victimSex: "f" is not one of "female", "male", "unknown"']);
    expect(problems({ ...row, unit: "crimes" })).toEqual([
      'unit: "crimes" is not one of "offences", "incidents", "victims", "calls", "referrals", "people", "cases", "attendances"',
    ]);
  });

  it("refuses unknown fields and names every missing one", () => {
    expect(problems({ ...row, flag: "knife" })).toEqual([': has unknown field "flag"']);
    expect(problems({ flags: [] })).toEqual([
      "measure: is missing (expected text)",
      "area: is missing (expected text)",
      "period: is missing (expected a month or a run of months, YYYY-MM or YYYY-MM/YYYY-MM)",
      "count: is missing (expected a whole number)",
    ]);
  });
});
