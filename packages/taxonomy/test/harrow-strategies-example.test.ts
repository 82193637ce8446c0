/**
 * The example strategies of a partnership (Harrow's community-safety strategies 2011–2026) are a
 * data file, examples/data/harrow/strategies.json, read here the way a partnership reads its own:
 * JSON.parse, then parseStrategy of @crimestats/schema for each entry, then findCategory of this
 * package for each offence code.
 */
import { readFileSync } from "node:fs";
import { customPeriod, financialYear } from "@crimestats/periods";
import { parseStrategy, type Indicator, type Strategy, type Taxonomy } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import { findCategory, metropolitanPoliceCategories, metropolitanPoliceLegacyCategories } from "../src/index.js";

const file = new URL("../../../examples/data/harrow/strategies.json", import.meta.url);
const raw = JSON.parse(readFileSync(file, "utf8")) as unknown[];
const parsed = raw.map((s, i) => parseStrategy(s, { label: `strategies[${i}]` }));
const byId = (id: string): Strategy => {
  const s = parsed.find((x) => x.id === id);
  if (s === undefined) throw new Error(`no strategy ${id} in ${file.pathname}`);
  return s;
};
const harrowStrategy2011to2014 = byId("harrow-2011-14");
const harrowStrategy2017to2020 = byId("harrow-2017-20");
const harrowStrategy2019to2020 = byId("harrow-2019-20");
const harrowStrategy2023to2026 = byId("harrow-2023-26");

const strategies: [string, Strategy][] = [
  ["2011–14", harrowStrategy2011to2014],
  ["2017–20", harrowStrategy2017to2020],
  ["2019–20", harrowStrategy2019to2020],
  ["2023–26", harrowStrategy2023to2026],
];
const taxonomies = new Map<string, Taxonomy>([
  ["mps", metropolitanPoliceCategories],
  ["mps-legacy", metropolitanPoliceLegacyCategories],
]);

function indicator(s: Strategy, priority: string, id: string): Indicator {
  const ind = s.priorities.find((p) => p.id === priority)?.indicators.find((i) => i.id === id);
  if (ind === undefined) throw new Error(`${priority}/${id} missing`);
  return ind;
}

