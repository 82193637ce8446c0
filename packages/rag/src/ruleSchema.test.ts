import { describe, expect, it } from "vitest";
import { RuleSchema, RuleSetSchema } from "./ruleSchema.js";

describe("RuleSchema / RuleSetSchema", () => {
  it("doc example: RuleSchema", () => {
    expect(RuleSchema.safeParse({ kind: "target", polarity: "lower-is-better", amber: { percent: 2 } }).success).toBe(true);
    expect(RuleSchema.safeParse({ kind: "target", polarity: "lower-is-better", amber: { percent: -2 } }).success).toBe(false);
  });

  it("doc example: RuleSetSchema rejects a repeated id", () => {
    expect(
      RuleSetSchema.safeParse({
        rules: [
          { id: "a", kind: "action" },
          { id: "a", kind: "action" },
        ],
      }).success,
    ).toBe(false);
    expect(
      RuleSetSchema.safeParse({
        rules: [
          { id: "a", kind: "action" },
          { id: "b", kind: "action" },
        ],
      }).success,
    ).toBe(true);
  });

  it("the band edges of the schema: 0 and 100% are allowed", () => {
    for (const amber of [{ percent: 0 }, { percent: 100 }, { absolute: 0 }]) {
      expect(RuleSchema.safeParse({ kind: "target", polarity: "lower-is-better", amber }).success).toBe(true);
    }
    for (const amber of [{ percent: -0.001 }, { percent: 100.001 }, { absolute: -0.001 }, {}]) {
      expect(RuleSchema.safeParse({ kind: "target", polarity: "lower-is-better", amber }).success).toBe(false);
    }
  });
});
