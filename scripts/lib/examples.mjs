import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { repoRoot } from "./repo.mjs";

/**
 * Runs an example script with a Node.js binary in the repository root and compares what it prints
 * with the expected text kept beside it.
 *
 * @returns `ok` (exit status 0 and exactly the expected output), the output (stdout then stderr)
 *   and the expected text
 */
export function runExample(node, script, expectedFile) {
  const run = spawnSync(node, [resolve(repoRoot, script)], { cwd: repoRoot, encoding: "utf8" });
  const expected = readFileSync(resolve(repoRoot, expectedFile), "utf8");
  return { ok: run.status === 0 && run.stdout === expected, output: run.stdout + run.stderr, expected };
}
