import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate.js";
import type { AmberBand, JudgedPolarity, RagStatus, TargetRule } from "./types.js";
import { thrown } from "../test/thrown.js";

const LOWER = "lower-is-better" as const;
const HIGHER = "higher-is-better" as const;
const swap = (p: JudgedPolarity): JudgedPolarity => (p === LOWER ? HIGHER : LOWER);
const SEVERITY: Record<Exclude<RagStatus, "not-rated">, number> = { green: 0, amber: 1, red: 2 };

describe("evaluate: the documented examples", () => {
  it("doc example: a value 4.3% above its target, beyond a 2% amber band, is red and says so with the numbers", () => {
    const result = evaluate(
      { kind: "target", polarity: "lower-is-better", target: 2147, amber: { percent: 2 } },
      { value: 2240, what: "burglaries", period: "the 12 months to Dec 2018" },
    );
    // (2240 − 2147) / 2147 = 4.3316…% → 4.3%; 2147 × 2% = 42.94 < 93, so red.
    expect(result.explanation).toBe("Red: 2,240 burglaries in the 12 months to Dec 2018 is 4.3% above the target of 2,147 (amber band 2%)");
    expect(result.status).toBe("red");
    expect(result.code).toBe("beyond-band");
    expect(result.complete).toBe(false);
    expect(result.inputs).toEqual({ value: 2240, what: "burglaries", period: "the 12 months to Dec 2018" });
    expect(result.rule).toEqual({ kind: "target", polarity: "lower-is-better", target: 2147, amber: { percent: 2 } });
  });

  it("a verdict prints in a REPL as its explanation, and its data (keys, JSON, equality) are those of a plain object", () => {
    const input = { current: 2240, previous: 2386, what: "burglaries" };
    const result = evaluate({ kind: "change", polarity: "lower-is-better", amber: { percent: 2 } }, input);
    expect(inspect(result)).toBe(result.explanation);
    expect(result.explanation.startsWith("Green: 2,240 burglaries")).toBe(true);
    expect(Object.keys(result)).toEqual(["status", "complete", "code", "explanation", "rule", "inputs"]);
    const plain = { status: result.status, complete: result.complete, code: result.code, explanation: result.explanation, rule: result.rule, inputs: input };
    expect(result).toEqual(plain);
    expect(JSON.stringify(result)).toBe(JSON.stringify(plain));
    const composite = evaluate({ kind: "composite", combine: "worst-of", rules: [{ kind: "benchmark" }, { kind: "benchmark" }] }, [
      { outcome: "similar" },
      { outcome: "better" },
    ]);
    expect(inspect(composite)).toMatch(/^Amber: the worst of 2 ratings/);
  });

  it("doc example: a completed action is green", () => {
    expect(evaluate({ kind: "action" }, { action: { lifecycle: "complete" }, asOf: "2019-03" }).status).toBe("green");
  });

  it("takes a Period of @crimestats/periods: 'N months to' labels get 'the'", () => {
    const result = evaluate(
      { kind: "target", polarity: "lower-is-better", target: 2147, amber: { percent: 2 } },
      { value: 2240, what: "burglaries", period: { label: "12 months to Dec 2018" } },
    );
    expect(result.explanation).toBe("Red: 2,240 burglaries in the 12 months to Dec 2018 is 4.3% above the target of 2,147 (amber band 2%)");
    expect(evaluate({ kind: "target", polarity: "lower-is-better", target: 10 }, { value: 9, period: { label: "2018/19" } }).explanation).toBe(
      "Green: 9 in 2018/19 is 10.0% below the target of 10 (no amber band)",
    );
    // Text gets the same treatment, and text that already has "the" is left alone.
    expect(evaluate({ kind: "target", polarity: "lower-is-better", target: 10 }, { value: 9, period: "12 months to Sep 2018" }).explanation).toBe(
      "Green: 9 in the 12 months to Sep 2018 is 10.0% below the target of 10 (no amber band)",
    );
  });
});

