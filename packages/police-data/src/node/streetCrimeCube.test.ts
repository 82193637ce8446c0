import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
import * as fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STREET_HEADER } from "../../test/helpers.js";
import { streetCubeSetup } from "../internal/streetMerge.js";
import type { StreetTask } from "../internal/streetTask.js";
import { StreetWorkerPool, tuning, useWorkerScript, workerScript } from "../internal/streetWorkers.js";
import { streetCrimeCube as streetCrimeCubeOfBytes } from "../streetCrimeCube.js";
import { policeUkFiles } from "./policeUkFiles.js";
import { streetCrimeCube } from "./streetCrimeCube.js";

const here = fileURLToPath(new URL(".", import.meta.url));
let dir = "";

// The tests run the sources: the worker script is bundled from them once (the build ships it in dist/node).
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "street-threads-"));
  const script = join(dir, "streetCrimeWorker.mjs");
  buildSync({
    entryPoints: [resolve(here, "streetCrimeWorker.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: script,
    logLevel: "error",
    alias: { "@crimestats/internal": resolve(here, "../../../internal/src/index.ts") },
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  useWorkerScript(script);
});
afterAll(() => {
  useWorkerScript(undefined);
  tuning.rangeBytes = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const row = (id: string, month: string, lsoa: string, lsoaName: string, type: string, location = "On or near X") =>
  `${id},${month},Met,Metropolitan Police Service,${lsoa ? "-0.3" : ""},${lsoa ? "51.5" : ""},${location},${lsoa},${lsoaName},${type},,`;

let fileNo = 0;
function writeCsv(text: string): string {
  const path = join(dir, `street-${fileNo++}.csv`);
  writeFileSync(path, text);
  return path;
}

/** The cube and reconciliation read with `threads` threads, the file split every `rangeBytes` bytes. */
async function read(paths: string | string[], options: Parameters<typeof streetCrimeCube>[1], threads: number, rangeBytes?: number) {
  tuning.rangeBytes = rangeBytes;
  try {
    return await streetCrimeCube(paths, { ...options, threads });
  } finally {
    tuning.rangeBytes = undefined;
  }
}

/** A data.police.uk-like file with quoted fields holding commas, line breaks and quotes, bad rows and duplicate Crime IDs. */
const arbFile = fc
  .record({
    rows: fc.array(
      fc.record({
        id: fc.constantFrom("", "a", "b", "c", '"d"', '"e""q"'),
        month: fc.constantFrom("2024-01", "2024-02", "2024-03", "Jan 2024"),
        area: fc.constantFrom(["E01", "Harrow 001A"], ["E02", "Brent 002B"], ["", ""], ["E03", '"Barnet, North 003C"']),
        type: fc.constantFrom("Burglary", "Robbery", "Anti-social behaviour", '"Other ""theft"""', "Drugs"),
        location: fc.constantFrom("On or near X", '"On or near A,\nB"', '"On or near ""Q"",\r\n\r\nR"', "No Location"),
        broken: fc.nat(20),
      }),
      { minLength: 1, maxLength: 60 },
    ),
    eol: fc.constantFrom("\n", "\r\n"),
    bom: fc.boolean(),
    blankLines: fc.boolean(),
  })
  .map(({ rows, eol, bom, blankLines }) => {
    const lines = rows.map((r, i) =>
      r.broken === 0 ? "short,row" : row(r.id, r.month, r.area[0]!, r.area[1]!, r.type, r.location) + (blankLines && i % 7 === 3 ? eol : ""),
    );
    return `${bom ? "\uFEFF" : ""}${STREET_HEADER}${eol}${lines.join(eol)}${rows.length % 2 === 0 ? eol : ""}`;
  });

describe("streetCrimeCube (Node entry) on worker threads", () => {
  it("doc example: a street file on two threads", async () => {
    const path = join(dir, "2024-01-metropolitan-street.csv");
    writeFileSync(path, `${STREET_HEADER}\n${row("a1", "2024-01", "E01002000", "Harrow 001A", "Burglary")}\n`);
    const { cube } = await streetCrimeCube([path], { area: "district", threads: 2 });
    expect(cube.dims).toEqual(["area", "month", "offence"]);
  });

  it("property: the cube and the reconciliation of any split into byte ranges over threads equal those of one thread", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbFile, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 16, max: 400 }),
        fc.constantFrom(2, 3),
        fc.record({ area: fc.constantFrom("lsoa", "district", "force"), duplicates: fc.constantFrom("keep", "drop") }),
        async (texts, rangeBytes, threads, options) => {
          const paths = texts.map((t) => writeCsv(t));
          const opts = { ...options, offence: (t: string) => (t === "Drugs" ? undefined : t), unmapped: "reject" } as const;
          const one = await read(paths, opts, 1);
          const many = await read(paths, opts, threads, rangeBytes);
          expect(many).toEqual(one);
          // and one thread of the Node entry equals the main entry
          const ofBytes = await streetCrimeCubeOfBytes(
            texts.map((t, i) => ({ name: paths[i]!, data: new TextEncoder().encode(t) })),
            opts,
          );
          expect(one).toEqual(ofBytes);
        },
      ),
      { numRuns: Number(process.env["STREET_THREADS_RUNS"] ?? 25) },
    );
  }, 300_000);

  it("a row dropped as a duplicate of a Crime ID before a split leaves no area of its own in the cube, as on one thread", async () => {
    // the second row has no LSOA: only the dropped duplicate would put "(unknown)" in the areas
    const text = `${STREET_HEADER}\n${row('"e""q"', "2024-02", "E01", "Harrow 001A", "Burglary")}\n${row('"e""q"', "2024-02", "", "", "Burglary")}\nshort,row`;
    const path = writeCsv(text);
    const opts = { area: "lsoa", duplicates: "drop" } as const;
    const one = await read(path, opts, 1);
    expect(one.cube.labels.area).toEqual(["E01"]);
    expect(await read(path, opts, 2, 16)).toEqual(one);
  });

  it("a duplicate Crime ID seen before a split is dropped after it, with its file and line, as on one thread", async () => {
    const lines = [STREET_HEADER];
    for (let i = 0; i < 200; i++) lines.push(row(`id${i % 150}`, i < 120 ? "2024-01" : "2024-02", "E01", "Harrow 001A", i % 3 === 0 ? "Burglary" : "Robbery"));
    for (let i = 0; i < 60; i++) lines.push(row(`id${i}`, "2024-02", "E02", "Brent 001A", "Drugs"));
    const path = writeCsv(`${lines.join("\n")}\n`);
    const one = await read(path, { area: "district", duplicates: "drop" }, 1);
    const many = await read(path, { area: "district", duplicates: "drop" }, 2, 500);
    expect(many).toEqual(one);
    // id0..id49 of the last 60 rows (February) were seen in rows 150..199 (February too)
    expect(one.reconciliation.duplicateCrimeIds).toBe(50);
    expect(one.reconciliation.rejectedExamples[0]).toEqual({
      file: path,
      line: 202,
      code: "duplicate-crime-id",
      message: "Crime ID id0 already seen in 2024-02",
    });
  });

  it("the first fault in the order of the rows is thrown, with the line of the whole file", async () => {
    const lines = [STREET_HEADER];
    for (let i = 0; i < 300; i++) lines.push(row(`x${i}`, "2024-01", "E01", "Harrow 001A", i === 250 || i === 280 ? "Pickpocketing" : "Burglary"));
    const path = writeCsv(`${lines.join("\n")}\n`);
    const offence = (t: string) => (t === "Pickpocketing" ? undefined : t);
    const one = await read(path, { offence }, 1).catch((e: unknown) => e);
    const many = await read(path, { offence }, 2, 700).catch((e: unknown) => e);
    expect(one).toMatchObject({ code: "invalid-value", details: { line: 252 } });
    expect(many).toEqual(one);
    const unclosed = writeCsv(`${lines.slice(0, 200).join("\n")}\n${row("z", "2024-01", "E01", "X 001A", '"Burglary')}\n`);
    const a = await read(unclosed, {}, 1).catch((e: unknown) => e);
    const b = await read(unclosed, {}, 2, 900).catch((e: unknown) => e);
    expect(a).toMatchObject({ code: "invalid-csv", details: { line: 201 } });
    expect(b).toEqual(a);
  });

  it("reads the members of a data.police.uk archive on worker threads, as on one thread", async () => {
    const member = (force: string, month: string, n: number) => {
      const lines = [STREET_HEADER];
      for (let i = 0; i < n; i++) lines.push(row(`${force}${i % (n - 3)}`, month, `E0${i % 7}`, `${force} 00${i % 7}A`, i % 2 === 0 ? "Burglary" : "Drugs"));
      return strToU8(`${lines.join("\r\n")}\r\n`);
    };
    const zip = join(dir, "archive.zip");
    writeFileSync(
      zip,
      zipSync({
        "2024-01/2024-01-cumbria-street.csv": member("Allerdale", "2024-01", 40),
        "2024-01/2024-01-gwent-street.csv": member("Newport", "2024-01", 55),
        "2024-02/2024-02-cumbria-street.csv": member("Carlisle", "2024-02", 30),
        "2024-02/2024-02-gwent-street.csv": member("Torfaen", "2024-02", 25),
      }),
    );
    const files = await policeUkFiles(zip);
    const one = await streetCrimeCube(files.street, { area: "district", threads: 1 });
    const many = await streetCrimeCube(files.street, { area: "district", threads: 2 });
    expect(many).toEqual(one);
    expect(one.reconciliation.files).toHaveLength(4);
    expect(one.cube.total).toBe(150);
    expect(one.reconciliation.duplicateCrimeIds).toBe(12);
  });

  it("a file of several 1 MiB chunks (read into one reused buffer) counts as its bytes do, on one thread and on two", async () => {
    const lines = [STREET_HEADER];
    for (let i = 0; i < 15_000; i++) {
      lines.push(
        row(
          `${"f".repeat(60)}${i % 5000}`,
          `2024-0${1 + Math.floor(i / 5000)}`,
          `E0${i % 9}`,
          `Harrow 00${i % 9}A`,
          i % 4 === 0 ? '"Other ""theft"""' : "Burglary",
          '"On or near A,\nB"',
        ),
      );
    }
    const text = `${lines.join("\r\n")}\r\n`;
    const path = writeCsv(text);
    expect(text.length).toBeGreaterThan(2 << 20);
    const ofBytes = await streetCrimeCubeOfBytes({ name: path, data: new TextEncoder().encode(text) }, { area: "district" });
    expect(ofBytes.cube.total).toBe(15_000);
    expect(await read(path, { area: "district" }, 1)).toEqual(ofBytes);
    expect(await read(path, { area: "district" }, 2, 300_000)).toEqual(ofBytes);
  });

  it("a worker posts no task before the pool's onReady has run, so cut points moved there are the ones read", async () => {
    const lines = [STREET_HEADER];
    for (let i = 0; i < 400; i++) lines.push(row(`id${i}`, "2024-01", "E01", "Harrow 001A", "Burglary"));
    const text = `${lines.join("\n")}\n`;
    const path = writeCsv(text);
    const { settings, mapOffence } = streetCubeSetup({ area: "district" }, undefined);
    const task: StreetTask = { kind: "range", file: path, path, from: 100, limit: Infinity, exact: false };
    const moved = text.indexOf("\nid300,") + 1;
    let calls = 0;
    const pool = new StreetWorkerPool(1, workerScript()!, settings, mapOffence, () => {
      calls++;
      task.from = moved;
    });
    try {
      const part = await pool.run(task);
      expect(calls).toBe(1);
      expect(part.start).toBe(moved);
      expect(part.rowsRead).toBe(100);
    } finally {
      await pool.close();
    }
  });

  it("one file shared out between 2 and 3 threads, its cut points moved when the first worker is ready, counts as on one thread", async () => {
    const lines = [STREET_HEADER];
    // 30 MB: the calling thread is still in its first range when the first worker is ready
    for (let i = 0; i < 200_000; i++) {
      const month = `2024-0${1 + Math.floor(i / 70_000)}`;
      const type = i % 3 === 0 ? '"Other ""theft"""' : "Burglary";
      lines.push(row(`${"c".repeat(56)}${i % 7000}`, month, `E0${i % 9}`, `Harrow 00${i % 9}A`, type, i % 5 === 0 ? '"On or near A,\nB"' : "On or near X"));
    }
    const path = writeCsv(`${lines.join("\r\n")}\r\n`);
    const one = await read(path, { area: "district" }, 1);
    const { minRange, parallelBytes } = tuning;
    tuning.minRange = 1 << 16;
    tuning.parallelBytes = 1 << 16;
    try {
      for (const threads of [2, 3, 2]) expect(await streetCrimeCube(path, { area: "district", threads })).toEqual(one);
    } finally {
      tuning.minRange = minRange;
      tuning.parallelBytes = parallelBytes;
    }
  });

  it("a corrupt archive member stops the count with invalid-archive naming archive and member, on one thread and on two", async () => {
    const lines = [STREET_HEADER];
    for (let i = 0; i < 400; i++) lines.push(row(`k${i}`, "2024-01", "E01", "Harrow 001A", "Burglary"));
    const good = strToU8(`${lines.join("\n")}\n`);
    const bytes = zipSync({ "2024-01/2024-01-cumbria-street.csv": good, "2024-02/2024-02-cumbria-street.csv": good }, { level: 0 });
    // a stored member: change one byte of the second member's data (its CRC-32 no longer matches)
    const at = bytes.lastIndexOf(0x6b); // a "k" of a Crime ID in the second member
    bytes[at] = 0x6c;
    const zip = join(dir, "corrupt.zip");
    writeFileSync(zip, bytes);
    const files = await policeUkFiles(zip);
    const one = await streetCrimeCube(files.street, { threads: 1 }).catch((e: unknown) => e);
    const two = await streetCrimeCube(files.street, { threads: 2 }).catch((e: unknown) => e);
    expect(one).toMatchObject({ code: "invalid-archive", details: { member: "2024-02/2024-02-cumbria-street.csv" } });
    expect((one as Error).message).toMatch(/CRC-32/);
    expect(two).toEqual(one);
  });

  it("threads must be a whole number from 1 to 256", async () => {
    const path = writeCsv(`${STREET_HEADER}\n`);
    for (const threads of [0, 1.5, 257, "2"]) {
      await expect(streetCrimeCube(path, { threads: threads as number })).rejects.toMatchObject({ code: "invalid-option" });
      await expect(streetCrimeCubeOfBytes(new Uint8Array(), { threads: threads as number })).rejects.toMatchObject({ code: "invalid-option" });
    }
  });
});
