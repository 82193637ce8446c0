import { describe, expect, it } from "vitest";
import { enc } from "../test/helpers.js";
import { countCube } from "./countCube.js";
import { readLongCounts } from "./readLongCounts.js";

describe("readLongCounts", () => {
  it("doc example", async () => {
    const csv = "area,month,offence,count\nHarrow,2024-01,Burglary,90\nHarrow,2024-01,Robbery,x\n";
    const reader = readLongCounts(new TextEncoder().encode(csv));
    const rows = [];
    for await (const r of reader) rows.push([r.area, r.month, r.offence, r.count]);
    expect([rows, reader.stats.rejectedByCode]).toEqual([[["Harrow", "2024-01", "Burglary", 90]], { "invalid-count": 1 }]);
  });

  it("feeds countCube, the rejects reconcile", async () => {
    const csv = "area,month,offence,count\nA,2024-01,x,18.0\nB,2024-02,x,2\nA,2024-13,x,1\nA,2024-01\n";
    const { cube, reconciliation: r } = await countCube(readLongCounts({ name: "l.csv", data: enc(csv) }), { by: ["area", "month"] });
    expect([...cube.values]).toEqual([18, 0, 0, 2]);
    expect(r).toMatchObject({ rowsRead: 4, rowsCounted: 2, rowsRejected: 2, total: 20, files: ["l.csv"] });
    expect(r.rejectedExamples.map((e) => [e.line, e.code])).toEqual([
      [4, "invalid-month"],
      [5, "field-count"],
    ]);
  });

  it("a count beyond Number.MAX_SAFE_INTEGER and a repeated area, month and offence are rejected, not summed", async () => {
    const csv = "area,month,offence,count\nA,2024-01,x,99999999999999999999\nA,2024-01,y,3\nA,2024-01,y,3\nA,2024-02,y,3\n";
    const { cube, reconciliation: r } = await countCube(readLongCounts({ name: "l.csv", data: enc(csv) }), { by: ["month"] });
    expect([...cube.values]).toEqual([3, 3]);
    expect(r.rejectedExamples.map((e) => [e.line, e.code])).toEqual([
      [2, "invalid-count"],
      [4, "duplicate-row"],
    ]);
    expect(r.rowsRead).toBe(r.rowsCounted + r.rowsUnknownArea + r.rowsRejected);
  });

  it("validates the header", async () => {
    await expect(countCube(readLongCounts({ name: "l.csv", data: enc("area,month,count\n") }))).rejects.toThrow(
      /^l\.csv:1: .*expected column 3 to be "offence", got "count"/,
    );
  });
});

describe("RecordReader", () => {
  it("iterating again reads again and restarts the statistics", async () => {
    const reader = readLongCounts(enc("area,month,offence,count\nA,2024-01,x,1\nA,2024-01,x,y\n"));
    for (let k = 0; k < 2; k++) {
      const rows = [];
      for await (const r of reader) rows.push(r.count);
      expect(rows).toEqual([1]);
      expect(reader.stats).toMatchObject({ files: ["<input>"], rowsRead: 2, rowsRejected: 1 });
    }
  });
});
