import { describe, expect, it } from "vitest";
import { DisclosureError, discloseTable, disclosurePreset, oneWayTable } from "./index.js";

describe("oneWayTable", () => {
  it("doc example", () => {
    expect(oneWayTable({ a: 3, b: 10 }).relations).toEqual([{ total: "Total", parts: ["a", "b"] }]);
    expect(oneWayTable({ a: 3, b: 10 }).cells).toEqual([
      { id: "a", count: 3 },
      { id: "b", count: 10 },
      { id: "Total", count: 13 },
    ]);
  });
  it("a given total that does not add up is rejected when used, naming the total", () => {
    const t = oneWayTable({ a: 3, b: 10 }, { total: "All", totalCount: 14 });
    expect(() => discloseTable(t, disclosurePreset("suppress-1-4-round-5"))).toThrow(/"All" is 14 but its 2 parts add up to 13/);
  });
  it("the total id must not be a category", () => {
    expect(() => oneWayTable({ Total: 3 })).toThrow(DisclosureError);
  });
  it("bad counts are named when used", () => {
    expect(() => discloseTable(oneWayTable({ a: 2.5, b: 1 }), disclosurePreset("suppress-1-4-round-5"))).toThrow(/"a" has count 2.5/);
  });
});
