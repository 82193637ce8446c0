/**
 * A randomized attack on protected releases, independent of the package's own auditor.
 *
 * The attacker knows only what is published — the view of `publishTable` / `publishSeries` (one
 * `suppressed` status, no list of secondary suppressions), the relations between cells, and the
 * published rule — and writes down its own model: every hidden cell is a non-negative integer,
 * every shown figure stands for the counts that the rule (written out again below from the
 * presets' documentation, not taken from the package) maps to it, and every relation holds. HiGHS
 * then minimises and maximises each cell whose true count the rule protects, as an LP and, where
 * cheap, as an integer programme. No protected count may be narrowed below the protection width.
 *
 * Seeded and bounded: `CRIMESTATS_ATTACK_RUNS` (default 25) sets the number of random releases per
 * structure and rule; the seed is fixed so a failure can be replayed. A summary of what was tried
 * and found is printed at the end.
 */
import fc from "fast-check";
import type { Highs } from "highs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CountTable,
  type DisclosurePolicy,
  type ReleasedSeries,
  type ReleasedTable,
  disclosurePreset,
  hierarchicalTable,
  oneWayTable,
  protectSeries,
  protectTable,
  publishSeries,
  publishTable,
  twoWayTable,
} from "../src/index.js";
import { highs } from "./helpers/highsAudit.js";

const RUNS = Math.max(1, Number(process.env["CRIMESTATS_ATTACK_RUNS"] ?? "") || 25);
const SEED = 20261206;
const WIDTH = 5;

/** A published rule as a reader knows it: the figure shown for each count, and which counts it protects. */
interface Rule {
  readonly name: string;
  readonly policy: DisclosurePolicy;
  /** The figure shown for a count, `null` for hidden. */
  readonly figure: (count: number) => number | null;
  /** Whether the rule protects this count (the small counts it hides or recodes). */
  readonly protects: (count: number) => boolean;
}

/** Nearest multiple of 5, halves up (integers never tie at 5). */
const round5 = (c: number) => 5 * Math.floor((c + 2) / 5);

const RULES: readonly Rule[] = [
  {
    name: "suppress-1-4-round-5",
    policy: disclosurePreset("suppress-1-4-round-5"),
    figure: (c) => (c >= 1 && c <= 4 ? null : round5(c)),
    protects: (c) => c >= 1 && c <= 4,
  },
  {
    name: "suppress-1-4-round-5 (zeros too)",
    policy: disclosurePreset("suppress-1-4-round-5", { suppressZero: true }),
    figure: (c) => (c <= 4 ? null : round5(c)),
    protects: (c) => c <= 4,
  },
  {
    name: "small-to-5-round-5",
    policy: disclosurePreset("small-to-5-round-5"),
    figure: (c) => (c >= 1 && c <= 7 ? 5 : round5(c)),
    protects: (c) => c >= 1 && c <= 7,
  },
  {
    name: "redact-0-7-round-5",
    policy: disclosurePreset("redact-0-7-round-5"),
    figure: (c) => (c <= 7 ? 0 : round5(c)),
    protects: (c) => c <= 7,
  },
  {
    name: "suppress 1-3, exact counts",
    policy: { id: "suppress-1-3-exact", suppress: { min: 1, max: 3, symbol: "*" }, protectionWidth: WIDTH },
    figure: (c) => (c >= 1 && c <= 3 ? null : c),
    protects: (c) => c >= 1 && c <= 3,
  },
];

/** The counts a shown figure stands for under `rule`, by brute force (they must be consecutive). */
function standsFor(rule: Rule, shown: number): [number, number] {
  const found: number[] = [];
  for (let v = 0; v <= shown + 20; v++) if (rule.figure(v) === shown) found.push(v);
  if (found.length === 0) throw new Error(`${rule.name} never shows ${shown}`);
  const lo = found[0]!;
  const hi = found[found.length - 1]!;
  if (hi - lo + 1 !== found.length) throw new Error(`${rule.name}: the counts behind ${shown} are not consecutive`);
  return [lo, hi];
}

