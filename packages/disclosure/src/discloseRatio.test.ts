import { describe, expect, it } from "vitest";
import { codeOf } from "../test/helpers/codeOf.js";
import { DisclosureError, discloseRatio, disclosurePreset } from "./index.js";

const policy = disclosurePreset("suppress-1-4-round-5");

describe("discloseRatio", () => {
  it("doc examples", () => {
    expect(discloseRatio({ count: 3 }, { count: 40 }, policy, { per: 100 })).toEqual({
      value: null,
      status: "secondary-suppressed",
      code: "numerator-suppressed",
    });
    // 17/40 = 42.5% (shown as 43 after half-up rounding at presentation)
    expect(discloseRatio({ count: 17 }, { count: 40 }, policy, { per: 100 })).toEqual({ value: 42.5, status: "published", code: null });
  });

  it("computed from the exact counts, not the rounded ones", () => {
    // 7/56 = 12.5%; rounded counts 5/55 would give 9.09%
    expect(discloseRatio({ count: 7 }, { count: 56 }, policy, { per: 100 }).value).toBe(12.5);
    expect(discloseRatio({ count: 7 }, { count: 56 }, policy, { per: 100, basis: "released" }).value).toBeCloseTo(900 / 99, 12);
  });

  it("follows the status of its inputs", () => {
    expect(discloseRatio({ count: 30, status: "secondary-suppressed" }, { count: 400 }, policy).code).toBe("numerator-suppressed");
    expect(discloseRatio({ count: 30 }, { count: 2 }, policy).code).toBe("denominator-suppressed");
    // a recoded small count (3 shown as 5) must not be given away by its rate
    expect(discloseRatio({ count: 3 }, { count: 1000 }, disclosurePreset("small-to-5-round-5"), { per: 1000 }).code).toBe("numerator-suppressed");
  });

  it("zero denominator gives null, published", () => {
    expect(discloseRatio({ count: 0 }, { count: 0 }, policy)).toEqual({ value: null, status: "published", code: null });
  });

  it("bad input throws", () => {
    expect(() => discloseRatio({ count: -2 }, { count: 10 }, policy)).toThrow(/numerator/);
    expect(() => discloseRatio({ count: 2 }, { count: 1.5 }, policy)).toThrow(/denominator/);
    expect(() => discloseRatio({ count: 20 }, { count: 10 }, policy, { per: 0 })).toThrow(DisclosureError);
  });
});

describe("discloseRatio input checks", () => {
  it("null inputs or options, BigInt and unknown statuses throw DisclosureError, never TypeError", () => {
    expect(codeOf(() => discloseRatio(null as never, { count: 1 }, policy))).toBe("invalid-argument");
    expect(codeOf(() => discloseRatio({ count: 1 }, { count: 2n as never }, policy))).toBe("invalid-count");
    expect(codeOf(() => discloseRatio({ count: 1, status: Object.create(null) as never }, { count: 2 }, policy))).toBe("unknown-status");
    expect(codeOf(() => discloseRatio({ count: 1 }, { count: 2 }, policy, null as never))).toBe("invalid-option");
    expect(codeOf(() => discloseRatio({ count: 1 }, { count: 2 }, policy, { per: 1n as never }))).toBe("invalid-option");
  });
  it("a figure hidden in published output ('suppressed') suppresses the ratio", () => {
    expect(discloseRatio({ count: 20, status: "suppressed" }, { count: 40 }, policy)).toEqual({
      value: null,
      status: "secondary-suppressed",
      code: "numerator-suppressed",
    });
  });
  it("results are finite at the extremes of the accepted range", () => {
    expect(discloseRatio({ count: 1e12 }, { count: 1e12 }, policy, { per: 1e12 }).value).toBe(1e12);
    expect(discloseRatio({ count: 10 }, { count: 1e12 }, policy, { per: 5e-324 }).value).toBe(0);
  });
});
