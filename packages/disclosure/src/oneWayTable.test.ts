import { describe, expect, it } from "vitest";
import { codeOf } from "../test/helpers/codeOf.js";
import { DisclosureError, oneWayTable } from "./index.js";

describe("oneWayTable", () => {
  it("doc example", () => {
    expect(oneWayTable({ a: 3, b: 10 }).relations).toEqual([{ total: "Total", parts: ["a", "b"] }]);
    expect(oneWayTable({ a: 3, b: 10 }).cells).toEqual([
      { id: "a", count: 3 },
      { id: "b", count: 10 },
      { id: "Total", count: 13 },
    ]);
  });
  it("a given total that does not add up is rejected, naming the total", () => {
    expect(() => oneWayTable({ a: 3, b: 10 }, { total: "All", totalCount: 14 })).toThrow(/"All" is 14 but its 2 parts add up to 13/);
    expect(oneWayTable({ a: 3, b: 10 }, { total: "All", totalCount: 13 }).cells.at(-1)).toEqual({ id: "All", count: 13 });
  });
  it("the total id must not be a category", () => {
    expect(() => oneWayTable({ Total: 3 })).toThrow(DisclosureError);
  });
  it("a negative count is an invalid-count naming the category", () => {
    expect(() => oneWayTable({ a: 3, b: -1 })).toThrow(expect.objectContaining({ code: "invalid-count", message: expect.stringContaining('"b"') }));
  });

  it("a count that is NaN, negative, fractional, too large or not a number is refused at once as invalid-count, naming the cell", () => {
    for (const bad of [Number.NaN, -1, 2.5, Number.POSITIVE_INFINITY, 9007199254740990, 1e12 + 1, "3", 3n, null, Object.create(null)]) {
      expect(codeOf(() => oneWayTable({ a: bad as number, b: 1 }))).toBe("invalid-count");
      expect(() => oneWayTable({ a: bad as number, b: 1 })).toThrow(/"a" has count/);
    }
    expect(oneWayTable({ a: 1e12 }).cells[0]).toEqual({ id: "a", count: 1e12 });
  });
  it("counts or options that are not objects throw DisclosureError, not TypeError", () => {
    expect(codeOf(() => oneWayTable(null as never))).toBe("invalid-argument");
    expect(codeOf(() => oneWayTable([1, 2] as never))).toBe("invalid-argument");
    expect(codeOf(() => oneWayTable({ a: 1 }, null as never))).toBe("invalid-option");
    expect(codeOf(() => oneWayTable({ a: 1 }, { total: Object.create(null) as string }))).toBe("invalid-option");
    // a record without a prototype is still a record
    const bare = Object.assign(Object.create(null) as Record<string, number>, { a: 2, b: 3 });
    expect(oneWayTable(bare).cells.at(-1)).toEqual({ id: "Total", count: 5 });
  });
});
