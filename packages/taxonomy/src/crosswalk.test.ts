import { describe, expect, it } from "vitest";
import type { Taxonomy } from "@crimestats/schema";
import { crosswalk } from "./crosswalk.js";
import { TaxonomyError } from "./TaxonomyError.js";
import type { CrosswalkTable } from "./crosswalkTypes.js";
import { builtInTables } from "./data/crosswalks.js";
import { homeOfficeOffenceGroups } from "./data/homeOfficeOffenceGroups.js";
import { metropolitanPoliceCategories } from "./data/metropolitanPoliceCategories.js";
import { metropolitanPoliceLegacyCategories } from "./data/metropolitanPoliceLegacyCategories.js";
import { mopac7 } from "./data/mopac7.js";
import { policeUkCategories } from "./data/policeUkCategories.js";
import { thrownCode } from "./internal/thrownCode.js";

const byId = new Map<string, Taxonomy>(
  [policeUkCategories, homeOfficeOffenceGroups, metropolitanPoliceCategories, metropolitanPoliceLegacyCategories, mopac7].map((t) => [t.id, t]),
);

function summary(from: Taxonomy, to: Taxonomy, code: string, month?: string): string | null {
  const r = crosswalk(from, to, code, month === undefined ? undefined : { month });
  return r === null ? null : `${r.targets.map((t) => t.code).join("+")} (${r.match})`;
}

