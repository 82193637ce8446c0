#!/usr/bin/env node
// Creates the boilerplate of a new @crimestats package (manifest, configs, README, CHANGELOG,
// LICENSE) following the conventions in docs/contributing.md. Existing files are left alone.
//
//   node scripts/new-package.mjs <noun> "<one-line description>" [--platform node|neutral]
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { manifestLinks, repoRoot as root } from "./lib/repo.mjs";

const [noun, description, flag, platformArg] = process.argv.slice(2);
if (!noun || !/^[a-z][a-z-]*$/.test(noun) || !description) {
  console.error('usage: node scripts/new-package.mjs <noun> "<description>" [--platform node|neutral]');
  process.exit(2);
}
const platform = flag === "--platform" ? platformArg : "neutral";
const dir = resolve(root, "packages", noun);
const name = `@crimestats/${noun}`;

function write(relative, text) {
  const file = resolve(dir, relative);
  if (existsSync(file)) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

write(
  "package.json",
  `${JSON.stringify(
    {
      name,
      version: "0.0.0",
      description,
      license: "MIT",
      keywords: ["crime", "statistics", "community-safety", noun],
      ...manifestLinks(noun),
      type: "module",
      sideEffects: false,
      main: "./dist/index.cjs",
      module: "./dist/index.js",
      types: "./dist/index.d.cts",
      exports: {
        ".": {
          import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
          require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
        },
        "./package.json": "./package.json",
      },
      files: ["dist", "CHANGELOG.md"],
      engines: { node: ">=20.19" },
      scripts: {
        build: "tsup",
        typecheck: "tsc --noEmit -p tsconfig.json",
        "lint:package": "publint --strict && attw --pack .",
      },
    },
    null,
    2,
  )}\n`,
);
write("tsconfig.json", `${JSON.stringify({ extends: "../../tsconfig.base.json", include: ["src", "test", "bench"] }, null, 2)}\n`);
write(
  "tsup.config.ts",
  `import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.shared.ts";

export default defineConfig(packageBuild(${platform === "neutral" ? "" : `{ platform: "${platform}" }`}));
`,
);
write(
  "vitest.config.ts",
  `import { packageProject } from "../../vitest.shared.ts";

export default packageProject(import.meta.url);
`,
);
write("CHANGELOG.md", `# ${name}\n`);
write(
  "README.md",
  `# ${name}

${description}

## Install

\`\`\`sh
npm install ${name}
\`\`\`

## API

See the generated API documentation (\`pnpm run docs\`, then \`docs/api/\`).
`,
);
if (!existsSync(resolve(dir, "LICENSE"))) copyFileSync(resolve(root, "LICENSE"), resolve(dir, "LICENSE"));
console.log(`created ${name} in packages/${noun}`);
