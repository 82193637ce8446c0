import { describe, expect, it } from "vitest";
import { findCategory } from "./findCategory.js";
import { TaxonomyError } from "./TaxonomyError.js";
import { homeOfficeOffenceGroups } from "./data/homeOfficeOffenceGroups.js";
import { metropolitanPoliceCategories } from "./data/metropolitanPoliceCategories.js";
import { metropolitanPoliceLegacyCategories } from "./data/metropolitanPoliceLegacyCategories.js";
import { mopac7 } from "./data/mopac7.js";
import { policeUkCategories } from "./data/policeUkCategories.js";
import { thrownCode } from "./internal/thrownCode.js";

describe("findCategory", () => {
  it("doc examples", () => {
    expect(findCategory(policeUkCategories, "Violent crime").code).toBe("violent-crime");
    expect(findCategory(metropolitanPoliceCategories, "burglary - residential").name).toBe("BURGLARY - RESIDENTIAL");
    expect(findCategory(metropolitanPoliceCategories, "POSSESSION OF WEAPONS", { level: 1 }).code).toBe("possession-of-weapons");
  });

  it("finds by code, exact name and alias", () => {
    expect(findCategory(policeUkCategories, "criminal-damage-arson").name).toBe("Criminal damage and arson");
    expect(findCategory(policeUkCategories, "Violence and sexual offences").code).toBe("violent-crime");
    expect(findCategory(policeUkCategories, "Public disorder and weapons").code).toBe("public-disorder-weapons");
    expect(findCategory(mopac7, "Theft from the person").code).toBe("theft-from-a-person");
  });

  it("is tolerant of case, spacing, punctuation and &/and", () => {
    for (const text of ["Criminal damage & arson", "CRIMINAL DAMAGE AND ARSON", "  criminal   damage and arson ", "criminal-damage-and-arson"]) {
      expect(findCategory(policeUkCategories, text).code, text).toBe("criminal-damage-arson");
    }
    expect(findCategory(metropolitanPoliceLegacyCategories, "Theft & Handling").code).toBe("theft-and-handling");
    expect(findCategory(metropolitanPoliceLegacyCategories, "motor vehicle interference and tampering").code).toBe(
      "theft-and-handling.motor-vehicle-interference-and-tampering",
    );
    expect(findCategory(metropolitanPoliceLegacyCategories, "THEFT/TAKING OF PEDAL CYCLE").code).toBe("theft-and-handling.theft-taking-of-pedal-cycle");
    expect(findCategory(homeOfficeOffenceGroups, "Death or serious injury – unlawful driving").code).toBe("death-or-serious-injury-unlawful-driving");
  });

  it("is tolerant of spacing within words too (a hyphen or space present or not)", () => {
    for (const text of ["Antisocial behaviour", "anti social behaviour", "Anti-social behaviour", "ANTI-SOCIAL  BEHAVIOUR"]) {
      expect(findCategory(policeUkCategories, text).code, text).toBe("anti-social-behaviour");
    }
    expect(findCategory(metropolitanPoliceCategories, "BURGLARY NONDWELLING").code).toBe("burglary.burglary-non-dwelling");
    expect(findCategory(metropolitanPoliceCategories, "Burglary-Residential").code).toBe("burglary.burglary-residential");
    expect(findCategory(metropolitanPoliceLegacyCategories, "Theft&Handling").code).toBe("theft-and-handling");
    // Different words are still different categories, and unknown text still names itself.
    expect(() => findCategory(policeUkCategories, "Antisocial")).toThrow('"Antisocial" is not a category of');
  });

  it("returns the most detailed category when the text names two levels, unless a level is given", () => {
    expect(findCategory(metropolitanPoliceCategories, "POSSESSION OF WEAPONS").code).toBe("possession-of-weapons.possession-of-weapons");
    expect(findCategory(metropolitanPoliceCategories, "FRAUD AND FORGERY", { level: 2 }).code).toBe("fraud-and-forgery.fraud-and-forgery");
    expect(findCategory(metropolitanPoliceCategories, "FRAUD AND FORGERY", { level: 1 }).code).toBe("fraud-and-forgery");
    expect(findCategory(homeOfficeOffenceGroups, "Public order offences").code).toBe("public-order");
    expect(findCategory(homeOfficeOffenceGroups, "Public order offences", { level: 1 }).code).toBe("public-order-offences");
  });

  it("unknown text throws a TaxonomyError naming it; never a silent other", () => {
    expect(() => findCategory(policeUkCategories, "Littering")).toThrow(TaxonomyError);
    expect(() => findCategory(policeUkCategories, "Littering")).toThrow(
      '"Littering" is not a category of data.police.uk street-level crime categories (police-uk); expected a code, name or alias of one of its 15 categories.',
    );
    expect(() => findCategory(policeUkCategories, "")).toThrow(TaxonomyError);
    expect(() => findCategory(metropolitanPoliceCategories, "BURGLARY IN A DWELLING", { level: 1 })).toThrow(/at level 1/);
    try {
      findCategory(metropolitanPoliceCategories, "BURGLERY");
    } catch (e) {
      expect((e as TaxonomyError).details).toEqual({ taxonomy: "mps", text: "BURGLERY", level: undefined });
    }
  });

  it("ambiguous text at one level throws ambiguous-category", () => {
    const t = {
      id: "t",
      name: "T",
      publisher: "p",
      version: "1",
      licence: "x",
      categories: [
        { code: "a", name: "Same", level: 1 },
        { code: "b", name: "same", level: 1 },
      ],
    };
    expect(() => findCategory(t, "SAME")).toThrow(expect.objectContaining({ code: "ambiguous-category" }));
  });
});

