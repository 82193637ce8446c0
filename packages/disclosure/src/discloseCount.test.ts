import { describe, expect, it } from "vitest";
import { codeOf } from "../test/helpers/codeOf.js";
import { DisclosureError, discloseCount, disclosurePreset } from "./index.js";

describe("discloseCount", () => {
  it("doc examples", () => {
    expect(discloseCount(3, disclosurePreset("suppress-1-4-round-5"))).toEqual({ value: null, display: "*", status: "primary-suppressed" });
    expect(discloseCount(1234, disclosurePreset("redact-0-7-round-5"))).toEqual({ value: 1235, display: "1235", status: "rounded" });
  });

  it("publishes unchanged without a rounding rule", () => {
    const p = { id: "t", suppress: { min: 1, max: 2, symbol: "[c]" }, protectionWidth: 3 };
    expect(discloseCount(3, p)).toEqual({ value: 3, display: "3", status: "published" });
    expect(discloseCount(2, p).display).toBe("[c]");
  });

  it("structural zeros are shown as 0 and never suppressed", () => {
    const p = disclosurePreset("suppress-1-4-round-5", { suppressZero: true });
    expect(discloseCount(0, p)).toEqual({ value: null, display: "*", status: "primary-suppressed" });
    expect(discloseCount(0, p, { structuralZero: true })).toEqual({ value: 0, display: "0", status: "structural-zero" });
    expect(() => discloseCount(2, p, { structuralZero: true, cell: "Pinner" })).toThrow(/Pinner.*structural zero/);
  });

  it("bad counts throw DisclosureError naming the cell", () => {
    const p = disclosurePreset("suppress-1-4-round-5");
    for (const bad of [-1, 2.5, Number.NaN, Infinity, "3" as unknown as number]) {
      expect(() => discloseCount(bad, p, { cell: "Roxeth/2019-04" })).toThrow(DisclosureError);
      expect(() => discloseCount(bad, p, { cell: "Roxeth/2019-04" })).toThrow(/Roxeth\/2019-04/);
    }
    try {
      discloseCount(-1, p);
    } catch (e) {
      expect((e as DisclosureError).code).toBe("invalid-count");
    }
  });

  it("rejects an invalid policy", () => {
    expect(() => discloseCount(1, { id: "", protectionWidth: 5 })).toThrow(/INVALID|id/);
  });
});

describe("discloseCount input checks", () => {
  it("null options, BigInt and prototype-less values throw DisclosureError, never TypeError", () => {
    const p = disclosurePreset("suppress-1-4-round-5");
    expect(codeOf(() => discloseCount(3, p, null as never))).toBe("invalid-option");
    expect(codeOf(() => discloseCount(3n as never, p))).toBe("invalid-count");
    expect(codeOf(() => discloseCount(Object.create(null) as never, p))).toBe("invalid-count");
    expect(codeOf(() => discloseCount(3, p, { cell: Object.create(null) as string }))).toBe("invalid-option");
    expect(codeOf(() => discloseCount(9007199254740990, p))).toBe("invalid-count");
    expect(codeOf(() => discloseCount(3, null as never))).toBe("invalid-policy");
  });
});
