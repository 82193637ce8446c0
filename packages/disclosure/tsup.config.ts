import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  platform: "neutral",
  // The suite's shared helpers are bundled in, not published as a package of their own.
  noExternal: ["@crimestats/internal"],
});
