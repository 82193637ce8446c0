// Loads every built @crimestats package with `require` (CommonJS), as an older app or a notebook
// would, and runs the same calls as the ESM check.
const manifest = require("../package.json");
const { calls } = require("./exports.json");
const { runCalls } = require("./calls.cjs");
let failures = 0;

for (const name of Object.keys(manifest.dependencies).filter((n) => n.startsWith("@crimestats/"))) {
  try {
    const cjs = require(name);
    const names = Object.keys(cjs);
    if (names.length === 0) throw new Error("no exports");
    runCalls(cjs, calls[name]);
    console.log(`ok   require ${name} (${names.length} exports)`);
  } catch (error) {
    failures++;
    console.log(`FAIL require ${name}: ${error.message}`);
  }
}
process.exit(failures === 0 ? 0 : 1);