const tally = { releases: 0, hiddenOrRecoded: 0, attacked: 0, lps: 0, mips: 0, narrowed: 0 };

/** One linear model: variables `x0…`, bounds, equality rows. */
interface Model {
  readonly vars: number;
  readonly bounds: readonly string[];
  readonly rows: readonly string[];
}

/** Min and max of `Σ x[terms]`; `null` max when unbounded. Integer programme when `integer`. */
function range(solver: Highs, m: Model, terms: readonly number[], integer: boolean): [number, number | null] {
  const obj = terms.map((t) => `+ x${t}`).join(" ");
  const general = integer ? `General\n ${Array.from({ length: m.vars }, (_, i) => `x${i}`).join(" ")}\n` : "";
  const rows = m.rows.length > 0 ? m.rows : [` r: x0 >= 0`];
  // Integer programmes without presolve: with it, HiGHS 1.15.3 (WebAssembly) returned "Optimal" 2
  // for a small integer programme whose maximum is 6 (a false alarm found by this test); its LPs
  // were right, and are faster with presolve.
  const solve = (sense: string) =>
    solver.solve(`${sense}\n obj: ${obj}\nSubject To\n${rows.join("\n")}\nBounds\n${m.bounds.join("\n")}\n${general}End\n`, integer ? { presolve: "off" } : {});
  const lo = solve("Minimize");
  const hi = solve("Maximize");
  if (integer) tally.mips += 2;
  else tally.lps += 2;
  if (lo.Status !== "Optimal") throw new Error(`HiGHS min: ${lo.Status}`);
  // the minimum exists, so the model is feasible and "infeasible or unbounded" means unbounded
  const unbounded = hi.Status === "Unbounded" || hi.Status === "Primal infeasible or unbounded";
  if (hi.Status !== "Optimal" && !unbounded) throw new Error(`HiGHS max: ${hi.Status}`);
  // optima of these (totally unimodular) models are integers; snap away the solver's rounding noise
  const snap = (x: number) => (Math.abs(x - Math.round(x)) < 1e-6 ? Math.round(x) : x);
  return [snap(lo.ObjectiveValue), unbounded ? null : snap(hi.ObjectiveValue)];
}

/** What a reader can know of one published figure: `[lower, upper]`, `upper` `null` when hidden. */
function knowledge(rule: Rule, value: number | null): [number, number | null] {
  return value === null ? [0, null] : standsFor(rule, value);
}

/**
 * Asserts that no protected count is narrowed below the width. With `integer`, the integer
 * programme is solved too and must agree with the LP: these models' constraint matrices (networks,
 * consecutive months) are totally unimodular, so a difference would be a solver fault.
 */
function assertProtected(solver: Highs, m: Model, targets: readonly { id: string; terms: readonly number[]; count: number }[], integer: boolean): void {
  for (const t of targets) {
    tally.attacked++;
    const [lo, hi] = range(solver, m, t.terms, false);
    if (integer) {
      const [ilo, ihi] = range(solver, m, t.terms, true);
      expect({ cell: t.id, lower: ilo, upper: ihi }).toEqual({ cell: t.id, lower: lo, upper: hi });
    }
    // the true count is always feasible: the attacker's model is sound
    expect(lo).toBeLessThanOrEqual(t.count + 1e-6);
    if (hi !== null) expect(hi).toBeGreaterThanOrEqual(t.count - 1e-6);
    const width = hi === null ? Number.POSITIVE_INFINITY : hi - lo;
    if (width < WIDTH - 1e-6) tally.narrowed++;
    expect({ cell: t.id, count: t.count, lower: lo, upper: hi, narrowedBelowWidth: width < WIDTH - 1e-6 }).toMatchObject({ narrowedBelowWidth: false });
  }
}

