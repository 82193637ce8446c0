// Loads every built @crimestats package with `import` (ESM), as a user's app would, and checks
// that its exports are there and that the same names are exported to `require` users.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const { runCalls } = require("./calls.cjs");
const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const { calls } = JSON.parse(readFileSync(new URL("./exports.json", import.meta.url), "utf8"));
let failures = 0;

for (const name of Object.keys(manifest.dependencies).filter((n) => n.startsWith("@crimestats/"))) {
  try {
    const esm = await import(name);
    const names = Object.keys(esm).sort();
    if (names.length === 0) throw new Error("no exports");
    const cjsNames = Object.keys(require(name)).sort();
    if (JSON.stringify(names) !== JSON.stringify(cjsNames)) throw new Error(`ESM and CJS export different names`);
    runCalls(esm, calls[name]);
    console.log(`ok   import ${name} (${names.length} exports)`);
  } catch (error) {
    failures++;
    console.log(`FAIL import ${name}: ${error.message}`);
  }
  // A `./node` entry (file paths, writing files, the CLI) loads the same way, by import and require.
  const entry = `${name}/node`;
  if (!require(`${name}/package.json`).exports?.["./node"]) continue;
  try {
    const names = Object.keys(await import(entry)).sort();
    if (names.length === 0) throw new Error("no exports");
    if (JSON.stringify(names) !== JSON.stringify(Object.keys(require(entry)).sort())) throw new Error("ESM and CJS export different names");
    console.log(`ok   import ${entry} (${names.length} exports)`);
  } catch (error) {
    failures++;
    console.log(`FAIL import ${entry}: ${error.message}`);
  }
}
process.exit(failures === 0 ? 0 : 1);
