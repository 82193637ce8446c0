import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { highs, highsIntervals } from "../test/helpers/highsAudit.js";
import {
  type CellStatus,
  type CountTable,
  type DisclosureError,
  type ReleasedTable,
  auditTable,
  discloseTable,
  disclosurePreset,
  hierarchicalTable,
  oneWayTable,
  protectTable,
  publishTable,
  twoWayTable,
} from "./index.js";
import { codeOf } from "../test/helpers/codeOf.js";
import { docTable } from "../test/helpers/docTable.js";

const hide3 = { id: "hide-3", suppress: { min: 0, max: 3, symbol: "*" }, protectionWidth: 5 };
const suppress = (r: ReleasedTable, ids: readonly string[]): ReleasedTable => ({
  ...r,
  cells: r.cells.map((c) => (ids.includes(c.id) && c.value !== null ? { ...c, value: null, display: "*", status: "secondary-suppressed" as const } : c)),
});

describe("auditTable", () => {
  it("doc example: the 2×2 table [[3, 10], [12, 20]], hiding only the 3 is undone by subtraction", () => {
    const t = docTable();
    expect(auditTable(discloseTable(t, hide3)).disclosed).toEqual([
      { id: "r1|c1", status: "primary-suppressed", lower: 3, upper: 3, width: 0, disclosed: true },
    ]);
  });

  it("doc example: a recoded 1 is worked out from the rounded totals", () => {
    expect(auditTable(discloseTable(oneWayTable({ a: 1, b: 8, c: 8 }), disclosurePreset("small-to-5-round-5"))).disclosed).toEqual([
      { id: "a", status: "rounded", lower: 1, upper: 1, width: 0, disclosed: true },
    ]);
  });

  it("a hidden cell may be primary or secondary, so the published { a: 4, b: 4, c: 20 } keeps a and b in 0–14", () => {
    // Told that both stars are primary (each in 1–4), a reader would get a + b = 8 → a = b = 4. The
    // published view says only "suppressed", and the audit uses only what holds for every hidden cell.
    const p = protectTable(oneWayTable({ a: 4, b: 4, c: 20 }), disclosurePreset("suppress-1-4-round-5"));
    const published = publishTable(p);
    expect(published.cells.map((c) => c.status)).toEqual(["suppressed", "suppressed", "rounded", "rounded"]);
    expect(JSON.stringify(published)).not.toMatch(/primary|secondary/);
    const r = auditTable(published);
    expect(r.cells.map((c) => [c.id, c.lower, c.upper, c.disclosed])).toEqual([
      ["a", 0, 14, false],
      ["b", 0, 14, false],
    ]);
    // the program's view gives the same intervals: the status never narrows a hidden cell
    expect(auditTable(p).cells.map((c) => [c.lower, c.upper])).toEqual(r.cells.map((c) => [c.lower, c.upper]));
  });

  it("a hidden cell pinned within the protected range is disclosed whatever its status says", () => {
    const t = oneWayTable({ a: 2, b: 0, c: 30 });
    const policy = { id: "exact-1-4", suppress: { min: 1, max: 4, symbol: "*" }, protectionWidth: 5 };
    // hiding a and the zero b: a + b = 2, so both are in 0–2
    const r = auditTable(publishTable(suppress(discloseTable(t, policy), ["b"])));
    expect(r.disclosed.map((c) => [c.id, c.status, c.lower, c.upper])).toEqual([
      ["a", "suppressed", 0, 2],
      ["b", "suppressed", 0, 2],
    ]);
  });

  it("a malformed release or options throw DisclosureError, never TypeError", () => {
    const policy = disclosurePreset("suppress-1-4-round-5");
    expect(codeOf(() => auditTable(null as never))).toBe("invalid-argument");
    expect(codeOf(() => auditTable({ cells: null, relations: [], policy } as never))).toBe("invalid-argument");
    expect(codeOf(() => auditTable({ cells: [null], relations: [], policy } as never))).toBe("invalid-argument");
    expect(codeOf(() => auditTable({ cells: [{ id: "a", value: 1n, display: "1", status: "published" }], relations: [], policy } as never))).toBe(
      "invalid-count",
    );
    expect(codeOf(() => auditTable({ cells: [{ id: "a", value: null, display: "*", status: Object.create(null) }], relations: [], policy } as never))).toBe(
      "unknown-status",
    );
    expect(codeOf(() => auditTable({ cells: [], relations: [], policy }, null as never))).toBe("invalid-option");
  });

  it("with the rectangle suppressed, every interval has width 13 (hand-computed)", () => {
    const t = docTable();
    const r = auditTable(suppress(discloseTable(t, hide3), ["r1|c2", "r2|c1", "r2|c2"]));
    expect(r.disclosed).toEqual([]);
    expect(r.cells.map((c) => [c.id, c.lower, c.upper])).toEqual([
      ["r1|c1", 0, 13], // row 1 total is 13
      ["r1|c2", 0, 13],
      ["r2|c1", 2, 15], // column 1 total 15 minus at most 13
      ["r2|c2", 17, 30], // row 2 total 32 minus r2|c1
    ]);
    // a row and a column alone are not enough: the closing cell r2|c2 pins r2|c1
    const partial = auditTable(suppress(discloseTable(t, hide3), ["r1|c2", "r2|c1"]));
    expect(partial.disclosed.map((c) => [c.id, c.lower, c.upper])).toEqual([["r1|c1", 3, 3]]);
  });

  it("FGM (NHS FGM dataset, Rule A): quarters 10, 15, 10 and FY 'around 30' are consistent only with Q4 ≤ 3", () => {
    // Newly recorded 2018-19: Q1–Q3 rounded, Q4 unpublished, FY rounded separately (Rule B).
    const released: ReleasedTable = {
      cells: [
        { id: "Q1", value: 10, display: "10", status: "rounded" },
        { id: "Q2", value: 15, display: "15", status: "rounded" },
        { id: "Q3", value: 10, display: "10", status: "rounded" },
        { id: "Q4", value: null, display: "*", status: "primary-suppressed" },
        { id: "FY", value: 30, display: "30", status: "rounded" },
      ],
      relations: [{ total: "FY", parts: ["Q1", "Q2", "Q3", "Q4"] }],
      policy: disclosurePreset("suppress-1-4-round-5"),
    };
    const r = auditTable(released, { include: "all" });
    // Q1,Q3 ∈ 8–12, Q2 ∈ 13–17, FY ∈ 28–32: the quarters sum to at least 29, so FY ≥ 29, Q4 ≤ 3, Q1 ≤ 32−13−8 = 11.
    expect(r.cells.map((c) => [c.id, c.lower, c.upper])).toEqual([
      ["Q1", 8, 11],
      ["Q2", 13, 16],
      ["Q3", 8, 11],
      ["Q4", 0, 3],
      ["FY", 29, 32],
    ]);
    // The rounded quarters sum to 35 but the FY rounds to 30: never add rounded cells.
    expect(10 + 15 + 10).not.toBe(30);
  });

  it("FGM distinct individuals are a stock: treating quarters as parts of the year is refuted", () => {
    // Annual 2017-18 = 70 (66–72); Q1–Q3 2018-19 = 25, 30, 35 (23–27, 28–32, 33–37): at least 84 > 72.
    const ruleA = disclosurePreset("small-to-5-round-5");
    const released: ReleasedTable = {
      cells: [
        { id: "year", value: 70, display: "70", status: "rounded" },
        { id: "Q1", value: 25, display: "25", status: "rounded" },
        { id: "Q2", value: 30, display: "30", status: "rounded" },
        { id: "Q3", value: 35, display: "35", status: "rounded" },
      ],
      relations: [{ total: "year", parts: ["Q1", "Q2", "Q3"] }],
      policy: ruleA,
    };
    expect(() => auditTable(released)).toThrow(/INCONSISTENT|No table of counts/);
    try {
      auditTable(released);
    } catch (e) {
      expect((e as DisclosureError).code).toBe("inconsistent-margins");
      expect((e as DisclosureError).details["cell"]).toBe("year");
    }
    // With no relation (a stock is never summed) each figure stands alone.
    expect(auditTable({ ...released, relations: [] }, { include: "all" }).cells.map((c) => [c.lower, c.upper])).toEqual([
      [68, 72],
      [23, 27],
      [28, 32],
      [33, 37],
    ]);
  });

  it("hierarchy: a ward hidden in a borough is recovered from London minus the other borough", () => {
    const t = hierarchicalTable({
      id: "London",
      children: [
        {
          id: "Harrow",
          children: [
            { id: "Roxeth", count: 2 },
            { id: "Pinner", count: 9 },
          ],
        },
        {
          id: "Brent",
          children: [
            { id: "Kilburn", count: 8 },
            { id: "Wembley", count: 30 },
          ],
        },
      ],
    });
    const policy = disclosurePreset("suppress-1-4-round-5", { protectionWidth: 3 });
    const exact = { ...policy, round: undefined } as unknown as typeof policy;
    delete (exact as { round?: unknown }).round;
    const r1 = discloseTable(t, exact);
    expect(auditTable(r1).disclosed.map((c) => c.id)).toEqual(["Roxeth"]);
    // hiding Pinner too is not enough while Harrow is published
    const r2 = auditTable(suppress(r1, ["Pinner"]));
    expect(r2.disclosed).toEqual([]);
    expect(r2.cells.map((c) => [c.id, c.lower, c.upper])).toEqual([
      ["Roxeth", 0, 11],
      ["Pinner", 0, 11],
    ]);
    // hiding Harrow and Pinner: London − Brent gives Harrow = 11 again
    const r3 = auditTable(suppress(r1, ["Harrow"]));
    expect(r3.disclosed.map((c) => [c.id, c.lower, c.upper])).toEqual([["Roxeth", 2, 2]]);
  });

  it("unbounded when nothing bounds a cell", () => {
    const t = oneWayTable({ a: 3, b: 10 });
    const r = discloseTable(t, hide3);
    const all = suppress(r, ["b", "Total"]);
    expect(auditTable(all).cells.map((c) => [c.id, c.upper, c.width])).toEqual([
      ["a", null, null],
      ["b", null, null],
      ["Total", null, null],
    ]);
  });

  it("bad input throws DisclosureError naming the cell", () => {
    const t = oneWayTable({ a: 3, b: 10 });
    const r = discloseTable(t, hide3);
    const withStatus = (status: CellStatus, value: number | null) => ({ ...r, cells: [...r.cells.slice(0, 2), { id: "Total", value, display: "?", status }] });
    expect(() => auditTable(withStatus("published", -1))).toThrow(/"Total"/);
    expect(() => auditTable({ ...withStatus("rounded", 7), policy: disclosurePreset("suppress-1-4-round-5") })).toThrow(/"Total" shows 7/);
    expect(() => auditTable(withStatus("primary-suppressed", 3))).toThrow(/"Total"/);
    expect(() => auditTable(withStatus("published", 9))).toThrow(/"Total"/); // 10 + a ≠ 9
    expect(() => auditTable({ ...r, cells: [...r.cells, r.cells[0]!] })).toThrow(/"a" appears more than once/);
    expect(() => auditTable({ ...r, relations: [{ total: "Total", parts: ["a", "zz"] }] })).toThrow(/"zz"/);
    expect(() => auditTable(r, { protectionWidth: -1 })).toThrow(/protectionWidth/);
  });

  it("rejects structures that are not networks (a cell in three relations)", () => {
    const r = discloseTable(oneWayTable({ a: 3, b: 10 }), hide3);
    const rel = [
      { total: "Total", parts: ["a", "b"] },
      { total: "b", parts: ["a"] },
      { total: "Total", parts: ["b"] },
    ];
    expect(() => auditTable(r, { margins: rel })).toThrow(/UNSUPPORTED|more than two relations/);
  });
});

