import { defineConfig } from "tsup";

// Two builds: the library (ESM + CJS with types) and the `crimestats` command (ESM only, one
// file, with a shebang). `clean` is done by the build script, not here, because tsup runs the
// two configurations in parallel and one would delete the other's output.
export default defineConfig([
  {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
  },
  {
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
