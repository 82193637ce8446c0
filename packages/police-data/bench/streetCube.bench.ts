/**
 * Street CSV → area × month × category cube, on a synthetic data.police.uk street file generated
 * here (never committed): this package's `streetCrimeCube` beside the same job done with a
 * general-purpose library (csv-parse streaming records into a Map).
 *
 * Rows: `POLICE_DATA_BENCH_ROWS` (default 1,000,000; the target was measured with
 * `POLICE_DATA_BENCH_ROWS=10000000`); csv-parse runs: `POLICE_DATA_BENCH_CSV_PARSE_RUNS` (default
 * 2, plus one warm-up). Run: `pnpm vitest bench --run --project police-data`. The summary
 * printed at the end gives rows per CPU-second (the speed on one core, whatever the load of
 * the machine), the wall-clock rate, the ratio and the resident memory.
 */
import { createReadStream } from "node:fs";
import { rmSync } from "node:fs";
import { mkdtemp, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse";
import { bench, describe } from "vitest";
import { streetCrimeCube } from "../src/node.js";
import { writeSyntheticStreetCsv } from "./synthetic.js";

const ROWS = Number(process.env["POLICE_DATA_BENCH_ROWS"] ?? 1_000_000);
const ITERATIONS = { ours: 3, theirs: Number(process.env["POLICE_DATA_BENCH_CSV_PARSE_RUNS"] ?? 2) };
let dir = "";
let file = "";
let ready: Promise<void> | undefined;

// vitest's bench mode runs no beforeAll/afterAll hooks: the file is made by the first (warm-up)
// call and removed after the last measured run (or at exit).
function ensureFile(): Promise<void> {
  ready ??= (async () => {
    dir = await mkdtemp(join(tmpdir(), "police-data-bench-"));
    process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
    file = join(dir, "synthetic-street.csv");
    const t = performance.now();
    const bytes = await writeSyntheticStreetCsv(file, ROWS);
    console.log(
      `generated ${ROWS.toLocaleString("en-GB")} rows, ${(bytes / 1e6).toFixed(0)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s (${(await stat(file)).size} B)`,
    );
  })();
  return ready;
}

function summary(): void {
  const lines: string[] = [];
  const rate: Record<string, number> = {};
  // rows per CPU-second is the speed on one core whatever else the machine is running;
  // the wall-clock figure depends on the load of the (shared) machine
  for (const [name, t] of Object.entries(timings)) {
    const best = Math.min(...t.ms);
    const bestCpu = Math.min(...t.cpu);
    rate[name] = ROWS / (bestCpu / 1000);
    lines.push(
      `${name}: ${(rate[name] / 1e6).toFixed(2)} M rows per CPU-second (best CPU ${(bestCpu / 1000).toFixed(2)} s); wall best ${(best / 1000).toFixed(2)} s = ${(ROWS / best / 1000).toFixed(2)} M rows/s; ${t.ms.length} runs; rss after ${(Math.max(...t.rss) / 1e6).toFixed(0)} MB; ${t.cells} non-zero cells`,
    );
  }
  const ours = rate["streetCrimeCube"];
  const theirs = rate["csv-parse + Map"];
  if (ours !== undefined && theirs !== undefined) lines.push(`ratio streetCrimeCube / csv-parse + Map (CPU time): ${(ours / theirs).toFixed(1)}x`);
  console.log(lines.join("\n"));
  rmSync(dir, { recursive: true, force: true });
}
const timings: Record<string, { ms: number[]; cpu: number[]; rss: number[]; cells: number }> = {};

/** Start of a measured run: wall clock and CPU time of this process (user + system). */
function start(): { wall: number; cpu: NodeJS.CpuUsage } {
  return { wall: performance.now(), cpu: process.cpuUsage() };
}

function record(name: string, t0: { wall: number; cpu: NodeJS.CpuUsage }, cells: number): void {
  let t = timings[name];
  if (t === undefined) {
    t = { ms: [], cpu: [], rss: [], cells };
    timings[name] = t;
  }
  t.ms.push(performance.now() - t0.wall);
  const cpu = process.cpuUsage(t0.cpu);
  t.cpu.push((cpu.user + cpu.system) / 1000);
  t.rss.push(process.memoryUsage().rss);
}

/** The same job with csv-parse: records as arrays, a Map keyed by LSOA, month and category. */
async function csvParseCube(path: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const parser = createReadStream(path, { highWaterMark: 1 << 20 }).pipe(parse({ bom: true, from_line: 2 }));
  for await (const r of parser as AsyncIterable<string[]>) {
    const key = `${r[7] === "" ? "(unknown)" : r[7]}\u0000${r[1]}\u0000${r[9]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe(`street CSV → LSOA × month × category cube, ${ROWS.toLocaleString("en-GB")} synthetic rows`, () => {
  bench(
    "streetCrimeCube",
    async () => {
      await ensureFile();
      const t = start();
      const { cube } = await streetCrimeCube(file, { area: "lsoa" });
      let cells = 0;
      for (const v of cube.values) if (v !== 0) cells++;
      record("streetCrimeCube", t, cells);
    },
    { iterations: ITERATIONS.ours, time: 0, warmupIterations: 1, warmupTime: 0 },
  );

  bench(
    "csv-parse + Map",
    async () => {
      await ensureFile();
      const t = start();
      const counts = await csvParseCube(file);
      record("csv-parse + Map", t, counts.size);
      if (timings["csv-parse + Map"]!.ms.length === ITERATIONS.theirs + 1) summary();
    },
    { iterations: ITERATIONS.theirs, time: 0, warmupIterations: 1, warmupTime: 0 },
  );
});
