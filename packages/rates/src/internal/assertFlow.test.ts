import { rollingYear as rollingYearPeriod } from "@crimestats/periods";
import { describe, expect, it } from "vitest";
import { RatesError } from "../RatesError.js";
import { monthlyMean } from "../monthlyMean.js";
import { rollingSums } from "../rollingSums.js";
import { rollingYearTotal } from "../rollingYearTotal.js";
import { samePeriodComparison } from "../samePeriodComparison.js";

// Active YOT cases by month end (a stock, docs/methods.md#stock-and-flow): 94 in Apr-18 … 75 in Mar-19.
const activeCases = { start: "2018-04", values: [94, 90, 88, 85, 86, 84, 80, 79, 81, 78, 77, 75], kind: "stock" } as const;

describe("stock series are never summed", () => {
  it("rollingSums, rollingYearTotal and samePeriodComparison refuse a series marked stock", () => {
    const code = expect.objectContaining({ code: "stock-not-summable", details: { name: "series.kind", value: "stock" } });
    expect(() => rollingSums(activeCases, { window: 3 })).toThrow(code);
    expect(() => rollingYearTotal(activeCases)).toThrow(code);
    expect(() => samePeriodComparison(activeCases, rollingYearPeriod("2019-03"))).toThrow(code);
    expect(() => rollingYearTotal(activeCases)).toThrow(/never summed across months/);
  });

  it("the kind can be given as an option, for records and typed arrays", () => {
    const records = activeCases.values.map((count, i) => ({ month: `2018-${String(4 + i).padStart(2, "0")}`, count })).slice(0, 9);
    expect(() => rollingSums(records, { window: 3, kind: "stock" })).toThrow(RatesError);
    expect(() => rollingYearTotal(new Float64Array(12), { kind: "stock" })).toThrow(/stock/);
  });

  it("flow (the default, or said explicitly) is summed; a snapshot mean is still allowed", () => {
    const flow = { ...activeCases, kind: "flow" } as const;
    expect(rollingYearTotal(flow)[0]?.sum).toBe(997);
    expect(rollingSums(new Float64Array([1, 2, 3]), { window: 2, kind: "flow" })).toEqual(new Float64Array([3, 5]));
    expect(monthlyMean(activeCases).value).toBeCloseTo(997 / 12, 12);
  });

  it("an unknown kind is an invalid-option naming it", () => {
    expect(() => rollingYearTotal(new Float64Array(12), { kind: "snapshot" as "stock" })).toThrow(
      expect.objectContaining({ code: "invalid-option", message: expect.stringMatching(/options\.kind.*"snapshot"/) as string }),
    );
  });
});
