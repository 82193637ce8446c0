import { describe, expect, it } from "vitest";
import { auditTable, discloseCount, disclosurePreset, oneWayTable, protectTable, publishTable, twoWayTable } from "./index.js";

describe("README examples", () => {
  it("protect and audit", () => {
    const table = twoWayTable({
      rows: ["Roxeth", "Pinner"],
      columns: ["Apr", "May"],
      counts: [
        [3, 10],
        [12, 20],
      ],
    });
    const policy = { id: "suppress-1-3", suppress: { min: 1, max: 3, symbol: "*" }, protectionWidth: 5 };
    const released = protectTable(table, policy);
    const published = publishTable(released);
    expect(published.cells.map((c) => c.display)).toEqual(["*", "*", "*", "*", "13", "32", "15", "30", "45"]);
    expect(auditTable(published).disclosed).toEqual([]);
    expect(auditTable(published).cells[0]).toEqual({ id: "Roxeth|Apr", status: "suppressed", lower: 0, upper: 13, width: 13, disclosed: false });
    expect(disclosurePreset("suppress-1-4-round-5").round).toEqual({ base: 5, mode: "nearest" });
  });
  it("the README example: a preset suppresses 3 and rounds 13 to 15", () => {
    const policy = disclosurePreset("suppress-1-4-round-5");
    expect(discloseCount(3, policy)).toEqual({ value: null, display: "*", status: "primary-suppressed" });
    expect(discloseCount(13, policy)).toEqual({ value: 15, display: "15", status: "rounded" });
  });
  it("a recoded small count is protected: { a: 1, b: 8, c: 8 } under small-to-5-round-5 hides b too", () => {
    const p = protectTable(oneWayTable({ a: 1, b: 8, c: 8 }), disclosurePreset("small-to-5-round-5"));
    expect(publishTable(p).cells.map((c) => c.display)).toEqual(["5", "*", "10", "15"]);
    expect(auditTable(publishTable(p)).disclosed).toEqual([]);
  });
});
