#!/usr/bin/env node
// `pnpm bench`: runs every package's benchmarks (bench/*.bench.ts, vitest bench) and prints
// vitest's table of operations per second. Extra arguments go to vitest (e.g. --project rates).
import { pnpmCommand, runPnpm } from "./lib/pnpm.mjs";

const status = runPnpm(pnpmCommand(), ["exec", "vitest", "bench", "--run", ...process.argv.slice(2)]);
process.exit(status);
