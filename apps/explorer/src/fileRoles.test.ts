import { describe, expect, it } from "vitest";
import { fileRoles } from "./fileRoles.js";

describe("fileRoles", () => {
  it("gives the role read, 'not used' where a warning says so, and nothing otherwise (the doc example)", () => {
    const roles = fileRoles(
      ["mye24tablesew.csv", "notes.txt", "wards.geojson"],
      [{ file: "mye24tablesew.csv", role: "population" }],
      ["notes.txt is not used: it is none of the files the assessment reads."],
    );
    expect(roles).toEqual(
      new Map([
        ["mye24tablesew.csv", { role: "population", used: true }],
        ["notes.txt", { role: "not used", used: false }],
      ]),
    );
  });

  it("does not take a file for unused when a warning names another file that contains its name", () => {
    const roles = fileRoles(["street.csv"], [], ["2023-03-street.csv is not used: its month is outside the 24 months."]);
    expect(roles.has("street.csv")).toBe(false);
  });

  it("keeps the role of a file that was read even when a warning about its rows names it", () => {
    const roles = fileRoles(["a.csv"], [{ file: "a.csv", role: "borough counts" }], ["a.csv is not used for the ward maps: no ward column."]);
    expect(roles.get("a.csv")).toEqual({ role: "borough counts", used: true });
  });

  it("finds a boundary file named inside the warning's sentence, and a name with a bracket or a dot", () => {
    const roles = fileRoles(
      ["wards (2022).geojson", "a.csv"],
      [],
      ["The boundary file wards (2022).geojson is not used: it is not GeoJSON or TopoJSON area boundaries.", "abcsv is not used: none of the files read."],
    );
    expect(roles.get("wards (2022).geojson")).toEqual({ role: "not used", used: false });
    expect(roles.has("a.csv")).toBe(false);
  });
});
