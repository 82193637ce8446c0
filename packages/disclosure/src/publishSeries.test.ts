import { describe, expect, it } from "vitest";
import { codeOf } from "../test/helpers/codeOf.js";
import { auditSeries, disclosurePreset, protectSeries, publishSeries } from "./index.js";

describe("publishSeries", () => {
  const policy = { id: "hide-1-4", suppress: { min: 1, max: 4, symbol: "*" }, protectionWidth: 5 };

  it("doc example", () => {
    const s = protectSeries([{ area: "Roxeth", start: "2018-01", counts: [7, 9, 3] }], policy, { window: 2 });
    expect(publishSeries(s).figures.map((f) => f.status)).toEqual(["published", "published", "suppressed", "published", "suppressed"]);
  });

  it("keeps no trace of which suppressions are primary, and audits the same", () => {
    const s = protectSeries([{ area: "Roxeth", start: "2018-01", counts: [7, 9, 3] }], policy, { window: 2 });
    expect(s.secondary).toEqual(["Roxeth:2018-02..2018-03"]);
    const published = publishSeries(s);
    expect(Object.keys(published).sort()).toEqual(["figures", "policy"]);
    expect(JSON.stringify(published)).not.toMatch(/primary|secondary/);
    expect(auditSeries(published).figures.map((f) => [f.first, f.last, f.lower, f.upper])).toEqual(
      auditSeries(s).figures.map((f) => [f.first, f.last, f.lower, f.upper]),
    );
  });

  it("malformed input throws DisclosureError", () => {
    expect(codeOf(() => publishSeries(null as never))).toBe("invalid-argument");
    expect(codeOf(() => publishSeries({ figures: [null], policy: disclosurePreset("suppress-1-4-round-5") } as never))).toBe("invalid-argument");
  });
});
