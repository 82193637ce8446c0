import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import type { MonthKey } from "@crimestats/periods";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countCube, type CountRecord } from "./countCube.js";
import { cubeToParquet } from "./cubeToParquet.js";

/** Generated street-crime-like records: a linear congruential sequence, so the test is the same every run. */
function records(n: number): CountRecord[] {
  let seed = 12345;
  const next = (k: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor(seed / 65536) % k;
  };
  const areas = ["Allerdale", "Barrow-in-Furness", "Carlisle", "Copeland", "Eden", "South Lakeland"];
  const offences = ["Burglary", "Robbery", "Shoplifting", "Violence and sexual offences"];
  return Array.from({ length: n }, () => ({
    area: areas[next(areas.length)]!,
    month: `2022-${String(next(11) + 1).padStart(2, "0")}` as MonthKey,
    offence: offences[next(offences.length)]!,
    count: next(4),
  }));
}

describe("a cube's Parquet file read by DuckDB", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "crimestats-parquet-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("gives, by area, the sums of the cube; text and 64-bit integer columns; the metadata readable", async () => {
    const { cube } = await countCube(records(2000), { areas: ["Westmorland"], vintage: "2022-11" });
    const path = join(dir, "cube.parquet");
    await writeFile(path, await cubeToParquet(cube));
    const expected = new Map<string, number>();
    const areas = cube.labels.area!;
    const perArea = cube.shape[1]! * cube.shape[2]!;
    areas.forEach((area, a) => {
      let sum = 0;
      for (let i = a * perArea; i < (a + 1) * perArea; i++) sum += cube.values[i]!;
      if (sum > 0) expected.set(area, sum);
    });
    expect(expected.size).toBe(6);
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      const file = `'${path.replaceAll("'", "''")}'`;
      const sums = await connection.runAndReadAll(`SELECT area, CAST(SUM(count) AS DOUBLE) AS n FROM read_parquet(${file}) GROUP BY area ORDER BY area`);
      const got = new Map(sums.getRowObjects().map((r) => [r["area"] as string, r["n"] as number]));
      expect(got).toEqual(expected);
      const types = await connection.runAndReadAll(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(${file}))`);
      expect(types.getRowObjects()).toEqual([
        { column_name: "area", column_type: "VARCHAR" },
        { column_name: "month", column_type: "VARCHAR" },
        { column_name: "offence", column_type: "VARCHAR" },
        { column_name: "count", column_type: "BIGINT" },
      ]);
      const total = await connection.runAndReadAll(`SELECT CAST(SUM(count) AS DOUBLE) AS n, COUNT(*) AS rows FROM read_parquet(${file})`);
      expect(total.getRowObjects()[0]!["n"]).toBe(cube.total);
      const meta = await connection.runAndReadAll(`SELECT decode(value) AS value FROM parquet_kv_metadata(${file}) WHERE decode(key) = 'crimestats.cube'`);
      const stored = JSON.parse(meta.getRowObjects()[0]!["value"] as string) as { labels: { area: string[] }; vintage: string };
      expect(stored.labels.area).toEqual(areas);
      expect(stored.labels.area).toContain("Westmorland");
      expect(stored.vintage).toBe("2022-11");
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});
