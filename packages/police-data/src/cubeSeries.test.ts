import { describe, expect, it } from "vitest";
import { countCube, type CountRecord } from "./countCube.js";
import { cubeSeries } from "./cubeSeries.js";

describe("cubeSeries", () => {
  it("doc example", async () => {
    const { cube } = await countCube([
      { area: "Harrow", month: "2024-01", offence: "Burglary" },
      { area: "Brent", month: "2024-03", offence: "Burglary", count: 4 },
    ]);
    const series = cubeSeries(cube, { area: "Brent" });
    expect([series.start, [...series.values]]).toEqual(["2024-01", [0, 0, 4]]);
  });

  it("sums what is not selected, in any dimension order", async () => {
    const recs: CountRecord[] = [
      { area: "A", month: "2023-12", offence: "x", count: 1 },
      { area: "B", month: "2023-12", offence: "y", count: 2 },
      { area: null, month: "2024-01", offence: "x", count: 4 },
    ];
    for (const by of [
      ["area", "month", "offence"],
      ["offence", "area", "month"],
      ["month", "offence", "area"],
    ] as const) {
      const { cube } = await countCube(recs, { by });
      expect([...cubeSeries(cube).values]).toEqual([3, 4]);
      expect([...cubeSeries(cube, { offence: "x" }).values]).toEqual([1, 4]);
      expect([...cubeSeries(cube, { area: "(unknown)", offence: "x" }).values]).toEqual([0, 4]);
    }
    const { cube } = await countCube(recs, { by: ["month"] });
    expect([...cubeSeries(cube).values]).toEqual([3, 4]);
    expect(() => cubeSeries(cube, { area: "A" })).toThrow(/area: the cube has no "area" dimension/);
  });

  it("throws for an unknown label or a cube without months", async () => {
    const { cube } = await countCube([{ area: "A", month: "2024-01", offence: "x" }]);
    expect(() => cubeSeries(cube, { area: "Z" })).toThrow(/area: "Z" is not in the cube; expected one of "A"/);
    const noMonth = await countCube([{ area: "A", month: "2024-01", offence: "x" }], { by: ["area"] });
    expect(() => cubeSeries(noMonth.cube)).toThrow(/expected a cube with a "month" dimension/);
    const empty = await countCube([]);
    expect(() => cubeSeries(empty.cube)).toThrow(/at least one month/);
  });
});