// ---------------------------------------------------------------- cross-check against HiGHS

function randomRelease(t: CountTable, policyIndex: number, hideMask: readonly boolean[]): ReleasedTable {
  const policies = [
    { id: "exact-1-3", suppress: { min: 1, max: 3, symbol: "*" }, protectionWidth: 3 },
    disclosurePreset("suppress-1-4-round-5"),
    disclosurePreset("small-to-5-round-5"),
  ];
  return suppress(
    discloseTable(t, policies[policyIndex]!),
    t.cells.filter((_, i) => hideMask[i % hideMask.length]).map((c) => c.id),
  );
}

const twoWayArb = fc
  .record({
    r: fc.integer({ min: 1, max: 4 }),
    c: fc.integer({ min: 1, max: 4 }),
    seed: fc.array(fc.integer({ min: 0, max: 25 }), { minLength: 16, maxLength: 16 }),
  })
  .map(({ r, c, seed }) =>
    twoWayTable({
      rows: Array.from({ length: r }, (_, i) => `r${i}`),
      columns: Array.from({ length: c }, (_, j) => `c${j}`),
      counts: Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => seed[i * 4 + j]!)),
    }),
  );

const treeArb = fc.array(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }).map((groups) =>
  hierarchicalTable({
    id: "root",
    children: groups.map((g, i) => ({ id: `g${i}`, children: g.map((v, j) => ({ id: `g${i}l${j}`, count: v })) })),
  }),
);

