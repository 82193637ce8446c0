#!/usr/bin/env node
/**
 * The race of issue 19: streetCrimeCube (the built Node entry, dist/) against DuckDB
 * (@duckdb/node-api) on the same job — street rows → district × month × category counts — each
 * engine a fresh process, two rounds, on
 *   1. a synthetic 10-million-row street file (bench/synthetic.ts, about 2.3 GB), and
 *   2. a synthetic data.police.uk archive: 10 forces × 24 months of street files, zipped.
 * DuckDB runs `read_csv` + GROUP BY with the district taken from the LSOA name in SQL, on 1
 * thread and on every core. It reads the archive's members from a folder they were unpacked to
 * before the race (DuckDB reads no zip; unpacking is not timed), streetCrimeCube the zip itself.
 *
 * Run from the repository root, after a build:
 *   pnpm exec turbo run build --filter @crimestats/police-data... && node packages/police-data/bench/race.mjs
 * Env: RACE_ROWS (default 10000000), RACE_DIR (where the inputs are made and kept for the next
 * run; default <tmp>/police-data-race), RACE_ROUNDS (default 2).
 * "DuckDB + unzip" unpacks the archive's street files with Node's zlib in its own process first.
 * Prints per run the wall clock (process start to exit), peak resident memory, rows per second,
 * and the ratio of each DuckDB run to streetCrimeCube on every core.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, "..");
const cores = availableParallelism();

if (process.argv[2] === "child") await child(process.argv[3], process.argv[4], Number(process.argv[5]));
else await main();

/** One engine on one input, in this (fresh) process: prints rows, cells and total as JSON. */
async function child(engine, given, threads) {
  let input = given;
  let rows = 0;
  let cells = 0;
  let total = 0;
  if (engine === "streetCrimeCube") {
    const { streetCrimeCube, policeUkFiles } = await import(pathToFileURL(join(pkg, "dist", "node.js")).href);
    const sources = input.endsWith(".zip") ? (await policeUkFiles(input)).street : input;
    const { cube, reconciliation } = await streetCrimeCube(sources, { area: "district", threads });
    rows = reconciliation.rowsRead;
    for (const v of cube.values) if (v !== 0) cells++;
    total = cube.total;
  } else {
    if (engine === "duckdb-unzip") {
      // from the archive: unpack its street files (Node's zlib) to a fresh folder, then read them
      const to = join(dirname(input), `unpacked-${process.pid}`);
      await unpack(input, to);
      process.on("exit", () => rmSync(to, { recursive: true, force: true }));
      input = to;
    }
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const db = await DuckDBInstance.create(":memory:", { threads: String(threads) });
    const con = await db.connect();
    const files = input.endsWith(".csv") ? input : join(input, "*", "*.csv");
    const sql = `SELECT CASE WHEN "LSOA name" IS NULL THEN '(unknown)' ELSE regexp_replace("LSOA name", '\\s+\\d{3}[A-Z]$', '') END AS district,
        "Month" AS month, "Crime type" AS category, count(*) AS n
      FROM read_csv('${files}', header = true, all_varchar = true) GROUP BY ALL`;
    const result = await con.runAndReadAll(sql);
    for (const r of result.getRows()) {
      cells++;
      total += Number(r[3]);
    }
    rows = total;
  }
  const peak = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(`${JSON.stringify({ rows, cells, total, peak })}\n`);
}