describe("crosswalk", () => {
  it("doc examples", () => {
    const r = crosswalk(metropolitanPoliceCategories, policeUkCategories, "BURGLARY IN A DWELLING");
    expect([r?.target.code, r?.match]).toEqual(["burglary", "many-to-one"]);
    expect(crosswalk(homeOfficeOffenceGroups, policeUkCategories, "public-order", { month: "2012-06" })?.target.code).toBe("public-disorder-weapons");
    expect(crosswalk(policeUkCategories, mopac7, "vehicle-crime")?.match).toBe("partial");
    expect(crosswalk(policeUkCategories, mopac7, "drugs")).toBeNull();
  });

  it("MPS minor → Home Office sub-group", () => {
    expect(summary(metropolitanPoliceCategories, homeOfficeOffenceGroups, "RAPE")).toBe("rape (exact)");
    expect(summary(metropolitanPoliceCategories, homeOfficeOffenceGroups, "BURGLARY BUSINESS AND COMMUNITY")).toBe("non-residential-burglary (exact)");
    expect(summary(metropolitanPoliceCategories, homeOfficeOffenceGroups, "BURGLARY BUSINESS AND COMMUNITY", "2015-06")).toBe(
      "non-domestic-burglary (many-to-one)",
    );
    expect(summary(metropolitanPoliceCategories, homeOfficeOffenceGroups, "VIOLENT DISORDER")).toBe("public-order (many-to-one)");
    expect(summary(metropolitanPoliceCategories, homeOfficeOffenceGroups, "VIOLENCE WITHOUT INJURY")).toBe(
      "violence-without-injury+stalking-and-harassment+death-or-serious-injury-unlawful-driving (partial)",
    );
  });

  it("MPS → data.police.uk goes through the Home Office sub-groups", () => {
    expect(summary(metropolitanPoliceCategories, policeUkCategories, "RES BURGLARY OF UNCONNECTED BUILDING")).toBe("burglary (many-to-one)");
    expect(summary(metropolitanPoliceCategories, policeUkCategories, "SHOPLIFTING")).toBe("shoplifting (exact)");
    expect(summary(metropolitanPoliceCategories, policeUkCategories, "VIOLENCE WITHOUT INJURY")).toBe("violent-crime (many-to-one)");
    expect(summary(metropolitanPoliceCategories, policeUkCategories, "BURGLARY")).toBe("burglary (many-to-one)");
    expect(summary(metropolitanPoliceCategories, policeUkCategories, "THEFT")).toBe("shoplifting+other-theft+theft-from-the-person+bicycle-theft (partial)");
    expect(summary(metropolitanPoliceCategories, policeUkCategories, "NFIB")).toBe("other-crime (many-to-one)");
    expect(summary(metropolitanPoliceCategories, policeUkCategories, "THEFT FROM THE PERSON", "2012-01")).toBe("other-theft (many-to-one)");
    expect(summary(metropolitanPoliceCategories, policeUkCategories, "POSSESSION OF WEAPONS", "2011-03")).toBe("other-crime (many-to-one)");
  });

  it("Home Office → data.police.uk follows the category sets of 2010, 2011 and 2013", () => {
    expect(summary(homeOfficeOffenceGroups, policeUkCategories, "public-order")).toBe("public-order (exact)");
    expect(summary(homeOfficeOffenceGroups, policeUkCategories, "public-order", "2013-05")).toBe("public-order (exact)");
    expect(summary(homeOfficeOffenceGroups, policeUkCategories, "public-order", "2013-04")).toBe("public-disorder-weapons (many-to-one)");
    expect(summary(homeOfficeOffenceGroups, policeUkCategories, "public-order", "2011-08")).toBe("other-crime (many-to-one)");
    expect(summary(homeOfficeOffenceGroups, policeUkCategories, "Rape offences")).toBe("violent-crime (many-to-one)");
    expect(summary(homeOfficeOffenceGroups, policeUkCategories, "Arson")).toBe("criminal-damage-arson (many-to-one)");
    expect(summary(homeOfficeOffenceGroups, policeUkCategories, "Fraud offences")).toBe("other-crime (many-to-one)");
  });

  it("→ MOPAC 7 where defined", () => {
    expect(summary(metropolitanPoliceCategories, mopac7, "THEFT OR UNAUTH TAKING OF A MOTOR VEH")).toBe("theft-of-a-motor-vehicle (exact)");
    expect(summary(metropolitanPoliceCategories, mopac7, "INTERFERING WITH A MOTOR VEHICLE")).toBeNull();
    expect(summary(metropolitanPoliceCategories, mopac7, "ARSON")).toBeNull();
    expect(summary(metropolitanPoliceCategories, mopac7, "VIOLENCE AGAINST THE PERSON")).toBe("violence-with-injury (partial)");
    expect(summary(homeOfficeOffenceGroups, mopac7, "robbery-of-personal-property")).toBe("robbery (many-to-one)");
    expect(summary(policeUkCategories, mopac7, "burglary")).toBe("burglary (exact)");
    expect(summary(policeUkCategories, mopac7, "other-theft")).toBeNull();
    expect(summary(policeUkCategories, mopac7, "other-theft", "2012-01")).toBe("theft-from-a-person (partial)");
    expect(summary(metropolitanPoliceLegacyCategories, mopac7, "Theft From Motor Vehicle")).toBe("theft-from-a-motor-vehicle (exact)");
    expect(summary(metropolitanPoliceLegacyCategories, mopac7, "Wounding/GBH")).toBe("violence-with-injury (many-to-one)");
  });

  it("legacy MPS → data.police.uk", () => {
    expect(summary(metropolitanPoliceLegacyCategories, policeUkCategories, "Theft/Taking of Pedal Cycle")).toBe("bicycle-theft (exact)");
    expect(summary(metropolitanPoliceLegacyCategories, policeUkCategories, "Burglary in a Dwelling")).toBe("burglary (many-to-one)");
    expect(summary(metropolitanPoliceLegacyCategories, policeUkCategories, "Harassment")).toBe("violent-crime+public-order (partial)");
  });

  it("a taxonomy to itself is exact; backwards is an error; unknown codes and months are errors", () => {
    expect(summary(mopac7, mopac7, "Burglary")).toBe("burglary (exact)");
    expect(() => crosswalk(policeUkCategories, metropolitanPoliceCategories, "burglary")).toThrow(expect.objectContaining({ code: "no-crosswalk" }));
    expect(() => crosswalk(policeUkCategories, mopac7, "littering")).toThrow(expect.objectContaining({ code: "unknown-category" }));
    expect(() => crosswalk(policeUkCategories, mopac7, "burglary", { month: "2019-13" })).toThrow(expect.objectContaining({ code: "invalid-month" }));
  });

  it("accepts caller-supplied tables", () => {
    const mine: Taxonomy = { id: "mine", name: "Mine", publisher: "me", version: "1", licence: "x", categories: [{ code: "burg", name: "Burgs", level: 1 }] };
    const table: CrosswalkTable = { from: "mine", to: "police-uk", rows: [{ from: "burg", to: "burglary", match: "exact" }] };
    expect(crosswalk(mine, policeUkCategories, "Burgs", { tables: [table] })?.match).toBe("exact");
  });

  describe.each(builtInTables.map((t) => [`${t.from} → ${t.to}`, t] as const))("table %s", (_name, table) => {
    const from = byId.get(table.from) as Taxonomy;
    const to = byId.get(table.to) as Taxonomy;
    it("covers every category of the source taxonomy, and points only at real categories", () => {
      const sources = new Set(table.rows.map((r) => r.from));
      expect(from.categories.filter((c) => !sources.has(c.code)).map((c) => c.code)).toEqual([]);
      const fromCodes = new Set(from.categories.map((c) => c.code));
      const toCodes = new Set(to.categories.map((c) => c.code));
      for (const r of table.rows) {
        expect(fromCodes.has(r.from), r.from).toBe(true);
        if (r.to !== null) expect(toCodes.has(r.to), `${r.from} → ${r.to}`).toBe(true);
        expect(r.to === null ? r.match === undefined : r.match !== undefined, `${r.from} → ${String(r.to)}`).toBe(true);
      }
    });
    it("a split source lists all its parts; an exact or many-to-one row stands alone", () => {
      const months = [undefined, "2011-01", "2012-06", "2015-06", "2020-01"];
      for (const month of months) {
        const live = table.rows.filter((r) =>
          month === undefined ? r.validTo === undefined : (r.validFrom ?? "0000-00") <= month && month <= (r.validTo ?? "9999-99"),
        );
        const bySource = new Map<string, typeof live>();
        for (const r of live) bySource.set(r.from, [...(bySource.get(r.from) ?? []), r]);
        for (const [source, rows] of bySource) {
          const partial = rows.some((r) => r.match === "partial");
          if (partial) expect(rows.length, `${source} @ ${String(month)}`).toBeGreaterThan(1);
          else expect(rows.length, `${source} @ ${String(month)}`).toBe(1);
        }
      }
    });
  });
});

