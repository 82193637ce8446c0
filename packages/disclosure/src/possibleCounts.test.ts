import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { codeOf } from "../test/helpers/codeOf.js";
import { type DisclosurePolicy, DisclosureError, discloseCount, disclosurePreset, parseDisclosurePolicy, possibleCounts } from "./index.js";

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
    expect(() => possibleCounts(0, disclosurePreset("suppress-1-4-round-5"))).not.toThrow();
    expect(possibleCounts(5, disclosurePreset("suppress-1-4-round-5"))).toEqual({ lower: 5, upper: 7 });
  });
  it("equals the brute-force preimage for random valid policies (computed from the rules, not by scanning)", () => {
    const range = fc.option(fc.record({ min: fc.integer({ min: 0, max: 1 }), max: fc.integer({ min: 1, max: 9 }) }), { nil: undefined });
    const arb = fc.record({
      suppress: range,
      recode: fc.option(fc.record({ min: fc.integer({ min: 0, max: 1 }), max: fc.integer({ min: 1, max: 9 }), value: fc.integer({ min: 0, max: 15 }) }), {
        nil: undefined,
      }),
      round: fc.option(fc.record({ base: fc.integer({ min: 1, max: 12 }), mode: fc.constantFrom("nearest" as const, "up" as const, "down" as const) }), {
        nil: undefined,
      }),
    });
    let checked = 0;
    fc.assert(
      fc.property(arb, ({ suppress, recode, round }) => {
        const candidate = {
          id: "random",
          ...(suppress === undefined ? {} : { suppress: { ...suppress, symbol: "*" } }),
          ...(recode === undefined ? {} : { recode }),
          ...(round === undefined ? {} : { round }),
          protectionWidth: 5,
        };
        let p: DisclosurePolicy;
        try {
          p = parseDisclosurePolicy(candidate);
        } catch {
          return; // overlapping ranges or a decreasing rule: not a valid policy
        }
        checked++;
        for (let shown = 0; shown <= 40; shown++) {
          const hits = Array.from({ length: 80 }, (_, v) => v).filter((v) => discloseCount(v, p).value === shown);
          if (hits.length === 0) expect(() => possibleCounts(shown, p)).toThrow(DisclosureError);
          else expect(possibleCounts(shown, p)).toEqual({ lower: hits[0], upper: hits.at(-1) });
        }
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(50);
  }, 30_000); // 1 s alone; the whole suite on two shared cores can take several times that

  it("a huge figure returns at once — 2⁵³ − 2 is refused, 10¹² is answered", () => {
    const p = disclosurePreset("suppress-1-4-round-5");
    expect(codeOf(() => possibleCounts(9007199254740990, p))).toBe("invalid-release");
    expect(possibleCounts(1e12, p)).toEqual({ lower: 1e12 - 2, upper: 1e12 + 2 });
    for (const bad of [Number.NaN, -5, 2.5, 5n, "5", Object.create(null)]) expect(codeOf(() => possibleCounts(bad as number, p))).toBe("invalid-release");
  });
});
