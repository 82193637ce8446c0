import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeOf } from "../test/helpers/codeOf.js";
import { type DisclosurePolicy, DisclosureError, auditSeries, discloseCount, disclosurePreset, protectSeries, publishSeries } from "./index.js";

const policy: DisclosurePolicy = { id: "hide-1-4", suppress: { min: 1, max: 4, symbol: "*" }, protectionWidth: 5 };

describe("protectSeries", () => {
  it("doc example", () => {
    const s = protectSeries([{ area: "Roxeth", start: "2018-01", counts: [7, 9, 3] }], policy, { window: 2 });
    expect(s.figures.map((f) => f.display)).toEqual(["7", "9", "*", "16", "*"]);
    // 9 + 3 = 12 would give March away (12 − 9 = 3)
    expect(s.secondary).toEqual(["Roxeth:2018-02..2018-03"]);
    expect(auditSeries(s).disclosed).toEqual([]);
  });

  it("rolling years one month apart: a small month is protected from differencing", () => {
    const counts = [20, 25, 22, 30, 18, 21, 24, 19, 23, 26, 20, 22, 3, 25];
    const s = protectSeries([{ area: "Harrow", start: "2018-04", counts }], policy);
    expect(auditSeries(s).disclosed).toEqual([]);
    expect(s.figures.filter((f) => f.status === "primary-suppressed").map((f) => f.first)).toEqual(["2019-04"]);
    expect(s.secondary.length).toBeGreaterThan(0);
  });

  it("rolling windows without months: a small month cannot be read off two windows", () => {
    const counts = [20, 25, 22, 30, 18, 21, 24, 19, 23, 26, 20, 22, 2, 25];
    const unprotected = protectSeries([{ area: "Harrow", start: "2018-04", counts }], { ...policy, protectionWidth: 0 }, { releaseMonths: false });
    // window to Apr-19 minus window to Mar-19 = Apr-19 − Apr-18 = 2 − 20; with Apr-18 ≤ window … : audited at width 5
    const audit = auditSeries(unprotected, { protectionWidth: 5 });
    const s = protectSeries([{ area: "Harrow", start: "2018-04", counts }], policy, { releaseMonths: false });
    expect(auditSeries(s).disclosed).toEqual([]);
    expect(audit.protectionWidth).toBe(5);
  });

  it("a recoded month of 1 is not revealed by 3-month rolling windows (small-to-5-round-5)", () => {
    const small5 = disclosurePreset("small-to-5-round-5");
    const series = [{ area: "Roxeth", start: "2020-01", counts: [1, 8, 8, 9] }];
    // recoding alone: months 5, 10, 10 and the window Jan–Mar 15 leave only January = 1
    const unprotected = protectSeries(series, small5, { window: 3, protectionWidth: 0 });
    expect(auditSeries(unprotected, { protectionWidth: 5 }).disclosed.map((f) => [f.first, f.lower, f.upper])).toContainEqual(["2020-01", 1, 1]);
    const s = protectSeries(series, small5, { window: 3 });
    expect(auditSeries(publishSeries(s)).disclosed).toEqual([]);
    const jan = auditSeries(s).figures.find((f) => f.first === "2020-01" && f.last === "2020-01");
    expect(jan).toMatchObject({ lower: 1, upper: 7 });
  });

  it("recoded and redacted months are protected across random series and windows", () => {
    const presets = [
      disclosurePreset("small-to-5-round-5"),
      disclosurePreset("redact-0-7-round-5"),
      disclosurePreset("small-to-5-round-5", { protectionWidth: 7 }),
    ];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 14 }), { minLength: 2, maxLength: 10 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        fc.constantFrom(...presets),
        (counts, window, rolling, p) => {
          const s = protectSeries([{ area: "A", start: "2020-01", counts }], p, { window, rolling });
          expect(auditSeries(publishSeries(s)).disclosed).toEqual([]);
          // no secondary suppression is determined exactly by the rest
          for (const f of auditSeries(s).figures) if (f.status === "secondary-suppressed") expect(f.width).not.toBe(0);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("malformed series and options throw DisclosureError, never TypeError", () => {
    expect(codeOf(() => protectSeries(null as never, policy))).toBe("invalid-argument");
    expect(codeOf(() => protectSeries([null] as never, policy))).toBe("invalid-argument");
    expect(codeOf(() => protectSeries([{ area: "A", start: "2019-01", counts: "12" }] as never, policy))).toBe("invalid-argument");
    expect(codeOf(() => protectSeries([{ area: "A", start: Object.create(null), counts: [1] }] as never, policy))).toBe("invalid-month");
    expect(codeOf(() => protectSeries([{ area: "A", start: "2019-01", counts: [1n] }] as never, policy))).toBe("invalid-count");
    expect(codeOf(() => protectSeries([{ area: "A", start: "2019-01", counts: [1] }], policy, null as never))).toBe("invalid-option");
    expect(codeOf(() => protectSeries([{ area: "A", start: "2019-01", counts: [1] }], policy, { window: 2n as never }))).toBe("invalid-option");
    // bounded work: a million months with a long window is refused before any window is summed
    expect(codeOf(() => protectSeries([{ area: "A", start: "2019-01", counts: new Array<number>(1_000_000).fill(1) }], policy, { window: 100_000 }))).toBe(
      "invalid-argument",
    );
  });

  it('months are "YYYY-MM" keys with a year from 1000 to 9999, as @crimestats/periods reads them', () => {
    const policy = disclosurePreset("suppress-1-4-round-5");
    for (const start of ["0000-01", "0999-12", "2019-13", "2019-1", "10000-01"]) {
      expect(codeOf(() => protectSeries([{ area: "A", start, counts: [7] }], policy, { window: 1 }))).toBe("invalid-month");
    }
    expect(codeOf(() => protectSeries([{ area: "A", start: "9999-12", counts: [7, 8] }], policy, { window: 1 }))).toBe("invalid-month");
    expect(protectSeries([{ area: "A", start: "1000-01", counts: [7] }], policy, { window: 1 }).figures[0]).toMatchObject({
      first: "1000-01",
      last: "1000-01",
    });
    const release = { policy, figures: [{ area: "A", first: "0000-01", last: "0000-01", value: 5, display: "5", status: "published" as const }] };
    expect(codeOf(() => auditSeries(release))).toBe("invalid-month");
  });

  it("a bad month, a negative count, a repeated area, a zero window or too few months for the window throw DisclosureError naming it", () => {
    expect(() => protectSeries([{ area: "A", start: "2019-00", counts: [1] }], policy)).toThrow(/"A".*YYYY-MM/);
    expect(() => protectSeries([{ area: "A", start: "2019-01", counts: [1, -1] }], policy)).toThrow(/"A:2019-02"/);
    expect(() =>
      protectSeries(
        [
          { area: "A", start: "2019-01", counts: [1] },
          { area: "A", start: "2019-01", counts: [1] },
        ],
        policy,
      ),
    ).toThrow(DisclosureError);
    expect(() => protectSeries([{ area: "A", start: "2019-01", counts: [1] }], policy, { window: 0 })).toThrow(/window/);
    expect(() => protectSeries([{ area: "A", start: "2019-01", counts: [1] }], policy, { releaseMonths: false })).toThrow(/fewer than/);
  });

  it("property: after protectSeries, auditSeries finds nothing; released numbers obey the policy; nothing dropped", () => {
    const arb = fc.record({
      areas: fc.array(fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 1, maxLength: 16 }), { minLength: 1, maxLength: 3 }),
      window: fc.integer({ min: 1, max: 6 }),
      months: fc.boolean(),
      p: fc.constantFrom(policy, disclosurePreset("suppress-1-4-round-5"), disclosurePreset("suppress-1-4-round-5", { suppressZero: true })),
    });
    fc.assert(
      fc.property(arb, ({ areas, window, months, p }) => {
        const series = areas.filter((c) => months || c.length >= window).map((counts, i) => ({ area: `a${i}`, start: "2018-11", counts }));
        const s = protectSeries(series, p, { window, releaseMonths: months });
        expect(auditSeries(s).disclosed).toEqual([]);
        let expected = 0;
        for (const c of series) expected += (months ? c.counts.length : 0) + (months && window === 1 ? 0 : Math.max(0, c.counts.length - window + 1));
        expect(s.figures).toHaveLength(expected);
        for (const f of s.figures) {
          const c = series.find((x) => x.area === f.area)!;
          const a = (Number(f.first.slice(0, 4)) - 2018) * 12 + Number(f.first.slice(5)) - 11;
          const b = (Number(f.last.slice(0, 4)) - 2018) * 12 + Number(f.last.slice(5)) - 11;
          const sum = c.counts.slice(a, b + 1).reduce((x, y) => x + y, 0);
          const d = discloseCount(sum, p);
          if (f.status === "secondary-suppressed") expect(f.value).toBeNull();
          else expect({ value: f.value, display: f.display, status: f.status }).toEqual(d);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("protectSeries with nested geographies", () => {
  const nesting = [{ parent: "Harrow", children: ["Roxeth", "Pinner", "Kenton"] }];
  it("a ward's small month cannot be recovered from the borough minus the other wards", () => {
    const wards = { Roxeth: [3, 12, 9], Pinner: [20, 18, 25], Kenton: [11, 14, 2] };
    const borough = [0, 1, 2].map((m) => wards.Roxeth[m]! + wards.Pinner[m]! + wards.Kenton[m]!);
    const series = [
      { area: "Harrow", start: "2019-01", counts: borough },
      ...Object.entries(wards).map(([area, counts]) => ({ area, start: "2019-01", counts })),
    ];
    const unprotected = protectSeries(series, { ...policy, protectionWidth: 0 }, { window: 3, rolling: false, nesting });
    expect(auditSeries(unprotected, { nesting, protectionWidth: 5 }).disclosed.length).toBeGreaterThan(0);
    const s = protectSeries(series, policy, { window: 3, rolling: false, nesting });
    expect(auditSeries(s, { nesting }).disclosed).toEqual([]);
    expect(s.secondary.length).toBeGreaterThan(0);
  });

  it("rolling windows with nesting are refused by the audit", () => {
    const series = [
      { area: "Harrow", start: "2019-01", counts: [5, 6, 7] },
      { area: "Roxeth", start: "2019-01", counts: [5, 6, 7] },
    ];
    expect(() => protectSeries(series, policy, { window: 2, nesting: [{ parent: "Harrow", children: ["Roxeth"] }] })).toThrow(/overlapping windows/);
  });

  it("property: after protectSeries with nesting, the nested audit finds nothing", () => {
    const arb = fc.record({
      wards: fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
      window: fc.constantFrom(1, 2, 4),
      months: fc.boolean(),
      p: fc.constantFrom(policy, disclosurePreset("suppress-1-4-round-5")),
    });
    fc.assert(
      fc.property(arb, ({ wards, window, months, p }) => {
        const names = wards.map((_, i) => `w${i}`);
        const borough = [0, 1, 2, 3].map((m) => wards.reduce((s, w) => s + w[m]!, 0));
        const series = [{ area: "B", start: "2020-01", counts: borough }, ...wards.map((counts, i) => ({ area: names[i]!, start: "2020-01", counts }))];
        const nest = [{ parent: "B", children: names }];
        const s = protectSeries(series, p, { window, rolling: false, releaseMonths: months, nesting: nest });
        expect(auditSeries(s, { nesting: nest }).disclosed).toEqual([]);
        for (const f of s.figures) if (f.status !== "secondary-suppressed") expect(f.value === null).toBe(f.status === "primary-suppressed");
      }),
      { numRuns: 100 },
    );
  });
});

describe("protectSeries with nested geographies", () => {
  it("recoded and suppressed counts of wards and their borough are protected together", () => {
    const presets = [disclosurePreset("suppress-1-4-round-5"), disclosurePreset("small-to-5-round-5"), disclosurePreset("redact-0-7-round-5")];
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(...presets),
        (wards, window, p) => {
          const borough = wards[0]!.map((_, m) => wards.reduce((sum, w) => sum + w[m]!, 0));
          const series = [{ area: "B", start: "2020-01", counts: borough }, ...wards.map((counts, i) => ({ area: `w${i}`, start: "2020-01", counts }))];
          const nesting = [{ parent: "B", children: wards.map((_, i) => `w${i}`) }];
          const s = protectSeries(series, p, { window, rolling: false, nesting });
          expect(auditSeries(publishSeries(s), { nesting }).disclosed).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
