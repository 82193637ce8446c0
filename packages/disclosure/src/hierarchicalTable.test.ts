import { describe, expect, it } from "vitest";
import { codeOf } from "../test/helpers/codeOf.js";
import { discloseTable, disclosurePreset, hierarchicalTable } from "./index.js";

describe("hierarchicalTable", () => {
  const tree = {
    id: "Harrow",
    children: [
      {
        id: "West",
        children: [
          { id: "Roxeth", count: 3 },
          { id: "Pinner", count: 9 },
        ],
      },
      { id: "East", count: 20 },
    ],
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
    const t = hierarchicalTable({
      id: "London",
      count: 40,
      children: [
        { id: "a", count: 3 },
        { id: "b", count: 30 },
      ],
    });
    expect(() => discloseTable(t, disclosurePreset("suppress-1-4-round-5"))).toThrow(/"London" is 40/);
  });
  it("a leaf without a count is rejected naming the leaf", () => {
    expect(() => hierarchicalTable({ id: "London", children: [{ id: "a" }, { id: "b", count: 30 }] })).toThrow(/"a" has count undefined/);
  });
  it("nodes of the wrong shape throw DisclosureError, never TypeError", () => {
    expect(codeOf(() => hierarchicalTable(null as never))).toBe("invalid-argument");
    expect(codeOf(() => hierarchicalTable({ id: "L", children: [null] } as never))).toBe("invalid-argument");
    expect(codeOf(() => hierarchicalTable({ id: "L", children: "ab" } as never))).toBe("invalid-argument");
    expect(codeOf(() => hierarchicalTable({ id: 3n, count: 1 } as never))).toBe("invalid-argument");
    expect(codeOf(() => hierarchicalTable({ id: "L", children: [{ id: "a", count: 1n }] } as never))).toBe("invalid-count");
    expect(codeOf(() => hierarchicalTable({ id: "L", count: Number.NaN, children: [{ id: "a", count: 1 }] }))).toBe("invalid-count");
  });
  it("a node that contains itself is refused; any depth is accepted without recursion", () => {
    const loop: { id: string; children: unknown[] } = { id: "L", children: [] };
    loop.children.push(loop);
    expect(codeOf(() => hierarchicalTable(loop as never))).toBe("unsupported-structure");
    let deep: { id: string; count?: number; children?: unknown[] } = { id: "leaf", count: 2 };
    for (let i = 0; i < 20_000; i++) deep = { id: `n${i}`, children: [deep] };
    const t = hierarchicalTable(deep as never);
    expect(t.cells).toHaveLength(20_001);
    expect(t.cells[0]).toEqual({ id: "n19999", count: 2 });
    expect(t.relations[0]).toEqual({ total: "n0", parts: ["leaf"] });
  });
});
