import { describe, expect, it } from "vitest";
import { evaluatePlan, type DeliveryPlanInput } from "./evaluatePlan.js";
import { parseRules } from "./parseRules.js";
import { thrown } from "../test/thrown.js";

const rules = parseRules({
  rules: [
    { id: "burglary", kind: "target", polarity: "lower-is-better", target: 2147, amber: { percent: 2 } },
    { id: "reduced", kind: "change", polarity: "lower-is-better" },
    { id: "actions", kind: "action", staleAfterMonths: 3 },
    { id: "hate-reporting", kind: "trend", polarity: "higher-is-better" },
  ],
});

// A plan shaped like Harrow's 2018/19 Delivery Plan; the figures are the plans' own where they print them.
const plan: DeliveryPlanInput = {
  asOf: "2019-04",
  priorities: [
    {
      id: "HV1",
      title: "Burglary",
      measures: [
        { id: "HV1-target", rule: "burglary", input: { value: 2240, what: "burglaries", period: "2018" } },
        {
          id: "HV1-m1",
          title: "Burglaries are reduced compared to the same period in the last 12 months",
          rule: "reduced",
          input: { current: 2240, previous: 2386, what: "burglaries", currentPeriod: "2018" },
        },
      ],
      actions: [
        { id: "1.1", lifecycle: "complete", rag: "amber" },
        { id: "1.2", lifecycle: "continue", due: "2019-03", rag: "green" },
        { id: "1.3", lifecycle: "continue", due: "Ongoing", rag: "green", progress: [{ date: "2019-02-25" }], rule: "actions" },
      ],
    },
    {
      id: "HH5",
      title: "Extremism and hate crime",
      measures: [{ id: "HH5-m1", rule: "hate-reporting", input: { outcome: "increasing", what: "hate crime reports" } }],
      actions: [
        { id: "5.1", lifecycle: "remove" },
        { id: "5.2", lifecycle: "new" },
        { id: "5.3", lifecycle: "continue", progress: [{ date: "2018-10" }], rule: "actions" },
      ],
    },
  ],
};

