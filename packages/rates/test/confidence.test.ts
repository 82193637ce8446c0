import { describe, expect, it } from "vitest";
import {
  byarInterval,
  custodyRate,
  directlyStandardisedRate,
  exactPoissonInterval,
  firstTimeEntrantRate,
  proportion,
  rate,
  rateChange,
  rateRatioTest,
  rates,
  reoffending,
} from "../src/index.js";

const one = { count: 12, population: 1000 };

// Every confidence level of the package, option or argument, is a fraction strictly between 0 and 1.
const calls: Record<string, (confidence: number) => unknown> = {
  rate: (confidence) => rate(12, 1000, { confidence }),
  "rate (a list of levels)": (confidence) => rate(12, 1000, { confidence: [0.95, confidence] }),
  rates: (confidence) => rates(new Float64Array([12]), new Float64Array([1000]), { confidence }),
  proportion: (confidence) => proportion(12, 33, { confidence }),
  directlyStandardisedRate: (confidence) => directlyStandardisedRate([10, 20], [1000, 2000], [1, 1], { confidence }),
  firstTimeEntrantRate: (confidence) => firstTimeEntrantRate(41, 22500, { confidence }),
  custodyRate: (confidence) => custodyRate(7, 22500, { confidence }),
  reoffending: (confidence) => reoffending({ cohort: 16, reoffenders: 3, reoffences: 11 }, { confidence }),
  rateChange: (confidence) => rateChange(one, one, { confidence }),
  rateRatioTest: (confidence) => rateRatioTest(one, one, { confidence }),
  exactPoissonInterval: (confidence) => exactPoissonInterval(12, confidence),
  byarInterval: (confidence) => byarInterval(12, confidence),
};

describe("confidence levels are fractions everywhere", () => {
  for (const [name, call] of Object.entries(calls)) {
    it(`${name} takes 0.95 and 0.998, and refuses 95, 0 and 1 with invalid-confidence`, () => {
      expect(() => call(0.95)).not.toThrow();
      expect(() => call(0.998)).not.toThrow();
      for (const bad of [95, 99.8, 0, 1, Number.NaN]) {
        expect(() => call(bad), `${name} ${bad}`).toThrow(expect.objectContaining({ name: "RatesError", code: "invalid-confidence" }));
      }
    });
  }
});
