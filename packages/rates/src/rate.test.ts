import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { relativeError } from "./internal/testUtil.js";
import { rate } from "./rate.js";
import { roundHalfUp } from "./roundHalfUp.js";

// Reference values of phe_rate in the R package PHEindicatormethods (UKHSA): exact Poisson limits below 10
// events, Byar's from 10 (Rscript scripts/reference/rates-intervals.R): x, n, per, value, L95, U95, L99.8, U99.8.
const PHE_RATE: readonly (readonly [number, number, number, number, number, number, number, number, string])[] = [
  [1, 100, 100, 1, 0.025317807984289897, 5.571643390938898, 0.0010005003335835344, 9.2334134764515845, "exact"],
  [5, 100, 100, 5, 1.62348639011842, 11.668332079322669, 0.739371731917839, 16.454745203680105, "exact"],
  [20, 100, 100, 20, 12.211428834875937, 30.889880369197066, 8.922802365144193, 38.085035625041911, "byar"],
  [9856, 12345, 100, 79.837991089509913, 78.269490589767571, 81.430016542721404, 77.375905432710525, 82.354472770954303, "byar"],
  [222, 3215, 100000, 6905.1321928460338, 6026.5748776526743, 7875.7293708718507, 5560.7376952598534, 8461.0466817334109, "byar"],
  [250, 220, 100000, 113636.36363636365, 99984.947385328764, 128631.14487455782, 92710.005544389525, 137651.23772147458, "byar"],
];

