import { parseJsonText } from "./internal/json.js";
import { issuesToError } from "./internal/issues.js";
import { RuleSchema } from "./ruleSchema.js";
import type { Rule } from "./types.js";

/**
 * Validates one rule (a parsed JSON value or JSON text) against {@link RuleSchema}.
 *
 * @param json - The rule, as a value or as JSON text.
 * @returns The rule, typed.
 * @throws {@link RagError} `invalid-json` when text is not JSON; `invalid-rule` naming the JSON path
 * (`details.path`, e.g. `"$.amber.percent"`) of the first problem, all problems in `details.issues`.
 * @example
 * ```ts
 * parseRule('{ "kind": "target", "polarity": "lower-is-better", "target": 2147, "amber": { "percent": 2 } }').target;
 * //=> 2147
 * parseRule({ kind: "forecast" });
 * // throws RagError: Invalid rule: $.kind is "forecast"; expected one of "target", "change", …
 * ```
 */
export function parseRule(json: unknown): Rule {
  const value = typeof json === "string" ? parseJsonText(json) : json;
  const result = RuleSchema.safeParse(value);
  if (!result.success) throw issuesToError("rule", value, result.error.issues);
  return result.data;
}
