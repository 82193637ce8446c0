import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cubeFromParquet } from "@crimestats/police-data";
import { readStreetCrimes } from "@crimestats/police-data/node";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "./runCli.js";
import { rawOk, serveRaw } from "./servedData.js";

const header = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n";
const line = (id: string, month: string, lsoa: string, name: string, type: string) =>
  `${id},${month},Cumbria Constabulary,Cumbria Constabulary,-3.1,54.6,On or near High Street,${lsoa},${name},${type},,\n`;

/** Two months of hand-written Cumbria street rows: 3 in Allerdale, 2 in Carlisle, 1 without a location. */
const january =
  header +
  line("a1", "2022-01", "E01019010", "Allerdale 001A", "Burglary") +
  line("a2", "2022-01", "E01019011", "Allerdale 001B", "Burglary") +
  line("", "2022-01", "E01019103", "Carlisle 003C", "Anti-social behaviour");
const february =
  header +
  line("b1", "2022-02", "E01019010", "Allerdale 001A", "Shoplifting") +
  line("b2", "2022-02", "E01019103", "Carlisle 003C", "Burglary") +
  ",2022-02,Cumbria Constabulary,Cumbria Constabulary,,,No Location,,,Robbery,,\n";

function archive(): Buffer {
  return Buffer.from(
    zipSync({
      "2022-01/2022-01-cumbria-street.csv": strToU8(january),
      "2022-02/2022-02-cumbria-street.csv": strToU8(february),
    }),
  );
}

describe("crimestats cube", () => {
  it("counts the street files of an archive zip by district and writes a Parquet file holding the cube", async () => {
    const dir = mkdtempSync(join(tmpdir(), "crimestats-cube-"));
    writeFileSync(join(dir, "2022-02.zip"), archive());
    const out = join(dir, "cube.parquet");
    const result = await run(["cube", "--data", join(dir, "2022-02.zip"), "--out", out, "--area", "district", "--quiet"]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /cube\.parquet \([\d.]+ k?B\): 3 districts × 2 months × 4 offences; 6 rows read, 5 counted in an area, 1 without a location \(area "\(unknown\)"\), 0 rejected\.\n$/,
    );
    const cube = await cubeFromParquet(readFileSync(out));
    expect(cube.labels).toEqual({
      area: ["Allerdale", "Carlisle", "(unknown)"],
      month: ["2022-01", "2022-02"],
      offence: ["Anti-social behaviour", "Burglary", "Robbery", "Shoplifting"],
    });
    expect(cube.total).toBe(6);
    // Allerdale: 2 burglaries in January, 1 shoplifting in February.
    expect([...cube.values.subarray(0, 8)]).toEqual([0, 2, 0, 0, 0, 0, 0, 1]);
    expect(readdirSync(dir).sort()).toEqual(["2022-02.zip", "cube.parquet"]);
  });

  it("reads a folder of monthly folders, keeps only the dimensions given with --by and writes LSOAs by default", async () => {
    const dir = mkdtempSync(join(tmpdir(), "crimestats-cube-"));
    mkdirSync(join(dir, "data", "2022-01"), { recursive: true });
    mkdirSync(join(dir, "data", "2022-02"), { recursive: true });
    writeFileSync(join(dir, "data", "2022-01", "2022-01-cumbria-street.csv"), january);
    writeFileSync(join(dir, "data", "2022-02", "2022-02-cumbria-street.csv"), february);
    const result = await run(["cube", "--data", join(dir, "data"), "--out", join(dir, "by-area.parquet"), "--by", "area", "--quiet"]);
    expect(result.err).toBe("");
    const cube = await cubeFromParquet(readFileSync(join(dir, "by-area.parquet")));
    expect(cube.dims).toEqual(["area"]);
    expect(cube.labels.area).toEqual(["E01019010", "E01019011", "E01019103", "(unknown)"]);
    expect([...cube.values]).toEqual([2, 1, 2, 1]);
  });

  it.each([
    [["cube"], 2, /^crimestats: "crimestats cube" needs --data: expected a folder of data\.police\.uk street files or an archive zip/],
    [["cube", "--data", ".", "--area", "ward"], 2, /^crimestats: --area "ward" is not an area column: expected lsoa, district or force\.\n$/],
    [
      ["cube", "--data", ".", "--by", "area,area"],
      2,
      /^crimestats: --by "area,area" is not a list of distinct dimensions: expected some of area, month, offence/,
    ],
    [["cube", "--data", "/nonexistent/archive.zip"], 1, /^crimestats: Cannot read the data "\/nonexistent\/archive\.zip": it does not exist\.\n$/],
  ])("refuses %j with one clear sentence", async (args, code, message) => {
    const result = await run(args);
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message);
    expect(result.out).toBe("");
  });

  it("refuses an archive that is an HTML page, a folder without street files and a street file with a wrong header, writing nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "crimestats-cube-"));
    writeFileSync(join(dir, "latest.zip"), "<!DOCTYPE html><html><body>Service unavailable</body></html>\n");
    const out = join(dir, "cube.parquet");
    const html = await run(["cube", "--data", join(dir, "latest.zip"), "--out", out, "--quiet"]);
    expect(html.code).toBe(1);
    expect(html.err).toMatch(/^crimestats: the archive ".*latest\.zip" cannot be read: it is not a zip archive/);
    mkdirSync(join(dir, "empty"));
    writeFileSync(join(dir, "empty", "notes.txt"), "nothing here\n");
    const empty = await run(["cube", "--data", join(dir, "empty"), "--out", out, "--quiet"]);
    expect(empty.err).toMatch(/^crimestats: No data\.police\.uk street file was found in ".*empty": expected files named YYYY-MM-<force>-street\.csv/);
    mkdirSync(join(dir, "bad"));
    writeFileSync(join(dir, "bad", "2022-01-cumbria-street.csv"), "Month,Crime type\n2022-01,Burglary\n");
    const bad = await run(["cube", "--data", join(dir, "bad"), "--out", out, "--quiet"]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^crimestats: .*2022-01-cumbria-street\.csv.*\n$/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith(".part"))).toEqual([]);
  });
});