describe("evaluate: target rules, boundaries", () => {
  const lower2pc: TargetRule = { kind: "target", polarity: LOWER, target: 2147, amber: { percent: 2 } };
  const higherAbs: TargetRule = { kind: "target", polarity: HIGHER, target: 240, amber: { absolute: 12 } };
  // Band edge 2147 + 2% × 2147 = 2189.94 exactly (in binary floating point 2147 + 42.94 is not).
  it.each([
    [lower2pc, 2147, "green", "met", "2,147 is on the target of 2,147 (amber band 2%)"],
    [lower2pc, 2146, "green", "met", "2,146 is 1 below the target of 2,147 (amber band 2%)"],
    [lower2pc, 2147.01, "amber", "within-band", "2,147.01 is 0.01 above the target of 2,147 (amber band 2%)"],
    [lower2pc, 2189.94, "amber", "within-band", "2,189.94 is 2.0% above the target of 2,147 (amber band 2%)"],
    [lower2pc, 2189.95, "red", "beyond-band", "2,189.95 is 2.0% above the target of 2,147 (amber band 2%)"],
    [lower2pc, 0, "green", "met", "0 is 100.0% below the target of 2,147 (amber band 2%)"],
    // IDVA: 348 new cases against an annual target of 240, higher is better (docs/methods.md#target-variance): +108 = +45%.
    [higherAbs, 348, "green", "met", "348 is 45.0% above the target of 240 (amber band 12)"],
    [higherAbs, 240, "green", "met", "240 is on the target of 240 (amber band 12)"],
    [higherAbs, 228, "amber", "within-band", "228 is 5.0% below the target of 240 (amber band 12)"],
    [higherAbs, 227, "red", "beyond-band", "227 is 5.4% below the target of 240 (amber band 12)"],
  ] as const)("%# %o value %d → %s", (rule, value, status, code, sentence) => {
    const result = evaluate(rule, { value });
    expect(result.status).toBe(status);
    expect(result.code).toBe(code);
    expect(result.explanation).toBe(`${status[0]!.toUpperCase()}${status.slice(1)}: ${sentence}`);
  });

  it("a zero target: any value on the wrong side is red under a percent band (its width is 0), the gap shown as a count", () => {
    const rule: TargetRule = { kind: "target", polarity: LOWER, target: 0, amber: { percent: 50 } };
    expect(evaluate(rule, { value: 0 }).status).toBe("green");
    const r = evaluate(rule, { value: 3, what: "knife possession offences" });
    expect(r.status).toBe("red");
    expect(r.explanation).toBe("Red: 3 knife possession offences is 3 above the target of 0 (amber band 50%)");
    expect(evaluate({ ...rule, amber: { absolute: 3 } }, { value: 3 }).status).toBe("amber");
  });

  it("no amber band: anything on the wrong side is red", () => {
    expect(evaluate({ kind: "target", polarity: LOWER, target: 100 }, { value: 100.5 }).status).toBe("red");
    expect(evaluate({ kind: "target", polarity: LOWER, target: 100 }, { value: 100 }).status).toBe("green");
  });

  it("a negative target: a percent band is a share of its size", () => {
    // target −10, 10% band = 1: −9 is amber (gap 1), −8.9 is red.
    const rule: TargetRule = { kind: "target", polarity: LOWER, target: -10, amber: { percent: 10 } };
    expect(evaluate(rule, { value: -9 }).status).toBe("amber");
    expect(evaluate(rule, { value: -8.9 }).status).toBe("red");
  });

  it("rates shown with the rule's decimals", () => {
    const r = evaluate(
      { kind: "target", polarity: LOWER, target: 9, amber: { absolute: 0.5 }, decimals: 2 },
      { value: (2240 / 248880) * 1000, what: "burglaries per 1,000 residents", period: "2018" },
    );
    // 2,240 / 248,880 × 1,000 = 9.0003 → 9.00 (docs/methods.md#rate-per-1000-residents).
    expect(r.explanation).toBe("Amber: 9.00 burglaries per 1,000 residents in 2018 is 0.00 above the target of 9.00 (amber band 0.5)");
    expect(r.status).toBe("amber");
  });

  it("the target may come with the input; the same value in both places is fine, different values are an error", () => {
    const rule: TargetRule = { kind: "target", polarity: LOWER, amber: { percent: 2 } };
    expect(evaluate(rule, { value: 2240, target: 2147 }).status).toBe("red");
    expect(evaluate(lower2pc, { value: 2240, target: 2147 }).status).toBe("red");
    const error = thrown(() => evaluate(lower2pc, { value: 2240, target: 2000 }));
    expect(error.code).toBe("conflicting-target");
    expect(error.message).toContain("input.target is 2000 but the rule's target is 2147");
  });

  it("missing data is never green: no value or no target is not rated, and says why", () => {
    expect(evaluate(lower2pc, { value: null, what: "burglaries", period: "2018" })).toMatchObject({
      status: "not-rated",
      code: "missing-value",
      explanation: "Not rated: no value for burglaries in 2018, so it cannot be compared with the target of 2,147",
    });
    expect(evaluate(lower2pc, { value: undefined }).explanation).toBe("Not rated: no value, so it cannot be compared with the target of 2,147");
    expect(evaluate({ kind: "target", polarity: LOWER }, { value: 5, what: "robberies" })).toMatchObject({
      status: "not-rated",
      code: "missing-target",
      explanation: "Not rated: 5 robberies has no target to be compared with",
    });
    expect(evaluate({ kind: "target", polarity: LOWER }, { value: null, target: null }).explanation).toBe(
      "Not rated: no value, so it cannot be compared with a target",
    );
  });

  it("rejects NaN and Infinity as invalid-number and non-numbers as invalid-argument, naming the path", () => {
    expect(thrown(() => evaluate(lower2pc, { value: Number.NaN })).message).toBe("input.value is NaN; expected a finite number, or null for missing data.");
    expect(thrown(() => evaluate(lower2pc, { value: Number.POSITIVE_INFINITY })).code).toBe("invalid-number");
    expect(thrown(() => evaluate(lower2pc, { value: "2240" as unknown as number })).code).toBe("invalid-argument");
    expect(thrown(() => evaluate(lower2pc, { value: "2240" as unknown as number })).details).toMatchObject({
      path: "input.value",
      value: "2240",
    });
    expect(thrown(() => evaluate(lower2pc, null as never)).code).toBe("invalid-argument");
    expect(thrown(() => evaluate(lower2pc, [] as never)).code).toBe("invalid-argument");
    expect(thrown(() => evaluate(lower2pc, { value: 1, what: 3 as unknown as string })).details).toMatchObject({
      path: "input.what",
    });
    expect(thrown(() => evaluate(lower2pc, { value: 1, period: 3 as unknown as string })).details).toMatchObject({
      path: "input.period",
    });
  });

  it("validates the rule too", () => {
    const error = thrown(() => evaluate({ kind: "target", polarity: LOWER, amber: { percent: -1 } }, { value: 1 }));
    expect(error.code).toBe("invalid-rule");
    expect(error.details["path"]).toBe("$.amber.percent");
  });
});

