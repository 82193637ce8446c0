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
  return readdirSync(packagesDir)
    .filter((name) => existsSync(resolve(packagesDir, name, "src/index.ts")))
    .map((name) => ({
      find: new RegExp(`^@crimestats/${name}$`),
      replacement: resolve(packagesDir, name, "src/index.ts"),
    }));
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
