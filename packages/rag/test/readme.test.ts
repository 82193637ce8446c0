import { describe, expect, it } from "vitest";
import { evaluate, evaluatePlan, parseRules, presentRating, summarise } from "../src/index.js";

describe("README example", () => {
  it("runs as written, with the results the README shows", () => {
    const rules = parseRules(`{ "rules": [
  { "id": "burglary", "kind": "target", "polarity": "lower-is-better", "target": 2147, "amber": { "percent": 2 } },
  { "id": "vs-benchmark-area", "kind": "benchmark" }
] }`);
    const verdict = evaluate(rules.rules[0]!, { value: 2240, what: "burglaries", period: "the 12 months to Dec 2018" });
    expect(verdict.explanation).toBe("Red: 2,240 burglaries in the 12 months to Dec 2018 is 4.3% above the target of 2,147 (amber band 2%)");
    expect(presentRating(verdict).definition).toBe("Off track: beyond the tolerance of the target, or the action is overdue.");
    expect(
      evaluate(rules.rules[1]!, {
        outcome: "similar",
        value: 6.1,
        benchmark: 5.8,
        decimals: 1,
        benchmarkName: "Cumbria",
        what: "burglaries per 1,000 households",
      }).explanation,
    ).toBe("Amber: 6.1 burglaries per 1,000 households is similar to Cumbria (5.8)");
    const plan = {
      asOf: "2019-04",
      priorities: [
        {
          id: "HV1",
          measures: [{ id: "HV1-m1", rule: "burglary", input: { value: 2240 } }],
          actions: [
            { id: "1.1", lifecycle: "complete" as const },
            { id: "1.2", lifecycle: "continue" as const, due: "2019-03" },
          ],
        },
      ],
    };
    expect(summarise(evaluatePlan(plan, rules)).overall).toEqual({
      red: 2,
      amber: 0,
      green: 1,
      "not-rated": 0,
      complete: 1,
      total: 3,
    });
  });
});