const dataDir = process.env["CRIMESTATS_DATA_DIR"] ?? "";
const cumbria = join(dataDir, "police-uk-cumbria-street-2022-01_2022-11");

describe.skipIf(dataDir === "" || !existsSync(cumbria))("crimestats cube on the published Cumbria street files (skipped: CRIMESTATS_DATA_DIR absent)", () => {
  it("writes, by district, month and Crime type, the counts a record-by-record reading of the CSV rows gives", async () => {
    const dir = mkdtempSync(join(tmpdir(), "crimestats-cube-"));
    const out = join(dir, "cumbria.parquet");
    const result = await run(["cube", "--data", cumbria, "--out", out, "--area", "district", "--quiet"]);
    expect(result.err).toBe("");
    const cube = await cubeFromParquet(readFileSync(out));
    const files = readdirSync(cumbria)
      .filter((f) => f.endsWith("-street.csv"))
      .map((f) => join(cumbria, f));
    const expected = new Map<string, number>();
    let rows = 0;
    for await (const crime of readStreetCrimes(files)) {
      rows += 1;
      const key = `${crime.district ?? "(unknown)"}|${crime.month}|${crime.offence}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const got = new Map<string, number>();
    const [areas, months, offences] = [cube.labels.area!, cube.labels.month!, cube.labels.offence!];
    cube.values.forEach((count, i) => {
      if (count === 0) return;
      const o = i % offences.length;
      const m = Math.floor(i / offences.length) % months.length;
      const a = Math.floor(i / (offences.length * months.length));
      got.set(`${areas[a]}|${months[m]}|${offences[o]}`, count);
    });
    expect(rows).toBeGreaterThan(40_000);
    expect(cube.total).toBe(rows);
    expect(got).toEqual(expected);
    expect(months).toEqual(["2022-01", "2022-02", "2022-03", "2022-04", "2022-05", "2022-06", "2022-07", "2022-08", "2022-09", "2022-10", "2022-11"]);
    expect(result.out).toContain(`${rows.toLocaleString("en-GB")} rows read`);
  }, 120_000);
});

describe("crimestats download --archive against a server on 127.0.0.1", () => {
  let server: Awaited<ReturnType<typeof serveRaw>>;
  const zip = archive();
  beforeAll(async () => {
    server = await serveRaw({
      "/archive/2022-02.zip": (socket) => socket.end(rawOk(zip, "application/zip")),
      "/error/2022-02.zip": (socket) => socket.end(rawOk("<html><body>Bad gateway</body></html>\n", "text/html")),
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it("writes the archive, which crimestats cube then reads", async () => {
    const cache = mkdtempSync(join(tmpdir(), "crimestats-cache-"));
    const result = await run(["download", "--archive", "--url", `${server.base}/archive/2022-02.zip`, "--cache", cache, "--quiet"]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Downloaded the data.police.uk archive to ${join(cache, "2022-02.zip")}; run "crimestats cube --data`);
    expect(readFileSync(join(cache, "2022-02.zip")).equals(zip)).toBe(true);
    const cube = await run(["cube", "--data", join(cache, "2022-02.zip"), "--out", join(cache, "cube.parquet"), "--area", "force", "--quiet"]);
    expect(cube.out).toContain("1 force × 2 months × 4 offences");
  });

  it("refuses an HTML error page and leaves the folder as it was", async () => {
    const cache = mkdtempSync(join(tmpdir(), "crimestats-cache-"));
    const result = await run(["download", "--archive", "--url", `${server.base}/error/2022-02.zip`, "--cache", cache, "--quiet"]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^crimestats: Download of ".*\/error\/2022-02\.zip" was refused because it is not a readable zip archive/);
    expect(readdirSync(cache)).toEqual([]);
  });
});
