#!/usr/bin/env node
// Proves that every published package's main entry works in a browser: esbuild bundles the built
// entry (`import` condition of exports["."], as a browser bundler resolves it) for
// `platform: "browser"`, and the check fails when any Node.js built-in (`node:fs`, or a bare `fs`,
// `path`, `stream`, …) is reached from it, naming the module that imports it. Code that needs the
// file system belongs behind a `./node` entry point, which this check leaves out. Run after the build.
import { builtinModules } from "node:module";
import { relative, resolve } from "node:path";
import * as esbuild from "esbuild";
import { repoRoot, workspacePackages } from "./lib/repo.mjs";
import { reportProblems } from "./lib/report.mjs";

const builtins = new Set(builtinModules.flatMap((name) => [name, name.split("/")[0]]));
let failures = 0;

for (const pkg of workspacePackages()) {
  const entry = mainEntry(pkg);
  const reached = [];
  let error = null;
  try {
    await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      platform: "browser",
      format: "esm",
      logLevel: "silent",
      plugins: [recordBuiltins(reached)],
    });
  } catch (caught) {
    error = caught.errors?.map((e) => `${e.location?.file ?? ""}: ${e.text}`).join("\n     ") ?? String(caught);
  }
  const problems = reached.map(({ path, importer }) => `imports Node.js built-in "${path}" from ${importer}`);
  if (error) problems.push(`esbuild failed: ${error}`);
  if (!reportProblems(pkg.name, problems)) failures++;
}
process.exit(failures === 0 ? 0 : 1);

/** The built file a browser bundler loads for `import "<package>"`. */
function mainEntry({ dir, manifest }) {
  const root = manifest.exports?.["."];
  const target = root?.browser?.default ?? root?.browser ?? root?.import?.default ?? root?.import ?? manifest.module ?? manifest.main;
  if (typeof target !== "string") throw new Error(`${manifest.name}: no import entry in exports["."]`);
  return resolve(dir, target);
}

/** An esbuild plugin that records every import of a Node.js built-in and keeps it out of the bundle. */
function recordBuiltins(reached) {
  return {
    name: "record-node-builtins",
    setup(build) {
      build.onResolve({ filter: /^[a-z_:][\w:/.-]*$/ }, (args) => {
        if (!args.path.startsWith("node:") && !builtins.has(args.path)) return undefined;
        reached.push({ path: args.path, importer: shortPath(args.importer) });
        return { path: args.path, external: true };
      });
    },
  };
}

function shortPath(file) {
  return file.startsWith(repoRoot) ? relative(repoRoot, file) : file;
}
