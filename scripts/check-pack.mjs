#!/usr/bin/env node
// Packs every package as `pnpm publish` would and checks the tarball: only dist/, README.md,
// LICENSE (MIT), CHANGELOG.md and package.json (and `<entry>/package.json` for a subpath export), no `workspace:` range left in the manifest, and
// every file its `exports` names (the main entry and any `./node` entry) present.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pnpmCommand } from "./lib/pnpm.mjs";
import { workspacePackages } from "./lib/repo.mjs";
import { reportProblems } from "./lib/report.mjs";

const pnpm = pnpmCommand();
const allowed = /^package\/(dist\/.+|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/;
const required = ["package.json", "README.md", "LICENSE", "CHANGELOG.md", "dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts"];
let failures = 0;

for (const pkg of workspacePackages()) {
  const out = mkdtempSync(join(tmpdir(), "crimestats-pack-"));
  const problems = [];
  try {
    execFileSync(pnpm[0], [...pnpm.slice(1), "pack", "--pack-destination", out], { cwd: pkg.dir, stdio: "ignore" });
    const [tarball] = readdirSync(out).filter((name) => name.endsWith(".tgz"));
    const file = join(out, tarball);
    const entries = execFileSync("tar", ["-tzf", file], { encoding: "utf8" }).split("\n").filter(Boolean);
    // A subpath entry such as `./node` may ship `node/package.json`, which points resolvers that
    // ignore `exports` (node10, older bundlers) to its dist files.
    const stubs = Object.keys(pkg.manifest.exports ?? {})
      .filter((key) => /^\.\/[\w-]+$/.test(key) && key !== "./package.json")
      .map((key) => `package/${key.slice(2)}/package.json`);
    for (const entry of entries) if (!allowed.test(entry) && !stubs.includes(entry)) problems.push(`unexpected file ${entry}`);
    for (const name of required) if (!entries.includes(`package/${name}`)) problems.push(`missing ${name}`);
    const manifest = execFileSync("tar", ["-xzOf", file, "package/package.json"], { encoding: "utf8" });
    if (manifest.includes("workspace:")) problems.push("package.json still has workspace: ranges");
    for (const target of exportTargets(JSON.parse(manifest).exports)) {
      if (!target.includes("*") && !entries.includes(`package/${target.replace(/^\.\//, "")}`))
        problems.push(`exports names ${target}, which is not in the tarball`);
    }
    const licence = execFileSync("tar", ["-xzOf", file, "package/LICENSE"], { encoding: "utf8" });
    if (!licence.startsWith("MIT License")) problems.push("LICENSE is not the MIT licence");
    const { license } = JSON.parse(manifest);
    if (license !== "MIT") problems.push(`license field is ${JSON.stringify(license)}, expected "MIT"`);
  } catch (error) {
    problems.push(`pnpm pack failed: ${error.message}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  if (!reportProblems(pkg.name, problems)) failures++;
}
process.exit(failures === 0 ? 0 : 1);

/** Every file path named in an `exports` map (entry points such as `./node` included). */
function exportTargets(exports) {
  if (typeof exports === "string") return [exports];
  if (exports === null || typeof exports !== "object") return [];
  return Object.values(exports).flatMap(exportTargets);
}