describe("crosswalk: every category along every chain", () => {
  const taxa = [...byId.values()];
  it("returns null or real target categories, partial whenever it splits, for every month sampled", () => {
    let calls = 0;
    for (const from of taxa) {
      for (const to of taxa) {
        if (from === to) continue;
        let reachable = true;
        try {
          crosswalk(from, to, from.categories[0]?.code ?? "");
        } catch (e) {
          expect((e as { code?: string }).code).toBe("no-crosswalk");
          reachable = false;
        }
        if (!reachable) continue;
        for (const c of from.categories) {
          for (const month of [undefined, "2011-01", "2012-06", "2015-06", "2024-06"]) {
            if (month !== undefined && !((c.validFrom ?? "0000-00") <= month && month <= (c.validTo ?? "9999-99"))) {
              expect(() => crosswalk(from, to, c.code, { month }), `${c.code} @ ${month}`).toThrow(expect.objectContaining({ code: "not-in-force" }));
              continue;
            }
            const r = crosswalk(from, to, c.code, month === undefined ? undefined : { month });
            calls++;
            if (r === null) continue;
            expect(r.targets[0]).toBe(r.target);
            for (const t of r.targets) expect(to.categories).toContain(t);
            if (r.targets.length > 1) expect(r.match).toBe("partial");
            if (month !== undefined)
              for (const t of r.targets)
                expect((t.validFrom ?? "0000-00") <= month && month <= (t.validTo ?? "9999-99"), `${c.code} → ${t.code} @ ${month}`).toBe(true);
          }
        }
      }
    }
    expect(calls).toBeGreaterThan(500);
  });
});

describe("crosswalk: months", () => {
  it("leaves out targets not in force in the month asked for", () => {
    expect(summary(metropolitanPoliceLegacyCategories, homeOfficeOffenceGroups, "Burglary in a Dwelling", "2015-06")).toBe("domestic-burglary (exact)");
    expect(() => summary(metropolitanPoliceLegacyCategories, homeOfficeOffenceGroups, "Burglary in a Dwelling", "2024-06")).toThrow(
      expect.objectContaining({ code: "not-in-force" }),
    );
    expect(summary(metropolitanPoliceCategories, homeOfficeOffenceGroups, "BURGLARY IN A DWELLING", "2017-03")).toBe("domestic-burglary (many-to-one)");
    expect(summary(metropolitanPoliceCategories, homeOfficeOffenceGroups, "BURGLARY IN A DWELLING", "2017-04")).toBe("residential-burglary (many-to-one)");
  });
});

