import { auditTable, disclosurePreset, type DisclosurePolicy } from "@crimestats/disclosure";
import { addMonths, rollingYear, type MonthKey } from "@crimestats/periods";
import type { CountRow } from "@crimestats/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countTable } from "../counts.js";
import { wardSection } from "./wardSection.js";

/** Zero rows in every month from `first` to `last` for every ward, so the table spans them. */
function span(first: MonthKey, last: MonthKey, wards: readonly string[]): CountRow[] {
  const rows: CountRow[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) for (const area of wards) rows.push({ area, month: m, offence: "BURGLARY", count: 0 });
  return rows;
}

const WARDS = ["Greenhill", "Pinner", "Roxeth", "Wealdstone"];
/** Counts of one ward in one month of each period: June 2023 (previous) and June 2024 (current). */
function counts(first: MonthKey, byWard: Record<string, { burglary: [number, number]; robbery: [number, number] }>): ReturnType<typeof countTable> {
  const rows = span(first, "2025-02", WARDS);
  for (const [area, c] of Object.entries(byWard)) {
    rows.push({ area, month: "2023-06", offence: "BURGLARY", count: c.burglary[0] }, { area, month: "2024-06", offence: "BURGLARY", count: c.burglary[1] });
    rows.push({ area, month: "2023-06", offence: "ROBBERY", count: c.robbery[0] }, { area, month: "2024-06", offence: "ROBBERY", count: c.robbery[1] });
  }
  return countTable(
    rows.filter((r) => r.month >= first),
    "ward counts",
  );
}

const WARD_COUNTS = {
  Greenhill: { burglary: [30, 41], robbery: [5, 3] },
  Pinner: { burglary: [0, 0], robbery: [14, 12] },
  Roxeth: { burglary: [24, 23], robbery: [10, 15] },
  Wealdstone: { burglary: [6, 12], robbery: [9, 9] },
} satisfies Record<string, { burglary: [number, number]; robbery: [number, number] }>;

const priorities = [
  { id: "burglary", name: "Burglary", offences: ["BURGLARY"] },
  { id: "robbery", name: "Robbery", offences: ["ROBBERY"] },
];
const base = { priorities, current: rollingYear("2025-02"), previous: rollingYear("2024-02"), area: "Harrow" };
const preset = disclosurePreset("suppress-1-4-round-5");

