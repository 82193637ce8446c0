import { bench, describe } from "vitest";
import { evaluate, evaluatePlan, parseRules, type DeliveryPlanInput, type TargetRule } from "../src/index.js";

/**
 * Each task rates BATCH inputs per call, so verdicts per second = hz × BATCH. A borough's
 * delivery plan has about a hundred rows, so even the slowest path here is far from mattering;
 * the benchmark guards against regressions (e.g. re-validating rules becoming expensive).
 */
const BATCH = 1000;
const target: TargetRule = { kind: "target", polarity: "lower-is-better", target: 2147, amber: { percent: 2 } };
const values = Array.from({ length: BATCH }, (_, i) => 2000 + (i % 300) + (i % 7) / 100);
const counts = Array.from({ length: BATCH }, (_, i) => ({ current: 80 + (i % 40), previous: 90 + (i % 17) }));
const rules = parseRules({
  rules: [
    { id: "burglary", ...target },
    { id: "reduced", kind: "change", polarity: "lower-is-better", significance: { confidence: 0.95 } },
  ],
});
const plan: DeliveryPlanInput = {
  asOf: "2019-04",
  priorities: Array.from({ length: 10 }, (_, p) => ({
    id: `P${p}`,
    measures: Array.from({ length: 10 }, (_, m) => ({ id: `m${m}`, rule: "burglary", input: { value: values[p * 10 + m]! } })),
    actions: Array.from({ length: 90 }, (_, a) => ({
      id: `a${a}`,
      lifecycle: (["new", "continue", "complete", "remove"] as const)[a % 4]!,
      due: a % 3 === 0 ? "2019-03" : "ongoing",
      rag: (["red", "amber", "green", null] as const)[a % 4]!,
    })),
  })),
};
let sink = 0;

describe(`evaluate, ${BATCH} verdicts per call (verdicts/s = hz × ${BATCH})`, () => {
  bench("target rule (validates the rule each call)", () => {
    for (let i = 0; i < BATCH; i++) sink += evaluate(target, { value: values[i]!, what: "burglaries" }).explanation.length;
  });

  bench("change rule with the exact Poisson significance test", () => {
    const rule = rules.rules[1]!;
    for (let i = 0; i < BATCH; i++) sink += evaluate(rule, counts[i]!).explanation.length;
  });

  bench("evaluatePlan: 10 priorities × (10 measures + 90 actions)", () => {
    sink += evaluatePlan(plan, rules).items.length;
  });
});

export { sink };