describe("findCategory: properties", () => {
  const taxonomies = [policeUkCategories, homeOfficeOffenceGroups, metropolitanPoliceCategories, metropolitanPoliceLegacyCategories, mopac7];

  it("every name, alias and code finds its own category at its own level", () => {
    for (const t of taxonomies) {
      for (const c of t.categories) {
        for (const text of [c.code, c.name, ...(c.aliases ?? [])]) {
          expect(findCategory(t, text, { level: c.level }).code, `${t.id}: ${text}`).toBe(c.code);
        }
      }
    }
  });

  it("case, extra spaces and & for 'and' never change the answer", async () => {
    const fc = (await import("fast-check")).default;
    const names = taxonomies.flatMap((t) => t.categories.map((c) => [t, c] as const));
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }), fc.boolean(), ([t, c], upper, amp) => {
        let text = [...c.name].map((ch, i) => (upper[i % 64] === true ? ch.toUpperCase() : ch.toLowerCase())).join("");
        text = `  ${text.replace(/ /g, "   ")} `;
        if (amp) text = text.replace(/\band\b/gi, "&");
        expect(findCategory(t, text, { level: c.level }).code).toBe(c.code);
      }),
      { numRuns: 300 },
    );
  });
});

describe("findCategory: what a careless caller passes", () => {
  it("a taxonomy that is not one (null, a number, categories that are not a list, a null category, a NaN name) is invalid-taxonomy, not a TypeError", () => {
    const bad = [null, 3, {}, { ...policeUkCategories, categories: 5 }, { ...policeUkCategories, categories: [null] }];
    for (const t of bad) expect(thrownCode(() => findCategory(t as never, "burglary"))).toBe("invalid-taxonomy");
    const nanName = { ...policeUkCategories, categories: [{ ...policeUkCategories.categories[0]!, name: Number.NaN }] };
    expect(() => findCategory(nanName as never, "x")).toThrow(/is not a taxonomy \(categories\[0\]\.name: NaN is not text/);
  });

  it("text that is a BigInt or a prototype-less object is named in the unknown-category message, which is still built", () => {
    expect(() => findCategory(policeUkCategories, 10n as never)).toThrow(/^10n is not a category of/);
    expect(() => findCategory(policeUkCategories, Object.create(null) as never)).toThrow(/^an object is not a category of/);
    expect(() => findCategory(policeUkCategories, Symbol("s") as never)).toThrow(/^Symbol\(s\) is not a category of/);
  });

  it("options that are not an object, or a level that is not a whole number from 1, are invalid-option", () => {
    expect(thrownCode(() => findCategory(policeUkCategories, "burglary", null as never))).toBe("invalid-option");
    expect(thrownCode(() => findCategory(policeUkCategories, "burglary", { level: "1" as never }))).toBe("invalid-option");
    expect(thrownCode(() => findCategory(policeUkCategories, "burglary", { level: 0 }))).toBe("invalid-option");
    expect(findCategory(policeUkCategories, "burglary", { level: 1 }).code).toBe("burglary");
  });
});
