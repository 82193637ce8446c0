import { describe, expect, it } from "vitest";
import { BenchmarkError } from "./BenchmarkError.js";
import { funnelLimits } from "./funnelLimits.js";
import { funnelOverdispersion } from "./funnelOverdispersion.js";
import { funnelPoints } from "./funnelPoints.js";

// Reference values: base R 4.2.2 from the formulas of Spiegelhalter (2005, "Handling over-dispersion of
// performance indicators", Qual Saf Health Care 14:347–351), winsorising with quantile(type = 7) as FunnelPlotR.
// Regenerate: Rscript scripts/reference/funnel-overdispersion.R
const ten = [
  { area: "A", count: 812, population: 12_000 },
  { area: "B", count: 1530, population: 21_000 },
  { area: "C", count: 2950, population: 33_000 },
  { area: "D", count: 2400, population: 30_000 },
  { area: "E", count: 1710, population: 22_500 },
  { area: "F", count: 3605, population: 41_000 },
  { area: "G", count: 990, population: 15_500 },
  { area: "H", count: 2210, population: 26_000 },
  { area: "I", count: 4020, population: 45_000 },
  { area: "J", count: 1405, population: 19_000 },
];
const close = [
  { area: "A", count: 98, population: 1000 },
  { area: "B", count: 205, population: 2000 },
  { area: "C", count: 290, population: 3000 },
  { area: "D", count: 412, population: 4000 },
  { area: "E", count: 497, population: 5000 },
  { area: "F", count: 611, population: 6000 },
];

function expectAll(actual: readonly number[], expected: readonly number[], digits = 12): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => {
    expect(value).toBeCloseTo(expected[i] as number, digits);
  });
}

