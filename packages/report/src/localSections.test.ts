import { inspect } from "node:util";
import type { DeliveryPlanAction, IncidentCount, ServiceVolume, SurveyResult, YouthJusticeRecord } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import { disclosurePreset } from "@crimestats/disclosure";
import { disclosureSentence } from "./internal/local/released.js";
import { localSections } from "./localSections.js";
import type { LocalSectionsInput } from "./localTypes.js";
import { ReportError } from "./ReportError.js";

/** The code and message localSections throws, or "no error". */
function thrown(input: unknown, options?: unknown): [string, string] {
  try {
    localSections(input as never, options as never);
  } catch (error) {
    return [error instanceof ReportError ? error.code : `not a ReportError: ${(error as Error).name}`, (error as Error).message];
  }
  return ["no error", ""];
}

// Hand-written rows of every kind. Each true count ends in 3 or 8 or is below 5, so that no count
// released under suppress-1-4-round-5 (a multiple of 5, or *) can equal one.
const previous = "2023-03/2024-02";
const current = "2024-03/2025-02";
const incident = (measure: string, area: string, period: string, count: number, more: Partial<IncidentCount> = {}): IncidentCount => ({
  measure,
  area,
  period,
  count,
  flags: [],
  ...more,
});
const incidents: IncidentCount[] = [
  incident("asb", "Harrow", previous, 4783),
  incident("asb", "Harrow", current, 4213),
  incident("asb", "Barnet", current, 9628),
  incident("domestic-abuse", "Harrow", previous, 1853, { flags: ["domestic-abuse"] }),
  incident("domestic-abuse", "Harrow", current, 1908, { flags: ["domestic-abuse"] }),
  incident("hate-crime", "Harrow", current, 143, { flags: ["hate:race"] }),
  incident("hate-crime", "Harrow", current, 3, { flags: ["hate:race", "hate:religion"] }),
  incident("hate-crime", "Harrow", current, 43, { flags: ["hate:religion"] }),
  incident("hate-crime", "Harrow", current, 2, { flags: ["hate:transgender"] }),
  incident("hate-crime", "Harrow", previous, 168, { flags: ["hate:race"] }),
  incident("knife-crime", "Harrow", previous, 248, { flags: ["knife"] }),
  incident("knife-crime", "Harrow", current, 253, { flags: ["knife"] }),
  incident("offensive-weapons-young", "Harrow", current, 38, { measureName: "Offensive weapon offences (young people)" }),
];
const youthJustice: YouthJusticeRecord[] = [
  { measure: "first-time-entrants", area: "Harrow", period: "2023-03/2024-02", count: 38, population10to17: 21965 },
  { measure: "first-time-entrants", area: "Harrow", period: current, count: 43, population10to17: 21965 },
  { measure: "reoffending", area: "Harrow", period: "2023-01/2023-03", cohort: 33, reoffenders: 12, reoffences: 33, cohortName: "YJB national cohort" },
  { measure: "custody", area: "Harrow", period: current, count: 3, population10to17: 21965 },
];
const surveys: SurveyResult[] = [
  { question: "Police do a good job in the local area", area: "Harrow", period: "2024-10/2024-12", percent: 61 },
  { question: "Police do a good job in the local area", area: "London", period: "2024-10/2024-12", percent: 63 },
];
const services: ServiceVolume[] = [
  { measure: "idva-referrals", measureName: "IDVA referrals", period: current, value: 348, unit: "referrals", target: 240, polarity: "higher-is-better" },
];
const plan: DeliveryPlanAction[] = [
  {
    priority: "Domestic abuse and VAWG",
    objective: "Support victims",
    measures: [],
    action: "Extend the IDVA service to the emergency department",
    due: { kind: "month", month: "2024-09", text: "September 2024" },
    leads: [{ name: "B. Example", role: "VAWG Coordinator", organisation: "Harrow Council" }],
    lifecycle: "continue",
    rag: "amber",
    progress: [],
  },
];
const input: LocalSectionsInput = {
  area: "Harrow",
  comparators: ["Barnet"],
  benchmarkArea: "London",
  populations: { Harrow: 261000, Barnet: 389000 },
  end: "2025-02",
  incidents,
  youthJustice,
  surveys,
  services,
  plan,
};

