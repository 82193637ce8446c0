import { describe, expect, it } from "vitest";
import { codeOf } from "../test/helpers/codeOf.js";
import { docTable } from "../test/helpers/docTable.js";
import { auditTable, disclosurePreset, oneWayTable, protectTable, publishTable } from "./index.js";

describe("publishTable", () => {
  it("doc example", () => {
    const t = docTable();
    const policy = { id: "hide-3", suppress: { min: 1, max: 3, symbol: "*" }, protectionWidth: 5 };
    expect(publishTable(protectTable(t, policy)).cells.map((c) => c.status)).toEqual([
      "suppressed",
      "suppressed",
      "suppressed",
      "suppressed",
      "published",
      "published",
      "published",
      "published",
      "published",
    ]);
  });

  it("keeps no trace of which suppressions are primary: no secondary list, one status, one symbol", () => {
    const p = protectTable(oneWayTable({ a: 2, b: 40, c: 9, d: 17 }), { id: "exact-1-4", suppress: { min: 1, max: 4, symbol: "[c]" }, protectionWidth: 5 });
    expect(p.secondary).toEqual(["c"]);
    const published = publishTable(p);
    expect(Object.keys(published).sort()).toEqual(["cells", "policy", "relations"]);
    expect(published.cells.map((c) => [c.id, c.display, c.status])).toEqual([
      ["a", "[c]", "suppressed"],
      ["b", "40", "published"],
      ["c", "[c]", "suppressed"],
      ["d", "17", "published"],
      ["Total", "68", "published"],
    ]);
    expect(JSON.stringify(published)).not.toMatch(/primary|secondary/);
    // the protected release stays as it was
    expect(p.cells[0]!.status).toBe("primary-suppressed");
    // the published view is audited like the protected one
    expect(auditTable(published).cells).toEqual(auditTable(p).cells.map((c) => ({ ...c, status: "suppressed" })));
  });

  it("malformed input throws DisclosureError", () => {
    const policy = disclosurePreset("suppress-1-4-round-5");
    expect(codeOf(() => publishTable(null as never))).toBe("invalid-argument");
    expect(codeOf(() => publishTable({ cells: [null], relations: [], policy } as never))).toBe("invalid-argument");
    expect(codeOf(() => publishTable({ cells: [], relations: [], policy: null } as never))).toBe("invalid-policy");
    // what a cell displays is checked too (a number, let alone -Infinity, is not passed on)
    const shown = { id: "a", value: 13, display: Number.NEGATIVE_INFINITY, status: "published" };
    expect(codeOf(() => publishTable({ cells: [shown], relations: [], policy } as never))).toBe("invalid-release");
  });
});
