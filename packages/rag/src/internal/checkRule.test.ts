import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RuleSchema, RuleSetSchema } from "../ruleSchema.js";
import { checkRule, checkRuleSet } from "./checkRule.js";

// evaluate checks rules with checkRule (plain code) so that it does not need zod; parseRule uses the
// zod RuleSchema. The two must accept exactly the same rules.
const value = fc.constantFrom<unknown>(
  undefined,
  null,
  "",
  "x",
  0,
  -1,
  1.5,
  2,
  6,
  7,
  100,
  100.5,
  101,
  0.95,
  1,
  -0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 53,
  [],
  {},
  true,
  "lower-is-better",
  "higher-is-better",
  "no-judgement",
  "use",
  "ignore",
  "worst-of",
  "best-of",
  "all-of",
  "majority",
);
const outcome = fc.constantFrom<unknown>(
  "better",
  "similar",
  "worse",
  "best",
  "worst",
  "higher",
  "lower",
  "not-compared",
  "improving",
  "worsening",
  "increasing",
  "decreasing",
  "no-significant-change",
  3,
);
const colourList = fc.oneof(fc.array(outcome, { maxLength: 3 }), value);
const colours = fc.oneof(fc.record({ green: colourList, amber: colourList, red: colourList, blue: colourList }, { requiredKeys: [] }), value);
const amber = fc.oneof(
  fc.record(
    {
      absolute: fc.oneof(value, fc.double({ noNaN: true, min: -10, max: 200 })),
      percent: fc.oneof(value, fc.double({ noNaN: true, min: -10, max: 200 })),
      extra: value,
    },
    { requiredKeys: [] },
  ),
  value,
);
const base = { id: value, title: value, description: value, typo: value };
const kind = fc.constantFrom<unknown>("target", "change", "benchmark", "trend", "action", "composite", "forecast", undefined);

const { rule } = fc.letrec((tie) => ({
  rule: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record(
      {
        ...base,
        kind,
        polarity: value,
        target: fc.oneof(value, fc.double()),
        amber,
        decimals: value,
        significance: fc.oneof(fc.record({ confidence: fc.oneof(value, fc.double()), extra: value }, { requiredKeys: [] }), value),
        colours,
        manualRating: value,
        staleAfterMonths: value,
        combine: value,
        rules: fc.oneof(fc.array(tie("rule"), { maxLength: 3 }), value),
      },
      { requiredKeys: [] },
    ),
    value,
  ),
}));

