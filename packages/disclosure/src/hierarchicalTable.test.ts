import { describe, expect, it } from "vitest";
import { discloseTable, disclosurePreset, hierarchicalTable } from "./index.js";

describe("hierarchicalTable", () => {
  const tree = {
    id: "Harrow",
    children: [{ id: "West", children: [{ id: "Roxeth", count: 3 }, { id: "Pinner", count: 9 }] }, { id: "East", count: 20 }],
  };
  it("doc example", () => {
    expect(hierarchicalTable(tree).cells[0]).toEqual({ id: "Harrow", count: 32 });
  });
  it("relations per group, depth first", () => {
    const t = hierarchicalTable(tree);
    expect(t.cells.map((c) => [c.id, c.count])).toEqual([
      ["Harrow", 32],
      ["West", 12],
      ["Roxeth", 3],
      ["Pinner", 9],
      ["East", 20],
    ]);
    expect(t.relations).toEqual([
      { total: "West", parts: ["Roxeth", "Pinner"] },
      { total: "Harrow", parts: ["West", "East"] },
    ]);
  });
  it("a group count that is not the sum is rejected naming the group", () => {
    const t = hierarchicalTable({ id: "London", count: 40, children: [{ id: "a", count: 3 }, { id: "b", count: 30 }] });
    expect(() => discloseTable(t, disclosurePreset("suppress-1-4-round-5"))).toThrow(/"London" is 40/);
  });
  it("a leaf without a count is rejected naming the leaf", () => {
    expect(() => hierarchicalTable({ id: "London", children: [{ id: "a" }, { id: "b", count: 30 }] })).toThrow(/"a" has count undefined/);
  });
});
