#!/usr/bin/env node
// Runs the programs of docs/guide.md against the built packages and the published data, so the
// guide's code cannot rot. A program is a ```js block whose first line is
// `// <name>.mjs — node <name>.mjs <arguments>`; the files it is given here are the published data
// in CRIMESTATS_DATA_DIR (default ../shared/data), never copies in the repository. A program
// passes when it exits with status 0 and prints something. Without the data folder the check is
// skipped with the reason (`.ci/run` requires the folder, so CI always runs it).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { repoRoot } from "./lib/repo.mjs";

const dataDir = resolve(repoRoot, process.env.CRIMESTATS_DATA_DIR ?? "../shared/data");
/** The data files each program of the guide is run with (paths inside the data folder). */
const argumentsOf = {
  "gwent-counts.mjs": ["police-uk-gwent-street-2023-07_2025-06"],
  "london-counts.mjs": ["london-datastore-mps-borough-crime/MPS Borough Level Crime (most recent 24 months) 2024-01_2025-12.csv"],
  "populations.mjs": ["ons-mid-year-population-estimates-lad/mye24tablesew.csv"],
  "gwent.mjs": ["police-uk-gwent-street-2023-07_2025-06", "ons-mid-year-population-estimates-lad/mye24tablesew.csv"],
  "london.mjs": [
    "london-datastore-mps-borough-crime/MPS Borough Level Crime (most recent 24 months) 2024-01_2025-12.csv",
    "borough-population/2324borough_pop.csv",
  ],
};

const guide = readFileSync(resolve(repoRoot, "docs/guide.md"), "utf8");
const programs = [...guide.matchAll(/```js\n\/\/ (\S+\.mjs) — node [^\n]*\n([\s\S]*?)```/g)].map((m) => ({ name: m[1], code: m[0].slice(6, -3) }));
if (!existsSync(dataDir)) {
  console.log(`skipped: the data folder ${dataDir} (CRIMESTATS_DATA_DIR) is missing`);
  process.exit(0);
}
let failures = programs.length === 0 ? 1 : 0;
if (programs.length === 0) console.log("FAIL no programs found in docs/guide.md");
// Inside examples/, whose node_modules holds every built @crimestats package.
const dir = mkdtempSync(join(repoRoot, "examples", ".guide-"));
try {
  for (const { name, code } of programs) {
    const args = argumentsOf[name];
    if (!args) {
      failures++;
      console.log(`FAIL ${name}: scripts/check-guide.mjs does not say which data files to run it with`);
      continue;
    }
    writeFileSync(join(dir, name), code);
    const run = spawnSync(process.execPath, [join(dir, name), ...args.map((file) => join(dataDir, file))], { encoding: "utf8" });
    const ok = run.status === 0 && run.stdout.trim() !== "";
    if (!ok) failures++;
    console.log(`${ok ? "ok  " : "FAIL"} ${name}\n${(run.stdout + run.stderr).replace(/^/gm, "     ")}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failures === 0 ? 0 : 1);
