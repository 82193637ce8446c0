#!/usr/bin/env node
// The whole test suite, as CI runs it (`npm test`). Every step runs even when an earlier one
// fails (except after a failed install or build, which make the rest meaningless), and the last
// line is "N passed, N failed": unit tests are counted one by one from vitest's JSON report,
// every other check counts as one.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runExample } from "./lib/examples.mjs";
import { pnpmCommand, runPnpm, turboEnv } from "./lib/pnpm.mjs";
import { repoRoot } from "./lib/repo.mjs";

const env = { ...turboEnv, FORCE_COLOR: "0" };
const timeZones = ["UTC", "Europe/London", "America/Sao_Paulo", "Pacific/Apia"];
const reportDir = mkdtempSync(join(tmpdir(), "crimestats-check-"));
const results = [];
let passed = 0;
let failed = 0;

function heading(title) {
  console.log(`\n=== ${title} ===`);
}

/** Runs one check that counts as a single pass or fail. */
function check(title, run) {
  heading(title);
  const started = Date.now();
  const ok = run() === 0;
  ok ? passed++ : failed++;
  results.push({ title, outcome: ok ? "ok" : "FAILED", seconds: (Date.now() - started) / 1000 });
  return ok;
}

/** Runs vitest with a JSON report and counts its tests one by one. */
function vitest(title, pnpm, args, extraEnv = {}) {
  heading(title);
  const started = Date.now();
  const file = join(reportDir, `${results.length}.json`);
  const status = runPnpm(pnpm, ["exec", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`, ...args], {
    env: { ...env, ...extraEnv },
  });
  let outcome;
  if (existsSync(file)) {
    const report = JSON.parse(readFileSync(file, "utf8"));
    const bad = report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0);
    passed += report.numPassedTests;
    failed += bad;
    outcome = `${report.numPassedTests} passed, ${bad} failed, ${report.numPendingTests + report.numTodoTests} skipped`;
  } else {
    failed++;
    outcome = "FAILED (no report)";
  }
  results.push({ title, outcome, seconds: (Date.now() - started) / 1000 });
}

const pnpm = pnpmCommand();
const installed = check("install (frozen lockfile)", () => runPnpm(pnpm, ["install", "--frozen-lockfile"], { env }));
const built = installed && check("build", () => runPnpm(pnpm, ["exec", "turbo", "run", "build", "--output-logs=errors-only"], { env }));
if (built) {
  check("typecheck (sources and tests)", () => runPnpm(pnpm, ["exec", "turbo", "run", "typecheck", "--output-logs=errors-only"], { env }));
  check("publint --strict and attw --pack, every package", () =>
    runPnpm(pnpm, ["exec", "turbo", "run", "lint:package", "--output-logs=errors-only", "--concurrency=1"], { env }),
  );
  check("sherif", () => runPnpm(pnpm, ["exec", "sherif"], { env }));
  check("biome ci (lint and format, biome.json)", () => runPnpm(pnpm, ["exec", "biome", "ci", "."], { env }));
  check("manifests name repository, homepage and bugs; READMEs show an install line and only absolute links", () => runNode("scripts/check-manifests.mjs"));
  check("reference scripts: every scripts/reference file the tests name exists, and its README lists each script", () =>
    runNode("scripts/check-references.mjs"),
  );
  check("knip: declared dependencies are the ones imported; no unused files or exports", () => runPnpm(pnpm, ["exec", "knip"], { env }));
  check("typedoc (every export documented, warnings are errors)", () => runPnpm(pnpm, ["exec", "typedoc", "--logLevel", "Warn"], { env }));
  vitest("unit tests", pnpm, []);
  const tzFiles = tzTestFiles();
  for (const tz of timeZones) {
    vitest(`date tests (periods), TZ=${tz}`, pnpm, ["--project", "periods"], { TZ: tz });
    if (tzFiles.length > 0) vitest(`date tests (*.tz.test.ts), TZ=${tz}`, pnpm, tzFiles, { TZ: tz });
  }
  check("browser bundle: every package's main entry bundles for the browser without Node.js built-ins", () => runNode("scripts/check-browser.mjs"));
  check("explorer: the built page is one self-contained file (apps/explorer/dist/index.html, its CSP forbids connections, nothing loaded from elsewhere)", () =>
    runNode("scripts/check-explorer.mjs"),
  );
  check("size budgets: one function imported from each package (size-limit, .size-limit.mjs)", () => runPnpm(pnpm, ["exec", "size-limit"], { env }));
  check("consumers: import every built package (ESM)", () => runNode("examples/consumers/import.mjs"));
  check("consumers: require every built package (CJS)", () => runNode("examples/consumers/require.cjs"));
  check("README example (examples/quick-start.mjs) prints what it says", () => compareOutput("examples/quick-start.mjs", "examples/quick-start.expected.txt"));
  check("guide example for a partnership outside London (examples/any-partnership.mjs) prints what it says", () =>
    compareOutput("examples/any-partnership.mjs", "examples/any-partnership.expected.txt"),
  );
  check("Node.js 22 and 24: the built packages load by import and require and the README examples print the same", () =>
    runNode("scripts/check-node-versions.mjs"),
  );
  check("docs/guide.md programs run on the published data", () => runNode("scripts/check-guide.mjs"));
  check("notebooks (examples/notebooks) run with a real Jupyter kernel (tslab), on the published and the demonstration data", () =>
    runNode("scripts/check-notebook.mjs"),
  );
  check("packed tarballs hold only dist, README, LICENSE, CHANGELOG and package.json", () => runNode("scripts/check-pack.mjs"));
}

/** Test files outside periods that are about dates (named `*.tz.test.ts`). */
function tzTestFiles() {
  const files = [];
  for (const folder of readdirSync(resolve(repoRoot, "packages"))) {
    const src = resolve(repoRoot, "packages", folder, "src");
    if (folder === "periods" || !existsSync(src)) continue;
    for (const name of readdirSync(src, { recursive: true })) {
      if (String(name).endsWith(".tz.test.ts")) files.push(join("packages", folder, "src", String(name)));
    }
  }
  return files;
}

/** Runs an example and compares what it prints with the expected text kept beside it. */
function compareOutput(script, expectedFile) {
  const { ok, output, expected } = runExample(process.execPath, script, expectedFile);
  process.stdout.write(output);
  if (ok) return 0;
  console.log(`expected:\n${expected}`);
  return 1;
}

function runNode(script) {
  return spawnSync(process.execPath, [resolve(repoRoot, script)], { cwd: repoRoot, stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;
}

heading("summary");
for (const { title, outcome, seconds } of results) console.log(`${outcome.padEnd(36)} ${seconds.toFixed(1).padStart(6)} s  ${title}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
