#!/usr/bin/env node
// `npm run main`: the README's first command. Installs pnpm and the workspace if needed, builds
// the packages and runs the main job: a Strategic Assessment with `crimestats assess` on the
// embedded synthetic demonstration data (arguments after `--` go to `crimestats assess`).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pnpmCommand, runPnpm, turboEnv } from "./lib/pnpm.mjs";
import { repoRoot } from "./lib/repo.mjs";

const pnpm = pnpmCommand();
const steps = [
  ["install", ["install", "--frozen-lockfile"]],
  ["build", ["exec", "turbo", "run", "build", "--output-logs=errors-only"]],
];
for (const [title, args] of steps) {
  console.log(`crimestats: ${title}…`);
  if (runPnpm(pnpm, args, { env: turboEnv }) !== 0) process.exit(1);
}
const cli = resolve(repoRoot, "packages/report/dist/cli.js");
const job = existsSync(cli) ? [cli, "assess", ...process.argv.slice(2)] : [resolve(repoRoot, "examples/quick-start.mjs")];
const result = spawnSync(process.execPath, job, { cwd: repoRoot, stdio: "inherit" });
process.exit(result.status ?? 1);
