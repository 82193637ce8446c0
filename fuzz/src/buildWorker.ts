import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build, transformSync } from "esbuild";
import { extraExamples } from "./extraExamples.js";
import type { ExampleCode } from "./protocol.js";

/** The built worker and the documented examples it takes its seeds from. */
export interface BuiltWorker {
  /** Path of the bundled worker (an ES module in a temporary folder). */
  readonly file: string;
  /** Every `@example` of every package's public sources, as JavaScript. */
  readonly examples: readonly ExampleCode[];
  /** The temporary folder, for the caller to remove. */
  readonly dir: string;
}

const exampleBlock = /@example[^\n]*\n\s*\*\s*```(?:ts|typescript|js)?[^\n]*\n([\s\S]*?)\n\s*\*\s*```/g;
const packageImport = /^\s*import\s+(type\s+)?\{([^}]*)\}\s*from\s*["']@crimestats\/([\w-]+)["'];?\s*$/gm;

/**
 * One example as the body of an async function run inside `with (__scope)`: imports of our packages
 * become reads of `__packages`, and top-level `const x =` becomes `__scope.x =`, so that an example
 * that uses a value defined in another example of the package (run earlier) finds it.
 */
function exampleCode(pkg: string, file: string, block: string): ExampleCode | null {
  let code = block
    .split("\n")
    .map((line) => line.replace(/^\s*\* ?/, ""))
    .join("\n");
  code = code.replace(/^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]*)?=(?!=)/gm, "__scope.$1 =");
  code = code.replace(packageImport, (_all, typeOnly: string | undefined, names: string, from: string) => {
    if (typeOnly) return "";
    const bindings = names
      .split(",")
      .map((n) => n.trim())
      .filter((n) => n !== "" && !n.startsWith("type "))
      .map((n) => n.replace(/\s+as\s+/, ": "));
    return `const { ${bindings.join(", ")} } = __packages[${JSON.stringify(from)}];`;
  });
  if (/^\s*import\b/m.test(code) || /\brequire\s*\(/.test(code)) return null; // anything else it imports is not in memory
  try {
    return { pkg, file, code: transformSync(code, { loader: "ts" }).code };
  } catch {
    return null;
  }
}

function examplesOf(repoRoot: string): ExampleCode[] {
  const found: ExampleCode[] = [];
  const packagesDir = join(repoRoot, "packages");
  for (const pkg of readdirSync(packagesDir).sort()) {
    const src = join(packagesDir, pkg, "src");
    let files: string[];
    try {
      files = readdirSync(src, { recursive: true }).map(String);
    } catch {
      continue;
    }
    for (const file of files.sort()) {
      if (!file.endsWith(".ts") || file.endsWith(".test.ts") || file.startsWith("internal")) continue;
      const text = readFileSync(join(src, file), "utf8");
      for (const m of text.matchAll(exampleBlock)) {
        const ex = exampleCode(pkg, file, m[1]!);
        if (ex !== null) found.push(ex);
      }
    }
  }
  for (const { pkg, code } of extraExamples) {
    const ex = exampleCode(pkg, "fuzz/src/extraExamples.ts", code);
    if (ex !== null) found.push(ex);
  }
  return found;
}

/**
 * Bundles the fuzzing worker with every package's sources (so that the calls run the code as it is
 * in the work tree, without a build) into a temporary folder, and collects the documented examples.
 *
 * @param repoRoot - The repository root.
 * @returns The bundle's path, the examples and the temporary folder.
 */
export async function buildWorker(repoRoot: string): Promise<BuiltWorker> {
  const dir = mkdtempSync(join(tmpdir(), "crimestats-fuzz-"));
  const file = join(dir, "worker.mjs");
  await build({
    entryPoints: [resolve(repoRoot, "fuzz/src/worker.ts")],
    outfile: file,
    bundle: true,
    platform: "node",
    // A package's ESM build ("module") before its "main": jsonc-parser's "main" is a UMD file whose
    // require() calls a bundler cannot follow ("Cannot find module './impl/format'").
    mainFields: ["module", "main"],
    format: "esm",
    target: "node20",
    logLevel: "silent",
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    plugins: [
      {
        name: "workspace-sources",
        setup(b) {
          b.onResolve({ filter: /^@crimestats\/[\w-]+$/ }, (args) => ({
            path: resolve(repoRoot, "packages", args.path.slice("@crimestats/".length), "src/index.ts"),
          }));
        },
      },
    ],
  });
  return { file, examples: examplesOf(repoRoot), dir };
}
