import type { RagResult, RuleInput } from "../evaluate.js";
import type { Rule } from "../types.js";
import { evaluateAction } from "./kinds/action.js";
import { evaluateBenchmark } from "./kinds/benchmark.js";
import { evaluateChange } from "./kinds/change.js";
import { evaluateComposite } from "./kinds/composite.js";
import { evaluateTarget } from "./kinds/target.js";
import { evaluateTrend } from "./kinds/trend.js";

/** Evaluates a rule already known to satisfy the schema. `path` names the input in errors. */
export function evaluateChecked(rule: Rule, input: RuleInput, path: string): RagResult {
  switch (rule.kind) {
    case "target":
      return evaluateTarget(rule, input, path);
    case "change":
      return evaluateChange(rule, input, path);
    case "benchmark":
      return evaluateBenchmark(rule, input, path);
    case "trend":
      return evaluateTrend(rule, input, path);
    case "action":
      return evaluateAction(rule, input, path);
    case "composite":
      return evaluateComposite(rule, input, path, evaluateChecked);
  }
}
