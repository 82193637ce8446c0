import fc from "fast-check";
import { parquetMetadata } from "hyparquet";
import { parquetWriteBuffer } from "hyparquet-writer";
import { describe, expect, it } from "vitest";
import { countCube, type CountCube, type CubeDimension } from "./countCube.js";
import { cubeFromParquet } from "./cubeFromParquet.js";
import { cubeToParquet } from "./cubeToParquet.js";
import { PoliceDataError } from "./PoliceDataError.js";
import { neumaierSum } from "@crimestats/internal";
import type { MonthKey } from "@crimestats/periods";

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(PoliceDataError);
    return (e as PoliceDataError).code;
  }
  return undefined;
}

/** A cube built by hand: dims, labels and values as given. */
function cubeOf(dims: readonly CubeDimension[], labels: CountCube["labels"], values: number[], vintage?: string): CountCube {
  return {
    dims,
    labels,
    shape: dims.map((d) => labels[d]!.length),
    values: Float64Array.from(values),
    total: neumaierSum(values),
    ...(vintage === undefined ? {} : { vintage }),
  };
}

describe("cubeToParquet and cubeFromParquet", () => {
  it("doc example of cubeToParquet: a Parquet file whose cube lists its areas", async () => {
    const { cube } = await countCube([
      { area: "Allerdale", month: "2022-01", offence: "burglary", count: 3 },
      { area: "Carlisle", month: "2022-01", offence: "robbery" },
    ]);
    const bytes = await cubeToParquet(cube);
    expect([...bytes.subarray(0, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PAR1");
    expect((await cubeFromParquet(bytes)).labels.area).toEqual(["Allerdale", "Carlisle"]);
  });

  it("doc example of cubeFromParquet: zero-only labels and the vintage come back", async () => {
    const { cube } = await countCube([{ area: "Carlisle", month: "2022-03", offence: "robbery", count: 2 }], {
      areas: ["Allerdale", "Carlisle"],
      vintage: "2022-11",
    });
    const back = await cubeFromParquet(await cubeToParquet(cube));
    expect([back.labels.area, [...back.values], back.vintage]).toEqual([["Allerdale", "Carlisle"], [0, 2], "2022-11"]);
  });

  it("gives back the identical cube, with months that have no rows and labels in their own (unsorted) order", async () => {
    const { cube } = await countCube(
      [
        { area: "Zeta", month: "2024-01", offence: "robbery", count: 4 },
        { area: null, month: "2024-04", offence: "burglary" },
        { area: "Alpha", month: "2024-01", offence: "burglary", count: 2 },
      ],
      { areas: ["Zeta", "Mu"], offences: ["robbery", "arson", "burglary"] },
    );
    expect(cube.labels.month).toEqual(["2024-01", "2024-02", "2024-03", "2024-04"]);
    const back = await cubeFromParquet(await cubeToParquet(cube));
    expect(back).toEqual(cube);
    expect(back.labels.area).toEqual(["Zeta", "Mu", "Alpha", "(unknown)"]);
  });

  it("round-trips cubes of one, two or three dimensions in any order, and a cube of zeros only", async () => {
    const two = cubeOf(["offence", "area"], { offence: ["b", "a"], area: ["x"] }, [0, 5]);
    expect(await cubeFromParquet(await cubeToParquet(two))).toEqual(two);
    const one = cubeOf(["month"], { month: ["2023-12", "2024-01"] }, [7, 0]);
    expect(await cubeFromParquet(await cubeToParquet(one))).toEqual(one);
    const zeros = cubeOf(["area", "month", "offence"], { area: ["a", "b"], month: ["2024-01"], offence: ["x"] }, [0, 0], "v1");
    expect(await cubeFromParquet(await cubeToParquet(zeros))).toEqual(zeros);
    const empty = cubeOf(["area", "month"], { area: [], month: [] }, []);
    expect(await cubeFromParquet(await cubeToParquet(empty))).toEqual(empty);
  });

  it("reads the bytes as a Uint8Array view inside a larger buffer, a Node.js Buffer or an ArrayBuffer", async () => {
    const cube = cubeOf(["area"], { area: ["a", "b"] }, [1, 2]);
    const bytes = await cubeToParquet(cube);
    const padded = new Uint8Array(bytes.length + 10);
    padded.set(bytes, 5);
    expect(await cubeFromParquet(padded.subarray(5, 5 + bytes.length))).toEqual(cube);
    expect(await cubeFromParquet(Buffer.from(bytes))).toEqual(cube);
    expect(await cubeFromParquet(bytes.slice().buffer)).toEqual(cube);
  });

  it("keeps counts that are not whole numbers exactly (a double column) and whole counts as 64-bit integers", async () => {
    const fractional = cubeOf(["area"], { area: ["a", "b", "c"] }, [0.1, 2.5e-300, 1e300]);
    expect(await cubeFromParquet(await cubeToParquet(fractional))).toEqual(fractional);
    const big = cubeOf(["area"], { area: ["a"] }, [Number.MAX_SAFE_INTEGER]);
    expect(await cubeFromParquet(await cubeToParquet(big))).toEqual(big);
  });

  it("writes a cube of more non-zero cells than one row group holds (2^20) in several row groups, and reads it back whole", async () => {
    const areas = Array.from({ length: 1100 }, (_, i) => `E0${1000000 + i}`);
    const offences = Array.from({ length: 1000 }, (_, i) => `offence ${i}`);
    const values = Array.from({ length: areas.length * offences.length }, (_, i) => (i % 7) + 1);
    const cube = cubeOf(["area", "offence"], { area: areas, offence: offences }, values);
    const bytes = await cubeToParquet(cube);
    expect(parquetMetadata(bytes.slice().buffer).row_groups.map((g) => Number(g.num_rows))).toEqual([2 ** 20, 1_100_000 - 2 ** 20]);
    const back = await cubeFromParquet(bytes);
    expect(back.labels).toEqual(cube.labels);
    // One comparison of the 1.1 million counts (toEqual compares a typed array element by element, slowly).
    expect(Buffer.from(back.values.buffer).equals(Buffer.from(cube.values.buffer))).toBe(true);
    expect(back.total).toBe(cube.total);
  }, 60_000);

  it("property: any cube comes back identical", async () => {
    const label = fc.string({ maxLength: 6 });
    const dimsArb = fc.shuffledSubarray(["area", "month", "offence"] as CubeDimension[], { minLength: 1 });
    const cubeArb = dimsArb.chain((dims) =>
      fc
        .record({
          area: fc.uniqueArray(label, { maxLength: 4 }),
          offence: fc.uniqueArray(label, { maxLength: 4 }),
          firstMonth: fc.integer({ min: 0, max: 11 }),
          months: fc.integer({ min: 0, max: 4 }),
          vintage: fc.option(label, { nil: undefined }),
          whole: fc.boolean(),
        })
        .chain((r) => {
          const labels: CountCube["labels"] = {
            area: r.area,
            offence: r.offence,
            month: Array.from(
              { length: r.months },
              (_, i) => `20${20 + Math.floor((r.firstMonth + i) / 12)}-${String(((r.firstMonth + i) % 12) + 1).padStart(2, "0")}` as MonthKey,
            ),
          };
          const picked = Object.fromEntries(dims.map((d) => [d, labels[d]]));
          const size = dims.reduce((n, d) => n * labels[d]!.length, 1);
          const count = r.whole
            ? fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1_000_000 }))
            : fc.oneof(
                fc.constant(0),
                fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true }).filter((v) => !Object.is(v, -0)),
              );
          return fc.array(count, { minLength: size, maxLength: size }).map((values) => cubeOf(dims, picked, values, r.vintage));
        }),
    );
    await fc.assert(
      fc.asyncProperty(cubeArb, async (cube) => {
        expect(await cubeFromParquet(await cubeToParquet(cube))).toEqual(cube);
      }),
      { numRuns: 150 },
    );
  });

  it("refuses something that is not a cube, and bytes that are not a cube's Parquet file", async () => {
    await expect(cubeToParquet({ dims: ["area"] } as unknown as CountCube)).rejects.toThrow(PoliceDataError);
    expect(await codeOf(cubeFromParquet("PAR1" as unknown as Uint8Array))).toBe("invalid-argument");
    expect(await codeOf(cubeFromParquet(new TextEncoder().encode("<html>Not found</html>")))).toBe("invalid-data");
    const bytes = await cubeToParquet(cubeOf(["area"], { area: ["a"] }, [1]));
    expect(await codeOf(cubeFromParquet(bytes.subarray(0, bytes.length - 10)))).toBe("invalid-data");
    const plain = new Uint8Array(parquetWriteBuffer({ columnData: [{ name: "area", data: ["a"], type: "STRING" }] }));
    await expect(cubeFromParquet(plain)).rejects.toThrow(/has no "crimestats\.cube" key-value metadata; expected a Parquet file written by cubeToParquet/);
  });

  it("refuses a file whose rows do not fit its metadata: an unlisted label, a cell given twice, counts off the total", async () => {
    const write = (areas: string[], counts: number[], meta: object) =>
      new Uint8Array(
        parquetWriteBuffer({
          columnData: [
            { name: "area", data: areas, type: "STRING" },
            { name: "count", data: counts, type: "DOUBLE" },
          ],
          kvMetadata: [{ key: "crimestats.cube", value: JSON.stringify({ format: 1, dims: ["area"], labels: { area: ["a", "b"] }, total: 3, ...meta }) }],
        }),
      );
    expect(await cubeFromParquet(write(["a", "b"], [1, 2], {}))).toEqual(cubeOf(["area"], { area: ["a", "b"] }, [1, 2]));
    await expect(cubeFromParquet(write(["a", "z"], [1, 2], {}))).rejects.toThrow(/in row 2, the area "z", which its metadata does not list/);
    await expect(cubeFromParquet(write(["a", "a"], [1, 2], {}))).rejects.toThrow(/gives the cell of row 2 twice/);
    await expect(cubeFromParquet(write(["a", "b"], [1, 3], {}))).rejects.toThrow(/add up to 4, not to its stored total 3/);
    await expect(cubeFromParquet(write(["a", "b"], [1, -2], { total: -1 }))).rejects.toThrow(/total -1, not a count/);
    await expect(cubeFromParquet(write(["a", "b"], [1, 2], { format: 2 }))).rejects.toThrow(/metadata of format 2/);
    const many = Array.from({ length: 60_000 }, (_, i) => `x${i}`);
    const huge = new Uint8Array(
      parquetWriteBuffer({
        columnData: [
          { name: "area", data: [], type: "STRING" },
          { name: "offence", data: [], type: "STRING" },
          { name: "count", data: [], type: "DOUBLE" },
        ],
        kvMetadata: [
          { key: "crimestats.cube", value: JSON.stringify({ format: 1, dims: ["area", "offence"], labels: { area: many, offence: many }, total: 0 }) },
        ],
      }),
    );
    await expect(cubeFromParquet(huge)).rejects.toThrow(/describes a cube of 3600000000 cells, more than the 2147483647 a cube can hold/);
    await expect(cubeFromParquet(write(["a", "b"], [1, 2], { dims: ["area", "month"] }))).rejects.toThrow(/has the columns \["area","count"\]|month labels/);
  });
});