/** Make the inputs (kept in RACE_DIR), then race. */
async function main() {
  if (!existsSync(join(pkg, "dist", "node.js")) || !existsSync(join(pkg, "dist", "node", "streetCrimeWorker.js"))) {
    console.error("build first: pnpm exec turbo run build --filter @crimestats/police-data...");
    process.exit(1);
  }
  const rows = Number(process.env.RACE_ROWS ?? 10_000_000);
  const rounds = Number(process.env.RACE_ROUNDS ?? 2);
  const dir = resolve(process.env.RACE_DIR ?? join(tmpdir(), "police-data-race"));
  mkdirSync(dir, { recursive: true });
  const synthetic = await loadSynthetic(dir);
  const csv = join(dir, `street-${rows}.csv`);
  if (!existsSync(csv)) {
    console.log(`generating ${rows.toLocaleString("en-GB")} rows → ${csv} …`);
    await synthetic.writeSyntheticStreetCsv(`${csv}.part`, rows);
    renameOver(`${csv}.part`, csv);
  }
  const zip = join(dir, "archive-10-forces-24-months.zip");
  const unpacked = join(dir, "archive-unpacked");
  if (!existsSync(zip) || !existsSync(join(unpacked, "done"))) {
    console.log(`generating ${zip} …`);
    await synthetic.writeSyntheticArchive(`${zip}.part`, 10, 24, 3000);
    renameOver(`${zip}.part`, zip);
    await unpack(zip, unpacked);
    writeFileSync(join(unpacked, "done"), "");
  }
  const engines = [
    { name: `streetCrimeCube, ${cores} threads`, engine: "streetCrimeCube", threads: cores },
    { name: "streetCrimeCube, 1 thread", engine: "streetCrimeCube", threads: 1 },
    { name: `DuckDB, ${cores} threads`, engine: "duckdb", threads: cores },
    { name: "DuckDB, 1 thread", engine: "duckdb", threads: 1 },
  ];
  const unzipEngine = { name: `DuckDB, ${cores} thr. + unzip`, engine: "duckdb-unzip", threads: cores };
  const inputs = [
    { label: `synthetic street file, ${(statSync(csv).size / 1e9).toFixed(2)} GB`, ours: csv, duck: csv, engines },
    {
      label: `synthetic archive (10 forces × 24 months), zip ${(statSync(zip).size / 1e6).toFixed(0)} MB; DuckDB reads its members unpacked beforehand, or unpacks them itself (+ unzip)`,
      ours: zip,
      duck: unpacked,
      engines: [...engines, unzipEngine],
    },
  ];
  console.log(
    `node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? "?"}), availableParallelism ${cores}, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  for (const input of inputs) {
    console.log(`\n${input.label}`);
    const best = new Map();
    for (let round = 1; round <= rounds; round++) {
      for (const e of input.engines) {
        const r = run(e.engine, e.engine === "streetCrimeCube" || e.engine === "duckdb-unzip" ? input.ours : input.duck, e.threads);
        const prev = best.get(e.name);
        if (prev === undefined || r.wall < prev.wall) best.set(e.name, r);
        console.log(
          `  round ${round}  ${e.name.padEnd(28)} ${(r.wall / 1000).toFixed(2).padStart(7)} s  peak ${(r.peak / 1e6).toFixed(0).padStart(5)} MB  ${(r.rows / (r.wall / 1000) / 1e6).toFixed(2).padStart(6)} M rows/s  (${r.rows.toLocaleString("en-GB")} rows, ${r.cells} cells, total ${r.total})`,
        );
      }
    }
    const ours = best.get(engines[0].name);
    const ours1 = best.get(engines[1].name);
    console.log(`  best of ${rounds}:`);
    for (const e of input.engines) {
      const r = best.get(e.name);
      console.log(
        `    ${e.name.padEnd(28)} ${(r.wall / 1000).toFixed(2).padStart(7)} s  peak ${(r.peak / 1e6).toFixed(0).padStart(5)} MB  ${(r.rows / (r.wall / 1000) / 1e6).toFixed(2).padStart(6)} M rows/s`,
      );
    }
    for (const e of input.engines.slice(2)) {
      const d = best.get(e.name);
      console.log(
        `    ${e.name}: ${(d.wall / ours.wall).toFixed(2)}× the wall clock of streetCrimeCube on ${cores} threads, ${(d.wall / ours1.wall).toFixed(2)}× that of 1 thread`,
      );
    }
    const agree = [...best.values()].every((r) => r.total === ours.total && r.cells === ours.cells);
    console.log(`    same rows counted and cells in every engine: ${agree ? "yes" : "NO"}`);
  }
}

/** One engine in a fresh process: wall clock from spawn to exit. */
function run(engine, input, threads) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "child", engine, input, String(threads)], {
    cwd: pkg,
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`${engine} failed: ${r.stderr}`);
  return { wall, ...JSON.parse(r.stdout.trim().split("\n").pop()) };
}

/** bench/synthetic.ts (TypeScript) compiled with esbuild for this script. */
async function loadSynthetic(dir) {
  const { buildSync } = await import("esbuild");
  const out = join(dir, "synthetic.mjs");
  buildSync({
    entryPoints: [join(here, "synthetic.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: out,
    logLevel: "error",
    external: ["fflate"],
  });
  // resolve fflate from this package
  const code = readFileSync(out, "utf8").replaceAll(
    'from "fflate"',
    `from ${JSON.stringify(pathToFileURL(join(pkg, "node_modules", "fflate", "esm", "index.mjs")).href)}`,
  );
  writeFileSync(out, code);
  return import(pathToFileURL(out).href);
}

function renameOver(from, to) {
  renameSync(from, to);
}

/** Unpack the archive's members into a folder (for DuckDB), with Node's zlib. */
async function unpack(zip, into) {
  const { policeUkFiles } = await import(pathToFileURL(join(pkg, "dist", "node.js")).href);
  const { once } = await import("node:events");
  rmSync(into, { recursive: true, force: true });
  const files = await policeUkFiles(zip);
  for (const f of files.street) {
    const to = join(into, f.member);
    mkdirSync(dirname(to), { recursive: true });
    const out = createWriteStream(to);
    for await (const chunk of f.data) if (!out.write(chunk)) await once(out, "drain");
    out.end();
    await once(out, "finish");
  }
}
