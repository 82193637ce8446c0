import { describe, expect, it } from "vitest";
import type { JsonSchema } from "@crimestats/schema";
import { ruleJsonSchemas } from "./ruleJsonSchemas.js";

/** The one-of branches of the recursive rule definition, by kind. */
function branches(doc: JsonSchema): Map<string, JsonSchema> {
  const defs = Object.values(doc.$defs ?? {}) as JsonSchema[];
  const union = [doc, ...defs].find((d) => Array.isArray(d.oneOf)) as JsonSchema;
  const out = new Map<string, JsonSchema>();
  for (const branch of union.oneOf as JsonSchema[]) {
    const kind = (branch.properties?.["kind"] as JsonSchema | undefined)?.const as string;
    out.set(kind, branch);
  }
  return out;
}

describe("ruleJsonSchemas", () => {
  it("doc example: the RuleSet document requires rules and each document carries its title", () => {
    const { RuleSet } = ruleJsonSchemas();
    expect(RuleSet.required).toEqual(["rules"]);
    expect(ruleJsonSchemas().Rule.title).toBe("Rule");
  });

  it("describes every rule kind, strictly, with the ranges the parser checks", () => {
    for (const doc of Object.values(ruleJsonSchemas())) {
      expect(doc.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      const kinds = branches(doc);
      expect([...kinds.keys()]).toEqual(["target", "change", "benchmark", "trend", "action", "composite"]);
      for (const branch of kinds.values()) expect(branch.additionalProperties).toBe(false);
      const amber = kinds.get("target")?.properties?.["amber"] as JsonSchema;
      expect(amber.properties?.["percent"]).toEqual({ type: "number", minimum: 0, maximum: 100 });
      expect(amber.properties?.["absolute"]).toEqual({ type: "number", minimum: 0 });
      const composite = kinds.get("composite") as JsonSchema;
      expect((composite.properties?.["combine"] as JsonSchema | undefined)?.enum).toEqual(["worst-of", "best-of", "all-of", "majority"]);
      const parts = composite.properties?.["rules"] as JsonSchema;
      expect(parts.minItems).toBe(2);
      expect(typeof (parts.items as JsonSchema).$ref).toBe("string"); // recursive: a part is any rule
      const confidence = (kinds.get("change")?.properties?.["significance"] as JsonSchema | undefined)?.properties?.["confidence"];
      expect(confidence).toEqual({ type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 });
    }
  });

  it("is plain JSON and fresh on each call", () => {
    const a = ruleJsonSchemas();
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    a.Rule.title = "changed";
    expect(ruleJsonSchemas().Rule.title).toBe("Rule");
  });
});