describe("auditTable agrees with the HiGHS LP and MIP bounds (exactness)", () => {
  let solver: Awaited<ReturnType<typeof highs>>;
  beforeAll(async () => {
    solver = await highs();
  });

  const check = (t: CountTable, p: number, mask: boolean[]) => {
    const released = randomRelease(t, p, mask);
    const audit = auditTable(released, { include: "all" });
    const ids = audit.cells.map((c) => c.id);
    const lp = highsIntervals(solver, released, ids, false);
    const mip = highsIntervals(solver, released, ids, true);
    for (const c of audit.cells) {
      const a = lp.get(c.id)!;
      const b = mip.get(c.id)!;
      // LP bound = integer bound = ours
      expect([c.id, c.lower, c.upper]).toEqual([c.id, Math.round(a.lower), a.upper === null ? null : Math.round(a.upper)]);
      expect(Math.abs(a.lower - Math.round(a.lower))).toBeLessThan(1e-7);
      expect([b.lower, b.upper === null ? null : Math.round(b.upper)]).toEqual([c.lower, c.upper]);
    }
  };

  it("2-D tables with margins", () => {
    fc.assert(
      fc.property(twoWayArb, fc.integer({ min: 0, max: 2 }), fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }), (t, p, mask) => check(t, p, mask)),
      { numRuns: 25 },
    );
  }, 120_000);

  it("hierarchical tables", () => {
    fc.assert(
      fc.property(treeArb, fc.integer({ min: 0, max: 2 }), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), (t, p, mask) => check(t, p, mask)),
      { numRuns: 25 },
    );
  }, 120_000);
});
