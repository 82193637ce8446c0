// Finds the pinned pnpm (package.json "packageManager"), installing it with npm when missing, so
// the README's commands work on a machine that has only Node.js and npm.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { repoRoot } from "./repo.mjs";

/** Environment for the turbo runs of the root scripts: no telemetry, no update notice. */
export const turboEnv = { TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1", TURBO_NO_UPDATE_NOTIFIER: "1" };

const pinned = JSON.parse(readFileSync(resolve(repoRoot, "package.json"), "utf8")).packageManager.split("@")[1];

function versionOf(command, args) {
  try {
    return execFileSync(command, [...args, "--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

/**
 * The command (and leading arguments) that runs the pinned pnpm.
 *
 * @returns for example `["pnpm"]` or `["npm", "exec", "--yes", "--package=pnpm@10.34.9", "--", "pnpm"]`
 */
export function pnpmCommand() {
  if (versionOf("pnpm", []) === pinned) return ["pnpm"];
  console.log(`crimestats: installing pnpm ${pinned} with npm (npm install -g pnpm@${pinned})`);
  const global = spawnSync("npm", ["install", "-g", `pnpm@${pinned}`], { stdio: "inherit" });
  if (global.status === 0 && versionOf("pnpm", []) === pinned) return ["pnpm"];
  const viaExec = ["npm", "exec", "--yes", `--package=pnpm@${pinned}`, "--", "pnpm"];
  if (versionOf(viaExec[0], viaExec.slice(1)) === pinned) return viaExec;
  throw new Error(`could not install pnpm ${pinned}: run "npm install -g pnpm@${pinned}" and try again`);
}

/**
 * Runs pnpm with arguments in the repository root, streaming its output.
 *
 * @returns the exit status (0 on success)
 */
export function runPnpm(pnpm, args, options = {}) {
  const result = spawnSync(pnpm[0], [...pnpm.slice(1), ...args], {
    cwd: repoRoot,
    stdio: "inherit",
    ...options,
    env: { ...process.env, ...options.env },
  });
  return result.status ?? 1;
}
