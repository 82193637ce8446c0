import { readFileSync } from "node:fs";
import { parseStrategy, type Indicator, type Strategy } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import { localCoverage, strategyPriorities } from "./priorities.js";

const strategies = JSON.parse(readFileSync(new URL("../../../../examples/data/harrow/strategies.json", import.meta.url), "utf8")) as { id: string }[];
const strategy = (id: string): Strategy => parseStrategy(strategies.find((s) => s.id === id));
const indicators = (s: Strategy): Indicator[] => s.priorities.flatMap((p) => p.indicators);
const named = (s: Strategy, name: string): Indicator => {
  const found = indicators(s).find((i) => i.name === name);
  if (found === undefined) throw new Error(`no indicator ${name}`);
  return found;
};

describe("localCoverage", () => {
  const s2019 = strategy("harrow-2019-20");
  const s2011 = strategy("harrow-2011-14");
  const rows = (area: string, ...measures: string[]) => measures.map((measure) => ({ measure, area }));
  const covered = localCoverage({
    area: "Harrow",
    incidents: rows("Harrow", "asb", "domestic-abuse", "hate-crime", "knife-crime"),
    youthJustice: rows("Harrow", "first-time-entrants"),
  });

  it("matches an indicator by the crime flag it selects or by what its name says, to the section of that measure", () => {
    expect(covered(named(s2019, "Domestic abuse offences"))).toBe('"Domestic abuse"');
    expect(covered(named(s2011, "Domestic violence"))).toBe('"Domestic abuse"');
    expect(covered(named(s2019, "Hate crime reporting"))).toBe('"Hate crime"');
    expect(covered(named(s2011, "Racist offences"))).toBe('"Hate crime"');
    expect(covered(named(s2019, "ASB calls"))).toBe('"Anti-social behaviour"');
    expect(covered(named(s2019, "Knife crime"))).toBe('"Knife crime"');
    expect(covered(named(s2011, "Young first time entrants"))).toBe('"Youth justice"');
  });

  it("keeps to what the section measures: not repeat incidents, weapon carrying, IDVA cases, surveys or drug treatment", () => {
    for (const name of [
      "Repeat ASB incidents",
      "Young people carrying offensive weapons",
      "IDVA new cases",
      "Public confidence in the police",
      "MARAC referrals",
    ]) {
      expect(covered(named(s2019, name)), name).toBeNull();
    }
    expect(covered(named(s2011, "Problem drug users in treatment"))).toBeNull();
    expect(covered(named(s2011, "Offences committed by young people"))).toBeNull();
  });

  it("covers an indicator only when the data have rows of its measure for the focus area", () => {
    const elsewhere = localCoverage({ area: "Harrow", incidents: rows("Barnet", "domestic-abuse") });
    expect(elsewhere(named(s2019, "Domestic abuse offences"))).toBeNull();
    expect(localCoverage({ area: "Harrow" })(named(s2019, "Domestic abuse offences"))).toBeNull();
  });
});

describe("strategyPriorities with local data", () => {
  it("notes an indicator the counts cannot measure as assessed in its local section, and the others as not assessed", () => {
    const notes: string[] = [];
    const s2023 = strategy("harrow-2023-26");
    const minors = ["RES BURGLARY OF A HOME", "RAPE"];
    strategyPriorities(s2023, minors, new Set(minors), notes, localCoverage({ area: "Harrow", incidents: [{ measure: "domestic-abuse", area: "Harrow" }] }));
    expect(notes).toContain(
      'Community Safety Strategy 2023–26, Violence against women and girls: "Domestic abuse offences" is assessed from the partnership\'s own data (section "Domestic abuse").',
    );
    expect(notes.some((n) => n.includes('"Domestic abuse offences" is not assessed here'))).toBe(false);
    expect(notes.some((n) => n.includes('"Hate crime reporting" is not assessed here'))).toBe(true);
  });
});
