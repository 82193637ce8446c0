import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CountTable,
  type DisclosurePolicy,
  DisclosureError,
  auditTable,
  discloseCount,
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

const exact14: DisclosurePolicy = { id: "exact-1-4", suppress: { min: 1, max: 4, symbol: "*" }, protectionWidth: 5 };

describe("protectTable", () => {
  it("doc example: the 2×2 table [[3, 10], [12, 20]] needs the whole rectangle", () => {
    const t = docTable();
    const policy = { id: "hide-3", suppress: { min: 1, max: 3, symbol: "*" }, protectionWidth: 5 };
    const p = protectTable(t, policy);
    expect(p.secondary).toEqual(["r1|c2", "r2|c1", "r2|c2"]);
    expect(auditTable(p).disclosed).toEqual([]);
  });

  it("1-D: the smallest other category is suppressed, not the total", () => {
    const t = oneWayTable({ a: 2, b: 40, c: 9, d: 17 });
    const p = protectTable(t, exact14);
    expect(p.secondary).toEqual(["c"]);
    expect(p.cells.map((c) => c.display)).toEqual(["*", "40", "*", "17", "68"]);
    expect(auditTable(p).cells.map((c) => [c.id, c.lower, c.upper])).toEqual([
      ["a", 0, 11],
      ["c", 0, 11],
    ]);
  });

  it("1-D: a second cell too small to give the width pulls in a third", () => {
    const t = oneWayTable({ a: 2, b: 1, c: 30, d: 17 });
    const p = protectTable(t, exact14);
    // a and b are both primary; a + b = 3 leaves an interval of width 3 < 5, so d (17) goes too
    expect(p.secondary).toEqual(["d"]);
    expect(auditTable(p).disclosed).toEqual([]);
  });

  it("the total is suppressed when no other choice can give the width", () => {
    const t = oneWayTable({ a: 2, b: 3 });
    const p = protectTable(t, exact14, { protectionWidth: 8 });
    expect(p.secondary).toEqual(["Total"]);
    expect(auditTable(p, { protectionWidth: 8 }).disclosed).toEqual([]);
    expect(protectTable(t, exact14).secondary).toEqual([]); // a ∈ 0–5 is wide enough for width 5
  });

  it("hierarchy: protection reaches up the tree when needed", () => {
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
    const p = protectTable(t, exact14);
    expect(p.secondary).toEqual(["Pinner"]);
    expect(auditTable(p).disclosed).toEqual([]);
  });

  it("protectionWidth 0 asks nothing; an option overrides the policy", () => {
    const t = oneWayTable({ a: 2, b: 40 });
    expect(protectTable(t, { ...exact14, protectionWidth: 0 }).secondary).toEqual([]);
    expect(protectTable(t, exact14, { protectionWidth: 0 }).secondary).toEqual([]);
    expect(() => protectTable(t, exact14, { protectionWidth: 1.5 })).toThrow(DisclosureError);
  });

  it("rounding already protects: suppress-1-4-round-5 on a wide row needs no secondary cell", () => {
    const t = oneWayTable({ a: 2, b: 40, c: 9, d: 17 });
    const p = protectTable(t, disclosurePreset("suppress-1-4-round-5"));
    expect(p.secondary).toEqual([]);
    // a ∈ 68±2 − (40±2) − (9±2 → 8..12) − (17±2 → 15..19) …: the audit agrees it is wide enough
    expect(auditTable(p).disclosed).toEqual([]);
  });

  it("a recoded small count is protected — small-to-5-round-5 on { a: 1, b: 8, c: 8 } no longer lets the rounded total pin a = 1", () => {
    const policy = disclosurePreset("small-to-5-round-5");
    const t = oneWayTable({ a: 1, b: 8, c: 8 });
    // recoding alone: 5, 10, 10 and total 15 leave only a = 1
    expect(auditTable(discloseTable(t, policy)).disclosed.map((c) => [c.id, c.lower, c.upper])).toEqual([["a", 1, 1]]);
    const p = protectTable(t, policy);
    expect(p.cells.map((c) => c.display)).toEqual(["5", "*", "10", "15"]);
    const a = auditTable(publishTable(p), { include: "all" });
    expect(a.disclosed).toEqual([]);
    expect(a.cells.find((c) => c.id === "a")).toMatchObject({ lower: 1, upper: 7, width: 6 });
  });

  it("a redacted small count is protected — redact-0-7-round-5 on { a: 1, b: 8, c: 8 }", () => {
    const policy = disclosurePreset("redact-0-7-round-5");
    const t = oneWayTable({ a: 1, b: 8, c: 8 });
    expect(auditTable(discloseTable(t, policy)).disclosed.map((c) => c.id)).toEqual(["a"]);
    const p = protectTable(t, policy);
    expect(auditTable(publishTable(p)).disclosed).toEqual([]);
    expect(p.cells[0]).toEqual({ id: "a", value: 0, display: "0", status: "rounded" });
  });

  it("a shown recoded figure whose own range is narrower than the protection width is hidden itself", () => {
    // "5" stands for 1–7 (width 6): too narrow for width 10, so the recoded cell cannot stay shown
    const p = protectTable(oneWayTable({ a: 3, b: 40 }), disclosurePreset("small-to-5-round-5", { protectionWidth: 10 }));
    expect(p.cells[0]).toEqual({ id: "a", value: null, display: "*", status: "primary-suppressed" });
    expect(auditTable(publishTable(p)).disclosed).toEqual([]);
  });

  it("a secondary suppression that the released figures determine exactly is shown again", () => {
    // Hiding b|y (0) looked useful while the pattern grew, but column y (37 and 37) fixes it at 0.
    const t = twoWayTable({
      rows: ["a", "b"],
      columns: ["x", "y", "z"],
      counts: [
        [7, 37, 6],
        [1, 0, 33],
      ],
    });
    const policy = { id: "exact-1-3", suppress: { min: 1, max: 3, symbol: "*" }, protectionWidth: 5 };
    const p = protectTable(t, policy);
    expect(p.cells.find((c) => c.id === "b|y")).toEqual({ id: "b|y", value: 0, display: "0", status: "published" });
    expect(p.secondary).toEqual(["a|x", "b|z", "a|z"]);
    const audit = auditTable(p);
    expect(audit.disclosed).toEqual([]);
    expect(audit.cells.every((c) => c.width !== 0)).toBe(true);
  });

  it("a count beyond 10¹² (such as 2⁵³ − 2) is refused at once instead of hanging", () => {
    const t = {
      cells: [
        { id: "a", count: 9007199254740990 },
        { id: "T", count: 9007199254740990 },
      ],
      relations: [{ total: "T", parts: ["a"] }],
    };
    expect(codeOf(() => protectTable(t, disclosurePreset("suppress-1-4-round-5")))).toBe("invalid-count");
    const big = oneWayTable({ a: 2, b: 1e12 - 2 });
    expect(auditTable(protectTable(big, disclosurePreset("suppress-1-4-round-5"))).disclosed).toEqual([]);
  });

  it("malformed tables and options throw DisclosureError, never TypeError", () => {
    const policy = disclosurePreset("suppress-1-4-round-5");
    expect(codeOf(() => protectTable(null as never, policy))).toBe("invalid-argument");
    expect(codeOf(() => protectTable({ cells: [null], relations: [] } as never, policy))).toBe("invalid-argument");
    expect(codeOf(() => protectTable({ cells: [{ id: "a", count: 1 }], relations: [null] } as never, policy))).toBe("invalid-argument");
    expect(codeOf(() => protectTable({ cells: [{ id: "a", count: 1 }], relations: [{ total: "a", parts: "a" }] } as never, policy))).toBe("invalid-argument");
    expect(codeOf(() => protectTable({ cells: [{ id: Object.create(null), count: 1 }], relations: [] } as never, policy))).toBe("invalid-argument");
    expect(codeOf(() => protectTable({ cells: [{ id: "a", count: 1n }], relations: [] } as never, policy))).toBe("invalid-count");
    expect(codeOf(() => protectTable(oneWayTable({ a: 1 }), policy, null as never))).toBe("invalid-option");
    expect(codeOf(() => protectTable(oneWayTable({ a: 1 }), null as never))).toBe("invalid-policy");
  });

  it("bad input throws naming the cell", () => {
    expect(() => protectTable(oneWayTable({ a: -1 }), exact14)).toThrow(/"a"/);
    expect(() => protectTable(oneWayTable({ a: 1 }, { totalCount: 2 }), exact14)).toThrow(/"Total" is 2/);
    expect(() =>
      protectTable(
        {
          cells: [
            { id: "a", count: 1 },
            { id: "a", count: 1 },
          ],
          relations: [],
        },
        exact14,
      ),
    ).toThrow(/"a" appears more than once/);
  });
});

