/**
 * The JSON Schema documents that @crimestats/schema ships must accept the package's own data, as
 * checked by an independent validator (Python's `jsonschema`, Draft 2020-12). Skipped, with the
 * reason, where python3 with jsonschema is not installed.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { toJSONSchema } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import * as pkg from "../src/index.js";

const probe = spawnSync("python3", ["-c", "import jsonschema"], { encoding: "utf8" });
const havePython = probe.status === 0;

const SCRIPT = `
import json, sys, jsonschema
job = json.load(sys.stdin)
out = []
for schema_name, doc in job["docs"]:
    v = jsonschema.Draft202012Validator(job["schemas"][schema_name])
    out.append([e.message for e in v.iter_errors(doc)])
print(json.dumps(out))
`;

function validate(docs: [string, unknown][]): string[][] {
  const r = spawnSync("python3", ["-c", SCRIPT], { input: JSON.stringify({ schemas: toJSONSchema(), docs }), encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

describe.skipIf(!havePython)(
  `JSON Schema checked by Python jsonschema (${havePython ? "available" : "python3 -c 'import jsonschema' failed: skipped"})`,
  () => {
    it("accepts every taxonomy of the package and the example strategies of examples/data/harrow", () => {
      const strategies = JSON.parse(readFileSync(new URL("../../../examples/data/harrow/strategies.json", import.meta.url), "utf8")) as unknown[];
      const docs: [string, unknown][] = [
        ["Taxonomy", pkg.policeUkCategories],
        ["Taxonomy", pkg.homeOfficeOffenceGroups],
        ["Taxonomy", pkg.metropolitanPoliceCategories],
        ["Taxonomy", pkg.metropolitanPoliceLegacyCategories],
        ["Taxonomy", pkg.mopac7],
        ...strategies.map((s): [string, unknown] => ["Strategy", s]),
      ];
      expect(validate(docs)).toEqual(docs.map(() => []));
    });

    it("rejects what the parsers reject on structure (bad month, unknown field, bad enum, negative count)", () => {
      const count = { area: "E09000015", month: "2019-03", offence: "burglary", count: 3, unit: "offences", source: "MPS", vintage: "2019-06" };
      const results = validate([
        ["CountRow", count],
        ["CountRow", { ...count, month: "2019-13" }],
        ["CountRow", { ...count, vintgae: "x" }],
        ["CountRow", { ...count, unit: "crimes" }],
        ["CountRow", { ...count, count: -1 }],
        ["Target", { kind: "percent-reduction", percent: 10 }],
        ["Target", { kind: "reduce" }],
      ]);
      expect(results.map((errors) => errors.length > 0)).toEqual([false, true, true, true, true, false, true]);
    });
  },
);
