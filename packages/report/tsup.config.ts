import { defineConfig } from "tsup";

// Two builds: the library's two entry points (ESM + CJS with types: the main entry, which runs
// anywhere, and ./node, which adds downloads) and the `crimestats` command (ESM only, one
// file, with a shebang). `clean` is done by the build script, not here, because tsup runs the
// two configurations in parallel and one would delete the other's output.
export default defineConfig([
  {
    entry: { index: "src/index.ts", node: "src/node.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
    // The suite's shared helpers are bundled in, not published as a package of their own.
    noExternal: ["@crimestats/internal"],
  },
  {
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
    // The suite's shared helpers are bundled in, not published as a package of their own.
    noExternal: ["@crimestats/internal"],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
