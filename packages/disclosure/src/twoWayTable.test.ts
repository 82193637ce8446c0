import { describe, expect, it } from "vitest";
import { DisclosureError, discloseTable, disclosurePreset, twoWayTable } from "./index.js";

describe("twoWayTable", () => {
  it("doc example and margins (DOMAIN.md §7.2: 13/32, 15/30, 45)", () => {
    const t = twoWayTable({ rows: ["r1", "r2"], columns: ["c1", "c2"], counts: [[3, 10], [12, 20]] });
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
    const neg = twoWayTable({ rows: ["a"], columns: ["x", "y"], counts: [[1, -2]] });
    expect(() => discloseTable(neg, disclosurePreset("suppress-1-4-round-5"))).toThrow(/"a\|y" has count -2/);
  });
});
