import type { JsonSchema } from "@crimestats/schema";
import * as z from "zod/mini";
import { RuleSchema, RuleSetSchema } from "./ruleSchema.js";

/** The names of the documents {@link ruleJsonSchemas} returns. */
export type RuleSchemaName = "Rule" | "RuleSet";

/**
 * The rule schemas as JSON Schema (draft 2020-12) documents of the `JsonSchema` type of
 * `@crimestats/schema` (whose `toJSONSchema` gives the data schemas), so a partnership can check a rule file in its
 * editor, or in Python (`jsonschema`) or R (`jsonvalidate`), before `parseRules` reads it.
 *
 * The documents carry the structure, the kinds, enumerations and ranges (a tolerance of 0 or more,
 * a relative amber band of at most 100%, a confidence level between 0 and 1, a composite of at
 * least two parts), and reject unknown properties. The cross-field checks that JSON Schema cannot
 * express here are applied only by {@link parseRule} and {@link parseRules}: exactly one of
 * `absolute` or `percent` in an amber band, an outcome mapped to one colour only, trend colours
 * that fit the polarity, and a unique `id` on every rule of a rule set.
 *
 * @returns A fresh object from name (`Rule`, `RuleSet`) to JSON Schema document, each with a `title`.
 * @throws Never.
 * @example
 * ```ts
 * const { RuleSet } = ruleJsonSchemas();
 * RuleSet.required;
 * //=> ["rules"]
 * ruleJsonSchemas().Rule.title;
 * //=> "Rule"
 * ```
 */
export function ruleJsonSchemas(): Record<RuleSchemaName, JsonSchema> {
  const schemas: Record<RuleSchemaName, z.core.$ZodType> = { Rule: RuleSchema, RuleSet: RuleSetSchema };
  const out = {} as Record<RuleSchemaName, JsonSchema>;
  for (const name of Object.keys(schemas) as RuleSchemaName[]) {
    const doc = z.toJSONSchema(schemas[name], { io: "input", unrepresentable: "any" }) as JsonSchema;
    out[name] = { title: name, ...doc };
  }
  return out;
}