describe("example data: Harrow's strategies (examples/data/harrow/strategies.json)", () => {
  it("holds the four strategies, each valid under parseStrategy, in date order", () => {
    expect(parsed.map((s) => s.id)).toEqual(["harrow-2011-14", "harrow-2017-20", "harrow-2019-20", "harrow-2023-26"]);
    const firsts = parsed.map((s) => s.period.first);
    expect([...firsts].sort()).toEqual(firsts);
  });

  it("number of priorities in each strategy", () => {
    expect(harrowStrategy2011to2014.priorities.map((p) => p.title).length).toBe(8);
    expect(harrowStrategy2017to2020.priorities.map((p) => p.title).length).toBe(7);
    expect(harrowStrategy2019to2020.priorities.map((p) => p.title).length).toBe(9);
    expect(harrowStrategy2023to2026.priorities.map((p) => p.title).length).toBe(6);
  });

  it.each(strategies)("%s is stored as parseStrategy returns it (parsing adds no default and drops nothing)", (name, s) => {
    expect(raw[strategies.findIndex(([n]) => n === name)]).toEqual(s);
  });

  it("a strategy with a mistake is refused with the path of the mistake, as a partnership's own file would be", () => {
    const broken = structuredClone(raw) as { priorities: { indicators: { polarity: string }[] }[] }[];
    broken[2]!.priorities[0]!.indicators[0]!.polarity = "lower";
    expect(() => broken.map((s, i) => parseStrategy(s, { label: `strategies[${i}]` }))).toThrow(
      /strategies\[2\]\.priorities\[0\]\.indicators\[0\]\.polarity: "lower" is not one of/,
    );
  });

  it.each(strategies)("%s: every offence code names a category of its taxonomy", (_name, s) => {
    for (const p of s.priorities) {
      for (const ind of p.indicators) {
        const sel = ind.numerator.offences;
        for (const code of sel.codes ?? []) {
          const t = taxonomies.get(sel.taxonomy ?? "");
          expect(t, `${ind.id}: taxonomy ${String(sel.taxonomy)}`).toBeDefined();
          expect(findCategory(t as Taxonomy, code).code).toBe(code);
        }
      }
    }
  });

  it("periods are the ones @crimestats/periods builds", () => {
    expect(harrowStrategy2011to2014.period).toEqual(customPeriod("2011-04", "2015-03"));
    expect(harrowStrategy2017to2020.period).toEqual(customPeriod("2017-04", "2020-03"));
    expect(harrowStrategy2019to2020.period).toEqual(financialYear(2019));
    expect(harrowStrategy2023to2026.period).toEqual(customPeriod("2023-04", "2026-03"));
  });

  it("2017–20: three high-volume and four high-harm priorities (2017 Cabinet report)", () => {
    const s = harrowStrategy2017to2020;
    expect(s.priorities.filter((p) => p.kind === "high-volume").map((p) => p.number)).toEqual(["HV1", "HV2", "HV3"]);
    expect(s.priorities.filter((p) => p.kind === "high-harm").map((p) => p.number)).toEqual(["HH1", "HH2", "HH3", "HH4"]);
  });

  it("2019/20: HV1–HV4 and HH1–HH5, MOPAC's six mandatory high-harm crimes and ASB ", () => {
    const s = harrowStrategy2019to2020;
    expect(s.priorities.map((p) => p.number)).toEqual(["HV1", "HV2", "HV3", "HV4", "HH1", "HH2", "HH3", "HH4", "HH5"]);
    expect(s.mandatoryPriorities.filter((m) => m.kind === "high-harm").map((m) => m.title)).toEqual([
      "Sexual Violence",
      "Modern Slavery",
      "Domestic Abuse",
      "Weapon Based Crime",
      "Child Sexual Exploitation",
      "Hate Crime",
    ]);
    expect(s.mandatoryPriorities.filter((m) => m.kind === "high-volume").map((m) => m.title)).toEqual(["Anti-Social Behaviour"]);
  });

  it("2019/20: the plan's numeric targets and verbatim measures", () => {
    const s = harrowStrategy2019to2020;
    const hh1 = s.priorities.find((p) => p.number === "HH1");
    expect(hh1?.targets).toEqual([
      { indicator: "young-people-carrying-weapons", target: { kind: "percent-reduction", percent: 10, description: "by 10% each year" } },
    ]);
    const hh3 = s.priorities.find((p) => p.number === "HH3");
    expect(hh3?.targets[0]?.target).toEqual({ kind: "value", value: 240, description: "240 new cases per year" });
    const hv1 = s.priorities.find((p) => p.number === "HV1");
    expect(hv1?.targets[0]?.target).toEqual({
      kind: "same-period-last-year",
      description: "Burglaries are reduced compared to the same period in the last 12 months",
    });
  });

  it("polarity belongs to the indicator", () => {
    const s = harrowStrategy2019to2020;
    expect(indicator(s, "burglary", "burglary").polarity).toBe("lower-is-better");
    expect(indicator(s, "burglary", "confidence").polarity).toBe("higher-is-better");
    expect(indicator(s, "extremism-and-hate", "hate-crime-reports").polarity).toBe("higher-is-better");
    expect(indicator(s, "extremism-and-hate", "hate-crime-offences").polarity).toBe("no-judgement");
    expect(indicator(s, "domestic-and-sexual-abuse", "da-offences").polarity).toBe("no-judgement");
    expect(indicator(s, "drugs-and-alcohol", "drug-offences").polarity).toBe("no-judgement");
    expect(indicator(s, "modern-slavery", "nrm-referrals").polarity).toBe("higher-is-better");
    expect(indicator(s, "drugs-and-alcohol", "prison-treatment-transfer").polarity).toBe("higher-is-better");
    expect(indicator(harrowStrategy2011to2014, "police-targets", "sanction-detection-rate").polarity).toBe("higher-is-better");
    expect(indicator(harrowStrategy2023to2026, "perception", "perception").polarity).toBe("higher-is-better");
  });

  it("2011–14: the plan's indicator list each once", () => {
    const names = harrowStrategy2011to2014.priorities.flatMap((p) => p.indicators.map((i) => i.name));
    expect(names.sort()).toEqual(
      [
        "Total crime",
        "Common assault",
        "Personal robbery",
        "Residential burglary",
        "Theft from vehicle",
        "Theft of vehicle",
        "Snatch and pickpocket",
        "Criminal damage",
        "Racist offences",
        "Domestic violence",
        "Incidents recorded on buses",
        "Incidents on trains and tubes",
        "Fly-tipping (public reports)",
        "Graffiti (public reports)",
        "Young first time entrants",
        "Offences committed by young people",
        "Problem drug users in treatment",
        "Sanction detection rate",
      ].sort(),
    );
  });

  it("2023–26: six priorities, no targets (the minutes name no measures)", () => {
    const s = harrowStrategy2023to2026;
    expect(s.priorities.map((p) => p.title)).toEqual([
      "Violence against women and girls",
      "Burglary, motor vehicle crime and robbery",
      "Violent incidents",
      "Drugs (offences and harm)",
      "Hate crime",
      "Perception of crime",
    ]);
    expect(s.priorities.every((p) => p.targets.length === 0)).toBe(true);
  });
});

describe("README example: reading your own strategies file", () => {
  it("parses each entry and finds the category of an indicator's offence code", () => {
    const strategies = (JSON.parse(readFileSync(file, "utf8")) as unknown[]).map((s, i) => parseStrategy(s, { label: `strategies[${i}]` }));
    const burglary = strategies[3]!.priorities[1]!.indicators[0]!.numerator.offences.codes![0]!;
    expect(findCategory(metropolitanPoliceCategories, burglary).name).toBe("BURGLARY");
  });
});
