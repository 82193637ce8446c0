import { describe, expect, it } from "vitest";
import { codeOf } from "../test/helpers/codeOf.js";
import { DisclosureError, type DisclosurePresetName, discloseCount, disclosurePreset, parseDisclosurePolicy } from "./index.js";

const show = (name: DisclosurePresetName, v: number, suppressZero = false) => discloseCount(v, disclosurePreset(name, { suppressZero })).display;

// The NHS FGM rules and OpenSAFELY apply_sdc: true values 0,1,2,3,4,5,6,7,8,12,13.
const values = [0, 1, 2, 3, 4, 5, 6, 7, 8, 12, 13];
const table: Record<string, readonly string[]> = {
  "small-to-5-round-5": ["0", "5", "5", "5", "5", "5", "5", "5", "10", "10", "15"], // Rule A (0 read literally)
  "suppress-1-4-round-5+zero": ["*", "*", "*", "*", "*", "5", "5", "5", "10", "10", "15"], // Rule B, 0 included
  "suppress-1-4-round-5": ["0", "*", "*", "*", "*", "5", "5", "5", "10", "10", "15"], // Rule B, 0 not included
  "redact-0-7-round-5": ["0", "0", "0", "0", "0", "0", "0", "0", "10", "10", "15"], // OpenSAFELY
};

describe("disclosurePreset", () => {
  it.each(Object.entries(table))("the preset table: %s", (key, expected) => {
    const zero = key.endsWith("+zero");
    const name = key.replace("+zero", "") as DisclosurePresetName;
    expect(values.map((v) => show(name, v, zero))).toEqual(expected);
  });

  it("OpenSAFELY goldens (apply_sdc, threshold 7, multiple 5)", () => {
    const golden: [number, number][] = [
      [0, 0],
      [3, 0],
      [7, 0],
      [8, 10],
      [12, 10],
      [13, 15],
      [17, 15],
      [18, 20],
      [22, 20],
      [23, 25],
      [1234, 1235],
    ];
    for (const [v, out] of golden) expect(discloseCount(v, disclosurePreset("redact-0-7-round-5")).value).toBe(out);
  });

  it("'suppress 1–4, round to 5' goldens", () => {
    const p = disclosurePreset("suppress-1-4-round-5");
    expect([0, 1, 4, 5, 7, 8, 1234].map((v) => discloseCount(v, p).display)).toEqual(["0", "*", "*", "5", "5", "10", "1235"]);
  });

  it("docs table 0…13 (README and TSDoc)", () => {
    const row = (name: DisclosurePresetName, zero = false) => Array.from({ length: 14 }, (_, v) => show(name, v, zero)).join(" ");
    expect(row("suppress-1-4-round-5")).toBe("0 * * * * 5 5 5 10 10 10 10 10 15");
    expect(row("suppress-1-4-round-5", true)).toBe("* * * * * 5 5 5 10 10 10 10 10 15");
    expect(row("small-to-5-round-5")).toBe("0 5 5 5 5 5 5 5 10 10 10 10 10 15");
    expect(row("redact-0-7-round-5")).toBe("0 0 0 0 0 0 0 0 10 10 10 10 10 15");
  });

  it("a non-zero count never shows as 0 under small-to-5-round-5", () => {
    for (let v = 1; v < 200; v++) expect(discloseCount(v, disclosurePreset("small-to-5-round-5")).value).not.toBe(0);
  });

  it("doc example", () => {
    expect(disclosurePreset("small-to-5-round-5")).toEqual({
      id: "small-to-5-round-5",
      recode: { min: 1, max: 7, value: 5 },
      round: { base: 5, mode: "nearest" },
      protectionWidth: 5,
    });
  });

  it("presets are valid, JSON round-trippable policies", () => {
    for (const name of ["suppress-1-4-round-5", "small-to-5-round-5", "redact-0-7-round-5"] as const) {
      const p = disclosurePreset(name, { suppressZero: true, protectionWidth: 3 });
      expect(parseDisclosurePolicy(JSON.parse(JSON.stringify(p)))).toEqual(p);
    }
  });

  it("rejects unknown names and bad options", () => {
    expect(() => disclosurePreset("nope" as DisclosurePresetName)).toThrow(DisclosureError);
    expect(() => disclosurePreset("small-to-5-round-5", { protectionWidth: -1 })).toThrow(/protectionWidth/);
    expect(() => disclosurePreset("small-to-5-round-5", { protectionWidth: 2.5 })).toThrow(/protectionWidth/);
  });
});

describe("disclosurePreset input checks", () => {
  it("null options, BigInt or prototype-less names throw DisclosureError, never TypeError", () => {
    expect(codeOf(() => disclosurePreset("small-to-5-round-5", null as never))).toBe("invalid-option");
    expect(codeOf(() => disclosurePreset(5n as never))).toBe("unknown-preset");
    expect(codeOf(() => disclosurePreset(Object.create(null) as never))).toBe("unknown-preset");
    expect(codeOf(() => disclosurePreset("small-to-5-round-5", { protectionWidth: 5n as never }))).toBe("invalid-option");
    expect(codeOf(() => disclosurePreset("small-to-5-round-5", { protectionWidth: 1e13 }))).toBe("invalid-option");
  });
});
