import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runCli } from "./internal/cli/runCli.js";

// The `crimestats` command. The build copies the embedded SYNTHETIC demonstration data into
// dist/data (the published package holds only dist/); run from src/, it is at ../data.
const shipped = fileURLToPath(new URL("./data/", import.meta.url));
const demoDataDir = existsSync(shipped) ? shipped : fileURLToPath(new URL("../data/", import.meta.url));
const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  demoDataDir,
  version,
});