// ------------------------------------------------------------------ properties

const policies: DisclosurePolicy[] = [
  exact14,
  disclosurePreset("suppress-1-4-round-5"),
  disclosurePreset("suppress-1-4-round-5", { suppressZero: true, protectionWidth: 8 }),
  { id: "exact-0-2-width-3", suppress: { min: 0, max: 2, symbol: "[c]" }, protectionWidth: 3 },
  disclosurePreset("small-to-5-round-5"),
  disclosurePreset("redact-0-7-round-5"),
  disclosurePreset("small-to-5-round-5", { protectionWidth: 7 }),
];

const small = fc.integer({ min: 0, max: 12 });
const twoWayArb = fc
  .record({ r: fc.integer({ min: 1, max: 6 }), c: fc.integer({ min: 1, max: 6 }), seed: fc.array(small, { minLength: 36, maxLength: 36 }) })
  .map(({ r, c, seed }) =>
    twoWayTable({
      rows: Array.from({ length: r }, (_, i) => `r${i}`),
      columns: Array.from({ length: c }, (_, j) => `c${j}`),
      counts: Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => seed[i * 6 + j]!)),
    }),
  );
const treeArb = fc.array(fc.array(small, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }).map((groups) =>
  hierarchicalTable({
    id: "root",
    children: groups.map((g, i) => ({ id: `g${i}`, children: g.map((v, j) => ({ id: `g${i}l${j}`, count: v })) })),
  }),
);
const oneWayArb = fc.array(small, { minLength: 1, maxLength: 8 }).map((v) => oneWayTable(Object.fromEntries(v.map((x, i) => [`k${i}`, x]))));

