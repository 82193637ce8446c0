import { describe, expect, it } from "vitest";
import { rateRatioTest } from "@crimestats/rates";
import { RATE_COMPARISON_METHOD, rateComparison } from "./verdicts.js";

// Cumbria street files, January to November 2022: Cumberland (275,390 residents, mid-2022) and
// Westmorland and Furness (227,643), the only other district of the force area.
const CUMBERLAND = 275_390;
const WESTMORLAND = 227_643;
const names = (subject: string) => ({
  subject,
  against: "the pooled rate of its neighbours in the force area",
  basis: "its neighbours in the force area together (Westmorland and Furness)",
  period: "the 11 months to November 2022",
});

describe("rateComparison", () => {
  it("does not call Cumberland's drugs rate higher: 547 against 406 offences is p ≈ 0.10 once both counts are uncertain", () => {
    // 547 / 275.39 = 1.99 and 406 / 227.643 = 1.78 per 1,000; Westmorland's rate lies outside Cumberland's 95% Byar
    // interval (1.82 to 2.16), but of 953 offences Cumberland's share 547 against 953 × 275,390 / 503,033 = 521.7 expected is p ≈ 0.10.
    const c = rateComparison("Cumberland", { count: 547, population: CUMBERLAND }, { count: 406, population: WESTMORLAND }, names("rate of drugs offences"));
    expect(c.outcome).toBe("similar");
    expect(c.significance).toBeNull();
    expect(c.explanation).toBe(
      "Cumberland's rate of drugs offences is not significantly different from the pooled rate of its neighbours in the force area in the 11 months to November 2022 (1.99 against 1.78 per 1,000 residents).",
    );
    expect(c.footnote).toBe(
      `Compared with its neighbours in the force area together (Westmorland and Furness): 406 offences among 227,643 residents; p = 0.10, not significant at 95%. ${RATE_COMPARISON_METHOD}`,
    );
  });

  it("calls theft from the person in Cumberland (62 against 33) significantly higher at 95% only, not at 99.8%", () => {
    // Exact: p = 0.0397 (scipy binomtest(62, 95, 275,390 / 503,033)); the normal approximation gives 0.039.
    const c = rateComparison(
      "Cumberland",
      { count: 62, population: CUMBERLAND },
      { count: 33, population: WESTMORLAND },
      names("rate of theft from the person"),
    );
    expect(c).toMatchObject({ outcome: "higher", significance: 0.95 });
    expect(c.footnote).toMatch(/^Compared with .*: 33 offences among 227,643 residents; p = 0\.040, significant at 95% but not at 99\.8%\. /);
  });

  it("gives the p-value of the exact conditional test of two Poisson rates (as R's poisson.test)", () => {
    const p = rateRatioTest({ count: 33, population: WESTMORLAND }, { count: 62, population: CUMBERLAND }).pValue;
    expect(p).toBeGreaterThan(0.002);
    expect(p).toBeLessThan(0.05);
    // Well apart, the difference is significant at 99.8%: 600 against 300 offences on these residents.
    const far = rateComparison("Cumberland", { count: 600, population: CUMBERLAND }, { count: 300, population: WESTMORLAND }, names("rate"));
    expect(far).toMatchObject({ outcome: "higher", significance: 0.998 });
    expect(far.footnote).toContain("p < 0.001, significant at 99.8%.");
    const lower = rateComparison("Cumberland", { count: 300, population: CUMBERLAND }, { count: 600, population: WESTMORLAND }, names("rate"));
    expect(lower).toMatchObject({ outcome: "lower", significance: 0.998 });
  });

  it("compares with a benchmark area that holds the focus area without the focus area's offences and residents", () => {
    // The force area: 547 + 406 = 953 offences among 503,033 residents; the rest of it is Westmorland and Furness.
    const whole = { count: 953, population: CUMBERLAND + WESTMORLAND, includesFocus: true };
    const c = rateComparison("Cumberland", { count: 547, population: CUMBERLAND }, whole, {
      subject: "rate of drugs offences",
      against: "the Cumbria Constabulary area rate",
      basis: "the rest of the Cumbria Constabulary area",
      period: "the 11 months to November 2022",
    });
    const rest = rateComparison("Cumberland", { count: 547, population: CUMBERLAND }, { count: 406, population: WESTMORLAND }, names("rate"));
    expect(c.outcome).toBe(rest.outcome);
    // The sentence gives the whole area's rate, 953 / 503.033 = 1.89; the footnote the rest the test used.
    expect(c.explanation).toContain("(1.99 against 1.89 per 1,000 residents)");
    expect(c.rate).toBeCloseTo((953 / 503_033) * 1000, 12);
    expect(c.footnote).toMatch(/^Compared with the rest of the Cumbria Constabulary area: 406 offences among 227,643 residents; p = 0\.10,/);
  });

  it("does not compare with an area that has no residents outside the focus area, nor with no rate", () => {
    const alone = rateComparison("A", { count: 10, population: 1000 }, { count: 10, population: 1000, includesFocus: true }, names("rate"));
    expect(alone.outcome).toBe("not-compared");
    expect(alone.explanation).toBe(
      "A's rate is not compared with the pooled rate of its neighbours in the force area: it has no residents or offences outside A.",
    );
    expect(rateComparison("A", { count: 10, population: 1000 }, null, names("rate")).outcome).toBe("not-compared");
  });
});