describe("evaluatePlan", () => {
  it("doc example: a measure under its target and a completed action are both green", () => {
    const docRules = parseRules({
      rules: [{ id: "burglary", kind: "target", polarity: "lower-is-better", target: 2147, amber: { percent: 2 } }],
    });
    const docPlan = {
      asOf: "2019-03",
      priorities: [
        {
          id: "HV1",
          measures: [{ id: "HV1-m1", rule: "burglary", input: { value: 2100 } }],
          actions: [{ id: "HV1-a1", lifecycle: "complete" as const }],
        },
      ],
    };
    expect(evaluatePlan(docPlan, docRules).items.map((i) => i.result.status)).toEqual(["green", "green"]);
  });

  it("rates every measure and action in plan order", () => {
    const result = evaluatePlan(plan, rules);
    expect(result.asOf).toBe("2019-04");
    expect(result.items.map((i) => [i.priority, i.item, i.id, i.ruleId, i.result.status])).toEqual([
      ["HV1", "measure", "HV1-target", "burglary", "red"],
      ["HV1", "measure", "HV1-m1", "reduced", "green"],
      ["HV1", "action", "1.1", null, "green"],
      ["HV1", "action", "1.2", null, "red"],
      ["HV1", "action", "1.3", "actions", "green"],
      ["HH5", "measure", "HH5-m1", "hate-reporting", "green"],
      ["HH5", "action", "5.1", null, "not-rated"],
      ["HH5", "action", "5.2", null, "not-rated"],
      ["HH5", "action", "5.3", "actions", "amber"],
    ]);
    expect(result.items[1]?.title).toBe("Burglaries are reduced compared to the same period in the last 12 months");
    expect(result.items[3]?.result.explanation).toBe("Red: action 1.2 was due by Mar 2019 and is not complete (as of Apr 2019); the plan records Green");
    expect(result.items[8]?.result.explanation).toBe("Amber: action 5.3 has had no progress update since Oct 2018, more than 3 month(s) before Apr 2019");
  });

  it("options.actionRule sets the rule for actions that name none", () => {
    const result = evaluatePlan(plan, rules, { actionRule: "actions" });
    expect(result.items.filter((i) => i.item === "action").map((i) => i.ruleId)).toEqual(Array(6).fill("actions"));
    // 1.1 is complete (green); 5.2 is new with no updates (not stale, not rated).
    expect(result.items.find((i) => i.id === "5.2")?.result.status).toBe("not-rated");
  });

  it("a manual override replaces the verdict, keeps the rule's, and explains both", () => {
    const withOverride: DeliveryPlanInput = {
      asOf: "2019-04",
      priorities: [
        {
          id: "HV1",
          measures: [
            {
              id: "m",
              rule: "burglary",
              input: { value: 2240, what: "burglaries", period: "2018" },
              override: { status: "amber", explanation: "the rise is one series of linked offences, since charged" },
            },
          ],
        },
      ],
    };
    const [item] = evaluatePlan(withOverride, rules).items;
    expect(item?.result.status).toBe("amber");
    expect(item?.result.code).toBe("override");
    expect(item?.result.explanation).toBe(
      "Amber (set by hand): the rise is one series of linked offences, since charged; the rule gives Red: 2,240 burglaries in 2018 is 4.3% above the target of 2,147 (amber band 2%)",
    );
    expect(item?.computed.status).toBe("red");
    const noReason = {
      ...withOverride,
      priorities: [{ id: "P", measures: [{ id: "m", rule: "burglary", input: { value: 1 }, override: { status: "green", explanation: " " } }] }],
    } as DeliveryPlanInput;
    expect(thrown(() => evaluatePlan(noReason, rules)).details["path"]).toBe("plan.priorities[0].measures[0].override.explanation");
    const badStatus = {
      ...withOverride,
      priorities: [{ id: "P", measures: [{ id: "m", rule: "burglary", input: { value: 1 }, override: { status: "blue", explanation: "x" } }] }],
    } as unknown as DeliveryPlanInput;
    expect(thrown(() => evaluatePlan(badStatus, rules)).details["path"]).toBe("plan.priorities[0].measures[0].override.status");
    // Without an override, result and computed are the same verdict.
    const plain = evaluatePlan(plan, rules).items[0];
    expect(plain?.computed).toBe(plain?.result);
  });

  it("names unknown rules, wrong kinds and bad inputs by their path in the plan", () => {
    const bad = (measures: unknown) => ({ asOf: "2019-04", priorities: [{ id: "P", measures }] }) as unknown as DeliveryPlanInput;
    const unknown = thrown(() => evaluatePlan(bad([{ id: "m", rule: "nope", input: {} }]), rules));
    expect(unknown.code).toBe("unknown-rule");
    expect(unknown.details["path"]).toBe("plan.priorities[0].measures[0].rule");
    expect(unknown.message).toContain('plan.priorities[0].measures[0].rule is "nope", which is not the id of any rule');
    const badInput = thrown(() => evaluatePlan(bad([{ id: "m", rule: "burglary", input: { value: "x" } }]), rules));
    expect(badInput.details["path"]).toBe("plan.priorities[0].measures[0].input.value");
    expect(thrown(() => evaluatePlan(bad([{ id: "m", rule: "burglary", input: null }]), rules)).code).toBe("invalid-argument");
    expect(thrown(() => evaluatePlan(bad([{ id: "m", input: {} }]), rules)).details["path"]).toBe("plan.priorities[0].measures[0].rule");
    const wrongKind = thrown(() =>
      evaluatePlan({ asOf: "2019-04", priorities: [{ id: "P", actions: [{ id: "a", lifecycle: "new", rule: "burglary" }] }] }, rules),
    );
    expect(wrongKind.code).toBe("wrong-rule-kind");
    expect(wrongKind.details["path"]).toBe("plan.priorities[0].actions[0].rule");
    expect(thrown(() => evaluatePlan(plan, rules, { actionRule: "burglary" })).details["path"]).toBe("options.actionRule");
    const badAction = thrown(() => evaluatePlan({ asOf: "2019-04", priorities: [{ id: "P", actions: [{ id: "a", lifecycle: "done" as never }] }] }, rules));
    expect(badAction.details["path"]).toBe("plan.priorities[0].actions[0].lifecycle");
    expect(thrown(() => evaluatePlan({ asOf: "2019-04" } as never, rules)).details["path"]).toBe("plan.priorities");
    expect(thrown(() => evaluatePlan({ ...plan, asOf: "April 2019" }, rules)).details["path"]).toBe("plan.asOf");
  });

  it("validates the rule set", () => {
    expect(thrown(() => evaluatePlan(plan, { rules: [{ kind: "action" }] })).details["path"]).toBe("$.rules[0].id");
  });
});

