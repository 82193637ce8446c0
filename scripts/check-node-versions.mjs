#!/usr/bin/env node
// The built packages on every Node.js line the suite supports besides the one running CI: fetches
// the official Node.js 22 and 24 binaries for this platform from the npm registry (the
// `node-<platform>-<arch>` packages that npm's own `node` package installs), then loads every package
// by import and require and runs the two README examples with each, comparing their output.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runExample } from "./lib/examples.mjs";
import { repoRoot } from "./lib/repo.mjs";

const lines = ["22", "24"];
const examples = [
  ["examples/quick-start.mjs", "examples/quick-start.expected.txt"],
  ["examples/any-partnership.mjs", "examples/any-partnership.expected.txt"],
];
const consumers = ["examples/consumers/import.mjs", "examples/consumers/require.cjs"];
const folder = mkdtempSync(join(tmpdir(), "crimestats-node-"));
let failures = 0;

try {
  for (const line of lines) {
    const pkg = `node-${process.platform}-${process.arch}`;
    const prefix = join(folder, line);
    execFileSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--prefix", prefix, `${pkg}@${line}`], { stdio: "ignore" });
    const node = join(prefix, "node_modules", pkg, "bin", "node");
    if (!existsSync(node)) throw new Error(`npm installed ${pkg}@${line} without bin/node`);
    const version = execFileSync(node, ["--version"], { encoding: "utf8" }).trim();
    for (const script of consumers) report(version, script, run(node, script).status === 0);
    for (const [script, expectedFile] of examples) {
      const { ok, output } = runExample(node, script, expectedFile);
      if (!ok) process.stdout.write(output);
      report(version, script, ok);
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
process.exit(failures === 0 ? 0 : 1);

function run(node, script) {
  return spawnSync(node, [resolve(repoRoot, script)], { cwd: repoRoot, encoding: "utf8" });
}

function report(version, script, ok) {
  if (!ok) failures++;
  console.log(`${ok ? "ok  " : "FAIL"} Node.js ${version}: ${script}`);
}