describe("evaluate: change rules (same period last year)", () => {
  it.each([
    // Harrow burglary 2018 vs 2017: 2,240 vs 2,386 (docs/methods.md#rate-change), −146 = −6.1%.
    [
      { polarity: LOWER, amber: { percent: 2 } },
      2240,
      2386,
      "green",
      "met",
      "2,240 burglaries in 2018 is 6.1% below 2,386 in the same period last year (amber band 2%)",
    ],
    // Autumn Nights burglary 86 (2018) vs 92 (2017), docs/methods.md#rolling-year-same-period-last-year-and-year-to-date
    [{ polarity: LOWER }, 86, 92, "green", "met", "86 burglaries in 2018 is 6.5% below 92 in the same period last year (no amber band)"],
    [
      { polarity: LOWER, amber: { percent: 5 } },
      100,
      100,
      "amber",
      "no-improvement",
      "100 burglaries in 2018 is on 100 in the same period last year (amber band 5%)",
    ],
    [
      { polarity: LOWER, amber: { percent: 5 } },
      105,
      100,
      "amber",
      "within-band",
      "105 burglaries in 2018 is 5.0% above 100 in the same period last year (amber band 5%)",
    ],
    [
      { polarity: LOWER, amber: { percent: 5 } },
      106,
      100,
      "red",
      "beyond-band",
      "106 burglaries in 2018 is 6.0% above 100 in the same period last year (amber band 5%)",
    ],
    [
      { polarity: HIGHER, amber: { absolute: 1 } },
      99,
      100,
      "amber",
      "within-band",
      "99 burglaries in 2018 is 1.0% below 100 in the same period last year (amber band 1)",
    ],
    [
      { polarity: HIGHER, amber: { absolute: 1 } },
      98,
      100,
      "red",
      "beyond-band",
      "98 burglaries in 2018 is 2.0% below 100 in the same period last year (amber band 1)",
    ],
    // Knife possession up from 0 to 2 (docs/methods.md#percent-change-and-percentage-point-change): a percentage from zero is undefined, so the count is shown.
    [
      { polarity: LOWER, amber: { percent: 50 } },
      2,
      0,
      "red",
      "beyond-band",
      "2 burglaries in 2018 is 2 above 0 in the same period last year (amber band 50%)",
    ],
    [
      { polarity: LOWER, amber: { absolute: 2 } },
      2,
      0,
      "amber",
      "within-band",
      "2 burglaries in 2018 is 2 above 0 in the same period last year (amber band 2)",
    ],
    [{ polarity: LOWER }, 0, 0, "amber", "no-improvement", "0 burglaries in 2018 is on 0 in the same period last year (no amber band)"],
    [{ polarity: HIGHER }, 1, 0, "green", "met", "1 burglaries in 2018 is 1 above 0 in the same period last year (no amber band)"],
  ] as const)("%# %o %d vs %d → %s", (partial, current, previous, status, code, sentence) => {
    const result = evaluate({ kind: "change", ...partial }, { current, previous, what: "burglaries", currentPeriod: "2018" });
    expect(result.status).toBe(status);
    expect(result.code).toBe(code);
    expect(result.explanation).toBe(`${status[0]!.toUpperCase()}${status.slice(1)}: ${sentence}`);
  });

  it("compares rates per 1,000 when populations are given (exactly, by cross-multiplication)", () => {
    const result = evaluate(
      { kind: "change", polarity: LOWER },
      {
        current: { count: 2240, population: 248880 },
        previous: { count: 2386, population: 248880 },
        what: "burglaries",
        currentPeriod: "2018",
        previousPeriod: "2017",
      },
    );
    // 9.0003 → 9.00 and 9.5869 → 9.59 per 1,000 (docs/methods.md#rate-per-1000-residents).
    expect(result.explanation).toBe("Green: 9.00 burglaries per 1,000 population in 2018 is 6.1% below 9.59 in 2017 (no amber band)");
    // Same count, larger population: the rate fell, so green.
    expect(
      evaluate({ kind: "change", polarity: LOWER }, { current: { count: 100, population: 1001 }, previous: { count: 100, population: 1000 } }).status,
    ).toBe("green");
    // Absolute band in rate units: 1 per 1,000 either side.
    expect(
      evaluate(
        { kind: "change", polarity: LOWER, amber: { absolute: 1 } },
        { current: { count: 11, population: 1000 }, previous: { count: 10, population: 1000 } },
      ).explanation,
    ).toBe("Amber: 11.00 per 1,000 population is 10.0% above 10.00 in the same period last year (amber band 1 per 1,000)");
  });

  it("significance: exact conditional Poisson test as R poisson.test documents it (11/800 vs 21/3011, p = 0.07967)", () => {
    // Source: the documentation example of R's stats::poisson.test, poisson.test(c(11, 21), c(800, 3011))
    // (Rscript scripts/reference/rate-ratio.R).
    const input = { current: { count: 11, population: 800 }, previous: { count: 21, population: 3011 } };
    // 13.75 vs 6.97 per 1,000: ratio 1.9715, so 97.1% above; not significant at 95%, significant at 90%.
    const at95 = evaluate({ kind: "change", polarity: LOWER, significance: { confidence: 0.95 } }, input);
    expect(at95.status).toBe("amber");
    expect(at95.code).toBe("not-significant");
    expect(at95.explanation).toBe(
      "Amber: 13.75 per 1,000 population is 97.1% above 6.97 in the same period last year (no amber band); the change is not significant at 95% (p = 0.080)",
    );
    const at90 = evaluate({ kind: "change", polarity: LOWER, significance: { confidence: 0.9 } }, input);
    expect(at90.status).toBe("red");
    expect(at90.explanation).toMatch(/; the change is significant at 90% \(p = 0\.080\)$/);
    // Without the requirement the same change is red.
    expect(evaluate({ kind: "change", polarity: LOWER }, input).status).toBe("red");
  });

  it("significance on plain counts compares equal exposures (R binom.test references)", () => {
    // p-values from R's binom.test (Rscript scripts/reference/rate-ratio.R); 2,240 and 2,386 are Harrow's burglaries in
    // 2018 and 2017 as printed in its Community Safety, Violence, Vulnerability and Exploitation Strategy 2019/20.
    const rule = { kind: "change", polarity: LOWER, significance: { confidence: 0.95 } } as const;
    // 2,240 vs 2,386: binom.test(2240, 4626) p = 0.0330, significant: stays green.
    expect(evaluate(rule, { current: 2240, previous: 2386 }).explanation).toBe(
      "Green: 2,240 is 6.1% below 2,386 in the same period last year (no amber band); the change is significant at 95% (p = 0.033)",
    );
    // Autumn Nights burglary 86 vs 92: binom.test(86, 178) p = 0.708, not significant: amber.
    const autumn = evaluate(rule, { current: 86, previous: 92 });
    expect(autumn.status).toBe("amber");
    expect(autumn.explanation).toMatch(/not significant at 95% \(p = 0\.708\)$/);
    // No change or a change within the band needs no test.
    expect(evaluate(rule, { current: 5, previous: 5 }).explanation).not.toContain("significant");
    // A significance test needs whole counts.
    expect(thrown(() => evaluate(rule, { current: 2.5, previous: 5 })).details).toMatchObject({ path: "input.current" });
    // ... whatever the verdict would have been (5.5 vs 5 is within a 20% band, amber, no test run).
    expect(thrown(() => evaluate({ ...rule, amber: { percent: 20 } }, { current: 5.5, previous: 5 })).details).toMatchObject({ path: "input.current" });
    expect(thrown(() => evaluate(rule, { current: { count: 3, population: 10 }, previous: { count: 1.5, population: 10 } })).details).toMatchObject({
      path: "input.previous.count",
    });
  });

  it("missing data is never green", () => {
    expect(evaluate({ kind: "change", polarity: LOWER }, { current: null, previous: 5, what: "robberies", currentPeriod: "2018" })).toMatchObject({
      status: "not-rated",
      explanation: "Not rated: no value for this period for robberies in 2018, so the change cannot be assessed",
    });
    expect(evaluate({ kind: "change", polarity: LOWER }, { current: 5, previous: undefined }).explanation).toBe(
      "Not rated: no value for the same period last year, so the change cannot be assessed",
    );
    expect(evaluate({ kind: "change", polarity: LOWER }, { current: null, previous: null }).explanation).toBe(
      "Not rated: no value for either period, so the change cannot be assessed",
    );
  });

  it("rejects mixed forms (invalid-argument), bad counts (invalid-count), populations (invalid-population) and NaN (invalid-number)", () => {
    expect(thrown(() => evaluate({ kind: "change", polarity: LOWER }, { current: 5, previous: { count: 5, population: 10 } })).code).toBe("invalid-argument");
    const population = thrown(() => evaluate({ kind: "change", polarity: LOWER }, { current: { count: 5, population: 0 }, previous: 5 }));
    expect([population.code, population.details["path"]]).toEqual(["invalid-population", "input.current.population"]);
    const count = thrown(() => evaluate({ kind: "change", polarity: LOWER }, { current: { count: -1, population: 10 }, previous: 5 }));
    expect([count.code, count.details["path"]]).toEqual(["invalid-count", "input.current.count"]);
    expect(thrown(() => evaluate({ kind: "change", polarity: LOWER }, { current: Number.NaN, previous: 5 })).code).toBe("invalid-number");
    expect(thrown(() => evaluate({ kind: "change", polarity: LOWER }, { current: "5" as never, previous: 5 })).code).toBe("invalid-argument");
  });
});

