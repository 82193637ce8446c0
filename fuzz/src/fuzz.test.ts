// The fuzz suite: every exported function of every package, called with arguments built from its
// documented examples and mutated towards what a careless caller passes. Each call must throw only
// its package's error class, return only finite numbers (no NaN, no ±Infinity, no Invalid Date)
// and return within the time bound. The calls run in a worker thread that a watchdog terminates
// when a call never returns. See docs/contributing.md ("Fuzz suite").
import { rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltWorker, buildWorker } from "./buildWorker.js";
import type { FunctionReport } from "./protocol.js";
import { exportedFunctions, packages } from "./packages.js";
import { runPackage } from "./runPackage.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const env = process.env;
// A fixed seed by default, so that CI is reproducible; CRIMESTATS_FUZZ_SEED=random explores new ground.
const seedText = env["CRIMESTATS_FUZZ_SEED"] ?? "20261206";
const seed = seedText === "random" ? (Date.now() ^ (Math.random() * 2 ** 32)) >>> 0 : Number(seedText) >>> 0;
const runs = Number(env["CRIMESTATS_FUZZ_RUNS"] ?? 100);
// A function whose calls are slow (rendering, ~0.5 s a call) stops early: 30 ms a call on average at most.
const budgetMs = runs * 30;
// The time bound is generous (a loaded 2-core CI machine renders a chart in ~1 s): it is there to
// catch calls that never return, not to time them.
const callMs = Number(env["CRIMESTATS_FUZZ_CALL_MS"] ?? 10_000);
const summaryFile = env["CRIMESTATS_FUZZ_REPORT"];

function errorClassName(ns: Readonly<Record<string, unknown>>): string {
  return Object.keys(ns).find((k) => k.endsWith("Error") && typeof ns[k] === "function") ?? "its error class";
}

function explain(pkg: string, r: FunctionReport): string {
  const lines = [
    `${r.failed} of ${r.calls} calls failed (seed ${seed}; rerun with CRIMESTATS_FUZZ_SEED=${seed} pnpm exec vitest run --project fuzz -t "${pkg}")`,
  ];
  for (const f of r.failures) lines.push(`  ${f.kind}: ${f.call}\n    ${f.outcome}`);
  return lines.join("\n");
}

let built: BuiltWorker;
const found: Record<string, FunctionReport[]> = {};

beforeAll(async () => {
  built = await buildWorker(repoRoot);
}, 120_000);

afterAll(() => {
  rmSync(built.dir, { recursive: true, force: true });
  if (summaryFile !== undefined) writeFileSync(summaryFile, `${JSON.stringify({ seed, runs, callMs, packages: found }, null, 2)}\n`);
});

for (const [pkg, ns] of Object.entries(packages)) {
  describe(`@crimestats/${pkg}`, () => {
    const reports = new Map<string, FunctionReport>();

    beforeAll(async () => {
      const started = Date.now();
      const list = await runPackage(pkg, { workerFile: built.file, examples: built.examples, seed, runs, callMs, budgetMs });
      found[pkg] = list;
      for (const r of list) reports.set(r.name, r);
      const calls = list.reduce((n, r) => n + r.calls, 0);
      const failed = list.reduce((n, r) => n + r.failed, 0);
      console.log(`fuzz ${pkg}: ${calls} calls, ${failed} failed, ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed})`);
    }, 600_000);

    const errorClass = errorClassName(ns);
    for (const name of exportedFunctions(ns)) {
      const title = `${name} throws only ${errorClass}, returns only finite numbers and returns within ${callMs} ms`;
      it(title, () => {
        const r = reports.get(name);
        expect(r, `${name} was not fuzzed`).toBeDefined();
        expect(r!.failed, explain(pkg, r!)).toBe(0);
        expect(r!.calls, `${name} was not called`).toBeGreaterThan(0);
      });
    }

    it("running the documented examples (to collect arguments) neither hangs nor crashes the worker", () => {
      const r = reports.get("(documented examples)");
      expect(r === undefined ? "" : explain(pkg, r)).toBe("");
    });
  });
}
