import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../test/helpers/codeOf.js";
import { highs } from "../test/helpers/highsAudit.js";
import { type CellStatus, type DisclosurePolicy, type SeriesFigure, auditSeries, discloseCount, disclosurePreset, possibleCounts } from "./index.js";

const policy: DisclosurePolicy = { id: "hide-1-4", suppress: { min: 1, max: 4, symbol: "*" }, protectionWidth: 5 };
const fig = (first: string, last: string, value: number | null, status?: CellStatus): SeriesFigure => ({
  area: "Roxeth",
  first,
  last,
  value,
  display: value === null ? "*" : String(value),
  status: status ?? (value === null ? "primary-suppressed" : "published"),
});

describe("auditSeries", () => {
  it("doc example: two rolling years one month apart and a published month reveal a suppressed month", () => {
    const r = auditSeries({
      policy,
      figures: [fig("2018-01", "2018-12", 60), fig("2018-02", "2019-01", 56), fig("2018-01", "2018-01", 7), fig("2019-01", "2019-01", null)],
    });
    expect(r.disclosed).toEqual([
      { area: "Roxeth", first: "2019-01", last: "2019-01", status: "primary-suppressed", lower: 3, upper: 3, width: 0, disclosed: true },
    ]);
  });

  it("a year-to-date and the year before it reveal a small month that was never published", () => {
    const r = auditSeries({ policy, figures: [fig("2019-04", "2019-06", 40), fig("2019-04", "2019-07", 42)] });
    expect(r.disclosed.map((f) => [f.first, f.lower, f.upper])).toEqual([["2019-07", 2, 2]]);
    // other months are only bounded by the window
    expect(r.figures.find((f) => f.first === "2019-04")).toMatchObject({ status: "unpublished", lower: 0, upper: 40 });
  });

  it("with the months of both ends suppressed, differencing gives only the difference", () => {
    const r = auditSeries({
      policy,
      figures: [
        fig("2018-01", "2018-12", 60),
        fig("2018-02", "2019-01", 56),
        fig("2018-01", "2018-01", null, "secondary-suppressed"),
        fig("2019-01", "2019-01", null),
      ],
    });
    // Jan 2019 = Jan 2018 − 4, Jan 2018 ≤ 60: Jan 2019 ∈ [0, 56]
    expect(r.disclosed).toEqual([]);
    expect(r.figures.filter((f) => f.first === "2019-01")[0]).toMatchObject({ lower: 0, upper: 56 });
    expect(r.figures.filter((f) => f.first === "2018-01" && f.last === "2018-01")[0]).toMatchObject({ lower: 4, upper: 60 });
  });

  it("rounded figures: what rounding reveals is used", () => {
    const p = disclosurePreset("suppress-1-4-round-5");
    const rounded = (first: string, last: string, value: number): SeriesFigure => ({
      area: "A",
      first,
      last,
      value,
      display: String(value),
      status: "rounded",
    });
    const r = auditSeries({ policy: p, figures: [rounded("2019-01", "2019-02", 10), rounded("2019-01", "2019-01", 10)] });
    // Feb = (8..12) − (8..12) but ≥ 0: [0, 4]: a small month pinned to a width below 5
    expect(r.disclosed.map((f) => [f.first, f.lower, f.upper])).toEqual([["2019-02", 0, 4]]);
  });

  it("areas are independent", () => {
    const r = auditSeries({ policy, figures: [fig("2019-01", "2019-02", 9), { ...fig("2019-01", "2019-01", 7), area: "Pinner" }] });
    expect(r.disclosed).toEqual([]);
  });

  it("bad input throws naming the figure or area", () => {
    expect(() => auditSeries({ policy, figures: [fig("2019-13", "2019-13", 5)] })).toThrow(/"Roxeth:2019-13..2019-13".*YYYY-MM/);
    expect(() => auditSeries({ policy, figures: [fig("2019-03", "2019-01", 5)] })).toThrow(/ends before it starts/);
    expect(() => auditSeries({ policy, figures: [fig("2019-01", "2019-02", 5), fig("2019-01", "2019-02", 5)] })).toThrow(/more than once/);
    expect(() => auditSeries({ policy, figures: [fig("2019-01", "2019-02", 5), fig("2019-01", "2019-01", 9)] })).toThrow(/"Roxeth"/);
    expect(() => auditSeries({ policy, figures: [fig("2019-01", "2019-02", -5)] })).toThrow(/-5/);
    expect(() => auditSeries({ policy, figures: [] }, { protectionWidth: -2 })).toThrow(/protectionWidth/);
  });
});

