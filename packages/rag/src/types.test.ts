import { describe, expect, it } from "vitest";
import { evaluate, type CompositeInput, type RagResult } from "./evaluate.js";
import { parseRules } from "./parseRules.js";
import type { Rule, RuleSet } from "./types.js";

// The @example blocks of the exported types.
describe("type examples", () => {
  it("doc example: Rule", () => {
    const rule: Rule = { kind: "change", polarity: "lower-is-better", amber: { percent: 2 } };
    expect(evaluate(rule, { current: 2240, previous: 2386 }).status).toBe("green");
  });

  it("doc example: RuleSet", () => {
    const set: RuleSet = parseRules('{ "rules": [{ "id": "actions", "kind": "action", "staleAfterMonths": 3 }] }');
    expect(set.rules[0]?.id).toBe("actions");
  });

  it("doc example: RagResult", () => {
    const result: RagResult = evaluate({ kind: "action" }, { action: { id: "5.1", lifecycle: "remove" }, asOf: "2019-04" });
    expect([result.status, result.code, result.explanation]).toEqual(["not-rated", "removed", "Not rated: action 5.1 was removed from the plan"]);
  });

  it("doc example: CompositeInput", () => {
    const rule = {
      kind: "composite",
      combine: "worst-of",
      rules: [{ kind: "benchmark" }, { kind: "trend", polarity: "lower-is-better" }],
    } as const;
    const input: CompositeInput = [{ outcome: "worse" }, { outcome: "decreasing" }];
    expect(evaluate(rule, input).status).toBe("red");
  });
});
