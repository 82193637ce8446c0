import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { codeOf } from "../test/helpers/codeOf.js";
import { discloseTable, disclosurePreset, oneWayTable, twoWayTable } from "./index.js";

describe("discloseTable", () => {
  it("doc example: totals are rounded from the exact total, not summed from rounded cells", () => {
    const t = oneWayTable({ Q1: 9, Q2: 14, Q3: 11 }, { total: "FY" });
    expect(discloseTable(t, disclosurePreset("small-to-5-round-5")).cells.map((c) => c.display)).toEqual(["10", "15", "10", "35"]);
    // 9+14+11 = 34 → 35, while a naive sum of rounded cells happens to agree here; with 8, 13, 8:
    const u = oneWayTable({ Q1: 8, Q2: 13, Q3: 8 }, { total: "FY" });
    expect(discloseTable(u, disclosurePreset("small-to-5-round-5")).cells.map((c) => c.display)).toEqual(["10", "15", "10", "30"]);
  });
  it("keeps every cell, in order, with its status; structural zeros are never suppressed", () => {
    const t = twoWayTable({
      rows: ["a", "b"],
      columns: ["x", "y"],
      counts: [
        [0, 2],
        [7, 30],
      ],
    });
    const withZero = { ...t, cells: t.cells.map((c) => (c.id === "a|x" ? { ...c, structuralZero: true } : c)) };
    const r = discloseTable(withZero, disclosurePreset("suppress-1-4-round-5", { suppressZero: true }));
    expect(r.cells.map((c) => [c.id, c.display, c.status])).toEqual([
      ["a|x", "0", "structural-zero"],
      ["a|y", "*", "primary-suppressed"],
      ["b|x", "5", "rounded"],
      ["b|y", "30", "rounded"],
      ["a|Total", "*", "primary-suppressed"],
      ["b|Total", "35", "rounded"],
      ["Total|x", "5", "rounded"],
      ["Total|y", "30", "rounded"],
      ["Total|Total", "40", "rounded"],
    ]);
    expect(r.relations).toBe(withZero.relations);
  });
  it("a non-zero structural zero is rejected", () => {
    const t = oneWayTable({ a: 1 });
    expect(() =>
      discloseTable({ ...t, cells: t.cells.map((c) => ({ ...c, structuralZero: c.id === "a" })) }, disclosurePreset("suppress-1-4-round-5")),
    ).toThrow(/"a" is marked as a structural zero/);
  });
  it("an array with a hole (relations: [,]) throws DisclosureError, not TypeError", () => {
    const t = oneWayTable({ Q1: 9, Q2: 14, Q3: 11 }, { total: "FY" });
    const policy = disclosurePreset("small-to-5-round-5");
    expect(codeOf(() => discloseTable({ cells: t.cells, relations: new Array(1) }, policy))).toBe("invalid-argument");
    const holed: unknown[] = new Array(1); // element 0 is a hole
    holed.push(...t.cells);
    expect(codeOf(() => discloseTable({ cells: holed as never, relations: t.relations }, policy))).toBe("invalid-argument");
  });
  it("prints in a REPL as a grid of rows × columns with suppressed cells as their symbol, its data unchanged", () => {
    const counts = twoWayTable({
      rows: ["Roxeth", "Wealdstone"],
      columns: ["2019", "2020"],
      counts: [
        [3, 10],
        [12, 20],
      ],
    });
    const released = discloseTable(counts, disclosurePreset("suppress-1-4-round-5"));
    expect(inspect(released)).toBe(
      [
        'Released table, policy "suppress-1-4-round-5": 9 cells, 1 suppressed',
        "            2019  2020  Total",
        "Roxeth         *    10     15",
        "Wealdstone    10    20     30",
        "Total         15    30     45",
      ].join("\n"),
    );
    const plain = { cells: released.cells, relations: released.relations, policy: released.policy };
    expect(Object.keys(released)).toEqual(["cells", "relations", "policy"]);
    expect(JSON.stringify(released)).toBe(JSON.stringify(plain));
    expect(released).toEqual(plain);
  });

  it("prints a table that is not a grid as one cell per line", () => {
    const released = discloseTable(oneWayTable({ a: 3, b: 10 }), disclosurePreset("suppress-1-4-round-5"));
    expect(inspect(released)).toBe(['Released table, policy "suppress-1-4-round-5": 3 cells, 1 suppressed', "a      *", "b      10", "Total  15"].join("\n"));
  });
});