describe("funnelOverdispersion", () => {
  it("doc example: ten areas spread well beyond chance give φ = 18.88, detected (R reference)", () => {
    const result = funnelOverdispersion(ten, 80);
    expect(result.estimate).toBeCloseTo(18.880642864150772, 12);
    expect(result.overdispersion).toBeCloseTo(18.880642864150772, 12);
    expect(result.statistic).toBeCloseTo(188.80642864150772, 11);
    expect(result.criticalValue).toBeCloseTo(16.918977604620444, 10);
    expect(result.degreesOfFreedom).toBe(9);
    expect(result.areaCount).toBe(10);
    expect(result.detected).toBe(true);
    expect(result.winsorise).toBe(0.1);
    expect(result.scale).toBe("rate");
    expect(result.method).toBe("spiegelhalter-winsorised");
    expect(result.explanation).toBe(
      "The 10 areas vary more than chance would make them: φ = 18.9 (z-scores winsorised at 10% each end), and nφ = 188.8 is above 16.9, the 95% point of χ² on 9 degrees of freedom; funnel limits widened by √φ allow for it.",
    );
  });

  it("z-scores on the rate scale are (O − E)/√E, and winsorising moves only the lowest and highest (R reference)", () => {
    const result = funnelOverdispersion(ten, 80);
    expectAll(
      result.areas.map((a) => a.zScore),
      [
        -4.7766794603224803, -3.6596252735569994, 6.0333668172518031, 0, -2.1213203435596424, 5.6747461531278232, -7.0995229280883096, 2.8504385627478452, 7,
        -2.9496877622448183,
      ],
    );
    expectAll(
      result.areas.map((a) => a.winsorisedZScore),
      [
        -4.7766794603224803, -3.6596252735569994, 6.0333668172518031, 0, -2.1213203435596424, 5.6747461531278232, -5.0089638070990636, 2.8504385627478452,
        6.1300301355266225, -2.9496877622448183,
      ],
    );
    expect(result.areas.filter((a) => a.winsorised).map((a) => a.area)).toEqual(["G", "I"]);
    expect(result.areas[0]?.expected).toBeCloseTo(960, 9);
  });

  it("the square-root scale uses z = 2(√O − √E) (R reference)", () => {
    const result = funnelOverdispersion(ten, 80, { scale: "square-root" });
    expect(result.areas[6]?.zScore).toBeCloseTo(-7.498736556426941, 12);
    expect(result.areas[8]?.winsorisedZScore).toBeCloseTo(5.9600438417309007, 12);
    expect(result.estimate).toBeCloseTo(18.830572755719519, 12);
    expect(result.scale).toBe("square-root");
  });

  it("winsorise 0 keeps every z-score and gives the plain mean of z² (R reference)", () => {
    const result = funnelOverdispersion(ten, 80, { winsorise: 0 });
    expect(result.estimate).toBeCloseTo(22.554266656466645, 12);
    expect(result.areas.some((a) => a.winsorised)).toBe(false);
    expect(result.explanation).toContain("z-scores not winsorised");
  });

  it("areas close to the benchmark are not over-dispersed: the factor to use is 1 (R reference)", () => {
    const result = funnelOverdispersion(close, 100);
    expect(result.estimate).toBeCloseTo(0.13514560490645064, 12);
    expect(result.statistic).toBeCloseTo(0.81087362943870378, 12);
    expect(result.criticalValue).toBeCloseTo(11.070497693516351, 10);
    expect(result.detected).toBe(false);
    expect(result.overdispersion).toBe(1);
    expect(result.explanation).toBe(
      "The 6 areas vary no more than chance would make them: φ = 0.14 (z-scores winsorised at 10% each end), and nφ = 0.8 is not above 11.1, the 95% point of χ² on 5 degrees of freedom; the funnel limits need no widening (φ = 1).",
    );
  });

  it("a stricter test level raises the critical value", () => {
    const strict = funnelOverdispersion(ten, 80, { confidence: 0.999 });
    expect(strict.criticalValue).toBeGreaterThan(funnelOverdispersion(ten, 80).criticalValue);
    expect(strict.explanation).toContain("the 99.9% point of χ²");
  });

  it("counts varying only by chance around the benchmark are seldom found over-dispersed (at most about 5% at the 95% level)", () => {
    // Generated: a small linear congruential generator, so the test is repeatable.
    let seed = 12345;
    const uniform = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return (seed + 0.5) / 2147483648;
    };
    const poisson = (mean: number): number => {
      // Normal approximation rounded: adequate for means in the thousands.
      const u1 = uniform();
      const u2 = uniform();
      const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
      return Math.max(0, Math.round(mean + z * Math.sqrt(mean)));
    };
    let detected = 0;
    const trials = 400;
    for (let t = 0; t < trials; t++) {
      const rows = Array.from({ length: 32 }, (_, i) => {
        const population = 150_000 + i * 10_000;
        return { area: `Area ${i}`, count: poisson((80 * population) / 1000), population };
      });
      if (funnelOverdispersion(rows, 80).detected) detected++;
    }
    // Winsorising shrinks φ, so the test is conservative: at most the nominal 5%, with room for chance.
    expect(detected / trials).toBeLessThan(0.1);
  });

  it("the factor widens funnelLimits and funnelPoints by √φ, and funnelPoints reports it", () => {
    const { overdispersion } = funnelOverdispersion(ten, 80);
    const plain = funnelLimits(80, 30_000).limits[1];
    const wide = funnelLimits(80, 30_000, { overdispersion }).limits[1];
    expect(((wide?.upper as number) - 80) / ((plain?.upper as number) - 80)).toBeCloseTo(Math.sqrt(overdispersion), 12);
    const points = funnelPoints(80, { from: 10_000, to: 50_000, overdispersion });
    expect(points.overdispersion).toBe(overdispersion);
    expect(funnelPoints(80, { from: 10_000, to: 50_000 }).overdispersion).toBe(1);
  });

  it("rejects bad rows, rates and options with the suite's codes", () => {
    const code = (call: () => unknown): string => {
      try {
        call();
      } catch (error) {
        expect(error).toBeInstanceOf(BenchmarkError);
        return (error as BenchmarkError).code;
      }
      return "no error";
    };
    expect(code(() => funnelOverdispersion("rows" as never, 80))).toBe("invalid-argument");
    expect(code(() => funnelOverdispersion([ten[0]!], 80))).toBe("empty-input");
    expect(code(() => funnelOverdispersion([ten[0]!, ten[0]!], 80))).toBe("duplicate-area");
    expect(code(() => funnelOverdispersion([ten[0]!, { area: "Z", count: 1.5, population: 10 }], 80))).toBe("invalid-count");
    expect(code(() => funnelOverdispersion([ten[0]!, { area: "Z", count: 1, population: 0 }], 80))).toBe("invalid-population");
    expect(code(() => funnelOverdispersion([ten[0]!, { area: "", count: 1, population: 10 }], 80))).toBe("invalid-argument");
    expect(code(() => funnelOverdispersion([ten[0]!, null as never], 80))).toBe("invalid-argument");
    expect(code(() => funnelOverdispersion([ten[0]!, { area: "Z", count: 1, population: 1e-320 }], 80))).toBe("invalid-number");
    expect(code(() => funnelOverdispersion(ten, 0))).toBe("invalid-number");
    expect(code(() => funnelOverdispersion(ten, Number.NaN))).toBe("invalid-number");
    expect(code(() => funnelOverdispersion(ten, 80, { winsorise: 0.5 }))).toBe("invalid-option");
    expect(code(() => funnelOverdispersion(ten, 80, { scale: "log" as never }))).toBe("invalid-option");
    expect(code(() => funnelOverdispersion(ten, 80, { confidence: 95 }))).toBe("invalid-confidence");
    expect(code(() => funnelOverdispersion(ten, 80, { per: -1 }))).toBe("invalid-number");
    expect(code(() => funnelOverdispersion(ten, 80, "x" as never))).toBe("invalid-option");
  });

  it("never returns NaN or Infinity, even for huge counts against a tiny expected count", () => {
    const result = funnelOverdispersion(
      [
        { area: "A", count: Number.MAX_SAFE_INTEGER, population: 1e-6 },
        { area: "B", count: 0, population: 1e6 },
        { area: "C", count: 5, population: 1e3 },
      ],
      1e-3,
    );
    for (const value of [result.estimate, result.statistic, result.overdispersion, ...result.areas.map((a) => a.winsorisedZScore)]) {
      expect(Number.isFinite(value)).toBe(true);
    }
    // A z-score whose square overflows is an error, not an Infinity.
    expect(() =>
      funnelOverdispersion(
        [
          { area: "A", count: Number.MAX_SAFE_INTEGER, population: 1e-300 },
          { area: "B", count: 0, population: 1e6 },
        ],
        1e-3,
      ),
    ).toThrow(/too large to estimate/);
  });
});