describe("evaluatePlan: what a careless caller passes", () => {
  const one = (priority: unknown): DeliveryPlanInput => ({ asOf: "2019-04", priorities: [priority] }) as never;

  it("options that are not an object, or an actionRule that is not text, throw invalid-option, not a TypeError", () => {
    const e = thrown(() => evaluatePlan(plan, rules, null as never));
    expect([e.code, e.message]).toEqual(["invalid-option", "options is null; expected an options object { actionRule }."]);
    const rule = thrown(() => evaluatePlan(plan, rules, { actionRule: Symbol("a") as never }));
    expect([rule.code, rule.message]).toEqual(["invalid-option", "options.actionRule is Symbol(a); expected the id of an action rule."]);
  });

  it("measures or actions that are not arrays, null or hole items, and ids that are not text are invalid-argument naming the path", () => {
    const cases: [unknown, string][] = [
      [{ id: "HV1", measures: "none" }, 'plan.priorities[0].measures is "none"; expected an array of measures.'],
      [{ id: "HV1", actions: 5e-324 }, "plan.priorities[0].actions is 5e-324; expected an array of actions."],
      [{ id: "HV1", measures: [null] }, "plan.priorities[0].measures[0] is null; expected a measure { id, rule, input }."],
      [{ id: "HV1", actions: [, { id: "a", lifecycle: "complete" }] }, "plan.priorities[0].actions[0] is undefined; expected an action { id, lifecycle, … }."],
      [{ id: Number.POSITIVE_INFINITY, measures: [] }, "plan.priorities[0].id is Infinity; expected the priority's id as text."],
      [
        { id: "HV1", actions: [{ id: Object.create(null), lifecycle: "complete" }] },
        "plan.priorities[0].actions[0].id is an object; expected the action's id as text.",
      ],
      [
        { id: "HV1", actions: [{ id: new Date(Number.NaN), lifecycle: "complete" }] },
        "plan.priorities[0].actions[0].id is an invalid Date; expected the action's id as text.",
      ],
      [
        { id: "HV1", actions: [{ id: "a", lifecycle: "complete", rule: 10n }] },
        "plan.priorities[0].actions[0].rule is 10n; expected the id of an action rule.",
      ],
      [null, "plan.priorities[0] is null; expected a priority { id, measures, actions }."],
    ];
    for (const [priority, message] of cases) {
      const e = thrown(() => evaluatePlan(one(priority), rules));
      expect([e.code, e.message]).toEqual(["invalid-argument", message]);
    }
  });

  it("an asOf that is not a month is invalid-month even when the plan has no actions to date", () => {
    const e = thrown(() => evaluatePlan({ asOf: Number.NaN as never, priorities: [] }, rules));
    expect([e.code, e.message]).toEqual(["invalid-month", 'plan.asOf is NaN; expected the month of the ratings, "YYYY-MM".']);
  });
});
