import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../src/internal/cli/runCli.js";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Runs the command in-process (as `crimestats <args>`) and captures what it prints. */
export async function run(args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(args, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    cwd: packageDir,
    env,
    demoDataDir: join(packageDir, "data"),
  });
  return { code, out, err };
}
