import { describe, expect, it } from "vitest";
import { financialQuarter } from "./financialQuarter.js";
import { expectPeriodError } from "./internal/expectPeriodError.js";

describe("financialQuarter", () => {
  it("doc example: Q1 = April – June 2018", () => {
    expect(financialQuarter(2018, 1)).toEqual({ kind: "financial-quarter", first: "2018-04", last: "2018-06", label: "Q1 2018/19" });
    expect(financialQuarter(2017, 4).first).toBe("2018-01");
  });

  it('Q2 Jul–Sep, Q3 Oct–Dec, "Q4 of 2017/18" = Jan–Mar 2018', () => {
    expect(financialQuarter(2018, 2)).toMatchObject({ first: "2018-07", last: "2018-09", label: "Q2 2018/19" });
    expect(financialQuarter(2018, 3)).toMatchObject({ first: "2018-10", last: "2018-12", label: "Q3 2018/19" });
    expect(financialQuarter(2017, 4)).toMatchObject({ first: "2018-01", last: "2018-03", label: "Q4 2017/18" });
  });

  it("rejects bad quarters and years", () => {
    expectPeriodError(() => financialQuarter(2018, 5), "invalid-quarter", "5");
    expectPeriodError(() => financialQuarter(Number.NaN, 1), "invalid-year", "NaN");
    expectPeriodError(() => financialQuarter(9999, 4), "invalid-month-index");
  });
});
