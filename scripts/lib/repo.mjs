import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The published workspace packages (folder, name, manifest) that have sources, in folder order. */
export function workspacePackages() {
  const dir = resolve(repoRoot, "packages");
  return readdirSync(dir)
    .filter((folder) => existsSync(resolve(dir, folder, "src/index.ts")))
    .map((folder) => {
      const manifest = JSON.parse(readFileSync(resolve(dir, folder, "package.json"), "utf8"));
      return { folder, dir: resolve(dir, folder), name: manifest.name, manifest };
    })
    .filter((pkg) => pkg.manifest.private !== true);
}

/**
 * The manifest fields that point a registry page back to the repository (repository with the
 * package's folder, homepage and issue tracker), as every published package must have them.
 */
export function manifestLinks(folder) {
  const directory = `packages/${folder}`;
  return {
    repository: { type: "git", url: "git+https://github.com/crimestats/crimestats.git", directory },
    homepage: `https://github.com/crimestats/crimestats/tree/main/${directory}#readme`,
    bugs: { url: "https://github.com/crimestats/crimestats/issues" },
  };
}
