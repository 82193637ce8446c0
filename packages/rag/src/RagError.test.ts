import { describe, expect, it } from "vitest";
import { RagError } from "./RagError.js";
import { parseRule } from "./parseRule.js";

describe("RagError", () => {
  it("doc example: a negative tolerance is invalid-rule at $.amber.percent", () => {
    let error: RagError | undefined;
    try {
      parseRule({ kind: "target", polarity: "lower-is-better", amber: { percent: -2 } });
    } catch (e) {
      error = e as RagError;
    }
    expect(error).toBeInstanceOf(RagError);
    expect(error?.code).toBe("invalid-rule");
    expect(error?.details["path"]).toBe("$.amber.percent");
    expect(error?.details["value"]).toBe(-2);
  });

  it("doc example: constructor keeps code, message and details", () => {
    const error = new RagError("unknown-rule", 'Rule "x" is not in the rule set.', { value: "x" });
    expect(error.code).toBe("unknown-rule");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("RagError");
    expect(error.message).toBe('Rule "x" is not in the rule set.');
    expect(error.details).toEqual({ value: "x" });
    expect(new RagError("invalid-argument", "m").details).toEqual({});
  });
});
