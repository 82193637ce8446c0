import { describe, expect, it } from "vitest";
import { fileRoles } from "./fileRoles.js";

const none = { read: [], sources: [], warnings: [] };

describe("fileRoles", () => {
  it("gives the role read, the sources' words, 'not used' where a warning says so, and says when the document names a file nowhere (the doc example)", () => {
    const roles = fileRoles(["mye24tablesew.csv", "notes.txt", "wards.geojson", "2010-12-x-street.csv"], {
      read: [{ file: "mye24tablesew.csv", role: "population" }],
      sources: ["wards.geojson (ward boundaries, for the ward maps)"],
      warnings: ["notes.txt is not used: it is none of the files the assessment reads."],
    });
    expect(roles).toEqual(
      new Map([
        ["mye24tablesew.csv", { role: "population", used: true }],
        ["notes.txt", { role: "not used", used: false }],
        ["wards.geojson", { role: "ward boundaries, for the ward maps", used: true }],
        ["2010-12-x-street.csv", { role: "not named in the document", used: false }],
      ]),
    );
  });

  it("gives each file of a group 'n files, <first> to <last>' the group's role, and none outside it", () => {
    const roles = fileRoles(["2022-01-cumbria-street.csv", "2022-06-cumbria-street.csv", "2022-12-cumbria-street.csv", "2022-06-cumbria-outcomes.csv"], {
      ...none,
      read: [{ file: "11 files, 2022-01-cumbria-street.csv to 2022-11-cumbria-street.csv", role: "street-level crimes" }],
    });
    expect(roles.get("2022-01-cumbria-street.csv")?.role).toBe("street-level crimes");
    expect(roles.get("2022-06-cumbria-street.csv")?.role).toBe("street-level crimes");
    expect(roles.get("2022-12-cumbria-street.csv")?.used).toBe(false);
    expect(roles.get("2022-06-cumbria-outcomes.csv")?.used).toBe(false);
  });

  it("takes a file the reconciliation does not name from the sources, whose words hold brackets", () => {
    const roles = fileRoles(["mye22final.xlsx"], { ...none, sources: ["mye22final.xlsx (ONS mid-year population estimates by local authority (mid-2022))"] });
    expect(roles.get("mye22final.xlsx")).toEqual({ role: "ONS mid-year population estimates by local authority (mid-2022)", used: true });
  });

  it("reads a source by the file's whole name, when the name holds brackets too", () => {
    const roles = fileRoles(["MPS Borough Level Crime (Historical).csv"], {
      ...none,
      sources: ["MPS Borough Level Crime (Historical).csv (recorded crime by borough)"],
    });
    expect(roles.get("MPS Borough Level Crime (Historical).csv")?.role).toBe("recorded crime by borough");
  });

  it("does not take a file for unused when a warning names another file that contains its name", () => {
    const roles = fileRoles(["street.csv"], { ...none, warnings: ["2023-03-street.csv is not used: its month is outside the 24 months."] });
    expect(roles.get("street.csv")).toEqual({ role: "not named in the document", used: false });
  });

  it("keeps the role of a file that was read even when a warning about its rows names it", () => {
    const roles = fileRoles(["a.csv"], {
      ...none,
      read: [{ file: "a.csv", role: "borough counts" }],
      warnings: ["a.csv is not used for the ward maps: no ward column."],
    });
    expect(roles.get("a.csv")).toEqual({ role: "borough counts", used: true });
  });

  it("finds a boundary file named inside the warning's sentence, and a name with a bracket or a dot", () => {
    const roles = fileRoles(["wards (2022).geojson", "a.csv"], {
      ...none,
      warnings: [
        "The boundary file wards (2022).geojson is not used: it is not GeoJSON or TopoJSON area boundaries.",
        "abcsv is not used: none of the files read.",
      ],
    });
    expect(roles.get("wards (2022).geojson")).toEqual({ role: "not used", used: false });
    expect(roles.get("a.csv")?.role).toBe("not named in the document");
  });
});