describe("evaluate: benchmark rules", () => {
  it.each([
    ["better", "green", "mapped", "9.00 burglaries per 1,000 in 2018 is better than London (7.51)"],
    ["best", "green", "mapped", "9.00 burglaries per 1,000 in 2018 is much better than London (7.51)"],
    ["similar", "amber", "mapped", "9.00 burglaries per 1,000 in 2018 is similar to London (7.51)"],
    ["worse", "red", "mapped", "9.00 burglaries per 1,000 in 2018 is worse than London (7.51)"],
    ["worst", "red", "mapped", "9.00 burglaries per 1,000 in 2018 is much worse than London (7.51)"],
    ["higher", "not-rated", "unmapped", '9.00 burglaries per 1,000 in 2018 is higher than London (7.51), and the rule gives "higher" no colour'],
    ["lower", "not-rated", "unmapped", '9.00 burglaries per 1,000 in 2018 is lower than London (7.51), and the rule gives "lower" no colour'],
    ["not-compared", "not-rated", "not-compared", "9.00 burglaries per 1,000 in 2018 was not compared with London (7.51)"],
  ] as const)("default colours: %s → %s", (outcome, status, code, sentence) => {
    const result = evaluate(
      { kind: "benchmark" },
      { outcome, value: 9.0003, benchmarkName: "London", benchmark: 7.51, what: "burglaries per 1,000", period: "2018", decimals: 2 },
    );
    expect(result.status).toBe(status);
    expect(result.code).toBe(code);
    expect(result.explanation).toBe(`${status === "not-rated" ? "Not rated" : status[0]!.toUpperCase() + status.slice(1)}: ${sentence}`);
  });

  it("a rule's own map replaces the default; unjudged outcomes can be mapped", () => {
    const rule = { kind: "benchmark", colours: { amber: ["higher"], green: ["lower", "similar"] } } as const;
    expect(evaluate(rule, { outcome: "higher" }).status).toBe("amber");
    expect(evaluate(rule, { outcome: "similar" }).status).toBe("green");
    expect(evaluate(rule, { outcome: "better" }).status).toBe("not-rated");
  });

  it("missing outcome or not compared is never green, and says why", () => {
    expect(evaluate({ kind: "benchmark" }, { outcome: null, what: "robberies" }).explanation).toBe(
      "Not rated: no comparison of the value for robberies with the benchmark",
    );
    expect(evaluate({ kind: "benchmark" }, { outcome: "not-compared", benchmarkName: "Barnet", code: "no-interval" }).explanation).toBe(
      "Not rated: the value was not compared with Barnet: no confidence interval",
    );
  });

  it("rejects an unknown outcome and bad decimals", () => {
    expect(thrown(() => evaluate({ kind: "benchmark" }, { outcome: "great" as never })).details).toMatchObject({
      path: "input.outcome",
    });
    expect(thrown(() => evaluate({ kind: "benchmark" }, { outcome: "better", value: 1, decimals: 1.5 })).code).toBe("invalid-number");
  });
});

