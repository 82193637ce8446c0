import type { Options } from "tsup";

/**
 * The build of one package: ESM and CommonJS with types and source maps, for Node.js 20 and
 * browsers alike, with the suite's private helpers (`@crimestats/internal`) bundled in rather than
 * published as a package of their own. Each package's `tsup.config.ts` calls it, overriding
 * what differs (more entry points, a Node-only build).
 *
 * @param options - Options that replace the shared ones.
 */
export function packageBuild(options: Options = {}): Options {
  return {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    platform: "neutral",
    noExternal: ["@crimestats/internal"],
    ...options,
  };
}
