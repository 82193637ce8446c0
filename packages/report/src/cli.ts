import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runCli } from "./internal/cli/runCli.js";

// The `crimestats` command. Both src/cli.ts and dist/cli.js sit one folder below the package
// root, so the embedded SYNTHETIC demonstration data is at ../data from either.
const demoDataDir = fileURLToPath(new URL("../data/", import.meta.url));
const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  demoDataDir,
  version,
});
