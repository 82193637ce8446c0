/**
 * Each schema is built at module level, marked `/* @__PURE__ *\/` and free of object spreads, so
 * a bundler keeps only the schemas a program uses: importing `parseArea` alone must not bring in
 * the strategy, target or delivery-plan schemas (nor `@crimestats/periods`, which only
 * `PeriodSchema` needs). The package is built here as tsup builds it (one ESM file, dependencies
 * external), then an application importing one function is bundled from it with esbuild for
 * the browser.
 */
import { build, type Plugin } from "esbuild";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const packages = fileURLToPath(new URL("../../", import.meta.url));
let dist = "";

beforeAll(async () => {
  const result = await build({
    entryPoints: [`${packages}schema/src/index.ts`],
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    external: ["zod", "zod/mini", "@crimestats/periods"],
    alias: { "@crimestats/internal": `${packages}internal/src/index.ts` },
    logLevel: "silent",
  });
  dist = result.outputFiles[0]!.text;
});

/** Resolves `@crimestats/schema` to the file built in `beforeAll`. */
const builtSchema: Plugin = {
  name: "built-schema",
  setup(b) {
    b.onResolve({ filter: /^@crimestats\/schema$/ }, () => ({ path: "schema.js", namespace: "built" }));
    b.onLoad({ filter: /.*/, namespace: "built" }, () => ({ contents: dist, loader: "js", resolveDir: `${packages}schema` }));
  },
};

async function bundle(name: string): Promise<string> {
  const result = await build({
    stdin: { contents: `import { ${name} } from "@crimestats/schema"; console.log(${name});`, resolveDir: packages, loader: "js" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    alias: { "@crimestats/periods": `${packages}periods/src/index.ts` },
    plugins: [builtSchema],
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

/** The schema constants a bundle declares (esbuild keeps their names when not minifying). */
function schemasIn(code: string): string[] {
  return [...code.matchAll(/^var (\w+Schema)\d* = /gm)].map((m) => m[1]!).sort();
}

describe("tree-shaking of the module-level schemas", () => {
  it("a bundle of parseArea holds only the area schema and the schemas it is made of", async () => {
    const code = await bundle("parseArea");
    expect(schemasIn(code)).toEqual(["AreaLevelSchema", "AreaSchema", "MonthKeySchema", "NonEmptyStringSchema", "areaSchema"]);
    expect(code).not.toContain("PeriodError");
  });

  it("a bundle of parseStrategy holds what a strategy is made of (priorities, indicators, targets, periods) but not the delivery plan", async () => {
    const code = await bundle("parseStrategy");
    const schemas = schemasIn(code);
    for (const part of ["strategySchema", "prioritySchema", "indicatorSchema", "targetSchema", "PeriodSchema"]) expect(schemas).toContain(part);
    for (const other of ["deliveryPlanActionSchema", "leadSchema", "dueSchema", "areaSchema", "countRowSchema", "populationSchema"])
      expect(schemas).not.toContain(other);
  });

  it("a bundle of parseIncidentCount holds the incident row's schemas but no other local row, nor the CSV layouts", async () => {
    const code = await bundle("parseIncidentCount");
    const schemas = schemasIn(code);
    for (const part of ["incidentCountSchema", "IncidentMeasureSchema", "MonthRangeSchema", "CountingUnitSchema", "AgeBandSchema"])
      expect(schemas).toContain(part);
    for (const other of ["youthJusticeRecordSchema", "surveyResultSchema", "serviceVolumeSchema", "deliveryPlanActionSchema", "countRowSchema"])
      expect(schemas).not.toContain(other);
    expect(code).not.toContain("localColumnSpecs");
  });

  it("a bundle of localKindOf holds the column layouts, but none of the row schemas", async () => {
    const code = await bundle("localKindOf");
    expect(code).toContain("localColumnSpecs");
    for (const other of ["incidentCountSchema", "youthJusticeRecordSchema", "surveyResultSchema", "serviceVolumeSchema", "deliveryPlanActionSchema"])
      expect(schemasIn(code)).not.toContain(other);
  });
});
