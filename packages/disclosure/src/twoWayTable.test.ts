import { describe, expect, it } from "vitest";
import { codeOf } from "../test/helpers/codeOf.js";
import { DisclosureError, discloseTable, disclosurePreset, twoWayTable } from "./index.js";

describe("twoWayTable", () => {
  it("doc example and margins (13/32, 15/30, 45)", () => {
    const t = twoWayTable({
      rows: ["r1", "r2"],
      columns: ["c1", "c2"],
      counts: [
        [3, 10],
        [12, 20],
      ],
    });
    expect(t.cells.at(-1)).toEqual({ id: "Total|Total", count: 45 });
    const byId = Object.fromEntries(t.cells.map((c) => [c.id, c.count]));
    expect([byId["r1|Total"], byId["r2|Total"], byId["Total|c1"], byId["Total|c2"]]).toEqual([13, 32, 15, 30]);
    expect(t.relations).toHaveLength(2 + 2 + 2);
  });
  it("separator and total label", () => {
    const t = twoWayTable({ rows: ["a"], columns: ["x"], counts: [[1]] }, { separator: "/", total: "All" });
    expect(t.cells.map((c) => c.id)).toEqual(["a/x", "a/All", "All/x", "All/All"]);
  });
  it("ragged and bad input", () => {
    expect(() => twoWayTable({ rows: ["a", "b"], columns: ["x"], counts: [[1]] })).toThrow(DisclosureError);
    expect(() => twoWayTable({ rows: ["a"], columns: ["x", "y"], counts: [[1]] })).toThrow(/"a" has 1 counts/);
    const dup = twoWayTable({ rows: ["a", "a"], columns: ["x"], counts: [[1], [2]] });
    expect(() => discloseTable(dup, disclosurePreset("suppress-1-4-round-5"))).toThrow(/"a\|x" appears more than once/);
  });
  it("bad counts are refused at once as invalid-count naming the cell, and inputs of the wrong shape throw DisclosureError", () => {
    expect(() => twoWayTable({ rows: ["a"], columns: ["x", "y"], counts: [[1, -2]] })).toThrow(/"a\|y" has count -2/);
    for (const bad of [Number.NaN, 0.5, 2n, "1", 9007199254740990, Object.create(null)]) {
      expect(codeOf(() => twoWayTable({ rows: ["a"], columns: ["x"], counts: [[bad as number]] }))).toBe("invalid-count");
    }
    expect(codeOf(() => twoWayTable({ rows: ["a", "b"], columns: ["x"], counts: [[6e11], [6e11]] }))).toBe("invalid-count"); // total above 10¹²
    expect(codeOf(() => twoWayTable(null as never))).toBe("invalid-argument");
    expect(codeOf(() => twoWayTable({ rows: "ab", columns: ["x"], counts: [[1]] } as never))).toBe("invalid-argument");
    expect(codeOf(() => twoWayTable({ rows: [Object.create(null)], columns: ["x"], counts: [[1]] } as never))).toBe("invalid-argument");
    expect(codeOf(() => twoWayTable({ rows: ["a"], columns: ["x"], counts: [null] } as never))).toBe("invalid-argument");
    expect(codeOf(() => twoWayTable({ rows: ["a"], columns: ["x"], counts: null } as never))).toBe("invalid-argument");
    expect(codeOf(() => twoWayTable({ rows: ["a"], columns: ["x"], counts: [[1]] }, null as never))).toBe("invalid-option");
  });
});
