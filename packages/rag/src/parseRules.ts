import { parseJsonText } from "./internal/json.js";
import { issuesToError } from "./internal/issues.js";
import { RuleSetSchema } from "./ruleSchema.js";
import type { RuleSet } from "./types.js";

/**
 * Validates a rule set (a parsed JSON value or JSON text) against {@link RuleSetSchema}: a
 * partnership's rule file, `{ "rules": [ { "id": …, "kind": … }, … ] }`.
 *
 * @param json - The rule set, as a value or as JSON text.
 * @returns The rule set, typed.
 * @throws {@link RagError} `invalid-json` when text is not JSON; `invalid-rule` naming the JSON path
 * of the first problem (`details.path`, e.g. `"$.rules[1].amber.percent"`) with all problems in
 * `details.issues`: an unknown kind, a negative tolerance, an amber band wider than 100%, an outcome
 * mapped twice, a missing or repeated id, an unknown property.
 * @example
 * ```ts
 * parseRules({ rules: [{ id: "burglary", kind: "target", polarity: "lower-is-better", amber: { percent: 2 } }] }).rules.length;
 * //=> 1
 * parseRules({ rules: [{ id: "b", kind: "benchmark", colours: { green: ["better"], amber: ["better"] } }] });
 * // throws RagError: Invalid rule set: $.rules[0].colours.amber[0] is "better"; expected "better" mapped only once (it is already mapped at green[0]).
 * ```
 */
export function parseRules(json: unknown): RuleSet {
  const value = typeof json === "string" ? parseJsonText(json) : json;
  const result = RuleSetSchema.safeParse(value);
  if (!result.success) throw issuesToError("rule set", value, result.error.issues);
  return result.data;
}
