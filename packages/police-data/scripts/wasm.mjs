#!/usr/bin/env node
// Builds wasm/separators.wat (the scanner's WebAssembly SIMD kernel) into
// src/internal/separatorsWasm.ts, the module's bytes in base64. Run after editing the .wat:
//   pnpm --filter @crimestats/police-data run wasm
// (src/internal/separatorKernel.test.ts fails when the two differ).
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import wabt from "wabt";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The base64 of the module built from the .wat source. */
export async function separatorsBase64() {
  const wat = join(pkg, "wasm", "separators.wat");
  const module = (await wabt()).parseWat(wat, readFileSync(wat, "utf8"), { simd: true });
  module.validate();
  return Buffer.from(module.toBinary({}).buffer).toString("base64");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(pkg, "src", "internal", "separatorsWasm.ts");
  writeFileSync(
    out,
    `// Built from wasm/separators.wat by \`pnpm run wasm\` (wabt): do not edit.\n\n/** The WebAssembly module of the scanner's separator kernel, in base64. */\nexport const separatorsWasm =\n  ${JSON.stringify(await separatorsBase64())};\n`,
  );
  console.log(`wrote ${out}`);
}
