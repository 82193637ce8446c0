import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DisclosureError, discloseCount, DisclosurePolicySchema, parseDisclosurePolicy } from "./index.js";

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DisclosureError ? [e.code, e.details["field"]] : ["other"];
  }
  return ["none"];
};

describe("parseDisclosurePolicy", () => {
  it("doc example", () => {
    expect(
      parseDisclosurePolicy({
        id: "mine",
        suppress: { min: 1, max: 9, symbol: "[c]" },
        round: { base: 10, mode: "nearest" },
        protectionWidth: 10,
      }).id,
    ).toBe("mine");
  });

  it("schema doc example", () => {
    expect(DisclosurePolicySchema.safeParse({ id: "x", round: { base: 5, mode: "nearest" }, protectionWidth: 5 }).success).toBe(true);
  });

  it("rejects bad shapes naming the field", () => {
    expect(codeOf(() => parseDisclosurePolicy({ id: "x", protectionWidth: -1 }))).toEqual(["invalid-policy", "protectionWidth"]);
    expect(codeOf(() => parseDisclosurePolicy({ id: "x", round: { base: 0, mode: "nearest" }, protectionWidth: 5 }))).toEqual(["invalid-policy", "round.base"]);
    expect(codeOf(() => parseDisclosurePolicy({ id: "x", round: { base: 5, mode: "bankers" }, protectionWidth: 5 }))).toEqual(["invalid-policy", "round.mode"]);
    expect(codeOf(() => parseDisclosurePolicy({ id: "x", protectionWidth: 5, extra: 1 }))[0]).toBe("invalid-policy");
    expect(codeOf(() => parseDisclosurePolicy(null))[0]).toBe("invalid-policy");
  });

  it("rejects rules that make no sense together", () => {
    // min above max
    expect(codeOf(() => parseDisclosurePolicy({ id: "x", suppress: { min: 4, max: 1, symbol: "*" }, protectionWidth: 5 }))).toEqual([
      "invalid-policy",
      "suppress",
    ]);
    // hides 3–4 but shows 1–2
    expect(codeOf(() => parseDisclosurePolicy({ id: "x", suppress: { min: 3, max: 4, symbol: "*" }, protectionWidth: 5 }))).toEqual([
      "invalid-policy",
      "suppress.min",
    ]);
    // overlapping ranges
    expect(
      codeOf(() =>
        parseDisclosurePolicy({
          id: "x",
          suppress: { min: 1, max: 4, symbol: "*" },
          recode: { min: 1, max: 7, value: 5 },
          protectionWidth: 5,
        }),
      ),
    ).toEqual(["invalid-policy", "recode"]);
    // recode value above what the rounding base gives the next count: 1–7 → 10 but 8 → 5 (base 5 down)
    expect(
      codeOf(() =>
        parseDisclosurePolicy({
          id: "x",
          recode: { min: 1, max: 7, value: 10 },
          round: { base: 5, mode: "down" },
          protectionWidth: 5,
        }),
      ),
    ).toEqual(["invalid-policy", "recode.value"]);
  });

  it("accepts a threshold above the base when the figures still never decrease", () => {
    const p = parseDisclosurePolicy({ id: "x", suppress: { min: 0, max: 9, symbol: "*" }, round: { base: 5, mode: "nearest" }, protectionWidth: 5 });
    expect([9, 10, 12, 13].map((v) => discloseCount(v, p).display)).toEqual(["*", "10", "10", "15"]);
  });

  it("rounding modes and half-up ties at an even base", () => {
    const base = (mode: "nearest" | "up" | "down", b: number) => ({ id: mode, round: { base: b, mode }, protectionWidth: 0 });
    expect([0, 4, 5, 14, 15, 16].map((v) => discloseCount(v, base("nearest", 10)).value)).toEqual([0, 0, 10, 10, 20, 20]);
    expect([0, 1, 10, 11].map((v) => discloseCount(v, base("up", 10)).value)).toEqual([0, 10, 10, 20]);
    expect([0, 9, 10, 19].map((v) => discloseCount(v, base("down", 10)).value)).toEqual([0, 0, 10, 10]);
    expect([1, 2, 3].map((v) => discloseCount(v, base("nearest", 2)).value)).toEqual([2, 2, 4]);
  });
});

describe("parseDisclosurePolicy at any size", () => {
  it("a policy with huge numbers is checked at once — rejected above 10¹², accepted at 10¹²", () => {
    const huge = { id: "huge", round: { base: 2 ** 52, mode: "nearest" }, protectionWidth: 5 };
    expect(codeOf(() => parseDisclosurePolicy(huge))[0]).toBe("invalid-policy");
    const big = parseDisclosurePolicy({ id: "big", recode: { min: 1, max: 7, value: 0 }, round: { base: 1e12, mode: "nearest" }, protectionWidth: 5 });
    expect(discloseCount(5e11, big).value).toBe(1e12);
    expect(codeOf(() => parseDisclosurePolicy({ id: "w", protectionWidth: 1e13 }))[0]).toBe("invalid-policy");
  });
  it("inputs of any type give invalid-policy, never TypeError", () => {
    for (const bad of [null, undefined, 3n, Object.create(null), [], "x", { id: 1n, protectionWidth: 5 }])
      expect(codeOf(() => parseDisclosurePolicy(bad))[0]).toBe("invalid-policy");
  });
  it("accepts exactly the policies whose shape DisclosurePolicySchema accepts", () => {
    const value = fc.oneof(
      fc.integer({ min: -3, max: 12 }),
      fc.constant(2.5),
      fc.constant(2 ** 53),
      fc.string({ maxLength: 2 }),
      fc.constant(null),
      fc.constant(undefined),
    );
    const rule = (keys: readonly string[]) =>
      fc.oneof(fc.dictionary(fc.constantFrom(...keys, "extra"), fc.oneof(value, fc.constantFrom("nearest", "up", "down", "")), { maxKeys: 4 }), value);
    const policy = fc.oneof(
      fc.record(
        {
          id: fc.oneof(fc.constantFrom("p", ""), value),
          suppress: rule(["min", "max", "symbol"]),
          recode: rule(["min", "max", "value"]),
          round: rule(["base", "mode"]),
          protectionWidth: value,
          extra: value,
        },
        { requiredKeys: [] },
      ),
      value,
      fc.constant([]),
    );
    fc.assert(
      fc.property(policy, (input) => {
        const bySchema = DisclosurePolicySchema.safeParse(input).success;
        const code = codeOf(() => parseDisclosurePolicy(input))[0];
        // a policy of the right shape may still fail the checks that the rules make sense together
        if (bySchema) expect(code === "none" || code === "invalid-policy").toBe(true);
        else expect(code).toBe("invalid-policy");
        if (code === "none") expect(bySchema).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