describe("evaluate: trend rules", () => {
  it.each([
    [LOWER, "increasing", "red", "the trend in burglaries over the latest 5 years is increasing (worsening, as lower is better)"],
    [LOWER, "decreasing", "green", "the trend in burglaries over the latest 5 years is decreasing (improving, as lower is better)"],
    [HIGHER, "increasing", "green", "the trend in burglaries over the latest 5 years is increasing (improving, as higher is better)"],
    [HIGHER, "decreasing", "red", "the trend in burglaries over the latest 5 years is decreasing (worsening, as higher is better)"],
    [LOWER, "no-significant-change", "amber", "the trend in burglaries over the latest 5 years shows no significant change"],
  ] as const)("%s, %s → %s", (polarity, direction, status, sentence) => {
    const result = evaluate({ kind: "trend", polarity }, { outcome: direction, what: "burglaries", period: "the latest 5 years" });
    expect(result.status).toBe(status);
    expect(result.explanation).toBe(`${status[0]!.toUpperCase()}${status.slice(1)}: ${sentence}`);
  });

  it("no judgement: unmapped unless the rule maps directions", () => {
    expect(evaluate({ kind: "trend", polarity: "no-judgement" }, { outcome: "increasing", what: "drug offences" })).toMatchObject({
      status: "not-rated",
      code: "unmapped",
      explanation: 'Not rated: the trend in drug offences is increasing, and the rule gives "increasing" no colour',
    });
    expect(evaluate({ kind: "trend", polarity: "no-judgement", colours: { amber: ["increasing"] } }, { outcome: "increasing" }).status).toBe("amber");
  });

  it("cannot-be-calculated and missing are never green", () => {
    expect(evaluate({ kind: "trend", polarity: LOWER }, { outcome: "cannot-be-calculated", what: "robberies", code: "too-few-points" }).explanation).toBe(
      "Not rated: the trend in robberies cannot be calculated (too few points)",
    );
    expect(evaluate({ kind: "trend", polarity: LOWER }, { outcome: null, what: "robberies", period: "2014–2018" }).explanation).toBe(
      "Not rated: no trend was given for robberies over 2014–2018",
    );
    expect(thrown(() => evaluate({ kind: "trend", polarity: LOWER }, { outcome: "up" as never })).code).toBe("invalid-argument");
  });
});

describe("evaluate: action rules (Delivery Plans)", () => {
  const rule = { kind: "action", staleAfterMonths: 3 } as const;
  it.each([
    [{ lifecycle: "remove", rag: "green" }, "not-rated", "removed", "action 1a.2 was removed from the plan"],
    [{ lifecycle: "complete" }, "green", "complete", "action 1a.2 is complete"],
    // COMPLETE + Amber occurs three times in the 2018/19 plan: complete wins, the record is reported.
    [{ lifecycle: "complete", rag: "amber" }, "green", "complete", "action 1a.2 is complete; the plan records Amber"],
    [
      { lifecycle: "continue", due: "2019-03", rag: "green" },
      "red",
      "overdue",
      "action 1a.2 was due by Mar 2019 and is not complete (as of Apr 2019); the plan records Green",
    ],
    [{ lifecycle: "new", due: "2019-03-31" }, "red", "overdue", "action 1a.2 was due by 31 Mar 2019 and is not complete (as of Apr 2019)"],
    // Due this month is not overdue yet.
    [{ lifecycle: "continue", due: "2019-04", rag: "green", progress: [{ date: "2019-03-01" }] }, "green", "manual", "action 1a.2 is rated Green in the plan"],
    [{ lifecycle: "continue", due: "ongoing", rag: "green", progress: [{ date: "2019-01-10" }] }, "green", "manual", "action 1a.2 is rated Green in the plan"],
    // 2018-12 → 2019-04 is 4 months: stale after 3.
    [
      { lifecycle: "continue", due: "Quarterly", rag: "green", progress: [{ date: "2018-12-20", text: "UPDATE" }] },
      "amber",
      "stale",
      "action 1a.2 has had no progress update since 20 Dec 2018, more than 3 month(s) before Apr 2019; the plan records Green",
    ],
    [
      { lifecycle: "continue", rag: "red", progress: [{ date: "2018-12" }] },
      "red",
      "manual",
      "action 1a.2 is rated Red in the plan (action 1a.2 has had no progress update since Dec 2018, more than 3 month(s) before Apr 2019)",
    ],
    [{ lifecycle: "continue" }, "amber", "stale", "action 1a.2 has no progress update (updates are expected at least every 3 month(s))"],
    [{ lifecycle: "new" }, "not-rated", "new", "action 1a.2 is a new action, not yet rated"],
    [{ lifecycle: "new", rag: "not-rated" }, "not-rated", "new", "action 1a.2 is a new action, not yet rated"],
    [{ lifecycle: "unknown" }, "not-rated", "unknown-lifecycle", "action 1a.2 has an unknown lifecycle status and no rating"],
    [{ lifecycle: "unknown", rag: "amber" }, "amber", "manual", "action 1a.2 has an unknown lifecycle status, rated Amber in the plan"],
  ] as const)("%# %o → %s", (row, status, code, sentence) => {
    const result = evaluate(rule, { action: { id: "1a.2", ...row }, asOf: "2019-04" });
    expect(result.status).toBe(status);
    expect(result.code).toBe(code);
    expect(result.complete).toBe(code === "complete");
    expect(result.explanation).toBe(`${status === "not-rated" ? "Not rated" : status[0]!.toUpperCase() + status.slice(1)}: ${sentence}`);
  });

  it("without staleAfterMonths, a continuing action with no rating is not rated", () => {
    expect(evaluate({ kind: "action" }, { action: { lifecycle: "continue" }, asOf: "2019-04" }).explanation).toBe(
      "Not rated: the action has no rating recorded",
    );
  });

  it("manualRating: ignore", () => {
    expect(evaluate({ kind: "action", manualRating: "ignore" }, { action: { lifecycle: "continue", rag: "green" }, asOf: "2019-04" }).explanation).toBe(
      "Not rated: the action is rated Green in the plan, which this rule ignores, and nothing else rates it",
    );
    expect(evaluate({ kind: "action", manualRating: "ignore" }, { action: { lifecycle: "unknown", rag: "green" }, asOf: "2019-04" }).status).toBe("not-rated");
  });

  it("rejects bad rows and months", () => {
    expect(thrown(() => evaluate(rule, { action: { lifecycle: "done" as never }, asOf: "2019-04" })).details).toMatchObject({
      path: "input.action.lifecycle",
    });
    expect(thrown(() => evaluate(rule, { action: { lifecycle: "new" }, asOf: "2019-13" })).details).toMatchObject({
      path: "input.asOf",
    });
    expect(thrown(() => evaluate(rule, { action: { lifecycle: "new", progress: [{ date: "10th Jan 2019" }] }, asOf: "2019-04" })).details).toMatchObject({
      path: "input.action.progress[0].date",
    });
    // A day that the month does not have is not a date (31 February is refused).
    for (const date of ["2019-02-29", "2019-02-31", "2019-04-31", "2019-01-00"]) {
      expect(thrown(() => evaluate(rule, { action: { lifecycle: "continue", progress: [{ date }] }, asOf: "2019-04" })).details).toMatchObject({
        path: "input.action.progress[0].date",
        value: date,
      });
    }
    expect(evaluate(rule, { action: { lifecycle: "continue", rag: "green", progress: [{ date: "2020-02-29" }] }, asOf: "2020-03" }).status).toBe("green");
    expect(thrown(() => evaluate(rule, { action: { lifecycle: "new", rag: "blue" as never }, asOf: "2019-04" })).code).toBe("invalid-argument");
    expect(thrown(() => evaluate(rule, { action: { lifecycle: "new", due: 3 as never }, asOf: "2019-04" })).code).toBe("invalid-argument");
    expect(thrown(() => evaluate(rule, { action: { lifecycle: "new", progress: "x" as never }, asOf: "2019-04" })).code).toBe("invalid-argument");
  });
});