describe("crosswalk: a source category asked for outside its validity", () => {
  it("is an error naming it and the month, not a mapping or a silent null", () => {
    const err = (f: () => unknown): TaxonomyError => {
      try {
        f();
      } catch (e) {
        return e as TaxonomyError;
      }
      throw new Error("expected a TaxonomyError");
    };
    // data.police.uk "Theft from the person" exists from May 2013; it used to map (exact) in 2012.
    const e = err(() => crosswalk(policeUkCategories, mopac7, "Theft from the person", { month: "2012-01" }));
    expect(e).toBeInstanceOf(TaxonomyError);
    expect(e.code).toBe("not-in-force");
    expect(e.message).toBe(
      '"Theft from the person" (theft-from-the-person) is not a category of police-uk in 2012-01; expected a month from 2013-05 to now, when it was in use.',
    );
    expect(summary(policeUkCategories, mopac7, "theft-from-the-person", "2013-05")).toBe("theft-from-a-person (exact)");
    expect(() => summary(policeUkCategories, mopac7, "theft-from-the-person", "2013-04")).toThrow(expect.objectContaining({ code: "not-in-force" }));
    // MPS "RES BURGLARY OF A HOME" exists from January 2024; it used to return null in 2015.
    expect(() => summary(metropolitanPoliceCategories, policeUkCategories, "RES BURGLARY OF A HOME", "2015-01")).toThrow(
      expect.objectContaining({ code: "not-in-force" }),
    );
    expect(summary(metropolitanPoliceCategories, policeUkCategories, "RES BURGLARY OF A HOME", "2024-01")).toBe("burglary (many-to-one)");
    // Also to the same taxonomy, and for a retired category after its last month.
    expect(() => summary(policeUkCategories, policeUkCategories, "public-disorder-weapons", "2013-05")).toThrow(
      expect.objectContaining({ code: "not-in-force" }),
    );
    expect(summary(policeUkCategories, policeUkCategories, "public-disorder-weapons", "2013-04")).toBe("public-disorder-weapons (exact)");
  });
});

describe("crosswalk: what a careless caller passes", () => {
  it("options that are not an object are invalid-option, not a TypeError", () => {
    expect(thrownCode(() => crosswalk(policeUkCategories, mopac7, "burglary", null as never))).toBe("invalid-option");
    expect(thrownCode(() => crosswalk(policeUkCategories, mopac7, "burglary", 7 as never))).toBe("invalid-option");
  });

  it("tables that are not well-formed (not a list, a null table, a row whose target is a number) are invalid-option naming the place", () => {
    expect(thrownCode(() => crosswalk(policeUkCategories, mopac7, "burglary", { tables: {} as never }))).toBe("invalid-option");
    expect(() => crosswalk(policeUkCategories, mopac7, "burglary", { tables: [null] as never })).toThrow(/tables\[0\] is null/);
    const row = { from: "burglary", to: 5 };
    expect(() => crosswalk(policeUkCategories, mopac7, "burglary", { tables: [{ from: "police-uk", to: "mopac-7", rows: [row] }] as never })).toThrow(
      /tables\[0\]\.rows\[0\]\.to is 5; expected a category code or null/,
    );
  });

  it("a source or target that is not a taxonomy is invalid-taxonomy naming which, and a BigInt code is named in unknown-category", () => {
    expect(() => crosswalk(null as never, mopac7, "burglary")).toThrow(/^The source taxonomy \(from\) is not a taxonomy/);
    expect(() => crosswalk(policeUkCategories, [] as never, "burglary")).toThrow(/^The target taxonomy \(to\) is not a taxonomy/);
    expect(() => crosswalk(policeUkCategories, mopac7, 5n as never)).toThrow(/^5n is not a category of/);
  });
});
