import { describe, expect, it } from "vitest";
import { DisclosureError, discloseCount, disclosurePreset, possibleCounts } from "./index.js";

describe("possibleCounts", () => {
  it("doc examples", () => {
    expect(possibleCounts(5, disclosurePreset("small-to-5-round-5"))).toEqual({ lower: 1, upper: 7 });
    expect(possibleCounts(10, disclosurePreset("redact-0-7-round-5"))).toEqual({ lower: 8, upper: 12 });
  });

  it("is exactly the preimage, checked by brute force for every preset", () => {
    for (const name of ["suppress-1-4-round-5", "small-to-5-round-5", "redact-0-7-round-5"] as const) {
      const p = disclosurePreset(name);
      for (const shown of [0, 5, 10, 15, 100]) {
        const hits = Array.from({ length: 130 }, (_, v) => v).filter((v) => discloseCount(v, p).value === shown);
        if (hits.length === 0) {
          expect(() => possibleCounts(shown, p)).toThrow(DisclosureError);
        } else {
          expect(possibleCounts(shown, p)).toEqual({ lower: hits[0], upper: hits.at(-1) });
        }
      }
    }
  });

  it("FGM Rule A (NHS FGM dataset): newly recorded 10, 15, 10 stand for 8–12, 13–17, 8–12", () => {
    const ruleA = disclosurePreset("small-to-5-round-5");
    expect([10, 15, 10].map((v) => possibleCounts(v, ruleA))).toEqual([
      { lower: 8, upper: 12 },
      { lower: 13, upper: 17 },
      { lower: 8, upper: 12 },
    ]);
  });

  it("suppressed figures and impossible figures", () => {
    expect(possibleCounts(null, disclosurePreset("suppress-1-4-round-5", { suppressZero: true }))).toEqual({ lower: 0, upper: 4 });
    expect(() => possibleCounts(null, disclosurePreset("small-to-5-round-5"))).toThrow(/suppresses nothing/);
    expect(() => possibleCounts(7, disclosurePreset("small-to-5-round-5"))).toThrow(/7/);
    expect(() => possibleCounts(0, disclosurePreset("suppress-1-4-round-5")))
      .not.toThrow();
    expect(possibleCounts(5, disclosurePreset("suppress-1-4-round-5"))).toEqual({ lower: 5, upper: 7 });
  });
});