describe("evaluate: composite rules", () => {
  const target = { kind: "target", polarity: LOWER, target: 10 } as const;
  const bench = { kind: "benchmark" } as const;
  it("worst-of: red if any part is red; not rated if a part is not rated; else the worst", () => {
    const rule = { kind: "composite", combine: "worst-of", rules: [target, bench] } as const;
    const r = evaluate(rule, [{ value: 9 }, { outcome: "similar" }]);
    expect(r.status).toBe("amber");
    expect(r.explanation).toBe(
      "Amber: the worst of 2 ratings (1 amber, 1 green); (1) Green: 9 is 10.0% below the target of 10 (no amber band); (2) Amber: the value is similar to the benchmark",
    );
    expect(r.parts?.map((p) => p.status)).toEqual(["green", "amber"]);
    expect(evaluate(rule, [{ value: 11 }, { outcome: null }]).status).toBe("red");
    expect(evaluate(rule, [{ value: 9 }, { outcome: null }]).status).toBe("not-rated");
    expect(evaluate(rule, [{ value: 9 }, { outcome: "better" }]).status).toBe("green");
  });

  it("best-of: green if any part is green; not rated if a part is not rated; else the best", () => {
    const rule = { kind: "composite", combine: "best-of", rules: [target, bench] } as const;
    expect(evaluate(rule, [{ value: 11 }, { outcome: "similar" }]).status).toBe("amber");
    expect(evaluate(rule, [{ value: 9 }, { outcome: null }]).status).toBe("green");
    expect(evaluate(rule, [{ value: null }, { outcome: null }]).explanation).toMatch(/^Not rated: none of 2 parts is rated; /);
  });

  it("best-of gives no red or amber while a part that could be green is not rated", () => {
    const rule = { kind: "composite", combine: "best-of", rules: [target, bench] } as const;
    const r = evaluate(rule, [{ value: 11 }, { outcome: null }]);
    expect(r.status).toBe("not-rated");
    expect(r.explanation).toMatch(/^Not rated: the best of 2 ratings cannot be given while a part is not rated \(1 red, 1 not-rated\); /);
    expect(evaluate(rule, [{ value: 10.5 }, { outcome: null }]).status).toBe("not-rated");
  });

  it("all-of: the colour every part shares, amber when they differ, not rated when one is missing", () => {
    const redRed = {
      kind: "composite",
      combine: "all-of",
      rules: [{ kind: "benchmark" }, { kind: "trend", polarity: LOWER }],
    } as const;
    const both = evaluate(redRed, [{ outcome: "worse" }, { outcome: "increasing" }]);
    expect(both.status).toBe("red");
    expect(both.explanation).toMatch(/^Red: all 2 parts agree \(2 red\); \(1\) Red: /);
    expect(evaluate(redRed, [{ outcome: "better" }, { outcome: "decreasing" }]).status).toBe("green");
    expect(evaluate(redRed, [{ outcome: "worse" }, { outcome: "decreasing" }]).status).toBe("amber");
    expect(evaluate(redRed, [{ outcome: "worse" }, { outcome: "decreasing" }]).explanation).toMatch(
      /^Amber: the 2 parts do not all agree \(1 red, 1 green\); /,
    );
    expect(evaluate(redRed, [{ outcome: "worse" }, { outcome: "no-significant-change" }]).status).toBe("amber");
    const missing = evaluate(redRed, [{ outcome: "worse" }, { outcome: null }]);
    expect(missing.status).toBe("not-rated");
    expect(missing.explanation).toMatch(/^Not rated: all 2 parts must be rated to agree \(1 red, 1 not-rated\); /);
    expect(evaluate(redRed, [{ outcome: null }, { outcome: null }]).explanation).toMatch(/^Not rated: none of 2 parts is rated; /);
  });

  it("best-of a benchmark and a trend is the NHS 'red-red': red only when worse and worsening", () => {
    const redRed = {
      kind: "composite",
      combine: "best-of",
      rules: [{ kind: "benchmark" }, { kind: "trend", polarity: LOWER }],
    } as const;
    expect(evaluate(redRed, [{ outcome: "worse" }, { outcome: "increasing" }]).status).toBe("red");
    expect(evaluate(redRed, [{ outcome: "worse" }, { outcome: "no-significant-change" }]).status).toBe("amber");
    expect(evaluate(redRed, [{ outcome: "similar" }, { outcome: "increasing" }]).status).toBe("amber");
  });

  it("majority: more than half of all parts, else not rated", () => {
    const rule = { kind: "composite", combine: "majority", rules: [target, bench, bench] } as const;
    expect(evaluate(rule, [{ value: 11 }, { outcome: "worse" }, { outcome: "better" }]).status).toBe("red");
    const split = evaluate(rule, [{ value: 11 }, { outcome: "similar" }, { outcome: "better" }]);
    expect(split.status).toBe("not-rated");
    expect(split.code).toBe("no-majority");
    expect(split.explanation).toMatch(/^Not rated: no status is held by more than half of 3 parts \(1 red, 1 amber, 1 green\); /);
    expect(evaluate(rule, [{ value: 9 }, { outcome: null }, { outcome: null }]).status).toBe("not-rated");
  });

  it("nests, and a completed green stays complete", () => {
    const action = { kind: "action" } as const;
    const rule = { kind: "composite", combine: "worst-of", rules: [action, { kind: "composite", combine: "best-of", rules: [action, action] }] } as const;
    const done = { action: { lifecycle: "complete" as const }, asOf: "2019-04" };
    const r = evaluate(rule, [done, [done, { action: { lifecycle: "continue" as const, rag: "green" as const }, asOf: "2019-04" }]]);
    expect(r.status).toBe("green");
    expect(r.complete).toBe(false);
    expect(evaluate(rule, [done, [done, done]]).complete).toBe(true);
  });

  it("needs one input per part", () => {
    const rule = { kind: "composite", combine: "worst-of", rules: [target, bench] } as const;
    expect(thrown(() => evaluate(rule, [{ value: 9 }])).code).toBe("invalid-argument");
    expect(thrown(() => evaluate(rule, { value: 9 } as never)).code).toBe("invalid-argument");
    expect(thrown(() => evaluate(rule, [{ value: 9 }, { outcome: "nope" as never }])).details).toMatchObject({
      path: "input[1].outcome",
    });
  });
});

