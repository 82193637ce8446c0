import { parseTaxonomy, type Taxonomy } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import { homeOfficeOffenceGroups } from "./data/homeOfficeOffenceGroups.js";
import { metropolitanPoliceCategories } from "./data/metropolitanPoliceCategories.js";
import { metropolitanPoliceLegacyCategories } from "./data/metropolitanPoliceLegacyCategories.js";
import { mopac7 } from "./data/mopac7.js";
import { policeUkCategories } from "./data/policeUkCategories.js";
import { normalise } from "./internal/normalise.js";

const all: Taxonomy[] = [policeUkCategories, homeOfficeOffenceGroups, metropolitanPoliceCategories, metropolitanPoliceLegacyCategories, mopac7];

describe("taxonomy data", () => {
  it.each(all.map((t) => [t.id, t] as const))("%s is valid under the schema", (_id, t) => {
    expect(parseTaxonomy(t)).toEqual(t);
  });

  it.each(all.map((t) => [t.id, t] as const))("%s: no two categories at one level share a folded name or alias", (_id, t) => {
    const seen = new Map<string, string>();
    for (const c of t.categories) {
      for (const text of new Set([c.code, c.name, ...(c.aliases ?? [])].map(normalise))) {
        const key = `${c.level}|${text}`;
        expect(seen.get(key) ?? c.code, `${text} at level ${c.level}`).toBe(c.code);
        seen.set(key, c.code);
      }
    }
  });

  it("police.uk: the 14 current slugs and labels of data.police.uk, plus the retired public-disorder-weapons", () => {
    const current = policeUkCategories.categories.filter((c) => c.validTo === undefined).map((c) => [c.code, c.name] as const);
    expect(new Map(current)).toEqual(
      new Map([
        ["anti-social-behaviour", "Anti-social behaviour"],
        ["bicycle-theft", "Bicycle theft"],
        ["burglary", "Burglary"],
        ["criminal-damage-arson", "Criminal damage and arson"],
        ["drugs", "Drugs"],
        ["other-theft", "Other theft"],
        ["other-crime", "Other crime"],
        ["possession-of-weapons", "Possession of weapons"],
        ["public-order", "Public order"],
        ["robbery", "Robbery"],
        ["shoplifting", "Shoplifting"],
        ["theft-from-the-person", "Theft from the person"],
        ["vehicle-crime", "Vehicle crime"],
        ["violent-crime", "Violence and sexual offences"],
      ]),
    );
    const retired = policeUkCategories.categories.filter((c) => c.validTo !== undefined);
    expect(retired.map((c) => [c.code, c.name, c.validFrom, c.validTo])).toEqual([
      ["public-disorder-weapons", "Public disorder and weapons", "2011-09", "2013-04"],
    ]);
  });

  it("Home Office: the ten ONS offence groups", () => {
    expect(homeOfficeOffenceGroups.categories.filter((c) => c.level === 1).map((c) => c.name)).toEqual([
      "Violence against the person",
      "Sexual offences",
      "Robbery",
      "Theft offences",
      "Criminal damage and arson",
      "Drug offences",
      "Possession of weapons offences",
      "Public order offences",
      "Miscellaneous crimes against society",
      "Fraud offences",
    ]);
    expect(homeOfficeOffenceGroups.categories.filter((c) => c.level === 1).length).toBe(10);
  });

  it("MPS: the 13 modern MajorText classes", () => {
    expect(
      metropolitanPoliceCategories.categories
        .filter((c) => c.level === 1)
        .map((c) => c.name)
        .sort(),
    ).toEqual(
      [
        "VIOLENCE AGAINST THE PERSON",
        "SEXUAL OFFENCES",
        "ROBBERY",
        "BURGLARY",
        "THEFT",
        "VEHICLE OFFENCES",
        "ARSON AND CRIMINAL DAMAGE",
        "DRUG OFFENCES",
        "POSSESSION OF WEAPONS",
        "PUBLIC ORDER OFFENCES",
        "MISCELLANEOUS CRIMES AGAINST SOCIETY",
        "FRAUD AND FORGERY",
        "NFIB FRAUD",
      ].sort(),
    );
  });

  it("MPS legacy: the nine 2008–16 major categories", () => {
    expect(
      metropolitanPoliceLegacyCategories.categories
        .filter((c) => c.level === 1)
        .map((c) => c.name)
        .join(", "),
    ).toBe(
      "Burglary, Criminal Damage, Drugs, Fraud or Forgery, Other Notifiable Offences, Robbery, Sexual Offences, Theft and Handling, Violence Against the Person",
    );
  });

  it("MOPAC 7: the seven crimes of the 2017 Cabinet report footnote, in its order", () => {
    expect(mopac7.categories.map((c) => c.name)).toEqual([
      "Violence with injury",
      "Robbery",
      "Burglary",
      "Theft of a motor vehicle",
      "Theft from a motor vehicle",
      "Theft from a person",
      "Criminal damage",
    ]);
  });
});