describe("auditSeries agrees with HiGHS (exactness of the difference-constraint attacker)", () => {
  let solver: Awaited<ReturnType<typeof highs>>;
  beforeAll(async () => {
    solver = await highs();
  });
  it("random releases of months and windows", () => {
    const arb = fc.record({
      counts: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 3, maxLength: 8 }),
      windows: fc.array(fc.tuple(fc.nat(7), fc.nat(7), fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 8 }),
      p: fc.constantFrom(policy, disclosurePreset("suppress-1-4-round-5")),
    });
    fc.assert(
      fc.property(arb, ({ counts, windows, p }) => {
        const n = counts.length;
        const month = (i: number) => `2019-${String(i + 1).padStart(2, "0")}`;
        const seen = new Set<string>();
        const figures: SeriesFigure[] = [];
        for (const [x, y, hide] of windows) {
          const a = Math.min(x, y) % n;
          const b = Math.max(a, Math.max(x, y) % n);
          if (seen.has(`${a}:${b}`)) continue;
          seen.add(`${a}:${b}`);
          const sum = counts.slice(a, b + 1).reduce((s, v) => s + v, 0);
          const d = discloseCount(sum, p);
          figures.push({
            area: "A",
            first: month(a),
            last: month(b),
            ...(hide && d.value !== null ? { value: null, display: "*", status: "secondary-suppressed" as const } : d),
          });
        }
        const r = auditSeries({ figures, policy: p });
        const rows = figures.flatMap((f, k) => {
          const a = Number(f.first.slice(5)) - 1;
          const b = Number(f.last.slice(5)) - 1;
          const sum = Array.from({ length: b - a + 1 }, (_, i) => `+ x${a + i}`).join(" ");
          if (f.value === null) return [` f${k}: ${sum} >= 0`];
          if (f.status === "rounded") {
            const rng = possibleCounts(f.value, p);
            return [` f${k}a: ${sum} >= ${rng.lower}`, ` f${k}b: ${sum} <= ${rng.upper}`];
          }
          return [` f${k}: ${sum} = ${f.value}`];
        });
        for (const got of r.figures) {
          const a = Number(got.first.slice(5)) - 1;
          const b = Number(got.last.slice(5)) - 1;
          const obj = Array.from({ length: b - a + 1 }, (_, i) => `+ x${a + i}`).join(" ");
          const lp = (sense: string) =>
            solver.solve(`${sense}\n obj: ${obj}\nSubject To\n${rows.join("\n")}\nBounds\n${counts.map((_, i) => ` x${i} >= 0`).join("\n")}\nEnd\n`, {
              presolve: "off",
            });
          const lo = lp("Minimize");
          const hi = lp("Maximize");
          expect(lo.Status).toBe("Optimal");
          expect(got.lower).toBe(Math.round(lo.ObjectiveValue));
          expect(got.upper).toBe(hi.Status === "Unbounded" ? null : Math.round(hi.ObjectiveValue));
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe("auditSeries with nested geographies", () => {
  const nesting = [{ parent: "Harrow", children: ["Roxeth", "Pinner"] }];
  const f = (area: string, first: string, last: string, value: number | null, status?: CellStatus): SeriesFigure => ({
    ...fig(first, last, value, status),
    area,
  });

  it("a ward's suppressed month is recovered from the borough minus the other ward", () => {
    const figures = [f("Harrow", "2019-01", "2019-01", 40), f("Pinner", "2019-01", "2019-01", 37), f("Roxeth", "2019-01", "2019-01", null)];
    expect(auditSeries({ policy, figures }, { nesting }).disclosed).toEqual([
      { area: "Roxeth", first: "2019-01", last: "2019-01", status: "primary-suppressed", lower: 3, upper: 3, width: 0, disclosed: true },
    ]);
    // hiding Pinner too protects it
    const safe = [figures[0]!, f("Pinner", "2019-01", "2019-01", null, "secondary-suppressed"), figures[2]!];
    const r = auditSeries({ policy, figures: safe }, { nesting });
    expect(r.disclosed).toEqual([]);
    expect(r.figures.map((x) => [x.area, x.lower, x.upper])).toEqual([
      ["Pinner", 0, 40],
      ["Roxeth", 0, 40],
    ]);
  });

  it("quarters and months across the hierarchy: a month left unpublished is pinned by the other figures", () => {
    // Roxeth's quarter is 9 with Jan 5 and Feb 2 (suppressed); Harrow's Mar 20 and Pinner's Mar 19 give Roxeth Mar = 1, so Feb = 3.
    const figures = [
      f("Roxeth", "2019-01", "2019-03", 9),
      f("Roxeth", "2019-01", "2019-01", 5),
      f("Roxeth", "2019-02", "2019-02", null),
      f("Harrow", "2019-03", "2019-03", 20),
      f("Pinner", "2019-03", "2019-03", 19),
    ];
    const r = auditSeries({ policy, figures }, { nesting });
    expect(r.disclosed.map((x) => [x.area, x.first, x.lower, x.upper])).toEqual([
      ["Roxeth", "2019-02", 3, 3],
      ["Roxeth", "2019-03", 1, 1],
    ]);
  });

  it("overlapping windows together with nesting are refused", () => {
    const figures = [f("Roxeth", "2019-01", "2019-03", 9), f("Roxeth", "2019-02", "2019-04", 9)];
    expect(() => auditSeries({ policy, figures }, { nesting })).toThrow(/overlapping windows/);
  });

  it("agrees with HiGHS on random two-level releases", async () => {
    const solver = await highs();
    const arb = fc.record({
      counts: fc.array(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 3 }),
      quarter: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
      hide: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
    });
    fc.assert(
      fc.property(arb, ({ counts, quarter, hide }) => {
        const kids = counts.map((_, i) => `w${i}`);
        const areas = ["B", ...kids];
        const monthly = (k: number) => (k === 0 ? counts[0]!.map((_, m) => counts.reduce((s, c) => s + c[m]!, 0)) : counts[k - 1]!);
        const figures: SeriesFigure[] = [];
        let h = 0;
        areas.forEach((area, k) => {
          const c = monthly(k);
          const push = (a: number, b: number) => {
            const sum = c.slice(a, b + 1).reduce((x, y) => x + y, 0);
            const d = discloseCount(sum, policy);
            const hidden = hide[h++ % hide.length]! && d.value !== null;
            figures.push({
              area,
              first: `2019-0${a + 1}`,
              last: `2019-0${b + 1}`,
              ...(hidden ? { value: null, display: "*", status: "secondary-suppressed" as const } : d),
            });
          };
          if (quarter[k]!) push(0, 2);
          for (let m = 0; m < 3; m++) if (!quarter[k] || hide[(h + m) % hide.length]) push(m, m);
        });
        const r = auditSeries({ policy, figures }, { nesting: [{ parent: "B", children: kids }] });
        const v = (area: string, m: number) => `x_${area}_${m}`;
        const rows: string[] = [];
        for (let m = 0; m < 3; m++) rows.push(` n${m}: ${kids.map((k) => `+ ${v(k, m)}`).join(" ")} - ${v("B", m)} = 0`);
        figures.forEach((x, i) => {
          const a = Number(x.first.slice(5)) - 1;
          const b = Number(x.last.slice(5)) - 1;
          const sum = Array.from({ length: b - a + 1 }, (_, j) => `+ ${v(x.area, a + j)}`).join(" ");
          if (x.value === null) rows.push(` f${i}: ${sum} >= 0`);
          else rows.push(` f${i}: ${sum} = ${x.value}`);
        });
        const bounds = areas.flatMap((area) => [0, 1, 2].map((m) => ` ${v(area, m)} >= 0`)).join("\n");
        for (const got of r.figures) {
          const a = Number(got.first.slice(5)) - 1;
          const b = Number(got.last.slice(5)) - 1;
          const obj = Array.from({ length: b - a + 1 }, (_, j) => `+ ${v(got.area, a + j)}`).join(" ");
          const lp = (sense: string) => solver.solve(`${sense}\n obj: ${obj}\nSubject To\n${rows.join("\n")}\nBounds\n${bounds}\nEnd\n`, { presolve: "off" });
          const lo = lp("Minimize");
          const hi = lp("Maximize");
          expect(lo.Status).toBe("Optimal");
          expect(got.lower).toBe(Math.round(lo.ObjectiveValue));
          expect(got.upper).toBe(hi.Status === "Unbounded" ? null : Math.round(hi.ObjectiveValue));
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe("auditSeries input checks", () => {
  const p = { id: "hide-1-4", suppress: { min: 1, max: 4, symbol: "*" }, protectionWidth: 5 };
  it("malformed releases, nesting and options throw DisclosureError, never TypeError", () => {
    expect(codeOf(() => auditSeries(null as never))).toBe("invalid-argument");
    expect(codeOf(() => auditSeries({ policy: p, figures: null } as never))).toBe("invalid-argument");
    expect(codeOf(() => auditSeries({ policy: p, figures: [null] } as never))).toBe("invalid-argument");
    const fig = { area: "A", first: "2019-01", last: "2019-01", value: 5, display: "5", status: "published" as const };
    expect(codeOf(() => auditSeries({ policy: p, figures: [{ ...fig, first: Object.create(null) }] } as never))).toBe("invalid-month");
    expect(codeOf(() => auditSeries({ policy: p, figures: [{ ...fig, value: 5n }] } as never))).toBe("invalid-count");
    expect(codeOf(() => auditSeries({ policy: p, figures: [fig] }, null as never))).toBe("invalid-option");
    expect(codeOf(() => auditSeries({ policy: p, figures: [fig] }, { nesting: [null] } as never))).toBe("invalid-option");
    expect(codeOf(() => auditSeries({ policy: p, figures: [fig] }, { nesting: [{ parent: "A", children: "B" }] } as never))).toBe("invalid-option");
  });
  it("a release spanning more than 600 months is refused instead of running for minutes", () => {
    const fig = (first: string, last: string) => ({ area: "A", first, last, value: 5, display: "5", status: "published" as const });
    expect(codeOf(() => auditSeries({ policy: p, figures: [fig("1900-01", "1900-01"), fig("2000-01", "2000-01")] }))).toBe("invalid-argument");
    expect(auditSeries({ policy: p, figures: [fig("1990-01", "1990-01"), fig("2039-12", "2039-12")] }).disclosed).toEqual([]);
  });
});
