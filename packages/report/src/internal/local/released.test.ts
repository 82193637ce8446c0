import { disclosurePreset } from "@crimestats/disclosure";
import { describe, expect, it } from "vitest";
import { disclosureSentence, fromExactCounts, hiddenSharesNote, isHidden, released, releasedParts, releasedRate, releasedRatio } from "./released.js";

const policy = disclosurePreset("suppress-1-4-round-5");
const none = { id: "none", protectionWidth: 0 };

describe("released", () => {
  it("hides a count of 1 to 4 and rounds the others to the nearest 5 with thousands separators", () => {
    expect(released(3, policy)).toEqual({ value: null, text: "*", status: "primary-suppressed" });
    expect(released(1234, policy)).toEqual({ value: 1235, text: "1,235", status: "rounded" });
    expect(released(0, policy).text).toBe("0");
  });
  it("shows a count already published rounded as given, never disclosing it again", () => {
    expect(released(5, policy, { alreadyRounded: 5 })).toEqual({ value: 5, text: "5", status: "rounded" });
  });
  it("publishes every count as recorded under a policy with no rule", () => {
    expect(released(3, none)).toEqual({ value: 3, text: "3", status: "published" });
  });
  it("throws a ReportError for a count that is not whole", () => {
    expect(() => released(2.5, policy)).toThrow(expect.objectContaining({ name: "ReportError", code: "invalid-data" }));
  });
});

describe("releasedRatio and releasedRate", () => {
  it("hides a share whose numerator or denominator is hidden and works the others out from the exact counts", () => {
    expect(releasedRatio({ count: 3 }, { count: 40 }, policy, { per: 100, decimals: 1, suffix: "%" })).toEqual({
      value: null,
      text: "*",
      code: "numerator-suppressed",
    });
    // 17 of 40 is shown as 15 of 40: the share states the data (42.5%), not the rounded counts (37.5%).
    expect(released(17, policy).value).toBe(15);
    expect(releasedRatio({ count: 17 }, { count: 40 }, policy, { per: 100, decimals: 1, suffix: "%" })).toEqual({
      value: (17 / 40) * 100,
      text: "42.5%",
      code: null,
    });
    expect(releasedRatio({ count: 0 }, { count: 3 }, policy, { per: 100, decimals: 1 }).code).toBe("denominator-suppressed");
    expect(releasedRatio({ count: 0 }, { count: 0 }, policy, { per: 100, decimals: 1 })).toEqual({ value: null, text: "–", code: "undefined" });
  });
  it("hides a share of a secondary-suppressed count", () => {
    expect(releasedRatio({ count: 40, status: "secondary-suppressed" }, { count: 95 }, policy, { per: 100, decimals: 1 }).value).toBeNull();
  });
  it("hides a figure of a recoded small count", () => {
    expect(isHidden({ count: 6 }, disclosurePreset("small-to-5-round-5"))).toBe(true);
    expect(isHidden({ count: 9 }, disclosurePreset("small-to-5-round-5"))).toBe(false);
    expect(isHidden({ count: 3 }, policy)).toBe(true);
    expect(isHidden({ count: 0 }, policy)).toBe(false);
  });
  it("gives a rate per 1,000 residents from the exact count (251, shown as 250), hidden when the count is", () => {
    expect(releasedRate({ count: 251 }, 100_000, policy, { per: 1000, decimals: 2 })).toEqual({ value: (251 * 1000) / 100_000, text: "2.51", code: null });
    expect(releasedRate({ count: 252 }, 100_000, policy, { per: 1000, decimals: 2 }).text).toBe("2.52");
    expect(releasedRate({ count: 2 }, 100_000, policy, { per: 1000, decimals: 2 }).value).toBeNull();
    expect(releasedRate({ count: 20 }, 0, policy, { per: 1000, decimals: 2 }).code).toBe("undefined");
  });
  it("hides a rate of a recoded or secondary-suppressed count, which the exact count would give away", () => {
    const recode = disclosurePreset("small-to-5-round-5");
    expect(released(6, recode).value).toBe(5);
    expect(releasedRate({ count: 6 }, 100_000, recode, { per: 1000, decimals: 2 })).toMatchObject({ value: null, code: "numerator-suppressed" });
    expect(releasedRate({ count: 40, status: "secondary-suppressed" }, 100_000, policy, { per: 1000, decimals: 2 }).value).toBeNull();
  });
});

describe("releasedParts", () => {
  it("suppresses a second part so that a hidden small part cannot be worked out from the total", () => {
    const hide = { id: "hide-1-4", suppress: { min: 1, max: 4, symbol: "*" }, protectionWidth: 5 };
    const parts = releasedParts({ A: 3, B: 40, C: 52 }, hide, "Total");
    const hidden = parts.parts.filter((p) => p.count.value === null).map((p) => p.id);
    expect(hidden).toEqual(["A", "B"]);
    expect(parts.total.text).toBe("95");
    expect(parts.disclosed).toEqual([]);
    expect(JSON.stringify(parts.table)).not.toMatch(/"value":3\b/);
    expect(parts.table.cells.every((c) => c.status !== "primary-suppressed" && c.status !== "secondary-suppressed")).toBe(true);
    expect(isHidden(parts.inputs.get("B") ?? { count: 0 }, hide)).toBe(true);
  });
  it("needs no second suppression when rounding already keeps a hidden part wide enough", () => {
    const parts = releasedParts({ A: 3, B: 40, C: 52 }, policy, "Total");
    expect(parts.parts.map((p) => p.count.text)).toEqual(["*", "40", "50"]);
    expect(parts.total.text).toBe("95");
  });
  it("keeps the part order and shows every count under a policy with no rule", () => {
    const parts = releasedParts({ B: 3, A: 40 }, none, "Total");
    expect(parts.parts.map((p) => [p.id, p.count.text])).toEqual([
      ["B", "3"],
      ["A", "40"],
    ]);
    expect(parts.total.text).toBe("43");
  });
});

describe("disclosureSentence", () => {
  it("says the rules of the policy in words, without its id", () => {
    expect(disclosureSentence(policy)).toBe(
      "Counts of 1 to 4 are shown as * and others rounded to the nearest 5; a rate or share is not shown where a count it uses is hidden, and is worked out from the exact counts.",
    );
    expect(disclosureSentence(disclosurePreset("small-to-5-round-5"))).toMatch(/^Counts of 1 to 7 are shown as 5 and others rounded to the nearest 5; /);
  });
  it("says in a note that a figure from the exact counts may differ from the rounded counts, only when the policy rounds", () => {
    expect(fromExactCounts(policy, "they")).toBe("worked out from the exact counts, so they may differ slightly from the rounded counts shown");
    expect(fromExactCounts(none, "it")).toBe("worked out from the counts shown");
  });
  it("names the periods whose shares are not shown because a count of theirs is hidden", () => {
    expect(hiddenSharesNote(["2017", "2018"])).toBe(
      "No share is shown for 2017 and 2018, where a count is hidden: worked out from the exact total, the other shares would give it away.",
    );
  });
  it("says a policy with no rule publishes counts as recorded", () => {
    expect(disclosureSentence(none)).toBe("Counts are published as recorded: no rule suppresses or rounds a figure.");
  });
});
