import { parseRecordingBreaks, parseTaxonomy, type Taxonomy } from "@crimestats/schema";
import { monthIndex, monthKeyFromIndex } from "@crimestats/periods";
import { describe, expect, it } from "vitest";
import { homeOfficeOffenceGroups } from "./data/homeOfficeOffenceGroups.js";
import { metropolitanPoliceCategories } from "./data/metropolitanPoliceCategories.js";
import { metropolitanPoliceLegacyCategories } from "./data/metropolitanPoliceLegacyCategories.js";
import { mopac7 } from "./data/mopac7.js";
import { policeUkCategories } from "./data/policeUkCategories.js";
import { recordingBreaks } from "./data/recordingBreaks.js";
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

describe("recording breaks data", () => {
  const byId = new Map(all.map((t) => [t.id, t]));
  const names = (t: Taxonomy): Set<string> => new Set(t.categories.flatMap((c) => [c.name, ...(c.aliases ?? [])]));

  it("doc example", () => {
    expect(recordingBreaks.find((b) => b.id === "mps-airports-row-to-hillingdon")?.month).toBe("2024-03");
  });

  it("every break is valid under the schema, ids unique, and the list is in month order", () => {
    expect(parseRecordingBreaks(recordingBreaks, { label: "recordingBreaks" })).toEqual(recordingBreaks);
    expect(new Set(recordingBreaks.map((b) => b.id)).size).toBe(recordingBreaks.length);
    const months = recordingBreaks.map((b) => b.month);
    expect(months).toEqual([...months].sort());
  });

  it.each(recordingBreaks.map((b) => [b.id, b] as const))("%s has a public https source and a description of one or two sentences", (_id, b) => {
    expect(b.source.url).toMatch(/^https:\/\/[a-z0-9.-]+\.(gov\.uk|police\.uk)\//);
    expect(b.source.publisher).toBeTruthy();
    const sentences = b.description.split(/(?<=[.;])\s+(?=[A-Z])/).length;
    expect(sentences).toBeGreaterThanOrEqual(1);
    expect(sentences).toBeLessThanOrEqual(3);
    expect(b.description).not.toMatch(/[A-Za-z]+\(|@crimestats|docs\//);
  });

  it.each(recordingBreaks.filter((b) => b.affects.offences !== undefined).map((b) => [b.id, b] as const))(
    "%s: every offence label is a category name (or alias) of its classification",
    (_id, b) => {
      const t = byId.get(b.classification ?? "");
      expect(t, `classification ${b.classification}`).toBeDefined();
      const known = names(t as Taxonomy);
      for (const label of [...(b.affects.offences ?? []), ...(b.likeForLike?.offences ?? [])]) expect(known.has(label), label).toBe(true);
    },
  );

  it("the MPS like-for-like lists are every MinorText of BURGLARY and of VIOLENCE AGAINST THE PERSON in the taxonomy", () => {
    const minors = (major: string): string[] =>
      metropolitanPoliceCategories.categories
        .filter((c) => c.parent === major)
        .map((c) => c.name)
        .sort();
    const like = (id: string): string[] => [...(recordingBreaks.find((b) => b.id === id)?.likeForLike?.offences ?? [])].sort();
    expect(like("mps-burglary-in-a-dwelling-relabelled-residential")).toEqual(minors("burglary"));
    expect(like("mps-burglary-residential-home-and-unconnected")).toEqual(minors("burglary"));
    expect(like("mps-burglary-outbuildings-to-residential")).toEqual(minors("burglary"));
    expect(like("mps-stalking-harassment-split-from-violence-without-injury")).toEqual(minors("violence-against-the-person"));
  });

  it("the data.police.uk breaks are the months a category starts or stops in policeUkCategories", () => {
    const changes = new Set<string>();
    for (const c of policeUkCategories.categories) {
      if (c.validFrom !== undefined && c.validFrom !== "2010-12") changes.add(c.validFrom);
      if (c.validTo !== undefined) changes.add(`${c.validTo}+1`);
    }
    const next = (m: string): string => monthKeyFromIndex(monthIndex(m) + 1);
    const expected = new Set([...changes].map((m) => (m.endsWith("+1") ? next(m.slice(0, -2)) : m)));
    const shipped = new Set(recordingBreaks.filter((b) => b.id.startsWith("police-uk-") && b.kind !== "counting-rules").map((b) => b.month));
    expect(shipped).toEqual(expected);
    for (const b of recordingBreaks.filter((x) => x.classification === "police-uk" && x.kind !== "counting-rules")) {
      for (const label of b.affects.offences ?? []) {
        const c = policeUkCategories.categories.find((x) => x.name === label || x.aliases?.includes(label));
        const startsOrStops = c?.validFrom === b.month || (c?.validTo !== undefined && next(c.validTo) === b.month) || c?.aliases?.includes(label) === true;
        const continues = c !== undefined && (c.validFrom ?? "") < b.month && c.validTo === undefined;
        expect(startsOrStops || continues, `${b.id}: ${label}`).toBe(true);
      }
    }
  });
});