describe("checkRule (the rule schema without zod)", () => {
  it("accepts exactly the rules that the zod RuleSchema accepts, on generated rules of every kind", () => {
    fc.assert(
      fc.property(rule, (r) => {
        expect(checkRule(r).length === 0).toBe(RuleSchema.safeParse(r).success);
      }),
      { numRuns: 5000 },
    );
  });

  it("accepts exactly the rules that RuleSchema accepts, on rules close to valid ones", () => {
    const valid: unknown[] = [
      { kind: "target", polarity: "lower-is-better", target: 2147, amber: { percent: 2 }, decimals: 0, id: "a", title: "t", description: "d" },
      { kind: "change", polarity: "higher-is-better", amber: { absolute: 50 }, significance: { confidence: 0.95 } },
      { kind: "benchmark", colours: { green: ["better", "best"], amber: ["similar"], red: ["worse"] } },
      { kind: "trend", polarity: "no-judgement", colours: { red: ["increasing"] } },
      { kind: "action", manualRating: "ignore", staleAfterMonths: 3 },
      { kind: "composite", combine: "all-of", rules: [{ kind: "benchmark" }, { kind: "trend", polarity: "lower-is-better" }] },
    ];
    for (const r of valid) expect(checkRule(r)).toEqual([]);
    const mutate = fc.tuple(
      fc.constantFrom(...valid),
      fc.constantFrom(
        "kind",
        "polarity",
        "target",
        "amber",
        "decimals",
        "significance",
        "colours",
        "manualRating",
        "staleAfterMonths",
        "combine",
        "rules",
        "id",
      ),
      value,
    );
    fc.assert(
      fc.property(mutate, ([r, key, v]) => {
        const changed = { ...(r as object), [key]: v };
        expect(checkRule(changed).length === 0).toBe(RuleSchema.safeParse(changed).success);
      }),
      { numRuns: 3000 },
    );
  });

  it("accepts exactly the rules that RuleSchema accepts, on rules of each kind with values near the limits", () => {
    const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
    const polarity = fc.constantFrom("lower-is-better", "higher-is-better", "no-judgement");
    const band = fc.oneof(
      fc.record({ absolute: fc.double({ min: -1, max: 200, noNaN: true }) }),
      fc.record({ percent: fc.double({ min: -1, max: 120, noNaN: true }) }),
      fc.constant({ absolute: 1, percent: 1 }),
      fc.constant({}),
    );
    const list = fc.array(outcome, { maxLength: 2 });
    const map = fc.record({ green: list, amber: list, red: list }, { requiredKeys: [] });
    const part = fc.oneof(
      fc.record(
        { kind: fc.constant("target"), polarity, target: opt(fc.double()), amber: opt(band), decimals: opt(fc.integer({ min: -1, max: 7 })) },
        { requiredKeys: ["kind"] },
      ),
      fc.record(
        { kind: fc.constant("change"), polarity, amber: opt(band), significance: opt(fc.record({ confidence: fc.double({ min: -0.5, max: 1.5 }) })) },
        { requiredKeys: ["kind"] },
      ),
      fc.record({ kind: fc.constant("benchmark"), colours: opt(map) }, { requiredKeys: ["kind"] }),
      fc.record({ kind: fc.constant("trend"), polarity, colours: opt(map) }, { requiredKeys: ["kind"] }),
      fc.record(
        { kind: fc.constant("action"), manualRating: opt(fc.constantFrom("use", "ignore", "maybe")), staleAfterMonths: opt(fc.integer({ min: -1, max: 4 })) },
        { requiredKeys: ["kind"] },
      ),
    );
    const composite = fc.record({
      kind: fc.constant("composite"),
      combine: fc.constantFrom("worst-of", "majority", "most"),
      rules: fc.array(part, { maxLength: 3 }),
    });
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(part, composite), (r) => {
        const ok = RuleSchema.safeParse(r).success;
        if (ok) accepted += 1;
        expect(checkRule(r).length === 0).toBe(ok);
      }),
      { numRuns: 3000 },
    );
    // The generator reaches both sides of the boundary, so the agreement is not only on rejections.
    expect(accepted).toBeGreaterThan(300);
  });

  it("accepts exactly the rule sets that RuleSetSchema accepts (ids present and unique, nothing but rules)", () => {
    const ruleWithId = fc.record(
      { id: fc.constantFrom<unknown>("a", "b", "c", "d", "", undefined, 3), kind: fc.constantFrom("action", "benchmark", "benchmark", "forecast") },
      { requiredKeys: ["kind"] },
    );
    const set = fc.oneof(
      { weight: 4, arbitrary: fc.record({ rules: fc.array(ruleWithId, { maxLength: 3 }) }) },
      {
        weight: 1,
        arbitrary: fc.oneof(fc.record({ rules: fc.oneof(fc.array(ruleWithId, { maxLength: 4 }), value), extra: value }, { requiredKeys: [] }), value),
      },
    );
    let accepted = 0;
    fc.assert(
      fc.property(set, (s) => {
        const ok = RuleSetSchema.safeParse(s).success;
        if (ok) accepted += 1;
        expect(checkRuleSet(s).length === 0).toBe(ok);
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  it("names the JSON path of the first problem as parseRule does", () => {
    expect(checkRule({ kind: "target", polarity: "lower-is-better", amber: { percent: -2 } })[0]?.path).toEqual(["amber", "percent"]);
    expect(checkRule({ kind: "composite", combine: "worst-of", rules: [{ kind: "benchmark" }, { kind: "forecast" }] })[0]?.path).toEqual(["rules", 1, "kind"]);
    expect(checkRule({ kind: "action", stale: 3 })[0]).toMatchObject({ code: "unrecognized_keys", path: [], keys: ["stale"] });
  });
});
