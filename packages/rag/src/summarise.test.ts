import { describe, expect, it } from "vitest";
import { thrown } from "../test/thrown.js";
import { evaluatePlan } from "./evaluatePlan.js";
import { parseRules } from "./parseRules.js";
import { summarise } from "./summarise.js";

const message = (f: () => unknown): string => thrown(f).message;

const rules = parseRules({
  rules: [{ id: "burglary", kind: "target", polarity: "lower-is-better", target: 2147, amber: { percent: 2 } }],
});

describe("summarise", () => {
  it("doc example: counts each status", () => {
    const plan = {
      asOf: "2019-03",
      priorities: [
        {
          id: "HV1",
          measures: [{ id: "HV1-m1", rule: "burglary", input: { value: 2100 } }],
          actions: [{ id: "HV1-a1", lifecycle: "complete" as const }],
        },
      ],
    };
    expect(summarise(evaluatePlan(plan, rules)).overall).toEqual({
      red: 0,
      amber: 0,
      green: 2,
      "not-rated": 0,
      complete: 1,
      total: 2,
    });
  });

  it("counts by priority, measures and actions apart, in order of first appearance", () => {
    const result = evaluatePlan(
      {
        asOf: "2019-04",
        priorities: [
          {
            id: "HH1",
            measures: [
              { id: "m1", rule: "burglary", input: { value: 2180 } },
              { id: "m2", rule: "burglary", input: { value: null } },
            ],
            actions: [
              { id: "a1", lifecycle: "continue", rag: "red" },
              { id: "a2", lifecycle: "continue", rag: "amber" },
              { id: "a3", lifecycle: "complete", rag: "amber" },
            ],
          },
          { id: "HV1", actions: [{ id: "b1", lifecycle: "remove" }] },
        ],
      },
      rules,
    );
    const summary = summarise(result.items);
    expect(summary.byPriority.map((p) => p.priority)).toEqual(["HH1", "HV1"]);
    expect(summary.byPriority[0]).toEqual({
      priority: "HH1",
      counts: { red: 1, amber: 2, green: 1, "not-rated": 1, complete: 1, total: 5 },
      measures: { red: 0, amber: 1, green: 0, "not-rated": 1, complete: 0, total: 2 },
      actions: { red: 1, amber: 1, green: 1, "not-rated": 0, complete: 1, total: 3 },
    });
    expect(summary.byPriority[1]?.counts).toEqual({ red: 0, amber: 0, green: 0, "not-rated": 1, complete: 0, total: 1 });
    expect(summary.overall).toEqual({ red: 1, amber: 2, green: 1, "not-rated": 2, complete: 1, total: 6 });
    expect(summarise(result)).toEqual(summary);
  });

  it("an empty plan", () => {
    expect(summarise([])).toEqual({
      byPriority: [],
      overall: { red: 0, amber: 0, green: 0, "not-rated": 0, complete: 0, total: 0 },
    });
  });
});

describe("summarise: what a careless caller passes", () => {
  const item = {
    priority: "HV1",
    item: "measure",
    id: "m",
    ruleId: null,
    result: { status: "green", complete: false },
    computed: { status: "green", complete: false },
  };
  it("nothing, null items or a symbol is invalid-argument, not a TypeError", () => {
    expect(message(() => summarise(undefined as never))).toBe("results is undefined; expected a plan result { items } or a list of its items.");
    expect(message(() => summarise({ asOf: "2019-03", items: null } as never))).toBe("results.items is null; expected an array of plan items.");
    expect(message(() => summarise(Symbol("s") as never))).toBe("results is Symbol(s); expected a plan result { items } or a list of its items.");
  });

  it("an item whose status is not a RAG status is invalid-argument, never a NaN count", () => {
    expect(message(() => summarise([{ ...item, result: { status: "met", complete: false } }] as never))).toBe(
      'results[0].result.status is "met"; expected one of "red", "amber", "green", "not-rated".',
    );
    expect(message(() => summarise([{ ...item, result: { status: "green", complete: "\r\r\n" } }] as never))).toBe(
      'results[0].result.complete is "\\r\\r\\n"; expected true or false.',
    );
    expect(message(() => summarise([, item] as never))).toBe("results[0] is undefined; expected a plan item { priority, item, result }.");
    expect(summarise([item] as never).overall).toEqual({ red: 0, amber: 0, green: 1, "not-rated": 0, complete: 0, total: 1 });
  });
});