describe("wardSection", () => {
  it("doc example: names the ward with the most offences by its released figure", () => {
    const result = wardSection({ ...base, counts: counts("2023-03", WARD_COUNTS), disclosure: preset, priorities: [priorities[0]!] });
    // Greenhill's 41 burglaries are released rounded to the nearest 5: 40.
    expect(result?.priorities[0]?.explanations[0]).toBe(
      "Greenhill had the most burglary offences of the 4 wards of Harrow in the 12 months to February 2025 (40).",
    );
  });

  it("releases only rounded figures, ranks wards by count and works out changes from the released figures", () => {
    const result = wardSection({ ...base, counts: counts("2023-03", WARD_COUNTS), disclosure: preset });
    const burglary = result?.priorities[0];
    // Current 41, 0, 23, 12 → 40, 0, 25, 10; previous 30, 0, 24, 6 → 30, 0, 25, 5 (nearest 5; 0 is shown as 0).
    expect(burglary?.rows.map((r) => [r.ward, r.current.display, r.previous?.display, r.change?.value, r.rank])).toEqual([
      ["Greenhill", "40", "30", 10, 1],
      ["Roxeth", "25", "25", 0, 2],
      ["Wealdstone", "10", "5", 5, 3],
      ["Pinner", "0", "0", 0, 4],
    ]);
    // Percent of the released figures: (40 − 30) / 30 = 33.3…%, (10 − 5) / 5 = 100%, Pinner 0 → 0 is undefined (null).
    expect(burglary?.rows.map((r) => r.change?.percent)).toEqual([(10 / 30) * 100, 0, 100, null]);
    expect(burglary?.rows.every((r) => r.change?.basis === "released figures")).toBe(true);
    // Totals 76 → 75 and 60 → 60: released under the same rule, labelled for what they are.
    expect(burglary?.total).toMatchObject({
      label: "All wards",
      description: "Burglary offences in all wards of Harrow",
      current: { value: 75, display: "75" },
      previous: { value: 60, display: "60" },
      change: { value: 15, percent: 25 },
    });
    expect(burglary?.explanations).toEqual([
      "Greenhill had the most burglary offences of the 4 wards of Harrow in the 12 months to February 2025 (40).",
      "Pinner had the fewest (0).",
      "The largest increases were in Greenhill (+10, from 30 to 40) and Wealdstone (+5, from 5 to 10), comparing the figures shown.",
    ]);
    expect(result?.previousCovered).toBe(true);
    expect(result?.rankExplanation).toContain("not by a rate");
    expect(result?.changeExplanation).toBe(
      "Changes are worked out from the figures shown, which may be rounded, so they are approximate; no change is given where either figure is suppressed.",
    );
  });

  it("withholds a suppressed ward's figure, change and rank, and never names it in a sentence", () => {
    const result = wardSection({ ...base, counts: counts("2023-03", WARD_COUNTS), disclosure: preset });
    const robbery = result?.priorities[1];
    // Current 3, 12, 15, 9 → *, 10, 15, 10 (total 39 → 40); previous 5, 14, 10, 9 → 5, 15, 10, 10.
    expect(robbery?.rows.map((r) => [r.ward, r.current.value, r.current.display, r.change?.value ?? null, r.rank])).toEqual([
      ["Roxeth", 15, "15", 5, 1],
      ["Pinner", 10, "10", -5, 2],
      ["Wealdstone", 10, "10", 0, 2],
      ["Greenhill", null, "*", null, null],
    ]);
    expect(robbery?.explanations).toEqual([
      "Roxeth had the most robbery offences of the 4 wards of Harrow in the 12 months to February 2025 (15).",
      "Of the wards whose figures can be shown, Pinner and Wealdstone had the fewest (10 each); 1 ward's figure is suppressed.",
      "The largest increase was in Roxeth (+5, from 10 to 15), comparing the figures shown.",
    ]);
    expect(robbery?.explanations.join(" ")).not.toContain("Greenhill");
    // The exact count 3 is nowhere in the output.
    expect(JSON.stringify(robbery?.rows)).not.toMatch(/"value":3\b/);
    expect(result?.footnote).toContain('"*" marks a suppressed figure');
  });

  it("hides a second ward when the total would give a suppressed count away, and the audit passes for every released table", () => {
    // Shown as counted except 1–4: 3 + 12 + 15 + 9 = 39, so hiding Greenhill alone gives 39 − 36 = 3 back.
    const exact: DisclosurePolicy = { id: "hide-1-4", suppress: { min: 1, max: 4, symbol: "*" }, protectionWidth: 1 };
    const result = wardSection({ ...base, counts: counts("2023-03", WARD_COUNTS), disclosure: exact });
    const robbery = result?.priorities[1];
    const hidden = robbery?.rows.filter((r) => r.current.value === null).map((r) => r.ward) ?? [];
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(hidden).toContain("Greenhill");
    for (const ward of hidden) expect(robbery?.explanations.join(" ")).not.toContain(ward);
    for (const p of result?.priorities ?? []) {
      expect(p.disclosed).toEqual([]);
      for (const table of [p.released.current, p.released.previous]) if (table !== null) expect(auditTable(table).disclosed).toEqual([]);
    }
    expect(result?.footnote).toContain("Checked: no count that may be small (1 to 4) can be narrowed");
  });

  it("says no rule was applied under a policy with none (figures already published as recorded), with no check of narrowing", () => {
    const result = wardSection({ ...base, counts: counts("2023-03", WARD_COUNTS), disclosure: { id: "none", protectionWidth: 0 } });
    expect(result?.footnote).toBe("No disclosure rule was applied: every ward count is shown as counted.");
  });

  it("passes the audit for the rounded tables too", () => {
    const result = wardSection({ ...base, counts: counts("2023-03", WARD_COUNTS), disclosure: preset });
    for (const p of result?.priorities ?? []) {
      expect(p.disclosed).toEqual([]);
      for (const table of [p.released.current, p.released.previous]) if (table !== null) expect(auditTable(table).disclosed).toEqual([]);
    }
  });

  it("gives no change, with the reason, when the ward data do not cover the previous period", () => {
    const result = wardSection({ ...base, counts: counts("2024-01", WARD_COUNTS), disclosure: preset });
    expect(result?.previousCovered).toBe(false);
    expect(result?.changeExplanation).toBe(
      "Changes are not shown: the ward data run from January 2024 to February 2025, so they do not cover the 12 months to February 2024.",
    );
    const burglary = result?.priorities[0];
    expect(burglary?.rows.every((r) => r.previous === null && r.change === null)).toBe(true);
    expect(burglary?.total.previous).toBeNull();
    expect(burglary?.total.change).toBeNull();
    expect(burglary?.released.previous).toBeNull();
    expect(burglary?.explanations).toEqual([
      "Greenhill had the most burglary offences of the 4 wards of Harrow in the 12 months to February 2025 (40).",
      "Pinner had the fewest (0).",
    ]);
  });

  it("says no ward rose when none did, and ties at the top share rank 1", () => {
    const flat = counts("2023-03", {
      Greenhill: { burglary: [20, 20], robbery: [0, 0] },
      Pinner: { burglary: [20, 20], robbery: [0, 0] },
      Roxeth: { burglary: [30, 10], robbery: [0, 0] },
      Wealdstone: { burglary: [10, 10], robbery: [0, 0] },
    });
    const burglary = wardSection({ ...base, counts: flat, disclosure: preset })?.priorities[0];
    expect(burglary?.rows.map((r) => [r.ward, r.rank])).toEqual([
      ["Greenhill", 1],
      ["Pinner", 1],
      ["Roxeth", 3],
      ["Wealdstone", 3],
    ]);
    expect(burglary?.explanations).toEqual([
      "Greenhill and Pinner had the most burglary offences of the 4 wards of Harrow in the 12 months to February 2025 (20 each).",
      "Roxeth and Wealdstone had the fewest (10 each).",
      "No ward's figure for burglary offences rose from the 12 months to February 2024 to the 12 months to February 2025 (comparing the figures shown).",
    ]);
    // Every ward 0: one rank, but no ward "had the most" of nothing, and no "fewest" sentence.
    const robbery = wardSection({ ...base, counts: flat, disclosure: preset })?.priorities[1];
    expect(robbery?.rows.every((r) => r.rank === 1 && r.current.value === 0)).toBe(true);
    expect(robbery?.explanations).toEqual(["No ward of Harrow recorded any robbery offences in the 12 months to February 2025."]);
  });

  it("says the other wards' figures are too small to show when every ward shown has 0", () => {
    // Robbery: Greenhill 3 and Pinner 2 in June 2024 (suppressed, 1–4), Roxeth and Wealdstone 0.
    const few = counts("2023-03", {
      Greenhill: { burglary: [20, 20], robbery: [0, 3] },
      Pinner: { burglary: [20, 20], robbery: [0, 2] },
      Roxeth: { burglary: [30, 10], robbery: [0, 0] },
      Wealdstone: { burglary: [10, 10], robbery: [0, 0] },
    });
    const robbery = wardSection({ ...base, counts: few, disclosure: preset })?.priorities[1];
    expect(robbery?.rows.map((r) => [r.ward, r.current.display])).toEqual([
      ["Roxeth", "0"],
      ["Wealdstone", "0"],
      ["Greenhill", "*"],
      ["Pinner", "*"],
    ]);
    expect(robbery?.explanations).toEqual([
      "No ward of Harrow whose figure can be shown recorded any robbery offences in the 12 months to February 2025; the other 2 wards' figures are too small to show.",
    ]);
  });

  it("writes released figures of 1,000 or more with thousands separators", () => {
    const big = counts("2023-03", {
      Greenhill: { burglary: [998, 1234], robbery: [0, 0] },
      Pinner: { burglary: [10, 10], robbery: [0, 0] },
      Roxeth: { burglary: [10, 10], robbery: [0, 0] },
      Wealdstone: { burglary: [10, 10], robbery: [0, 0] },
    });
    const burglary = wardSection({ ...base, counts: big, disclosure: preset })?.priorities[0];
    // 1,234 → 1,235 and 998 → 1,000 (nearest 5); total 1,264 → 1,265.
    expect(burglary?.rows[0]).toMatchObject({
      ward: "Greenhill",
      current: { value: 1235, display: "1,235" },
      previous: { value: 1000, display: "1,000" },
      change: { value: 235 },
    });
    expect(burglary?.total.current.display).toBe("1,265");
    expect(burglary?.explanations[0]).toBe("Greenhill had the most burglary offences of the 4 wards of Harrow in the 12 months to February 2025 (1,235).");
    expect(burglary?.explanations[2]).toBe("The largest increase was in Greenhill (+235, from 1,000 to 1,235), comparing the figures shown.");
  });

  it("says so when every ward is suppressed", () => {
    const small = counts("2023-03", {
      Greenhill: { burglary: [1, 2], robbery: [0, 0] },
      Pinner: { burglary: [3, 4], robbery: [0, 0] },
      Roxeth: { burglary: [2, 1], robbery: [0, 0] },
      Wealdstone: { burglary: [4, 3], robbery: [0, 0] },
    });
    const burglary = wardSection({ ...base, counts: small, disclosure: preset })?.priorities[0];
    expect(burglary?.rows.every((r) => r.current.value === null && r.rank === null && r.change === null)).toBe(true);
    expect(burglary?.explanations).toEqual([
      "The figures for burglary offences in the wards of Harrow in the 12 months to February 2025 are too small to show.",
    ]);
  });

  it("is null when the ward data do not cover the assessed period or hold no ward", () => {
    expect(wardSection({ ...base, current: rollingYear("2025-06"), counts: counts("2023-03", WARD_COUNTS), disclosure: preset })).toBeNull();
    expect(
      wardSection({ ...base, counts: countTable([{ area: "", month: "2024-06", offence: "BURGLARY", count: 1 }], "ward counts"), disclosure: preset }),
    ).toBeNull();
  });

  it("names an all-offences total for what it is", () => {
    const result = wardSection({
      ...base,
      priorities: [{ id: "all-offences", name: "All offences", offences: ["BURGLARY", "ROBBERY"] }],
      counts: counts("2023-03", WARD_COUNTS),
      disclosure: preset,
    });
    // 76 burglaries + 39 robberies = 115.
    expect(result?.priorities[0]?.total).toMatchObject({ label: "All wards", description: "Offences in all wards of Harrow", current: { value: 115 } });
    expect(result?.priorities[0]?.explanations[0]).toBe("Greenhill had the most offences of the 4 wards of Harrow in the 12 months to February 2025 (45).");
  });

  it("rejects a priority without offences and a policy the disclosure rules refuse, with this package's error", () => {
    const c = counts("2023-03", WARD_COUNTS);
    expect(() => wardSection({ ...base, counts: c, disclosure: preset, priorities: [{ id: "x", name: "X", offences: [] }] })).toThrow(/priority 1/);
    expect(() => wardSection({ ...base, counts: c, disclosure: { id: "bad", protectionWidth: -1 } })).toThrow(
      expect.objectContaining({ name: "ReportError", code: "invalid-data" }),
    );
  });

  it("for any ward counts, releases no exact count of a suppressed ward, names none in a sentence, and passes the audit", () => {
    const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 400 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(count, count), { minLength: 4, maxLength: 4 }), (pairs) => {
        const byWard = Object.fromEntries(WARDS.map((w, i) => [w, { burglary: pairs[i] ?? [0, 0], robbery: [0, 0] }])) as Parameters<typeof counts>[1];
        const result = wardSection({ ...base, priorities: [priorities[0]!], counts: counts("2023-03", byWard), disclosure: preset });
        const section = result?.priorities[0];
        for (const row of section?.rows ?? []) {
          if (row.current.value === null) {
            expect(row.change).toBeNull();
            expect(row.rank).toBeNull();
            for (const sentence of section?.explanations ?? []) expect(sentence).not.toContain(row.ward);
          }
        }
        expect(section?.disclosed).toEqual([]);
        for (const table of [section?.released.current, section?.released.previous]) if (table) expect(auditTable(table).disclosed).toEqual([]);
      }),
      { numRuns: 60, seed: 20261207 },
    );
  });
});
