import { disclosurePreset, type DisclosurePolicy } from "@crimestats/disclosure";
import { classifyChange } from "@crimestats/rates";
import type { ServiceVolume } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import type { LocalSection } from "../../localTypes.js";
import { serviceSection } from "./serviceSection.js";

const NONE: DisclosurePolicy = { id: "none", protectionWidth: 0 };

// The figures of a published assessment: IDVA referrals 348 against an annual target of 240
// (296 the year before, as its "increase of 133" implies), MARAC cases 16 then 22 a month on average.
const idva = (period: string, value: number, target?: number): ServiceVolume => ({
  measure: "idva-referrals",
  measureName: "IDVA referrals",
  period,
  value,
  unit: "referrals",
  polarity: "higher-is-better",
  ...(target === undefined ? {} : { target }),
});
const marac = (period: string, value: number, target?: number): ServiceVolume => ({
  measure: "marac-cases",
  measureName: "MARAC cases",
  period,
  value,
  unit: "cases per month (average)",
  polarity: "higher-is-better",
  ...(target === undefined ? {} : { target }),
});
const ROWS = [idva("2017-04/2018-03", 296), idva("2018-04/2019-03", 348, 240), marac("2017-04/2018-03", 16), marac("2018-04/2019-03", 22)];

function section(rows: readonly ServiceVolume[], disclosure: DisclosurePolicy = NONE): LocalSection {
  const s = serviceSection({ area: "Harrow", services: rows, disclosure });
  if (s === null) throw new Error("expected a section");
  return s;
}

describe("serviceSection", () => {
  it("is null without service rows", () => {
    expect(serviceSection({ area: "Harrow", services: [] })).toBeNull();
  });

  it("gives the latest value against its target: variance = actual − target, met by polarity", () => {
    const s = section(ROWS);
    expect(s.findings[0]).toBe(
      "IDVA referrals in Harrow: 348 referrals in 2018/19 against a target of 240, 108 above it: the target was met (higher is better).",
    );
    expect(s.tables[0]?.rows[0]).toEqual(["IDVA referrals", "2018/19", "348 referrals", "240", "+108", "Met", "296 (2017/18)", "+52"]);
    expect(s.verdict).toMatchObject({ kind: "target", word: "met" });
  });

  it("tests a change in a count between periods of the same length with the exact test", () => {
    const s = section(ROWS);
    const test = classifyChange({ count: 296, population: 12 }, { count: 348, population: 12 });
    expect(s.findings[1]).toBe(`Up from 296 in 2017/18: ${test.explanation}.`);
  });

  it("never tests an average as a count, nor rounds it under the disclosure policy", () => {
    const s = section([marac("2017-04/2018-03", 3.5), marac("2018-04/2019-03", 4, 5)], disclosurePreset("suppress-1-4-round-5"));
    expect(s.findings).toEqual([
      "MARAC cases in Harrow: 4.0 cases per month (average) in 2018/19 against a target of 5, 1 below it: the target was not met (higher is better).",
      "Up from 3.5 in 2017/18; an average is not a count, so the change is not tested.",
    ]);
    expect(s.findings.join(" ")).not.toMatch(/significant/);
    expect(s.verdict?.word).toBe("not-met");
  });

  it("keeps an average's unit in its quick fact and prints the pair with the same decimals", () => {
    const s = section([marac("2024-01/2024-12", 18), marac("2025-01/2025-12", 17.3, 20)]);
    expect(s.facts[0]).toMatchObject({ label: "MARAC cases, 2025", text: "17.3 a month (average)", value: 17.3 });
    expect(s.findings[1]).toBe("Down from 18.0 in 2024; an average is not a count, so the change is not tested.");
    expect(s.verdict?.explanation).toBe(s.findings[0]);
    expect(section([idva("2025-01/2025-12", 300, 340), marac("2025-01/2025-12", 17.3, 20)]).verdict?.explanation).toBe(
      "Service volumes in Harrow: 0 of 2 targets met; not met: IDVA referrals (300 against 340) and MARAC cases (17.3 a month against 20).",
    );
  });

  it("releases counts under the policy and works the variance, target status and change out from the exact value", () => {
    const s = section(ROWS, disclosurePreset("suppress-1-4-round-5"));
    expect(s.findings[0]).toBe(
      "IDVA referrals in Harrow: 350 referrals in 2018/19 against a target of 240, 108 above it: the target was met (higher is better).",
    );
    expect(s.tables[0]?.rows[0]).toEqual(["IDVA referrals", "2018/19", "350 referrals", "240", "+108", "Met", "295 (2017/18)", "+52"]);
    expect(s.tables[0]?.notes).toContain(
      "Variance, target status and change are worked out from the exact values, so they may differ slightly from the rounded counts shown.",
    );
    expect(JSON.stringify([s.facts, s.tables, s.findings])).not.toMatch(/\b(348|296)\b/);
    // 338 is shown as 340 against a target of 340: the status is that of 338.
    const near = section([idva("2025-01/2025-12", 338, 340)], disclosurePreset("suppress-1-4-round-5"));
    expect(near.findings[0]).toBe(
      "IDVA referrals in Harrow: 340 referrals in 2025 against a target of 340, 2 below it: the target was not met (higher is better).",
    );
    expect(near.tables[0]?.rows[0]?.slice(2, 6)).toEqual(["340 referrals", "340", "-2", "Not met"]);
  });

  it("gives no variance, target status or direction of change for a hidden count", () => {
    const policy = disclosurePreset("suppress-1-4-round-5");
    const small = section([idva("2017-04/2018-03", 20), { ...idva("2018-04/2019-03", 3, 2), polarity: "lower-is-better" }], policy);
    expect(small.findings).toEqual([
      "IDVA referrals in Harrow in 2018/19: the number of referrals is not shown (*) under the disclosure policy, so it is not judged against the target of 2.",
      "Against 20 in 2017/18; the change is not shown because a count it uses is hidden.",
    ]);
    expect(small.tables[0]?.rows[0]?.slice(2)).toEqual(["* referrals", "2", "*", "Not shown", "20 (2017/18)", "*"]);
    expect(small.verdict).toBeNull();
    expect(JSON.stringify(small)).not.toMatch(/\b3\b/);
  });

  it("judges a lower-is-better target met at or below it, and gives no status without a direction", () => {
    const lower = section([{ ...idva("2018-04/2019-03", 250, 240), polarity: "lower-is-better" }]);
    expect(lower.verdict?.word).toBe("not-met");
    const none = section([{ ...idva("2018-04/2019-03", 250, 240), polarity: "no-judgement" }]);
    expect(none.findings[0]).toBe(
      "IDVA referrals in Harrow: 250 referrals in 2018/19 against a target of 240, 10 above it: no target status is given, because neither direction is judged better for this measure.",
    );
    expect(none.verdict).toBeNull();
  });

  it("counts the targets met and names those missed", () => {
    const s = section([...ROWS.slice(0, 2), marac("2017-04/2018-03", 16), marac("2018-04/2019-03", 22, 25)]);
    expect(s.findings.at(-1)).toBe("1 of 2 targets met; not met: MARAC cases (22 a month against 25).");
    expect(s.verdict).toEqual({
      kind: "target",
      word: "not-met",
      explanation: "Service volumes in Harrow: 1 of 2 targets met; not met: MARAC cases (22 a month against 25).",
    });
  });

  it("does not test a change between periods of different lengths", () => {
    const s = section([idva("2018-01/2018-03", 80), idva("2018-04/2019-03", 348)]);
    expect(s.findings[1]).toBe("Up from 80 in January to March 2018, a period of a different length, so the change is not tested.");
  });
});
