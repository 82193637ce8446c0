import type { AssessedFile } from "@crimestats/report";
import { describe, expect, it } from "vitest";
import { groupWarnings } from "./groupWarnings.js";

const NONE = "it is none of the files an assessment reads";

describe("groupWarnings", () => {
  it("makes one group of the files not used for the same reason and keeps the other warnings (the doc example)", () => {
    expect(
      groupWarnings(
        [
          { name: "a-outcomes.csv", readAs: null, reason: NONE },
          { name: "b-outcomes.csv", readAs: null, reason: NONE },
          { name: "x.csv", readAs: "borough counts", reason: null },
        ],
        [`a-outcomes.csv is not used: ${NONE}.`, "3 rows rejected in x.csv."],
      ),
    ).toEqual({
      unused: [{ reason: NONE, files: ["a-outcomes.csv", "b-outcomes.csv"] }],
      other: ["3 rows rejected in x.csv."],
    });
  });

  it("counts a file not used that no warning names (a street file of another month)", () => {
    const month = "its month, 2019-01, is outside the months read";
    const { unused, other } = groupWarnings(
      [
        { name: "2019-01-cumbria-street.csv", readAs: null, reason: month },
        { name: "2024-03-cumbria-street.csv", readAs: "street-level crimes", reason: null },
      ],
      [],
    );
    expect(unused).toEqual([{ reason: month, files: ["2019-01-cumbria-street.csv"] }]);
    expect(other).toEqual([]);
  });

  it("keeps apart files not used for different reasons, boundary files among them, in the order met, and drops the warnings saying so", () => {
    const boundary = "it is not GeoJSON or TopoJSON area boundaries (no features)";
    const files: AssessedFile[] = [
      { name: "notes.txt", readAs: null, reason: NONE },
      { name: "wards (2022).geojson", readAs: null, reason: boundary },
      { name: "old.csv", readAs: null, reason: NONE },
    ];
    const { unused, other } = groupWarnings(files, [
      `notes.txt is not used: ${NONE}.`,
      `The boundary file wards (2022).geojson is not used: ${boundary}.`,
      `old.csv is not used: ${NONE}.`,
    ]);
    expect(unused).toEqual([
      { reason: NONE, files: ["notes.txt", "old.csv"] },
      { reason: boundary, files: ["wards (2022).geojson"] },
    ]);
    expect(other).toEqual([]);
  });

  it("keeps a warning that names a file not used but says something else about it", () => {
    const warning = "notes.txt is not used: it was read as something else.";
    expect(groupWarnings([{ name: "notes.txt", readAs: null, reason: NONE }], [warning]).other).toEqual([warning]);
  });

  it("gives nothing when every file was read and there are no warnings", () => {
    expect(groupWarnings([{ name: "x.csv", readAs: "population", reason: null }], [])).toEqual({ unused: [], other: [] });
  });
});