/** The attacker's model of a published table. */
function tableModel(rule: Rule, published: ReleasedTable): Model {
  const index = new Map(published.cells.map((c, i) => [c.id, i]));
  const bounds = published.cells.map((c, i) => {
    const [lo, hi] = knowledge(rule, c.value);
    return hi === null ? ` x${i} >= ${lo}` : ` ${lo} <= x${i} <= ${hi}`;
  });
  const rows = published.relations.map((r, k) => ` r${k}: ${r.parts.map((p) => `+ x${index.get(p)!}`).join(" ")} - x${index.get(r.total)!} = 0`);
  return { vars: published.cells.length, bounds, rows };
}

/** Protects, publishes and attacks one table under one rule. */
function attackTable(solver: Highs, rule: Rule, table: CountTable, integer: boolean): void {
  tally.releases++;
  const published = publishTable(protectTable(table, rule.policy));
  // the published view never tells primary from secondary suppression
  expect(JSON.stringify(published)).not.toMatch(/primary|secondary/);
  published.cells.forEach((c, i) => {
    const count = table.cells[i]!.count;
    // the figure shown is what the rule gives, or the cell is hidden
    if (c.value !== null) expect(c.value).toBe(rule.figure(count));
  });
  const targets = published.cells.map((c, i) => ({ id: c.id, terms: [i], count: table.cells[i]!.count, shown: c.value })).filter((t) => rule.protects(t.count));
  tally.hiddenOrRecoded += published.cells.filter((c) => c.value === null || rule.protects(rule.figure(c.value) ?? -1)).length;
  assertProtected(solver, tableModel(rule, published), targets, integer);
}

/** The attacker's model of a published series of one area: a variable per month. */
function seriesModel(rule: Rule, published: ReleasedSeries, start: number, months: number): { model: Model; windows: [number, number][] } {
  const monthOf = (key: string) => Number(key.slice(0, 4)) * 12 + Number(key.slice(5)) - 1 - start;
  const rows: string[] = [];
  const windows: [number, number][] = [];
  published.figures.forEach((f, k) => {
    const a = monthOf(f.first);
    const b = monthOf(f.last);
    windows.push([a, b]);
    const sum = Array.from({ length: b - a + 1 }, (_, j) => `+ x${a + j}`).join(" ");
    const [lo, hi] = knowledge(rule, f.value);
    rows.push(` f${k}lo: ${sum} >= ${lo}`);
    if (hi !== null) rows.push(` f${k}hi: ${sum} <= ${hi}`);
  });
  const bounds = Array.from({ length: months }, (_, i) => ` x${i} >= 0`);
  return { model: { vars: months, bounds, rows }, windows };
}

/** Protects, publishes and attacks one area's series under one rule. */
function attackSeries(
  solver: Highs,
  rule: Rule,
  counts: readonly number[],
  options: { window: number; releaseMonths: boolean; rolling: boolean },
  integer: boolean,
): void {
  tally.releases++;
  const start = 2019 * 12 + 3; // 2019-04
  const published = publishSeries(protectSeries([{ area: "Roxeth", start: "2019-04", counts }], rule.policy, options));
  expect(JSON.stringify(published)).not.toMatch(/primary|secondary/);
  const { model, windows } = seriesModel(rule, published, start, counts.length);
  const sum = (a: number, b: number) => counts.slice(a, b + 1).reduce((x, y) => x + y, 0);
  published.figures.forEach((f, k) => {
    const [a, b] = windows[k]!;
    if (f.value !== null) expect(f.value).toBe(rule.figure(sum(a, b)));
  });
  const targets: { id: string; terms: number[]; count: number }[] = [];
  // every month, released on its own or not, and every released window, whose true count is protected
  counts.forEach((c, m) => {
    if (rule.protects(c)) targets.push({ id: `month ${m}`, terms: [m], count: c });
  });
  windows.forEach(([a, b], k) => {
    if (a === b || !rule.protects(sum(a, b))) return;
    targets.push({
      id: `window ${published.figures[k]!.first}..${published.figures[k]!.last}`,
      terms: Array.from({ length: b - a + 1 }, (_, j) => a + j),
      count: sum(a, b),
    });
  });
  tally.hiddenOrRecoded += published.figures.filter((f) => f.value === null || rule.protects(rule.figure(f.value) ?? -1)).length;
  assertProtected(solver, model, targets, integer);
}

