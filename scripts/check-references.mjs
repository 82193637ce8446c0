// Checks that the reference scripts the tests name exist, and that scripts/reference/README.md lists each script.
// With --run it also runs every script (needs Rscript, and python3 with scipy and mpmath) and fails if one fails.
//
//   node scripts/check-references.mjs [--run]
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { repoRoot as root } from "./lib/repo.mjs";

const folder = join(root, "scripts", "reference");
const problems = [];

/** Every .ts and .md file under a folder, skipping dependencies and build output. */
function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => /\.(ts|md)$/.test(name) && !/(^|[\\/])(node_modules|dist)([\\/]|$)/.test(name))
    .map((name) => join(dir, name));
}

const sources = [
  ...readdirSync(join(root, "packages")).flatMap((name) => files(join(root, "packages", name))),
  ...files(join(root, "fuzz")),
  ...files(join(root, "docs")),
];
let named = 0;
for (const file of sources) {
  for (const match of readFileSync(file, "utf8").matchAll(/scripts\/reference\/([\w.-]+\.(?:R|py|md))/g)) {
    named++;
    if (!existsSync(join(folder, match[1]))) problems.push(`${relative(root, file)} names scripts/reference/${match[1]}, which does not exist`);
  }
}

const readme = readFileSync(join(folder, "README.md"), "utf8");
const scripts = readdirSync(folder).filter((name) => /\.(R|py)$/.test(name));
for (const name of scripts) {
  if (!readme.includes(`(${name})`)) problems.push(`scripts/reference/README.md does not list ${name}`);
}

if (process.argv.includes("--run")) {
  for (const name of scripts) {
    const [command, args] = name.endsWith(".R") ? ["Rscript", [join(folder, name)]] : ["python3", [join(folder, name)]];
    const run = spawnSync(command, args, { cwd: root, encoding: "utf8" });
    if (run.status !== 0) problems.push(`${command} scripts/reference/${name} failed: ${(run.stderr || String(run.error)).trim().split("\n").pop()}`);
  }
}

for (const problem of problems) console.error(problem);
console.log(
  `${named} references to scripts/reference in the tests and docs, ${scripts.length} scripts: ${problems.length === 0 ? "ok" : `${problems.length} problems`}`,
);
process.exit(problems.length === 0 ? 0 : 1);
