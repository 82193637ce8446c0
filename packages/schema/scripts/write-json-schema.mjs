// Writes every schema of the built package as a JSON Schema file into dist/json-schema/,
// so the files ship with the package (run by `pnpm build`, after tsup).
import { mkdirSync, writeFileSync } from "node:fs";
import { toJSONSchema } from "../dist/index.js";

const dir = new URL("../dist/json-schema/", import.meta.url);
mkdirSync(dir, { recursive: true });
const schemas = toJSONSchema();
for (const [name, doc] of Object.entries(schemas)) {
  writeFileSync(new URL(`${name}.schema.json`, dir), `${JSON.stringify(doc, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(schemas).length} JSON Schema files to dist/json-schema/`);
