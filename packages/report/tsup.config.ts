import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.shared.ts";

// Two builds: the library's two entry points (the main entry, which runs anywhere, and ./node,
// which adds downloads) and the `crimestats` command (ESM only, one file, with a shebang).
// `clean` is done by the build script, not here, because tsup runs the two configurations in
// parallel and one would delete the other's output.
export default defineConfig([
  packageBuild({ entry: { index: "src/index.ts", node: "src/node.ts" }, clean: false, platform: "node" }),
  packageBuild({
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
  }),
]);
