import { describe, expect, it } from "vitest";
import { movableSplit } from "./movableSplit.js";
import type { StreetTask } from "./streetTask.js";

const ranges = (cuts: number[]): StreetTask[] =>
  cuts.map((from, k) => ({ kind: "range", file: "f.csv", path: "/f.csv", from, limit: cuts[k + 1] ?? Infinity, exact: k === 0 }));

describe("movableSplit", () => {
  it("doc example: the rest of the file from where the calling thread has got to is shared out equally", () => {
    const tasks = ranges([0, 500]);
    const { live, onReady } = movableSplit(tasks, 1000);
    expect(live).toEqual({ start: 0, limit: 500 });
    live!.read = 200;
    onReady!();
    expect(tasks.map((t) => t.kind === "range" && [t.from, t.limit])).toEqual([
      [0, 600],
      [600, Infinity],
    ]);
    expect(live!.limit).toBe(600);
  });

  it("cuts at whole bytes for three threads, and leaves the cuts where they are when the calling thread has read nothing", () => {
    const tasks = ranges([0, 333, 666]);
    const { live, onReady } = movableSplit(tasks, 1000);
    live!.read = 10;
    onReady!();
    expect(tasks.map((t) => t.kind === "range" && [t.from, t.limit])).toEqual([
      [0, 340],
      [340, 670],
      [670, Infinity],
    ]);
    const again = ranges([0, 500]);
    const second = movableSplit(again, 1000);
    second.live!.read = 0;
    second.onReady!();
    expect(again.map((t) => t.kind === "range" && t.from)).toEqual([0, 500]);
  });

  it("moves nothing once the calling thread has read past its first range, and nothing for archive members", () => {
    const tasks = ranges([0, 500]);
    const { live, onReady } = movableSplit(tasks, 1000);
    live!.read = 500;
    onReady!();
    expect(tasks.map((t) => t.kind === "range" && [t.from, t.limit])).toEqual([
      [0, 500],
      [500, Infinity],
    ]);
    const zip: StreetTask = { kind: "zip", file: "a.zip", path: "/a.zip", entry: {} as never };
    expect(movableSplit([...ranges([0]), zip], 1000)).toEqual({});
    expect(movableSplit(ranges([0]), 1000)).toEqual({});
  });
});