function checkProtected(t: CountTable, policy: DisclosurePolicy) {
  const p = protectTable(t, policy);
  // after protectTable, auditTable finds nothing, in the program's view and in the published one
  const audit = auditTable(p);
  expect(audit.disclosed).toEqual([]);
  const published = auditTable(publishTable(p));
  expect(published.cells.map((c) => [c.id, c.lower, c.upper])).toEqual(audit.cells.map((c) => [c.id, c.lower, c.upper]));
  // no hidden cell is one the released figures determine exactly
  for (const c of audit.cells) if (c.status === "secondary-suppressed") expect(c.width).not.toBe(0);
  // nothing lost or invented: every cell, in order
  expect(p.cells.map((c) => c.id)).toEqual(t.cells.map((c) => c.id));
  t.cells.forEach((cell, i) => {
    const out = p.cells[i]!;
    const primary = discloseCount(cell.count, policy);
    if (primary.status === "primary-suppressed") expect(out.status).toBe("primary-suppressed");
    else if (out.status === "secondary-suppressed") expect(out.value).toBeNull();
    // a recoded small count hidden itself (its own range is narrower than the width)
    else if (out.status === "primary-suppressed") expect(primary.value).toBe(policy.recode?.value);
    // every released number obeys the policy
    else expect(out).toEqual({ id: cell.id, ...primary });
  });
  expect([...p.secondary].sort()).toEqual(
    p.cells
      .filter((c) => c.status === "secondary-suppressed")
      .map((c) => c.id)
      .sort(),
  );
}

describe("protectTable properties", () => {
  it("2-D tables: auditTable finds nothing afterwards; released numbers obey the policy", () => {
    fc.assert(fc.property(twoWayArb, fc.constantFrom(...policies), checkProtected), { numRuns: 300 });
  });
  it("hierarchical tables", () => {
    fc.assert(fc.property(treeArb, fc.constantFrom(...policies), checkProtected), { numRuns: 300 });
  });
  it("1-D tables come out protected for every policy", () => {
    fc.assert(fc.property(oneWayArb, fc.constantFrom(...policies), checkProtected), { numRuns: 300 });
  });
  it("gives the same release each time for the same table", () => {
    fc.assert(
      fc.property(twoWayArb, (t) => {
        expect(protectTable(t, exact14)).toEqual(protectTable(t, exact14));
      }),
      { numRuns: 50 },
    );
  });
});
