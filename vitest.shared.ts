import { existsSync, readdirSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineProject, type UserWorkspaceConfig } from "vitest/config";

/** The repository root (this file's folder). */
const repoRoot = dirname(fileURLToPath(import.meta.url));

/** Folder of published data read by tests and benchmarks; never committed. */
const dataDir = resolve(process.env["CRIMESTATS_DATA_DIR"] ?? resolve(repoRoot, "../shared/data"));

/**
 * Tests import sibling packages from their sources (`src/index.ts`), so a change in one package
 * is seen by the others' tests without a rebuild. Consumer tests check the built `dist/`.
 */
function workspaceAliases() {
  const packagesDir = resolve(repoRoot, "packages");
  // Each entry point: the main one (src/index.ts) and the Node one (src/node.ts, `@crimestats/<name>/node`).
  return readdirSync(packagesDir).flatMap((name) =>
    [
      { entry: "index", find: new RegExp(`^@crimestats/${name}$`) },
      { entry: "node", find: new RegExp(`^@crimestats/${name}/node$`) },
    ]
      .filter(({ entry }) => existsSync(resolve(packagesDir, name, `src/${entry}.ts`)))
      .map(({ entry, find }) => ({ find, replacement: resolve(packagesDir, name, `src/${entry}.ts`) })),
  );
}

/**
 * The vitest project of one package.
 *
 * @param packageUrl - `import.meta.url` of the package's `vitest.config.ts`.
 */
export function packageProject(packageUrl: string): UserWorkspaceConfig {
  const dir = dirname(fileURLToPath(packageUrl));
  return defineProject({
    resolve: { alias: workspaceAliases() },
    test: {
      name: basename(dir),
      root: dir,
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      env: { CRIMESTATS_DATA_DIR: dataDir },
      benchmark: { include: ["bench/**/*.bench.ts"] },
    },
  });
}
