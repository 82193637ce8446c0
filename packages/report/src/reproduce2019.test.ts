import { describe, expect, it } from "vitest";
import { reproduce2019 } from "./reproduce2019.js";
import { run } from "../test/runCli.js";

describe("reproduce2019 (golden: the Harrow 2019 Strategy's tables and its published errors)", () => {
  const result = reproduce2019();

  it("doc example: every printed rate and change of both tables reproduces", () => {
    expect(result.tables.every((t) => t.cells.every((c) => c.reproduces))).toBe(true);
  });

  it("recomputes the Total Offences table exactly as printed", () => {
    const total = result.tables.find((t) => t.id === "total-offences");
    const shown = total?.cells.map((c) => `${c.area} ${c.column} ${c.recomputedDisplay}`);
    expect(shown).toEqual([
      "Barnet 2017 Rate 69.61", "Barnet 2018 Rate 72.81", "Barnet Rate Change 3.2",
      "Brent 2017 Rate 90.42", "Brent 2018 Rate 93.3", "Brent Rate Change 2.87",
      "Ealing 2017 Rate 82.63", "Ealing 2018 Rate 82.38", "Ealing Rate Change -0.25",
      "Harrow 2017 Rate 56.08", "Harrow 2018 Rate 59.73", "Harrow Rate Change 3.65",
      "Hillingdon 2017 Rate 81.95", "Hillingdon 2018 Rate 82.6", "Hillingdon Rate Change 0.65",
      "London 2017 Rate 93.44", "London 2018 Rate 95.06", "London Rate Change 1.62",
    ]);
    // Brent: 2.8744 unrounded, 2.87 printed; the naive 93.30 − 90.42 would give 2.88.
    expect(total?.cells.find((c) => c.area === "Brent" && c.column === "Rate Change")?.recomputed).toBeCloseTo(2.8744, 4);
  });

  it("recomputes the Burglary table, including offences change and Hillingdon's -0.90", () => {
    const burglary = result.tables.find((t) => t.id === "burglary");
    expect(burglary?.cells.filter((c) => c.column === "Offences Change").map((c) => c.recomputedDisplay)).toEqual([394, 362, -22, -146, -273, 5866]);
    expect(burglary?.cells.find((c) => c.area === "Hillingdon" && c.column === "Rate Change")?.recomputed).toBeCloseTo(-0.903, 3);
    expect(burglary?.sentences.join(" ")).toContain("Hillingdon has the most positive rate change");
  });

  it("audit: flags the quick-facts rates copied from Ealing and the prose arithmetic and sign (published errors 1 and 7)", () => {
    const found = result.audit.findings.map((f) => [f.label, f.field, f.published, f.expected, f.cause, f.source?.area ?? null]);
    expect(found).toContainEqual(["Burglary quick facts", "current.rate", 8.81, 9, "copied-from-another-row", "Ealing"]);
    expect(found).toContainEqual(["Burglary quick facts", "previous.rate", 8.87, 9.59, "copied-from-another-row", "Ealing"]);
    expect(result.audit.findings.some((f) => f.label === "Burglary prose" && f.field === "change.count" && f.published === -146 && f.expected === -145)).toBe(true);
    expect(result.audit.findings.some((f) => f.label === "Burglary prose" && f.field === "change.rate" && f.published === 0.59)).toBe(true);
    // Nothing in the two tables themselves is flagged.
    expect(result.audit.findings.filter((f) => f.label?.endsWith("table") === true)).toEqual([]);
  });

  it("crimestats reproduce-2019 prints both tables and the audit", async () => {
    const { code, out, err } = await run(["reproduce-2019"]);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toContain("Total Offences");
    expect(out).toMatch(/Brent\s+29,759\s+90\.42\s+30,705\s+93\.30\s+946\s+2\.87/);
    expect(out).toMatch(/Hillingdon\s+3,016\s+9\.98\s+2,743\s+9\.07\s+-273\s+-0\.90/);
    expect(out).toContain("All 18 printed rates and changes reproduce.");
    expect(out).toMatch(/Burglary quick facts: .*8\.81.*Ealing.* \[copied-from-another-row\]/);
    const json = JSON.parse((await run(["reproduce-2019", "--json"])).out) as { audit: { ok: boolean } };
    expect(json.audit.ok).toBe(false);
  });
});
