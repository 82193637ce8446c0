import { describe, expect, it } from "vitest";
import { ChartsError } from "../ChartsError.js";
import { checkRows } from "./check.js";

describe("checkRows", () => {
  it("returns a dense copy: a hole reads as undefined, so the row's own check sees it", () => {
    const rows = checkRows("f", "rows", [1, , 3], "rows");
    expect(rows).toEqual([1, undefined, 3]);
    expect(rows.map((row) => row === undefined)).toEqual([false, true, false]);
  });

  it.each([
    ["not an array", { 0: 1 }, "rows is an object"],
    ["empty", [], "rows is empty"],
  ])("rejects rows that are %s with invalid-argument", (_name, value, message) => {
    expect(() => checkRows("f", "rows", value, "rows")).toThrow(ChartsError);
    expect(() => checkRows("f", "rows", value, "rows")).toThrow(message);
  });
});
