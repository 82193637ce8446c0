import { describe, expect, it } from "vitest";
import { groupWarnings } from "./groupWarnings.js";

describe("groupWarnings", () => {
  it("makes one group of the files not used for the same reason and keeps the other warnings (the doc example)", () => {
    expect(
      groupWarnings([
        "a-outcomes.csv is not used: it is none of the files an assessment reads.",
        "b-outcomes.csv is not used: it is none of the files an assessment reads.",
        "3 rows rejected in x.csv.",
      ]),
    ).toEqual({
      unused: [{ reason: "it is none of the files an assessment reads", files: ["a-outcomes.csv", "b-outcomes.csv"] }],
      other: ["3 rows rejected in x.csv."],
    });
  });

  it("keeps apart files not used for different reasons, boundary files among them, in the order met", () => {
    const { unused, other } = groupWarnings([
      "notes.txt is not used: it is none of the files an assessment reads.",
      "The boundary file wards (2022).geojson is not used: it is not GeoJSON or TopoJSON area boundaries (no features).",
      "old.csv is not used: it is none of the files an assessment reads.",
    ]);
    expect(unused).toEqual([
      { reason: "it is none of the files an assessment reads", files: ["notes.txt", "old.csv"] },
      { reason: "it is not GeoJSON or TopoJSON area boundaries (no features)", files: ["wards (2022).geojson"] },
    ]);
    expect(other).toEqual([]);
  });

  it("gives nothing for no warnings", () => {
    expect(groupWarnings([])).toEqual({ unused: [], other: [] });
  });
});
