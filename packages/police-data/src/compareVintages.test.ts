import { describe, expect, it } from "vitest";
import { compareVintages } from "./compareVintages.js";
import { countCube } from "./countCube.js";

describe("compareVintages", () => {
  it("doc example", async () => {
    const a = await countCube([{ area: "Harrow", month: "2025-01", offence: "All", count: 1268 }], { vintage: "2023-03_2025-02" });
    const b = await countCube([{ area: "Harrow", month: "2025-01", offence: "All", count: 1289 }], { vintage: "2024-01_2025-12" });
    expect(compareVintages(a.cube, b.cube).revisions).toEqual([
      { area: "Harrow", month: "2025-01", offence: "All", previous: 1268, current: 1289, change: 21 },
    ]);
  });

  it("compares only the shared cells and lists the labels of one release only", async () => {
    const a = await countCube(
      [
        { area: "A", month: "2024-01", offence: "x", count: 5 },
        { area: "A", month: "2024-02", offence: "x", count: 6 },
        { area: "B", month: "2024-02", offence: "y", count: 1 },
      ],
      { vintage: "old" },
    );
    const b = await countCube(
      [
        { area: "A", month: "2024-02", offence: "x", count: 7 },
        { area: "A", month: "2024-03", offence: "x", count: 9 },
        { area: "C", month: "2024-02", offence: "x", count: 1 },
      ],
      { vintage: "new", by: ["offence", "month", "area"] },
    );
    const c = compareVintages(a.cube, b.cube);
    expect(c.vintages).toEqual(["old", "new"]);
    expect(c.months).toEqual({ first: "2024-02", last: "2024-02" });
    // shared: area A, month 2024-02, offence x
    expect(c.cellsCompared).toBe(1);
    expect(c.cellsRevised).toBe(1);
    expect([c.totalPrevious, c.totalCurrent]).toEqual([6, 7]);
    expect(c.onlyPrevious).toEqual({ area: ["B"], month: ["2024-01"], offence: ["y"] });
    expect(c.onlyCurrent).toEqual({ area: ["C"], month: ["2024-03"] });
  });

  it("no shared month: nothing compared", async () => {
    const a = await countCube([{ area: "A", month: "2024-01", offence: "x" }]);
    const b = await countCube([{ area: "A", month: "2025-01", offence: "x" }]);
    const c = compareVintages(a.cube, b.cube);
    expect([c.months, c.cellsCompared, c.vintages]).toEqual([null, 0, [null, null]]);
  });

  it("throws for cubes with other dimensions", async () => {
    const a = await countCube([{ area: "A", month: "2024-01", offence: "x" }], { by: ["area", "month"] });
    const b = await countCube([{ area: "A", month: "2024-01", offence: "x" }]);
    expect(() => compareVintages(a.cube, b.cube)).toThrow(
      /the cubes have dimensions \[area, month\] and \[area, month, offence\]; expected the same dimensions/,
    );
  });
});