/** Counts that are often small (0–9), sometimes larger. */
const countArb = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 9 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 60 }) });

const oneWayArb = fc.array(countArb, { minLength: 1, maxLength: 8 }).map((cs) => oneWayTable(Object.fromEntries(cs.map((c, i) => [`c${i}`, c]))));

const twoWayArb = fc
  .record({ rows: fc.integer({ min: 1, max: 4 }), columns: fc.integer({ min: 2, max: 5 }), values: fc.array(countArb, { minLength: 20, maxLength: 20 }) })
  .map(({ rows, columns, values }) =>
    twoWayTable({
      rows: Array.from({ length: rows }, (_, i) => `r${i}`),
      columns: Array.from({ length: columns }, (_, j) => `c${j}`),
      counts: Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => values[i * columns + j]!)),
    }),
  );

const treeArb = fc
  .array(fc.array(fc.array(countArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
  .map((groups) =>
    hierarchicalTable({
      id: "London",
      children: groups.map((g, i) => ({
        id: `b${i}`,
        children: g.map((w, j) => ({ id: `b${i}w${j}`, children: w.map((c, k) => ({ id: `b${i}w${j}l${k}`, count: c })) })),
      })),
    }),
  );

const seriesArb = fc.record({
  counts: fc.array(countArb, { minLength: 3, maxLength: 14 }),
  window: fc.integer({ min: 2, max: 4 }),
  releaseMonths: fc.boolean(),
  rolling: fc.boolean(),
});

describe("a randomized LP attacker, independent of the package's auditor, narrows no protected count below the width", () => {
  let solver: Highs;
  beforeAll(async () => {
    solver = await highs();
  });
  afterAll(() => {
    console.log(
      `random attack (seed ${SEED}, ${RUNS} runs per structure and rule): ${tally.releases} releases, ${tally.hiddenOrRecoded} hidden or recoded figures, ` +
        `${tally.attacked} protected counts attacked with ${tally.lps} LP and ${tally.mips} integer solves; ${tally.narrowed} narrowed below width ${WIDTH}`,
    );
  });

  for (const [r, rule] of RULES.entries()) {
    it(`one-way tables under ${rule.name}`, () => {
      fc.assert(
        fc.property(oneWayArb, fc.nat(), (t, k) => attackTable(solver, rule, t, k % 2 === 0)),
        { seed: SEED + r, numRuns: RUNS },
      );
    }, 60_000);
    it(`two-way tables with margins under ${rule.name}`, () => {
      fc.assert(
        fc.property(twoWayArb, fc.nat(), (t, k) => attackTable(solver, rule, t, k % 4 === 0)),
        { seed: SEED + 10 + r, numRuns: RUNS },
      );
    }, 60_000);
    it(`hierarchical tables under ${rule.name}`, () => {
      fc.assert(
        fc.property(treeArb, fc.nat(), (t, k) => attackTable(solver, rule, t, k % 4 === 0)),
        { seed: SEED + 20 + r, numRuns: RUNS },
      );
    }, 60_000);
    it(`series with rolling or consecutive windows under ${rule.name}`, () => {
      fc.assert(
        fc.property(seriesArb, fc.nat(), ({ counts, ...options }, k) => {
          fc.pre(options.releaseMonths || counts.length >= options.window);
          attackSeries(solver, rule, counts, options, k % 2 === 0);
        }),
        { seed: SEED + 30 + r, numRuns: RUNS },
      );
    }, 60_000);
  }
});
