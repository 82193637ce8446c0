import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { classifyMonths } from "./classifyMonths.js";
import { roundHalfUp } from "./roundHalfUp.js";

// The reports publish only the annual totals, the mean and the classification (docs/methods.md#monthly-average-and-month-classification),
// not the monthly counts. These monthly series are CONSTRUCTED to be consistent with every
// published figure: hate crime 2017 = 326 and 2018 = 327 (mean 27.21 → 27); ASB 2017 = 4,898
// and 2018 = 4,889 (mean 407.79); and each month on the published side of the mean in each year.
const HATE_2017 = [30, 24, 25, 29, 26, 32, 31, 25, 26, 30, 24, 24];
const HATE_2018 = [25, 26, 30, 24, 29, 30, 33, 26, 25, 29, 25, 25];
const ASB_2017 = [380, 370, 420, 400, 430, 440, 450, 400, 415, 430, 395, 368];
const ASB_2018 = [360, 350, 400, 420, 425, 430, 430, 415, 400, 435, 410, 414];

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

// Source of the published totals, means and classifications: the London Borough of Harrow's Community Safety,
// Violence, Vulnerability and Exploitation Strategy 2019/20.
describe("classifyMonths", () => {
  it("documented example", () => {
    const y2017 = [5, 5, 5, 5, 5, 9, 9, 5, 5, 9, 5, 5];
    const y2018 = [5, 5, 9, 5, 5, 9, 9, 5, 5, 9, 5, 5];
    const c = classifyMonths({ start: "2017-01", values: [...y2017, ...y2018] });
    expect(c.mean).toBe(6.166666666666667);
    expect(c.above).toEqual(["June", "July", "October"]);
    expect(c.mixed).toEqual(["March"]);
  });

  it("the constructed series match the published annual totals", () => {
    expect([sum(HATE_2017), sum(HATE_2018), sum(ASB_2017), sum(ASB_2018)]).toEqual([326, 327, 4898, 4889]);
  });

  it("hate crime 2017–18: mean 27; above June, July, October; below Feb, Aug, Sep, Nov, Dec", () => {
    const c = classifyMonths({ start: "2017-01", values: [...HATE_2017, ...HATE_2018] });
    expect(roundHalfUp(c.mean, 0)).toBe(27);
    expect(c.above).toEqual(["June", "July", "October"]);
    expect(c.below).toEqual(["February", "August", "September", "November", "December"]);
    expect(c.mixed).toEqual(["January", "March", "April", "May"]);
    expect(c.months[5]).toEqual({ month: 6, name: "June", values: [32, 30], classification: "above" });
    // The printed (rounded) mean gives the same table here.
    expect(classifyMonths({ start: "2017-01", values: [...HATE_2017, ...HATE_2018] }, { meanDecimals: 0 }).above).toEqual(c.above);
  });

  it("ASB 2017–18: above May, June, July, October; below January, February; six mixed", () => {
    const c = classifyMonths({ start: "2017-01", values: [...ASB_2017, ...ASB_2018] });
    expect(roundHalfUp(c.unroundedMean, 2)).toBe(407.79);
    expect(c.above).toEqual(["May", "June", "July", "October"]);
    expect(c.below).toEqual(["January", "February"]);
    expect(c.mixed).toHaveLength(6);
  });

  it("the alternative 'sum' rule can disagree (two-year month sum vs 2 × mean)", () => {
    const c = classifyMonths({ start: "2017-01", values: [...HATE_2017, ...HATE_2018] }, { rule: "sum" });
    expect(c.rule).toBe("sum");
    // January: 30 + 25 = 55 > 2 × 27.21, so "above" under the sum rule but mixed year by year.
    expect(c.months[0]?.classification).toBe("above");
    expect(c.above).toContain("January");
  });

  it("meanDecimals changes the comparison when a month equals the unrounded side", () => {
    // mean = 27.25 unrounded → 27 rounded; a value of 27 is below the first, equal (mixed) to the second.
    const values = [27, ...Array(11).fill(27), 33, ...Array(11).fill(27)];
    expect(classifyMonths({ start: "2017-01", values }).months[1]?.classification).toBe("below");
    expect(classifyMonths({ start: "2017-01", values }, { meanDecimals: 0 }).months[1]?.classification).toBe("mixed");
  });

  it("handles a span not starting in January", () => {
    const values = Array.from({ length: 12 }, (_, i) => (i === 0 ? 30 : 10));
    const c = classifyMonths({ start: "2017-04", values });
    expect(c.above).toEqual(["April"]);
  });

  it("throws RatesError on short series and bad options", () => {
    expect(() => classifyMonths({ start: "2017-01", values: Array(11).fill(1) })).toThrow(/at least 12/);
    // @ts-expect-error bad rule
    expect(() => classifyMonths({ start: "2017-01", values: Array(12).fill(1) }, { rule: "median" })).toThrow(RatesError);
    expect(() => classifyMonths({ start: "2017-01", values: Array(12).fill(1) }, { meanDecimals: -1 })).toThrow(/meanDecimals/);
  });
});
