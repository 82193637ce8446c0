import { describe, expect, it } from "vitest";
import { rangeTasks } from "./rangeTasks.js";

const cuts = (size: number, range: number, least = 1) =>
  rangeTasks("a.csv", "/data/a.csv", size, range, least).map((t) => (t.kind === "range" ? [t.from, t.limit, t.exact] : []));

describe("rangeTasks", () => {
  it("doc example: a file of an odd number of bytes is shared out between two threads (it was read on one)", () => {
    expect(cuts(1001, 501)).toEqual([
      [0, 500, true],
      [500, Infinity, false],
    ]);
  });

  it("no range smaller than the least given: one range for a file of less than twice that", () => {
    expect(cuts(1000, 500, 600)).toEqual([[0, Infinity, true]]);
    expect(cuts(1000, 250, 300)).toEqual([
      [0, 333, true],
      [333, 666, false],
      [666, Infinity, false],
    ]);
  });

  it("one range for a file of no more than one range; equal ranges covering the file otherwise", () => {
    expect(cuts(1000, 1000)).toEqual([[0, Infinity, true]]);
    expect(cuts(1000, 500)).toEqual([
      [0, 500, true],
      [500, Infinity, false],
    ]);
    expect(cuts(1000, 334)).toEqual([
      [0, 333, true],
      [333, 666, false],
      [666, Infinity, false],
    ]);
  });
});
