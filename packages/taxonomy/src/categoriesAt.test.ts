import { describe, expect, it } from "vitest";
import { categoriesAt } from "./categoriesAt.js";
import { homeOfficeOffenceGroups } from "./data/homeOfficeOffenceGroups.js";
import { metropolitanPoliceCategories } from "./data/metropolitanPoliceCategories.js";
import { policeUkCategories } from "./data/policeUkCategories.js";

const codes = (month: string): string[] =>
  categoriesAt(policeUkCategories, month)
    .map((c) => c.code)
    .sort();

describe("categoriesAt", () => {
  it("doc examples", () => {
    expect(
      categoriesAt(policeUkCategories, "2012-06")
        .map((c) => c.code)
        .includes("public-disorder-weapons"),
    ).toBe(true);
    expect(categoriesAt(policeUkCategories, "2011-01").length).toBe(6);
  });

  it("data.police.uk: 6 categories from Dec 2010, 11 from Sep 2011, 14 from May 2013", () => {
    expect(codes("2010-11")).toEqual([]);
    expect(codes("2010-12")).toEqual(["anti-social-behaviour", "burglary", "other-crime", "robbery", "vehicle-crime", "violent-crime"]);
    expect(codes("2011-08")).toHaveLength(6);
    expect(codes("2011-09")).toEqual([
      "anti-social-behaviour",
      "burglary",
      "criminal-damage-arson",
      "drugs",
      "other-crime",
      "other-theft",
      "public-disorder-weapons",
      "robbery",
      "shoplifting",
      "vehicle-crime",
      "violent-crime",
    ]);
    expect(codes("2013-04")).toHaveLength(11);
    expect(codes("2013-05")).toHaveLength(14);
    expect(codes("2013-05")).not.toContain("public-disorder-weapons");
    expect(codes("2025-12")).toHaveLength(14);
  });

  it("MPS: the burglary series break of 2024", () => {
    const burglary = (m: string): string[] =>
      categoriesAt(metropolitanPoliceCategories, m)
        .filter((c) => c.parent === "burglary")
        .map((c) => c.name);
    expect(burglary("2023-12")).toEqual(["BURGLARY IN A DWELLING", "BURGLARY BUSINESS AND COMMUNITY"]);
    expect(burglary("2024-03")).toEqual([
      "BURGLARY BUSINESS AND COMMUNITY",
      "BURGLARY - RESIDENTIAL",
      "BURGLARY NON-DWELLING",
      "RES BURGLARY OF A HOME",
      "RES BURGLARY OF UNCONNECTED BUILDING",
    ]);
  });

  it("Home Office: domestic burglary until March 2017, residential from April 2017", () => {
    const names = (m: string): string[] =>
      categoriesAt(homeOfficeOffenceGroups, m)
        .map((c) => c.code)
        .filter((c) => c.includes("burglary"));
    expect(names("2017-03")).toEqual(["domestic-burglary", "non-domestic-burglary"]);
    expect(names("2017-04")).toEqual(["residential-burglary", "non-residential-burglary"]);
  });

  it("rejects a month that is not YYYY-MM", () => {
    for (const bad of ["2019-13", "2019-1", "201901", ""]) {
      expect(() => categoriesAt(policeUkCategories, bad)).toThrow(expect.objectContaining({ code: "invalid-month" }));
    }
    expect(() => categoriesAt(policeUkCategories, "2019-13")).toThrow('"2019-13" is not a month; categoriesAt expects "YYYY-MM"');
  });
});

describe("categoriesAt: what a careless caller passes", () => {
  it("a taxonomy whose categories are not a list or hold a NaN name is invalid-taxonomy, never a TypeError or a NaN in the result", () => {
    for (const categories of [Number.POSITIVE_INFINITY, [{ ...policeUkCategories.categories[0]!, name: Number.NaN }], [null]]) {
      expect(() => categoriesAt({ ...policeUkCategories, categories } as never, "2019-01")).toThrow(expect.objectContaining({ code: "invalid-taxonomy" }));
    }
    expect(() => categoriesAt(undefined as never, "2019-01")).toThrow(expect.objectContaining({ code: "invalid-taxonomy" }));
  });

  it("a month that is a prototype-less object or a BigInt is invalid-month, named in a message that is still built", () => {
    expect(() => categoriesAt(policeUkCategories, Object.create(null) as never)).toThrow(/^an object is not a month/);
    expect(() => categoriesAt(policeUkCategories, 201901n as never)).toThrow(/^201901n is not a month/);
  });
});
