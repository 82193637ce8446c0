import { describe, expect, it } from "vitest";
import { funnelLimits } from "./funnelLimits.js";
import { funnelPoints } from "./funnelPoints.js";

describe("funnelPoints", () => {
  it("doc example", () => {
    const curves = funnelPoints(95.06, { from: 1000, to: 1_000_000, points: 4 });
    expect(Array.from(curves.population)).toEqual([1000, 10000, 100000, 1000000]);
    expect(curves.curves.map((c) => c.confidence)).toEqual([0.95, 0.998]);
    expect(curves.benchmark).toBe(95.06);
    expect(curves.per).toBe(1000);
  });

  it("each point equals funnelLimits at that population, with or without over-dispersion", () => {
    for (const overdispersion of [1, 2.5]) {
      const curves = funnelPoints(9.5, { from: 500, to: 400000, points: 25, levels: [0.9, 0.998], overdispersion });
      curves.population.forEach((n, i) => {
        const limits = funnelLimits(9.5, n, { levels: [0.9, 0.998], overdispersion }).limits;
        curves.curves.forEach((curve, k) => {
          expect(curve.lower[i]).toBeCloseTo(limits[k]?.lower as number, 12);
          expect(curve.upper[i]).toBeCloseTo(limits[k]?.upper as number, 12);
        });
      });
      expect(curves.population[0]).toBe(500);
      expect(curves.population[24]).toBe(400000);
    }
  });

  it("binomial curves equal funnelLimits with distribution binomial", () => {
    const curves = funnelPoints(9, { from: 100, to: 10000, points: 5, per: 100, distribution: "binomial" });
    curves.population.forEach((n, i) => {
      const limits = funnelLimits(9, n, { per: 100, distribution: "binomial" }).limits;
      expect(curves.curves[0]?.lower[i]).toBeCloseTo(limits[0]?.lower as number, 12);
      expect(curves.curves[1]?.upper[i]).toBeCloseTo(limits[1]?.upper as number, 12);
    });
  });

  it("throws BenchmarkError on bad input", () => {
    expect(() => funnelPoints(1, { from: 10, to: 10 })).toThrow(expect.objectContaining({ code: "invalid-number" }));
    expect(() => funnelPoints(1, { from: 0, to: 10 })).toThrow(/from must be/);
    expect(() => funnelPoints(-1, { from: 1, to: 10 })).toThrow(/benchmarkRate must be 0 or more/);
    expect(() => funnelPoints(1, { from: 1, to: 10, points: 1 })).toThrow(/points must be a whole number/);
    expect(() => funnelPoints(1, undefined as never)).toThrow(/options must be an object/);
  });

  it("a curve starting at a population of 1e-310 throws invalid-number instead of an Infinity upper limit", () => {
    expect(() => funnelPoints(95.06, { from: 1e-310, to: 1_000_000, points: 4 })).toThrow(
      expect.objectContaining({ name: "BenchmarkError", code: "invalid-number" }),
    );
    expect(() => funnelPoints(1.7976931348623127e308, { from: 1000, to: 1_000_000, points: 4 })).toThrow(/expected count/);
  });
});