describe("evaluate: properties", () => {
  const num = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const band: fc.Arbitrary<AmberBand | undefined> = fc.oneof(
    fc.constant(undefined),
    fc.double({ min: 0, max: 1e5, noNaN: true }).map((absolute) => ({ absolute })),
    fc.double({ min: 0, max: 100, noNaN: true }).map((percent) => ({ percent })),
  );
  const polarity = fc.constantFrom(LOWER, HIGHER);
  const withBand = (amber: AmberBand | undefined) => (amber === undefined ? {} : { amber });

  it("target: with polarity swapped and no amber band, green and red swap (off target)", () => {
    fc.assert(
      fc.property(polarity, num, num, (p, value, target) => {
        fc.pre(value !== target);
        const a = evaluate({ kind: "target", polarity: p, target }, { value }).status;
        const b = evaluate({ kind: "target", polarity: swap(p), target }, { value }).status;
        expect([a, b].sort()).toEqual(["green", "red"]);
      }),
    );
  });

  it("target: with polarity swapped, red becomes green (for any band)", () => {
    fc.assert(
      fc.property(polarity, num, num, band, (p, value, target, amber) => {
        const a = evaluate({ kind: "target", polarity: p, target, ...withBand(amber) }, { value }).status;
        const b = evaluate({ kind: "target", polarity: swap(p), target, ...withBand(amber) }, { value }).status;
        if (a === "red") expect(b).toBe("green");
        if (b === "red") expect(a).toBe("green");
      }),
    );
  });

  it("change and trend: with polarity swapped the colours swap", () => {
    fc.assert(
      fc.property(polarity, num, num, (p, current, previous) => {
        fc.pre(current !== previous);
        const a = evaluate({ kind: "change", polarity: p }, { current, previous }).status;
        const b = evaluate({ kind: "change", polarity: swap(p) }, { current, previous }).status;
        expect([a, b].sort()).toEqual(["green", "red"]);
      }),
    );
    const flip: Record<string, string> = { green: "red", red: "green", amber: "amber", "not-rated": "not-rated" };
    fc.assert(
      fc.property(polarity, fc.constantFrom("increasing", "decreasing", "no-significant-change", "cannot-be-calculated", null), (p, direction) => {
        const a = evaluate({ kind: "trend", polarity: p }, { outcome: direction }).status;
        const b = evaluate({ kind: "trend", polarity: swap(p) }, { outcome: direction }).status;
        expect(b).toBe(flip[a]);
      }),
    );
  });

  it("widening the amber band never turns green into red, and never makes a rating worse", () => {
    const widths = fc.tuple(fc.double({ min: 0, max: 1e5, noNaN: true }), fc.double({ min: 0, max: 1e5, noNaN: true }));
    const percents = fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }));
    const bands = fc.oneof(
      widths.map(([x, y]) => [{ absolute: Math.min(x, y) }, { absolute: Math.max(x, y) }] as const),
      percents.map(([x, y]) => [{ percent: Math.min(x, y) }, { percent: Math.max(x, y) }] as const),
    );
    const severity = (s: RagStatus) => SEVERITY[s as "red"];
    fc.assert(
      fc.property(polarity, num, num, bands, (p, value, reference, [narrow, wide]) => {
        const t1 = evaluate({ kind: "target", polarity: p, target: reference, amber: narrow }, { value }).status;
        const t2 = evaluate({ kind: "target", polarity: p, target: reference, amber: wide }, { value }).status;
        if (t1 === "green") expect(t2).toBe("green");
        expect(severity(t2)).toBeLessThanOrEqual(severity(t1));
        const c1 = evaluate({ kind: "change", polarity: p, amber: narrow }, { current: value, previous: reference }).status;
        const c2 = evaluate({ kind: "change", polarity: p, amber: wide }, { current: value, previous: reference }).status;
        if (c1 === "green") expect(c2).toBe("green");
        expect(severity(c2)).toBeLessThanOrEqual(severity(c1));
      }),
    );
  });

  it("the edge of a percent band is amber and one hundredth beyond it is red, exactly", () => {
    fc.assert(
      fc.property(polarity, fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 100 }), (p, target, percent) => {
        // The edge in hundredths is an integer, so edge / 100 reads back as the exact 2-dp decimal.
        const sign = p === LOWER ? 1 : -1;
        const edgeCents = target * 100 + sign * target * percent;
        const rule = { kind: "target", polarity: p, target, amber: { percent } } as const;
        expect(evaluate(rule, { value: edgeCents / 100 }).status).toBe("amber");
        expect(evaluate(rule, { value: (edgeCents + sign) / 100 }).status).toBe("red");
      }),
    );
  });

  it("missing data is never green, whatever the rule", () => {
    fc.assert(
      fc.property(polarity, band, fc.constantFrom(null, undefined), num, (p, amber, missing, other) => {
        expect(evaluate({ kind: "target", polarity: p, target: other, ...withBand(amber) }, { value: missing }).status).toBe("not-rated");
        expect(evaluate({ kind: "target", polarity: p, ...withBand(amber) }, { value: other, target: missing }).status).toBe("not-rated");
        expect(evaluate({ kind: "change", polarity: p, ...withBand(amber) }, { current: missing, previous: other }).status).toBe("not-rated");
        expect(evaluate({ kind: "change", polarity: p, ...withBand(amber) }, { current: other, previous: missing }).status).toBe("not-rated");
        expect(evaluate({ kind: "benchmark" }, { outcome: missing }).status).toBe("not-rated");
        expect(evaluate({ kind: "trend", polarity: p }, { outcome: missing }).status).toBe("not-rated");
      }),
    );
  });

  it("every explanation starts with the status word", () => {
    const word: Record<RagStatus, string> = { red: "Red: ", amber: "Amber: ", green: "Green: ", "not-rated": "Not rated: " };
    fc.assert(
      fc.property(polarity, num, fc.option(num), band, (p, value, target, amber) => {
        const r = evaluate({ kind: "target", polarity: p, ...withBand(amber) }, { value, target });
        expect(r.explanation.startsWith(word[r.status])).toBe(true);
      }),
    );
  });

  it("composite worst-of and best-of do not depend on the order of the parts", () => {
    const part = fc.constantFrom("better", "similar", "worse", "not-compared", null);
    fc.assert(
      fc.property(fc.array(part, { minLength: 2, maxLength: 6 }), fc.constantFrom("worst-of", "best-of", "all-of", "majority"), (outcomes, combine) => {
        const rules = outcomes.map(() => ({ kind: "benchmark" }) as const);
        const forward = evaluate(
          { kind: "composite", combine, rules },
          outcomes.map((outcome) => ({ outcome })),
        );
        const backward = evaluate(
          { kind: "composite", combine, rules },
          [...outcomes].reverse().map((outcome) => ({ outcome })),
        );
        expect(backward.status).toBe(forward.status);
      }),
    );
  });

  it("a part that is not rated never lets through a colour it could have changed (worst-of, best-of, all-of)", () => {
    const part = fc.constantFrom("better", "similar", "worse", null);
    fc.assert(
      fc.property(fc.array(part, { minLength: 2, maxLength: 5 }), fc.constantFrom("worst-of", "best-of", "all-of"), (outcomes, combine) => {
        const rules = outcomes.map(() => ({ kind: "benchmark" }) as const);
        const rate = (parts: readonly (string | null)[]) =>
          evaluate(
            { kind: "composite", combine, rules },
            parts.map((outcome) => ({ outcome }) as never),
          ).status;
        const status = rate(outcomes);
        if (status === "not-rated" || !outcomes.includes(null)) return;
        // Fill the missing parts with every colour: the rating must not change.
        for (const fill of ["better", "similar", "worse"]) {
          expect(rate(outcomes.map((o) => o ?? fill))).toBe(status);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("evaluate: figures at the edge of the number range", () => {
  const change = { kind: "change", polarity: "lower-is-better" } as const;
  const tested = { ...change, significance: { confidence: 0.95 } } as const;

  it("a rate beyond the largest double (count 1e17 over a population of 5e-324) is a RagError, never the RatesError of the rounding", () => {
    const e = thrown(() => evaluate(change, { current: { count: 1e17, population: 5e-324 }, previous: { count: 1, population: 1 } }));
    expect([e.code, e.message]).toEqual([
      "invalid-number",
      "A figure of the rating is beyond the largest number that can be shown (about 1.8 × 10^308); expected inputs of a plausible size.",
    ]);
  });

  it("a significance test on a count beyond 2^53 − 1 is refused as invalid-count before it runs", () => {
    const e = thrown(() => evaluate(tested, { current: 2 ** 53 + 2, previous: 1 }));
    expect([e.code, e.message]).toEqual([
      "invalid-count",
      "input.current is 9007199254740994; expected a whole count from 0 to 2^53 − 1 (9,007,199,254,740,991), as a significance test needs exact counts.",
    ]);
    expect(evaluate(tested, { current: 2 ** 53 - 2, previous: 1 }).status).toBe("red");
  });

  it("counts the Poisson test itself refuses (together beyond 2^53 − 1) are a RagError naming the test, not its RatesError", () => {
    const e = thrown(() => evaluate(tested, { current: 2 ** 53 - 1, previous: 1 }));
    expect(e.code).toBe("invalid-argument");
    expect(e.message).toMatch(/^The significance test cannot be run on these counts: /);
  });
});
