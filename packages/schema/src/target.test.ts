import { describe, expect, it } from "vitest";
import { TargetSchema, parseTarget, safeParseTarget } from "./target.js";

describe("TargetSchema / parseTarget / safeParseTarget", () => {
  it("doc examples", () => {
    expect(TargetSchema.safeParse({ kind: "percent-reduction", percent: 10, description: "by 10% each year" }).success).toBe(true);
    expect(parseTarget({ kind: "value", value: 240, description: "240 new cases per year" }).kind).toBe("value");
    expect(safeParseTarget({ kind: "range", lower: 10, upper: 5 }).success).toBe(false);
  });
  it("accepts the four kinds", () => {
    expect(
      safeParseTarget({ kind: "same-period-last-year", description: "Burglaries are reduced compared to the same period in the last 12 months" }).success,
    ).toBe(true);
    expect(safeParseTarget({ kind: "range", lower: 5, upper: 5 }).success).toBe(true);
    expect(
      safeParseTarget({ kind: "percent-reduction", percent: 50, baseline: { kind: "financial-year", first: "2018-04", last: "2019-03", label: "2018/19" } })
        .success,
    ).toBe(true);
  });
  it("reports bad percentages and unknown kinds in plain English", () => {
    const r1 = safeParseTarget({ kind: "percent-reduction", percent: 0 });
    expect(r1.success ? "" : r1.error.details.problems[0]?.message).toBe("0 is not greater than 0");
    const r2 = safeParseTarget({ kind: "percent-reduction", percent: 150 });
    expect(r2.success ? "" : r2.error.details.problems[0]?.message).toBe("150 is more than 100");
    const r3 = safeParseTarget({ kind: "reduce" });
    expect(r3.success ? [] : r3.error.details.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'kind: "reduce" is not one of "value", "percent-reduction", "same-period-last-year", "range"',
    ]);
    const r5 = safeParseTarget({ value: 3 });
    expect(r5.success ? [] : r5.error.details.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'kind: is missing (expected one of "value", "percent-reduction", "same-period-last-year", "range")',
    ]);
    const r4 = safeParseTarget({ kind: "range", lower: 10, upper: 5 });
    expect(r4.success ? "" : r4.error.message).toBe("Target is not valid (1 problem):\nupper: 5 is below lower 10");
  });
});
