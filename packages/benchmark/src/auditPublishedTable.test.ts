import { roundHalfUp } from "@crimestats/rates";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BURGLARY, POPULATIONS, TOTAL_OFFENCES, type PrintedRow } from "../test/fixtures/in/strategicAssessment2019.js";
import { auditPublishedTable, type PublishedRow } from "./auditPublishedTable.js";
import { BenchmarkError } from "./BenchmarkError.js";

const asPublished = (rows: readonly PrintedRow[]): PublishedRow[] =>
  rows.map((r) => ({
    area: r.area,
    previous: { count: r.count2017, rate: r.rate2017 },
    current: { count: r.count2018, rate: r.rate2018 },
    change: { count: r.offencesChange, rate: r.rateChange },
  }));

describe("auditPublishedTable", () => {
  it("doc example: a quick-fact box that prints a neighbour's rate is found as copied from that row", () => {
    const audit = auditPublishedTable(
      [
        { area: "Copeland", current: { count: 3200, rate: 47.06 } },
        { area: "Allerdale", label: "quick facts", current: { count: 4350, rate: 47.06 } },
      ],
      { populations: { Copeland: 68000, Allerdale: 97000 }, per: 1000, decimals: 2 },
    );
    expect(audit.findings.map((f) => [f.area, f.field, f.expected, f.cause, f.source?.area])).toEqual([
      ["Allerdale", "current.rate", 44.85, "copied-from-another-row", "Copeland"],
    ]);
  });

  it("a rate another row printed is found as copied: the burglary quick facts of the 2019 Strategy print Ealing's 8.81", () => {
    const audit = auditPublishedTable(
      [
        { area: "Ealing", current: { count: 3018, rate: 8.81 } },
        { area: "Harrow", label: "quick facts", current: { count: 2240, rate: 8.81 } },
      ],
      { populations: { Ealing: 342720, Harrow: 248880 }, per: 1000, decimals: 2 },
    );
    expect(audit.findings.map((f) => [f.area, f.field, f.expected, f.cause, f.source?.area])).toEqual([
      ["Harrow", "current.rate", 9, "copied-from-another-row", "Ealing"],
    ]);
  });

  it("golden: the Total Offences and Burglary tables reproduce in full (no findings)", () => {
    for (const printed of [TOTAL_OFFENCES, BURGLARY]) {
      const audit = auditPublishedTable(asPublished(printed), { populations: POPULATIONS, per: 1000, decimals: 2 });
      expect(audit.findings).toEqual([]);
      expect(audit.ok).toBe(true);
      expect(audit.checked).toBe(printed.length * 3 + printed.filter((r) => r.offencesChange !== undefined).length);
    }
  });

  it("published error 1: burglary quick facts 8.81 / 8.87 are Ealing's 2018 / 2017 rates, not Harrow's 9.00 / 9.59", () => {
    const rows: PublishedRow[] = [
      ...asPublished(BURGLARY),
      { area: "Harrow", label: "quick facts", previous: { count: 2386, rate: 8.87 }, current: { count: 2240, rate: 8.81 } },
    ];
    const audit = auditPublishedTable(rows, { populations: POPULATIONS });
    expect(audit.ok).toBe(false);
    expect(audit.findings.map((f) => [f.label, f.field, f.published, f.expected, f.cause, f.source])).toEqual([
      ["quick facts", "previous.rate", 8.87, 9.59, "copied-from-another-row", { area: "Ealing", label: null, field: "previous.rate" }],
      ["quick facts", "current.rate", 8.81, 9, "copied-from-another-row", { area: "Ealing", label: null, field: "current.rate" }],
    ]);
    expect(audit.findings[1]?.explanation).toBe("Harrow current.rate: printed 8.81, recomputed 9.00; the printed value is Ealing's current.rate.");
  });

  it("published error 2: artifice burglary 17 printed '0.7 per 1,000' is a decimal slip for 0.07", () => {
    const audit = auditPublishedTable([{ area: "Harrow", label: "artifice prose", current: { count: 17, rate: 0.7 } }], {
      populations: POPULATIONS,
      decimals: { rate: 1 },
    });
    expect(audit.findings).toHaveLength(1);
    expect(audit.findings[0]).toMatchObject({ field: "current.rate", expected: 0.1, cause: "decimal-slip", factor: 10 });
    // The quick facts' 0.07 at 2 dp is right.
    expect(auditPublishedTable([{ area: "Harrow", current: { count: 17, rate: 0.07 } }], { populations: POPULATIONS }).ok).toBe(true);
  });

  it("published error 4: theft from MV 9.4 / 8.5 / 0.93 fit only Hillingdon's population (302,340)", () => {
    const audit = auditPublishedTable(
      [
        {
          area: "Harrow",
          label: "theft from MV",
          previous: { count: 2566, rate: 8.5 },
          current: { count: 2846, rate: 9.4 },
          change: { rate: 0.93 },
          decimals: { rate: 1, rateChange: 2 },
        },
      ],
      { populations: POPULATIONS },
    );
    expect(audit.findings.map((f) => [f.field, f.expected, f.cause, f.matchingAreas])).toEqual([
      ["previous.rate", 10.3, "different-population", ["Hillingdon"]],
      ["current.rate", 11.4, "different-population", ["Hillingdon"]],
      ["change.rate", 1.13, "different-population", ["Hillingdon"]],
    ]);
    const implied = audit.findings[0]?.impliedPopulation;
    expect(implied?.min).toBeLessThan(302340);
    expect(implied?.max).toBeGreaterThanOrEqual(302340);
    expect(implied?.min).toBeGreaterThan(248880);
  });

  it("published error 6: the offensive-weapons 'Change' column is a pp change with the sign reversed", () => {
    const shares = (name: string, n17: number, p17: number, n18: number, p18: number, change: number): PublishedRow => ({
      area: name,
      previous: { count: n17, rate: p17 },
      current: { count: n18, rate: p18 },
      change: { rate: change },
    });
    const rows = [
      shares("Possession of firearms", 3, 7.0, 1, 3.8, 3.1),
      shares("Possession of an offensive weapon", 1, 2.3, 0, 0.0, 2.3),
      shares("Possession of knives and similar", 27, 62.8, 14, 53.8, 8.9),
      shares("Possession of other weapons", 12, 27.9, 11, 42.3, -14.4),
    ];
    const populations = Object.fromEntries(rows.map((r) => [r.area, { previous: 43, current: 26 }]));
    const audit = auditPublishedTable(rows, { populations, per: 100, decimals: { rate: 1, rateChange: 1 } });
    expect(audit.findings.map((f) => [f.area, f.field, f.published, f.expected, f.cause])).toEqual([
      ["Possession of firearms", "change.rate", 3.1, -3.1, "sign-reversed"],
      ["Possession of an offensive weapon", "change.rate", 2.3, -2.3, "sign-reversed"],
      ["Possession of knives and similar", "change.rate", 8.9, -8.9, "sign-reversed"],
      ["Possession of other weapons", "change.rate", -14.4, 14.4, "sign-reversed"],
    ]);
  });

  it("published error 7: burglary prose 2,244 vs 2,389, 'decreased by 146', '0.59 rate increase'", () => {
    const audit = auditPublishedTable(
      [{ area: "Harrow", label: "prose", previous: { count: 2389 }, current: { count: 2244 }, change: { count: -146, rate: 0.59 } }],
      { populations: POPULATIONS },
    );
    expect(audit.findings.map((f) => [f.field, f.published, f.expected, f.cause])).toEqual([
      ["change.count", -146, -145, "unexplained"],
      ["change.rate", 0.59, -0.58, "sign-reversed"],
    ]);
  });

  it("published errors 3 and 11: percent changes that do not reproduce (FTE 34.0%) or were truncated (fly-tipping 26%)", () => {
    const fte = auditPublishedTable([{ area: "FTE", previous: { count: 61 }, current: { count: 41 }, change: { percent: -34.0 } }], {
      populations: {},
    });
    expect(fte.findings.map((f) => [f.expected, f.cause])).toEqual([[-32.8, "unexplained"]]);
    const fly = auditPublishedTable([{ area: "Fly-tipping", previous: { count: 2075 }, current: { count: 2625 }, change: { percent: 26 } }], {
      populations: {},
      decimals: { percentChange: 0 },
    });
    expect(fly.findings.map((f) => [f.expected, f.cause])).toEqual([[27, "rounding"]]);
    // The other 2011–14 rows round half-up correctly.
    const ok = auditPublishedTable(
      [
        { area: "Residential burglary", previous: { count: 1541 }, current: { count: 1798 }, change: { percent: 17 } },
        { area: "Theft of vehicle", previous: { count: 548 }, current: { count: 364 }, change: { percent: -34 } },
        { area: "Criminal damage", previous: { count: 394 }, current: { count: 317 }, change: { percent: -20 } },
      ],
      { populations: {}, decimals: { percentChange: 0 } },
    );
    expect(ok.findings).toEqual([]);
    expect(ok.checked).toBe(3);
  });

  it("published error 14: serious youth violence 140 → 133 '0.09 rate reduction' fits no stated population", () => {
    const audit = auditPublishedTable([{ area: "Harrow", previous: { count: 140 }, current: { count: 133 }, change: { rate: -0.09 } }], {
      populations: POPULATIONS,
    });
    const finding = audit.findings[0];
    expect(finding).toMatchObject({ field: "change.rate", expected: -0.03, cause: "different-population", matchingAreas: [] });
    expect(Math.round(finding?.impliedPopulation?.min as number)).toBe(73684);
    expect(Math.round(finding?.impliedPopulation?.max as number)).toBe(82353);
  });

  it("reoffending 36.4% vs 38.5% 'a decrease of 2.1%' is percentage points, not percent", () => {
    const audit = auditPublishedTable([{ area: "Reoffending", previous: { rate: 38.5 }, current: { count: 12, rate: 36.4 }, change: { percent: -2.1 } }], {
      populations: { Reoffending: { current: 33 } },
      per: 100,
      decimals: { rate: 1 },
    });
    expect(audit.findings.map((f) => [f.field, f.expected, f.cause])).toEqual([["change.percent", -5.5, "points-for-percent"]]);
    expect(audit.checked).toBe(2); // 12/33 = 36.4% reproduces; the 38.5% has no count to check
  });

  it("a change from the displayed rates (Brent 2.88, Hillingdon -0.91) is caught", () => {
    const rows = asPublished(TOTAL_OFFENCES).map((r) => (r.area === "Brent" ? { ...r, change: { ...r.change, rate: 2.88 } } : r));
    const audit = auditPublishedTable(rows, { populations: POPULATIONS });
    expect(audit.findings.map((f) => [f.area, f.field, f.expected, f.cause])).toEqual([["Brent", "change.rate", 2.87, "change-from-rounded-rates"]]);
    const hill = auditPublishedTable(
      [{ area: "Hillingdon", previous: { count: 3016, rate: 9.98 }, current: { count: 2743, rate: 9.07 }, change: { rate: -0.91 } }],
      { populations: POPULATIONS },
    );
    expect(hill.findings[0]?.cause).toBe("change-from-rounded-rates");
  });

  it("a rate change printed as a percent change", () => {
    // Harrow total offences: +3.65 per 1,000 is +6.51%.
    const audit = auditPublishedTable(
      [{ area: "Harrow", previous: { count: 13957, rate: 56.08 }, current: { count: 14866, rate: 59.73 }, change: { rate: 6.51 } }],
      { populations: POPULATIONS },
    );
    expect(audit.findings[0]).toMatchObject({ field: "change.rate", expected: 3.65, cause: "percent-for-points" });
  });

  it("property: a table printed correctly (half-up from counts and populations) audits clean; one unit off is found", () => {
    const rowArb = fc.record({
      previous: fc.integer({ min: 0, max: 50000 }),
      current: fc.integer({ min: 0, max: 50000 }),
      population: fc.integer({ min: 1000, max: 9_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 6 }), fc.nat(), (rows, pick) => {
        const populations: Record<string, number> = {};
        const printed: PublishedRow[] = rows.map((r, i) => {
          populations[`A${i}`] = r.population;
          const rb = (r.previous / r.population) * 1000;
          const ra = (r.current / r.population) * 1000;
          return {
            area: `A${i}`,
            previous: { count: r.previous, rate: roundHalfUp(rb, 2) },
            current: { count: r.current, rate: roundHalfUp(ra, 2) },
            change: { count: r.current - r.previous, rate: roundHalfUp(ra - rb, 2) },
          };
        });
        expect(auditPublishedTable(printed, { populations }).findings).toEqual([]);
        const i = pick % printed.length;
        const row = printed[i] as PublishedRow;
        const changed = [...printed];
        changed[i] = { ...row, current: { count: row.current?.count, rate: roundHalfUp((row.current?.rate as number) + 0.01, 2) } };
        const findings = auditPublishedTable(changed, { populations }).findings;
        expect(findings.some((f) => f.area === row.area && f.field === "current.rate")).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("no false findings on clean tables with percent changes, zero counts and small populations", () => {
    const rowArb = fc.record({
      previous: fc.integer({ min: 0, max: 50000 }),
      current: fc.integer({ min: 0, max: 50000 }),
      population: fc.integer({ min: 100, max: 9_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 6 }), (rows) => {
        const populations: Record<string, number> = {};
        const printed: PublishedRow[] = rows.map((r, i) => {
          populations[`A${i}`] = r.population;
          const rb = (r.previous / r.population) * 1000;
          const ra = (r.current / r.population) * 1000;
          return {
            area: `A${i}`,
            previous: { count: r.previous, rate: roundHalfUp(rb, 2) },
            current: { count: r.current, rate: roundHalfUp(ra, 2) },
            change: {
              count: r.current - r.previous,
              rate: roundHalfUp(ra - rb, 2),
              ...(r.previous > 0 ? { percent: roundHalfUp(((r.current - r.previous) / r.previous) * 100, 1) } : {}),
            },
          };
        });
        expect(auditPublishedTable(printed, { populations }).findings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("throws BenchmarkError: missing population, duplicate rows, bad numbers", () => {
    expect(() => auditPublishedTable([{ area: "Camden", current: { count: 1, rate: 1 } }], { populations: POPULATIONS })).toThrow(
      expect.objectContaining({ code: "missing-member", message: expect.stringContaining('"Camden"') }),
    );
    expect(() => auditPublishedTable([{ area: "Harrow" }, { area: "Harrow" }], { populations: POPULATIONS })).toThrow(
      expect.objectContaining({ code: "duplicate-area" }),
    );
    expect(() => auditPublishedTable([{ area: "Harrow", current: { count: 1.5 } }], { populations: POPULATIONS })).toThrow(
      expect.objectContaining({ code: "invalid-count" }),
    );
    expect(() => auditPublishedTable([{ area: "Harrow", change: { rate: Number.NaN } }], { populations: POPULATIONS })).toThrow(BenchmarkError);
    expect(() => auditPublishedTable([], { populations: POPULATIONS, decimals: 2.5 })).toThrow(/decimals/);
    expect(() => auditPublishedTable([], {} as never)).toThrow(/populations/);
    expect(() => auditPublishedTable([{ area: "" }], { populations: POPULATIONS })).toThrow(/area must be a non-empty name/);
    expect(() => auditPublishedTable([{ area: "Harrow", current: { count: 1, rate: 1 } }], { populations: { Harrow: 0 } })).toThrow(/population of Harrow/);
  });

  it("a hole in the rows or a label that is not text throws BenchmarkError, not TypeError", () => {
    const options = { populations: { Ealing: 342720, Harrow: 248880 }, per: 1000, decimals: 2 };
    const row = { area: "Harrow", current: { count: 2240, rate: 8.81 } };
    expect(() => auditPublishedTable([, row] as PublishedRow[], options)).toThrow(BenchmarkError);
    expect(() => auditPublishedTable([{ ...row, label: Symbol("l") as never }], options)).toThrow(/label must be text/);
  });

  it("a population that makes a rate overflow throws BenchmarkError, not the RatesError of roundHalfUp", () => {
    const rows: PublishedRow[] = [{ area: "Harrow", current: { count: 2240, rate: 8.81 } }];
    expect(() => auditPublishedTable(rows, { populations: { Harrow: 1e-310 }, per: 1000 })).toThrow(BenchmarkError);
  });

  it("a printed rate within half a unit of zero implies populations with no upper bound: max is null, not Infinity", () => {
    const audit = auditPublishedTable(
      [
        { area: "Ealing", current: { count: 3018, rate: 8.81 } },
        { area: "Harrow", label: "quick facts", current: { count: 2240, rate: 8.81e-7 } },
      ],
      { populations: { Ealing: 342720, Harrow: 248880 }, per: 40, decimals: 2 },
    );
    const finding = audit.findings.find((f) => f.area === "Harrow");
    expect(finding?.impliedPopulation?.max).toBeNull();
    expect(finding?.impliedPopulation?.min).toBeGreaterThan(0);
  });
});