describe("localSections", () => {
  it("mirrors the @example", () => {
    const result = localSections({
      area: "Harrow",
      populations: { Harrow: 261000 },
      end: "2025-02",
      services: [
        {
          measure: "idva-referrals",
          measureName: "IDVA referrals",
          period: "2024-03/2025-02",
          value: 348,
          unit: "referrals",
          target: 240,
          polarity: "higher-is-better",
        },
      ],
    });
    expect(result.sections.map((s) => s.name)).toEqual(["Service volumes"]);
    expect(result.sections[0]?.verdict?.word).toBe("met");
    expect(result.disclosure.startsWith("Counts of 1 to 4 are shown as * and others rounded to the nearest 5")).toBe(true);
    // The sentence is the policy's (released.ts), whatever the data.
    expect(result.disclosure).toBe(disclosureSentence(disclosurePreset("suppress-1-4-round-5")));
  });

  it("gives one section per incident measure and one per other kind, in the document's order", () => {
    const result = localSections(input);
    expect(result.sections.map((s) => [s.id, s.kind])).toEqual([
      ["asb", "incidents"],
      ["domestic-abuse", "incidents"],
      ["hate-crime", "incidents"],
      ["knife-crime", "incidents"],
      ["offensive-weapons-young", "incidents"],
      ["youth-justice", "youth-justice"],
      ["survey", "survey"],
      ["service-volumes", "service-volumes"],
      ["delivery-plan", "delivery-plan"],
    ]);
    for (const s of result.sections) {
      expect(s.anchor).toBe(`local-${s.id}`);
      expect(s.synthetic).toBe(false);
    }
    // The same order whatever the order of the rows.
    expect(localSections({ ...input, incidents: [...incidents].reverse() }).sections.map((s) => s.id)).toEqual(result.sections.map((s) => s.id));
  });

  it("labels every section SYNTHETIC when the data are", () => {
    expect(localSections({ ...input, synthetic: true }).sections.every((s) => s.synthetic)).toBe(true);
  });

  it("releases only: no true count the policy rounds or hides is anywhere in the result", () => {
    const json = JSON.stringify(localSections(input));
    // Counts of 10 or more that the policy rounds (small ones, and 12, are words of the text too: "counts of 1 to 4", "12 months").
    const trueCounts = [...incidents.map((r) => r.count), 143 + 3 + 43 + 2, 3 + 43, 143 + 3, 43, 38, 33].filter((n) => n >= 10);
    const shown = trueCounts.filter((n) => new RegExp(`(?<![\\d.,])${String(n).replace(/\B(?=(\d{3})+$)/g, ",")}(?![\\d]|,\\d)`).test(json));
    expect(shown).toEqual([]);
    // The hate-crime strands: transgender (2) is hidden, not shown as a count.
    const hate = localSections(input).sections.find((s) => s.id === "hate-crime");
    const transgender = hate?.tables.flatMap((t) => t.rows).find((r) => /transgender/i.test(r[0] ?? ""));
    expect(transgender?.slice(1).some((c) => c === "*")).toBe(true);
    for (const fact of localSections(input).sections.flatMap((s) => s.facts)) expect(Number.isNaN(fact.value)).toBe(false);
  });

  it("uses no rule when the policy has none, and says the counts are published as recorded", () => {
    const result = localSections({ ...input, disclosure: { id: "none", protectionWidth: 0 } });
    expect(result.disclosure).toBe(disclosureSentence({ id: "none", protectionWidth: 0 }));
    expect(result.disclosure.startsWith("Counts are published as recorded")).toBe(true);
    expect(JSON.stringify(result)).toMatch(/4,213/);
  });

  it("gives a measure counted from published open data exactly, and keeps the policy for the partnership's own measures", () => {
    const result = localSections({ ...input, openData: ["asb"] });
    const asb = result.sections.find((s) => s.id === "asb");
    const hate = result.sections.find((s) => s.id === "hate-crime");
    expect(asb?.openData).toBe(true);
    expect(hate?.openData).toBeUndefined();
    // The street files' rows are public: 4,213 is given as counted, not rounded to 4,215.
    expect(JSON.stringify(asb)).toMatch(/4,213/);
    expect(JSON.stringify(asb)).not.toMatch(/4,215/);
    // Hate crime stays under suppress-1-4-round-5: 143 + 3 + 43 = 189 is released as 190, never 189.
    expect(JSON.stringify(hate)).not.toMatch(/\b189\b/);
    expect(result.disclosure).toBe(disclosureSentence(disclosurePreset("suppress-1-4-round-5")));
    expect(thrown({ ...input, openData: "asb" })[1]).toBe('localSections: openData is "asb": expected a list of measure ids or nothing.');
  });

  it("refuses a row its schema rejects, naming the row and what is wrong", () => {
    const [code, message] = thrown({ ...input, incidents: [...incidents, { ...incidents[0], count: 2.5 }] });
    expect(code).toBe("invalid-data");
    expect(message).toMatch(new RegExp(`^localSections: incidents\\[${incidents.length}\\] is an object that is not an incident count \\(.*count.*\\)\\.$`));
    expect(thrown({ ...input, surveys: [{ question: "Q", area: "Harrow", period: "2024-13" }] })[1]).toMatch(
      /^localSections: surveys\[0\] is an object that is not a survey result/,
    );
    expect(thrown({ ...input, youthJustice: [null] })[1]).toMatch(/^localSections: youthJustice\[0\] is null that is not a youth justice record/);
  });

  it("takes residents by year as well as one record, each local period using the estimate of its year", () => {
    const byYear = localSections({ ...input, populations: [{ year: 2024, populations: { Harrow: 261000, Barnet: 389000 } }] });
    expect(byYear.sections.find((s) => s.id === "asb")?.facts.map((f) => f.text)).toEqual(
      localSections(input)
        .sections.find((s) => s.id === "asb")
        ?.facts.map((f) => f.text),
    );
    expect(thrown({ ...input, populations: [{ year: "2024", populations: {} }] })).toEqual([
      "invalid-argument",
      'localSections: populations[0].year is "2024": expected a four-digit year.',
    ]);
  });

  it("refuses an input of the wrong shape, naming the field", () => {
    expect(thrown(undefined)[0]).toBe("invalid-argument");
    expect(thrown({ area: "" })).toEqual(["invalid-argument", 'localSections: area is "": expected the name of the focus area.']);
    expect(thrown({ ...input, incident: [] })[1]).toBe(
      "localSections: incident is not a field of the local data: expected one of incidents, youthJustice, surveys, services, plan, synthetic, sources, streetPoints, openData, area, comparators, benchmarkArea, populations, end, asOf, disclosure.",
    );
    expect(thrown({ ...input, end: "2025-13" })[1]).toBe('localSections: end is "2025-13": expected a month "YYYY-MM" or nothing.');
    expect(thrown({ ...input, asOf: "2025-02-30" })[1]).toBe('localSections: asOf is "2025-02-30": expected a date "YYYY-MM-DD" or nothing.');
    expect(thrown({ ...input, populations: { Harrow: -1 } })[0]).toBe("invalid-population");
    expect(thrown({ ...input, comparators: "Barnet" })[0]).toBe("invalid-argument");
    expect(thrown({ ...input, disclosure: { id: 5 } })[0]).toBe("invalid-data");
    expect(thrown(input, { boundaries: [] })[0]).toBe("invalid-option");
    expect(thrown(input, "boundaries")[0]).toBe("invalid-option");
  });

  it("leaves out rows after the assessment's end and says so in the section's notes and the result's", () => {
    const result = localSections({
      area: "Harrow",
      end: "2025-02",
      incidents: [
        { measure: "asb", area: "Harrow", period: "2024-03/2025-02", count: 500, flags: [] },
        { measure: "asb", area: "Harrow", period: "2025-03", count: 60, flags: [] },
      ],
    });
    const note = "1 row of the anti-social behaviour data for a period ending after February 2025 is left out: the assessment ends in February 2025.";
    expect(result.notes).toEqual([note]);
    expect(result.sections[0]?.notes).toContain(note);
    expect(result.sections[0]?.facts[0]?.value).toBe(500);
  });

  it("prints a short summary in a REPL while its data stay a plain object", () => {
    const result = localSections({ ...input, incidents: [], youthJustice: [], surveys: [], plan: [] });
    expect(inspect(result)).toBe("Local measures: 1 section (Service volumes)");
    expect(Object.keys(result)).toEqual(["sections", "disclosure", "notes"]);
  });
});