describe("rate", () => {
  it("documented examples", () => {
    const r = rate(14866, 248880);
    expect(r.value).toBe(59.73159755705561);
    expect(roundHalfUp(r.value, 2)).toBe(59.73);
    expect(r.method).toBe("byar");
    const both = rate(20, 100, { per: 100, confidence: [0.95, 0.998] }).intervals;
    expect(both).toHaveLength(2);
    expect(both[0]).toEqual({ confidence: 0.95, lower: expect.closeTo(12.2114288348759, 12), upper: expect.closeTo(30.889880369197, 12) });
    expect(both[1]).toEqual({ confidence: 0.998, lower: expect.closeTo(8.92280236514419, 12), upper: expect.closeTo(38.0850356250419, 12) });
    expect(rate(3, 1000, { confidence: "none" }).lower).toBeNull();
  });

  it("matches phe_rate of PHEindicatormethods to 1e-9 relative", () => {
    for (const [x, n, per, value, l95, u95, l998, u998, method] of PHE_RATE) {
      const r = rate(x, n, { per, confidence: [0.95, 0.998] });
      expect(relativeError(r.value, value)).toBeLessThan(1e-12);
      expect(r.method).toBe(method);
      expect(r.lower).toBe(r.intervals[0]?.lower);
      const [a, b] = r.intervals;
      expect(relativeError(a?.lower ?? Number.NaN, l95), `L95 ${x}`).toBeLessThan(1e-9);
      expect(relativeError(a?.upper ?? Number.NaN, u95), `U95 ${x}`).toBeLessThan(1e-9);
      expect(relativeError(b?.lower ?? Number.NaN, l998), `L99.8 ${x}`).toBeLessThan(1e-9);
      expect(relativeError(b?.upper ?? Number.NaN, u998), `U99.8 ${x}`).toBeLessThan(1e-9);
    }
  });

  it("matches phe_rate of PHEindicatormethods on grouped input: 2 per 200 per 100,000 → 1000 [121.10463927198258, 3612.3438338619794]", () => {
    // Source: phe_rate of PHEindicatormethods on grouped input (Rscript scripts/reference/rates-intervals.R).
    const r = rate(2, 200, { per: 100000 });
    expect(r.value).toBe(1000);
    expect(relativeError(r.lower ?? Number.NaN, 121.10463927198258)).toBeLessThan(1e-9);
    expect(relativeError(r.upper ?? Number.NaN, 3612.3438338619794)).toBeLessThan(1e-9);
    expect(r.reliable).toBe(false);
  });

  it("worked examples (Harrow, population 248,880)", () => {
    // Source: rates printed in the London Borough of Harrow's Community Safety, Violence, Vulnerability and
    // Exploitation Strategy 2019/20 (ONS mid-2017 population 248,880).
    expect(roundHalfUp(rate(14866, 248880).value, 2)).toBe(59.73);
    expect(roundHalfUp(rate(2240, 248880).value, 2)).toBe(9.0);
    expect(roundHalfUp(rate(17, 248880).value, 2)).toBe(0.07);
  });

  it("carries its inputs, method and reliability; method can be forced", () => {
    const r = rate(7, 5000, { per: 100000, confidence: 0.998 });
    expect(r).toMatchObject({ count: 7, population: 5000, per: 100000, method: "exact", confidence: 0.998, reliable: false });
    expect(rate(7, 5000, { method: "byar" }).method).toBe("byar");
    expect(rate(700, 5000, { method: "exact" }).method).toBe("exact");
    const none = rate(700, 5000, { confidence: "none" });
    expect(none).toMatchObject({ lower: null, upper: null, confidence: null, method: "none", intervals: [] });
    expect(rate(0, 100).lower).toBe(0);
  });

  it("property: lower ≤ value ≤ upper, intervals widen with confidence, monotone in count", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50000 }),
        fc.double({ min: 1, max: 1e7, noNaN: true }),
        fc.constantFrom<"auto" | "exact" | "byar">("auto", "exact", "byar"),
        (count, population, method) => {
          const r = rate(count, population, { confidence: [0.95, 0.998], method });
          const [a, b] = r.intervals;
          if (a === undefined || b === undefined) throw new Error("two intervals expected");
          expect(a.lower).toBeLessThanOrEqual(r.value);
          expect(a.upper).toBeGreaterThanOrEqual(r.value);
          expect(b.lower).toBeLessThanOrEqual(a.lower);
          expect(b.upper).toBeGreaterThanOrEqual(a.upper);
          const next = rate(count + 1, population, { method });
          expect(next.value).toBeGreaterThan(r.value);
          if (method !== "auto" || count + 1 !== 10) {
            expect(next.upper ?? 0).toBeGreaterThan(a.upper);
          }
          for (const v of [r.value, a.lower, a.upper, b.lower, b.upper]) expect(Number.isFinite(v)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("throws RatesError naming the value", () => {
    expect(() => rate(-1, 1000)).toThrow(RatesError);
    expect(() => rate(1.5, 1000)).toThrow(/count.*1\.5/);
    expect(() => rate(Number.NaN, 1000)).toThrow(/NaN/);
    expect(() => rate(1, 0)).toThrow(/population.*got 0/);
    expect(() => rate(1, -5)).toThrow(RatesError);
    expect(() => rate(1, Number.POSITIVE_INFINITY)).toThrow(RatesError);
    expect(() => rate(1, 10, { per: 0 })).toThrow(/per/);
    expect(() => rate(1, 10, { confidence: 1.2 })).toThrow(/confidence/);
    expect(() => rate(1, 10, { confidence: [] })).toThrow(/confidence/);
    // @ts-expect-error an unknown method
    expect(() => rate(1, 10, { method: "wald" })).toThrow(/method.*"wald"/);
    expect(() => rate(Number.MAX_SAFE_INTEGER, 1e-300)).toThrow(/not a finite number/);
    expect(() => rate(1, 1e-308, { per: 1 })).toThrow(/upper limit .* not a finite number/);
    try {
      rate(-1, 1000);
    } catch (e) {
      expect((e as RatesError).code).toBe("invalid-count");
      expect((e as RatesError).details).toEqual({ name: "count", value: -1 });
    }
  });

  it("null or a non-object as options throws RatesError invalid-option", () => {
    for (const options of [null, 5, "per", [1]]) {
      // @ts-expect-error not an options object
      expect(() => rate(1, 10, options)).toThrow(expect.objectContaining({ name: "RatesError", code: "invalid-option" }));
    }
  });

  it("counts beyond Number.MAX_SAFE_INTEGER, BigInts and prototype-less objects are invalid-count", () => {
    for (const count of [Number.MAX_SAFE_INTEGER + 1, 1e17, 1n, Object.create(null), Symbol("n")] as unknown[]) {
      expect(() => rate(count as number, 10)).toThrow(expect.objectContaining({ code: "invalid-count" }));
    }
    expect(() => rate(1n as unknown as number, 10)).toThrow(/got 1n/);
    expect(rate(Number.MAX_SAFE_INTEGER, 1e6).value).toBe((Number.MAX_SAFE_INTEGER / 1e6) * 1000);
  });

  it("a rate that is representable is given whatever order of operations would overflow", () => {
    // 1 / 1e308 is subnormal and loses digits; 1 × (1e308 / 1e308) does not.
    expect(rate(1, 1e308, { per: 1e308, confidence: "none" }).value).toBe(1);
    // 1 / 5e-324 overflows; 1 × (1e-300 / 5e-324) does not.
    expect(rate(1, 5e-324, { per: 1e-300, confidence: "none" }).value).toBe(1e-300 / 5e-324);
  });
});

describe("rate in a REPL or notebook", () => {
  it("prints the rate with its interval and method, and keeps its data unchanged", () => {
    const r = rate(2240, 248880);
    expect(inspect(r)).toBe("9.00 per 1,000 (95% CI 8.63–9.38, Byar)");
    expect(inspect(rate(5, 1000))).toBe("5.00 per 1,000 (95% CI 1.62–11.67, exact Poisson)");
    expect(inspect(rate(20, 100, { per: 100, confidence: [0.95, 0.998] }))).toBe("20.00 per 100 (95% CI 12.21–30.89; 99.8% CI 8.92–38.09, Byar)");
    expect(inspect(rate(3, 1000, { confidence: "none" }))).toBe("3.00 per 1,000");
    expect(inspect({ burglary: r })).toBe("{ burglary: 9.00 per 1,000 (95% CI 8.63–9.38, Byar) }");
    // The display is not data: keys, JSON and deep equality see the plain result.
    const plain = { ...r };
    expect(r).toEqual(plain);
    expect(JSON.stringify(r)).toBe(JSON.stringify(plain));
    expect(Object.keys(r)).toEqual(["value", "lower", "upper", "count", "population", "per", "method", "confidence", "reliable", "intervals"]);
  });
});
