import { describe, expect, it } from "vitest";
import {
  TaxonomyError,
  breaksIn,
  categoriesAt,
  crosswalk,
  findCategory,
  homeOfficeOffenceGroups,
  metropolitanPoliceCategories,
  mopac7,
  mpsLegacyToHomeOffice,
  mpsLegacyToMopac7,
  mpsToHomeOffice,
  mpsToMopac7,
  homeOfficeToMopac7,
  homeOfficeToPoliceUk,
  policeUkToMopac7,
  policeUkCategories,
  recordingBreaks,
} from "./index.js";

describe("README example", () => {
  it("prints what it says", () => {
    expect(findCategory(policeUkCategories, "Criminal damage & arson").code).toBe("criminal-damage-arson");
    expect(findCategory(metropolitanPoliceCategories, "RES BURGLARY OF A HOME", { level: 2 }).parent).toBe("burglary");
    expect(categoriesAt(policeUkCategories, "2012-06").length).toBe(11);
    const r = crosswalk(metropolitanPoliceCategories, policeUkCategories, "BURGLARY IN A DWELLING");
    expect(r?.target.code).toBe("burglary");
    expect(r?.match).toBe("many-to-one");
    expect(() => findCategory(policeUkCategories, "Littering")).toThrow(TaxonomyError);
  });
});

describe("README recording breaks example", () => {
  it("prints what it says", () => {
    const compared = { previous: { first: "2023-03", last: "2024-02" }, current: { first: "2024-03", last: "2025-02" }, classification: "mps" };
    expect(breaksIn(recordingBreaks, { ...compared, areas: ["Hillingdon"] }).map((b) => b.id)).toEqual([
      "mps-airports-row-starts",
      "mps-hocr-principal-crime-stalking-harassment",
      "mps-airports-row-to-hillingdon",
    ]);
    expect(
      breaksIn(recordingBreaks, {
        ...compared,
        areas: ["Hillingdon", "London Heathrow and London City Airports"],
        offences: ["BURGLARY BUSINESS AND COMMUNITY"],
      }),
    ).toEqual([]);
  });
});

describe("doc examples of the data constants", () => {
  it("policeUkCategories, homeOfficeOffenceGroups, metropolitanPoliceCategories, mopac7", () => {
    expect(policeUkCategories.categories.map((c) => c.code).includes("possession-of-weapons")).toBe(true);
    expect(homeOfficeOffenceGroups.categories.filter((c) => c.level === 1).length).toBe(10);
    expect(metropolitanPoliceCategories.categories.filter((c) => c.level === 1).length).toBe(13);
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
  it("crosswalk tables name their source taxonomy", () => {
    expect(mpsToHomeOffice.from).toBe("mps");
    expect(mpsLegacyToHomeOffice.from).toBe("mps-legacy");
    expect(homeOfficeToPoliceUk.from).toBe("home-office");
    expect(homeOfficeToMopac7.from).toBe("home-office");
    expect(policeUkToMopac7.from).toBe("police-uk");
    expect(mpsToMopac7.from).toBe("mps");
    expect(mpsLegacyToMopac7.from).toBe("mps-legacy");
  });
});
