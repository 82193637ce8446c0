import { describe, expect, it } from "vitest";
import { countCube } from "./countCube.js";
import { cubeRows } from "./cubeRows.js";
import { PoliceDataError } from "./PoliceDataError.js";

describe("cubeRows", () => {
  it("doc example", async () => {
    const { cube } = await countCube([
      { area: "Harrow", month: "2024-01", offence: "Burglary", count: 10 },
      { area: "Harrow", month: "2024-02", offence: "Burglary", count: 5 },
      { area: "Brent", month: "2024-02", offence: "Burglary", count: 7 },
    ]);
    expect(cubeRows(cube, { population: { Harrow: 261_000, Brent: 339_000 }, months: { first: "2024-02", last: "2024-02" } })).toEqual([
      { area: "Brent", count: 7, population: 339000 },
      { area: "Harrow", count: 5, population: 261000 },
    ]);
  });

  it("sums all months and one offence; leaves the unknown area out unless asked", async () => {
    const { cube } = await countCube([
      { area: "A", month: "2024-01", offence: "x", count: 1 },
      { area: "A", month: "2024-02", offence: "y", count: 2 },
      { area: "A", month: "2024-03", offence: "x", count: 3 },
      { area: null, month: "2024-03", offence: "x", count: 9 },
    ]);
    expect(cubeRows(cube, { population: new Map([["A", 100]]) })).toEqual([{ area: "A", count: 6, population: 100 }]);
    expect(cubeRows(cube, { population: new Map([["A", 100]]), offence: "x" })).toEqual([{ area: "A", count: 4, population: 100 }]);
    expect(cubeRows(cube, { population: { "(unknown)": 1 }, areas: ["(unknown)"] })).toEqual([{ area: "(unknown)", count: 9, population: 1 }]);
  });

  it("throws when a population is missing or a window is outside the cube", async () => {
    const { cube } = await countCube([{ area: "A", month: "2024-01", offence: "x" }]);
    const err = (() => {
      try {
        cubeRows(cube, { population: {} });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(PoliceDataError);
    expect((err as PoliceDataError).code).toBe("missing-population");
    expect((err as PoliceDataError).message).toMatch(/population of "A" is undefined; expected a finite number > 0/);
    expect(() => cubeRows(cube, { population: { A: 0 } })).toThrow(/population of "A" is 0/);
    expect(() => cubeRows(cube, { population: { A: 1 }, months: { first: "2023-12", last: "2024-01" } })).toThrow(
      /is not a window inside the cube's months 2024-01\.\.2024-01/,
    );
    const noArea = await countCube([{ area: "A", month: "2024-01", offence: "x" }], { by: ["month"] });
    expect(() => cubeRows(noArea.cube, { population: { A: 1 } })).toThrow(/expected "area" and "month" dimensions/);
  });
});
