import { describe, expect, it } from "vitest";
import { parseRule } from "./parseRule.js";
import { thrown } from "../test/thrown.js";

describe("parseRule", () => {
  it("doc example: parses JSON text", () => {
    expect(parseRule('{ "kind": "target", "polarity": "lower-is-better", "target": 2147, "amber": { "percent": 2 } }')).toEqual({
      kind: "target",
      polarity: "lower-is-better",
      target: 2147,
      amber: { percent: 2 },
    });
  });

  it("doc example: an unknown kind names $.kind and the kinds expected", () => {
    const e = thrown(() => parseRule({ kind: "forecast" }));
    expect(e.code).toBe("invalid-rule");
    expect(e.message).toBe('Invalid rule: $.kind is "forecast"; expected one of "target", "change", "benchmark", "trend", "action", "composite".');
    expect(e.details["path"]).toBe("$.kind");
  });

  it("accepts every kind", () => {
    for (const rule of [
      { kind: "target", polarity: "higher-is-better", amber: { absolute: 0 } },
      { kind: "change", polarity: "lower-is-better", amber: { percent: 100 }, significance: { confidence: 0.95 }, decimals: 1 },
      { kind: "benchmark", colours: { green: ["better"], red: ["worse"] } },
      { kind: "trend", polarity: "no-judgement", colours: { amber: ["increasing", "no-significant-change"] } },
      { kind: "action", manualRating: "ignore", staleAfterMonths: 3 },
      { kind: "composite", combine: "majority", rules: [{ kind: "action" }, { kind: "benchmark" }, { kind: "action" }] },
    ]) {
      expect(parseRule(rule)).toEqual(rule);
      expect(parseRule(JSON.stringify(rule))).toEqual(rule);
    }
  });

  it.each([
    ["not JSON", "{ kind: target }", "invalid-json", undefined],
    ["a number where a rule should be", "3", "invalid-rule", "$"],
    ["negative absolute tolerance", { kind: "target", polarity: "lower-is-better", amber: { absolute: -1 } }, "invalid-rule", "$.amber.absolute"],
    ["amber band wider than allowed", { kind: "change", polarity: "lower-is-better", amber: { percent: 100.5 } }, "invalid-rule", "$.amber.percent"],
    ["both band forms", { kind: "target", polarity: "lower-is-better", amber: { percent: 1, absolute: 1 } }, "invalid-rule", "$.amber"],
    ["no polarity", { kind: "target" }, "invalid-rule", "$.polarity"],
    ["no-judgement on a target", { kind: "target", polarity: "no-judgement" }, "invalid-rule", "$.polarity"],
    ["confidence of 1", { kind: "change", polarity: "lower-is-better", significance: { confidence: 1 } }, "invalid-rule", "$.significance.confidence"],
    ["fractional decimals", { kind: "target", polarity: "lower-is-better", decimals: 1.5 }, "invalid-rule", "$.decimals"],
    ["stale after 0 months", { kind: "action", staleAfterMonths: 0 }, "invalid-rule", "$.staleAfterMonths"],
    ["a typo", { kind: "action", staleAfterMonth: 3 }, "invalid-rule", "$.staleAfterMonth"],
    ["composite with one part", { kind: "composite", combine: "worst-of", rules: [{ kind: "action" }] }, "invalid-rule", "$.rules"],
    ["unknown combine", { kind: "composite", combine: "average", rules: [{ kind: "action" }, { kind: "action" }] }, "invalid-rule", "$.combine"],
    ["not-compared mapped", { kind: "benchmark", colours: { red: ["not-compared"] } }, "invalid-rule", "$.colours.red[0]"],
    ["outcome twice in one list", { kind: "benchmark", colours: { red: ["worse", "worse"] } }, "invalid-rule", "$.colours.red[1]"],
    ["improving without polarity", { kind: "trend", polarity: "no-judgement", colours: { green: ["improving"] } }, "invalid-rule", "$.colours.green[0]"],
    ["increasing with polarity", { kind: "trend", polarity: "lower-is-better", colours: { red: ["increasing"] } }, "invalid-rule", "$.colours.red[0]"],
    ["empty id", { kind: "action", id: "" }, "invalid-rule", "$.id"],
  ] as const)("rejects %s", (_name, json, code, path) => {
    const e = thrown(() => parseRule(json));
    expect(e.code).toBe(code);
    expect(e.details["path"]).toBe(path);
    if (path !== undefined) expect(e.message).toContain(`${path} `);
  });

  it("messages name the bad value and what was expected", () => {
    expect(thrown(() => parseRule({ kind: "change", polarity: "lower-is-better", amber: { percent: 150 } })).message).toBe(
      "Invalid rule: $.amber.percent is 150; expected at most 100 (an amber band wider than 100% of the target is not allowed).",
    );
    expect(thrown(() => parseRule({ kind: "target", polarity: "lower-is-better", amber: { absolute: -5 } })).message).toBe(
      "Invalid rule: $.amber.absolute is -5; expected a tolerance of 0 or more.",
    );
    expect(thrown(() => parseRule({ kind: "action", staleAfterMonth: 3 })).message).toBe(
      "Invalid rule: $.staleAfterMonth is not a known property; expected only the properties the rule kind defines (is it a typo?).",
    );
    expect(thrown(() => parseRule({ kind: "target", polarity: "sideways" })).message).toBe(
      'Invalid rule: $.polarity is "sideways"; expected one of "lower-is-better", "higher-is-better".',
    );
    expect(thrown(() => parseRule({ kind: "action", staleAfterMonths: 1.5 })).message).toBe(
      "Invalid rule: $.staleAfterMonths is 1.5; expected a whole number.",
    );
    expect(thrown(() => parseRule({ kind: "target", polarity: "lower-is-better", target: "10" })).message).toBe(
      'Invalid rule: $.target is "10"; expected a value of type number.',
    );
    const invalidJson = thrown(() => parseRule("{ kind: target }"));
    expect(invalidJson.message).toMatch(/^The rule text is not valid JSON \(.+\); expected a JSON document\.$/);
  });

  it("reports every problem in details.issues", () => {
    const e = thrown(() => parseRule({ kind: "target", polarity: "up", amber: { percent: -1 }, extra: 1 }));
    const issues = e.details["issues"] as { path: string }[];
    expect(issues.map((i) => i.path).sort()).toEqual(["$.amber.percent", "$.extra", "$.polarity"]);
    expect(e.message).toMatch(/\(2 more problem\(s\) in details\.issues\)$/);
  });
});
