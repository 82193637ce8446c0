import { defineConfig } from "tsup";

export default defineConfig({
  // The main entry reads no files (browsers too); ./node adds the readers of paths.
  entry: ["src/index.ts", "src/node.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  platform: "neutral",
  // The suite's shared helpers are bundled in, not published as a package of their own.
  noExternal: ["@crimestats/internal"],
});
