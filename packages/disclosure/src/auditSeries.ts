import { describeValue } from "@crimestats/internal";
import type { CellStatus } from "./cellStatusCode.js";
import { DisclosureError } from "./DisclosureError.js";
import { attackerBounds, attackerEngine, auditedInterval, isDisclosed, isSuppressed } from "./internal/attack.js";
import type { DisclosurePolicy } from "./disclosurePolicySchema.js";
import type { ReleasedCell, TableRelation } from "./tableTypes.js";
import { monthKeyFromIndex } from "@crimestats/periods";
import { MAX_MONTHS, monthIndex } from "./internal/months.js";
import { reachesProtected } from "./internal/policyMath.js";
import { checkArray, checkId, checkObject, optionsOf, protectionWidthOf } from "./internal/validate.js";
import { parseDisclosurePolicy } from "./parseDisclosurePolicy.js";
import type { ReleasedSeries, SeriesFigure } from "./seriesTypes.js";

/** Options of {@link auditSeries}. */
export interface AuditSeriesOptions {
  /** The protection width to check. Default: the policy's `protectionWidth`. */
  readonly protectionWidth?: number;
  /**
   * Nested geographies: each parent's monthly count is the sum of its children's (wards within a
   * borough). Supported when no area's windows overlap (monthly, quarterly or annual releases) and
   * the nesting has two levels; otherwise the relations are not a network and
   * `unsupported-structure` is thrown.
   */
  readonly nesting?: readonly { readonly parent: string; readonly children: readonly string[] }[];
}

/** What an attacker can derive about one window (a released figure or a single month). */
export interface AuditedFigure {
  /** The area's id. */
  readonly area: string;
  /** First month of the window. */
  readonly first: string;
  /** Last month of the window. */
  readonly last: string;
  /** The figure's release status, or `unpublished` for a month that was never released on its own. */
  readonly status: CellStatus | "unpublished";
  /** The smallest count consistent with the release. */
  readonly lower: number;
  /** The largest count consistent with the release, or `null` when unbounded. */
  readonly upper: number | null;
  /** `upper − lower`, or `null` when unbounded. */
  readonly width: number | null;
  /**
   * The interval is narrower than the protection width and reaches into the policy's suppression
   * or recode range: a hidden figure, a recoded figure or a month (released or not) that may be
   * small, pinned down (for example a small month worked out by differencing windows).
   */
  readonly disclosed: boolean;
}

/** The result of {@link auditSeries}. */
export interface AuditSeriesResult {
  /**
   * Hidden figures, shown windows that a small count can give, and single months not published
   * exactly, by area then month.
   */
  readonly figures: readonly AuditedFigure[];
  /** The disclosed ones. */
  readonly disclosed: readonly AuditedFigure[];
  /** The protection width that was checked. */
  readonly protectionWidth: number;
}

/**
 * The attacker across releases of a series: from every released figure of an area — monthly
 * counts, rolling years, year-to-date, any window of consecutive months — together with the
 * published rule (what a shown figure stands for) and that no month is negative, computes the
 * tightest interval of every hidden figure, of every shown window that a small count can give, and
 * of every single month, and reports as disclosed each whose interval is narrower than the
 * protection width and reaches into the policy's suppression or recode range. Two rolling years
 * one month apart reveal the difference of two months; with one of them published, the other is
 * recovered. As in {@link auditTable}, a hidden figure's only a-priori bound is `≥ 0` (publish
 * {@link publishSeries}'s view, which does not tell primary from secondary suppression).
 *
 * Exact: with prefix sums `P_k` (the count of the first `k` months), every figure is a bound on a
 * difference `P_b − P_a`, so the constraints are difference constraints and the largest value of
 * `P_j − P_i` is the shortest-path distance from `i` to `j` (Bellman 1958; Cormen et al.,
 * "Introduction to Algorithms", §24.4). Distances of integer bounds are integers, so the LP bound
 * is the integer bound. Without `nesting`, areas are independent. With `nesting` (wards within a
 * borough), every month of every area is a cell, each window is the sum of its months and each
 * parent's month the sum of its children's: when no area's windows overlap and the nesting has two
 * levels this is a network, and the bounds are exact maximum-flow values as in {@link auditTable}.
 *
 * @param released - The released figures and their policy.
 * @param options - The protection width and nested geographies.
 * @returns The audited windows and the disclosed ones.
 * @throws {@link DisclosureError}: `inconsistent-margins` naming the area when no counts fit the
 * figures, `invalid-month` for a bad month, `invalid-release` for a window that ends before it starts, `duplicate-cell` for a window released
 * twice, `invalid-count` for a bad figure, `invalid-argument` for more than 600 months from an
 * area's first figure to its last, `invalid-option` for options that are not an object.
 * @example
 * ```ts
 * // Rolling years to Dec 2018 and to Jan 2019 are 60 and 56 and Jan 2018 is published as 7, so the
 * // suppressed Jan 2019 is 56 − 60 + 7 = 3.
 * const policy = { id: "hide-1-4", suppress: { min: 1, max: 4, symbol: "*" }, protectionWidth: 5 };
 * const fig = (first: string, last: string, value: number | null) =>
 *   ({ area: "Roxeth", first, last, value, display: value === null ? "*" : String(value), status: value === null ? "primary-suppressed" as const : "published" as const });
 * auditSeries({ policy, figures: [fig("2018-01", "2018-12", 60), fig("2018-02", "2019-01", 56), fig("2018-01", "2018-01", 7), fig("2019-01", "2019-01", null)] }).disclosed;
 * //=> [{ area: "Roxeth", first: "2019-01", last: "2019-01", status: "primary-suppressed", lower: 3, upper: 3, width: 0, disclosed: true }]
 * ```
 */
export function auditSeries(released: ReleasedSeries, options?: AuditSeriesOptions): AuditSeriesResult {
  const opts = optionsOf(options, "auditSeries");
  checkObject(released, "The released series");
  const policy = parseDisclosurePolicy(released.policy);
  const width = protectionWidthOf(opts.protectionWidth, policy);
  checkArray(released.figures, "The released figures");
  released.figures.forEach((f, i) => {
    checkObject(f, `Released figure ${i}`);
    checkId(f.area, `The area of released figure ${i}`);
  });
  const nesting = checkNesting(opts.nesting);
  if (nesting.length > 0) return auditNested(released, policy, width, nesting);
  const byArea = new Map<string, number[]>();
  released.figures.forEach((f, i) => {
    const list = byArea.get(f.area);
    if (list === undefined) byArea.set(f.area, [i]);
    else list.push(i);
  });
  const out: AuditedFigure[] = [];
  const idOf = (f: SeriesFigure) => `${f.area}:${text(f.first)}..${text(f.last)}`;
  const { lo, hi } = attackerBounds(
    released.figures.map((f) => ({ id: idOf(f), value: f.value, display: f.display, status: f.status })),
    policy,
  );
  for (const [area, list] of byArea) {
    const windows = list.map((i) => {
      const f = released.figures[i]!;
      const a = monthIndex(f.first, `Figure "${idOf(f)}"`);
      const b = monthIndex(f.last, `Figure "${idOf(f)}"`);
      if (b < a) {
        throw new DisclosureError("invalid-release", `Figure "${idOf(f)}" ends before it starts; expected first ≤ last.`, { cell: idOf(f) });
      }
      return { i, a, b };
    });
    const seen = new Set<string>();
    for (const w of windows) {
      const key = `${w.a}:${w.b}`;
      if (seen.has(key)) {
        const f = released.figures[w.i]!;
        throw new DisclosureError("duplicate-cell", `Figure "${idOf(f)}" is released more than once; expected one figure per area and window.`, {
          cell: idOf(f),
        });
      }
      seen.add(key);
    }
    let start = Number.POSITIVE_INFINITY;
    let end = Number.NEGATIVE_INFINITY;
    for (const w of windows) {
      start = Math.min(start, w.a);
      end = Math.max(end, w.b);
    }
    checkSpan(area, start, end);
    const n = end - start + 2; // prefix-sum nodes 0..(months)
    const INF = Number.POSITIVE_INFINITY;
    const d = new Float64Array(n * n).fill(INF);
    const edge = (u: number, v: number, c: number) => {
      if (c < d[u * n + v]!) d[u * n + v] = c;
    };
    for (let k = 0; k < n; k++) d[k * n + k] = 0;
    for (let k = 0; k + 1 < n; k++) edge(k + 1, k, 0); // every month ≥ 0: P_k − P_{k+1} ≤ 0
    for (const w of windows) {
      const u = w.a - start;
      const v = w.b - start + 1;
      if (hi[w.i]! < 2 ** 44) edge(u, v, hi[w.i]!); // P_v − P_u ≤ hi
      edge(v, u, -lo[w.i]!); // P_u − P_v ≤ −lo
    }
    // Floyd–Warshall (n is the number of months, small)
    for (let k = 0; k < n; k++) {
      for (let i = 0; i < n; i++) {
        const dik = d[i * n + k]!;
        if (dik === INF) continue;
        for (let j = 0; j < n; j++) {
          const alt = dik + d[k * n + j]!;
          if (alt < d[i * n + j]!) d[i * n + j] = alt;
        }
      }
    }
    for (let k = 0; k < n; k++) {
      if (d[k * n + k]! < 0) {
        throw new DisclosureError(
          "inconsistent-margins",
          `No monthly counts of area "${area}" fit its released figures (around ${monthKeyFromIndex(start + Math.min(k, n - 2))}); expected figures that agree with each other.`,
          { cell: area, month: monthKeyFromIndex(start + Math.min(k, n - 2)) },
        );
      }
    }
    const interval = (a: number, b: number) => {
      const u = a - start;
      const v = b - start + 1;
      const up = d[u * n + v]!;
      const lower = 0 - d[v * n + u]!;
      return { lower, upper: up === INF ? null : up, width: up === INF ? null : up - lower };
    };
    const exactMonths = new Set<number>();
    for (const w of windows) {
      const f = released.figures[w.i]!;
      if (w.a === w.b && lo[w.i] === hi[w.i]) exactMonths.add(w.a);
      const shownSmall = f.status === "rounded" && w.a !== w.b && reachesProtected(lo[w.i]!, hi[w.i]!, policy);
      if (!isSuppressed(f.status) && !shownSmall) continue;
      const iv = interval(w.a, w.b);
      out.push({ area, first: f.first, last: f.last, status: f.status, ...iv, disclosed: isDisclosed(iv, width, policy) });
    }
    for (let m = start; m <= end; m++) {
      const monthFigure = windows.find((w) => w.a === m && w.b === m); // at most one: windows are unique
      const status = monthFigure === undefined ? ("unpublished" as const) : released.figures[monthFigure.i]!.status;
      if (exactMonths.has(m) || isSuppressed(status)) continue;
      const iv = interval(m, m);
      out.push({ area, first: monthKeyFromIndex(m), last: monthKeyFromIndex(m), status, ...iv, disclosed: isDisclosed(iv, width, policy) });
    }
  }
  return { figures: out, disclosed: out.filter((f) => f.disclosed), protectionWidth: width };
}

/** Series with nested geographies and non-overlapping windows: a network, audited by max flow. */
function auditNested(
  released: ReleasedSeries,
  policy: DisclosurePolicy,
  width: number,
  nesting: readonly { readonly parent: string; readonly children: readonly string[] }[],
): AuditSeriesResult {
  const idOf = (area: string, a: number, b: number) => `${area}:${monthKeyFromIndex(a)}..${monthKeyFromIndex(b)}`;
  const cells: ReleasedCell[] = [];
  const meta: { area: string; a: number; b: number; unpublished: boolean }[] = [];
  const cellOf = new Map<string, number>();
  let lo = Infinity; // first and last month of any area
  let hi = -Infinity;
  const add = (area: string, a: number, b: number, cell: ReleasedCell, unpublished: boolean) => {
    const id = idOf(area, a, b);
    if (cellOf.has(id)) {
      throw new DisclosureError("duplicate-cell", `Figure "${id}" is released more than once; expected one figure per area and window.`, { cell: id });
    }
    cellOf.set(id, cells.length);
    cells.push({ ...cell, id });
    meta.push({ area, a, b, unpublished });
  };
  for (const f of released.figures) {
    const what = `Figure "${f.area}:${text(f.first)}..${text(f.last)}"`;
    const a = monthIndex(f.first, what);
    const b = monthIndex(f.last, what);
    if (b < a) throw new DisclosureError("invalid-release", `${what} ends before it starts; expected first ≤ last.`, { cell: what });
    add(f.area, a, b, { id: "", value: f.value, display: f.display, status: f.status }, false);
    lo = Math.min(lo, a);
    hi = Math.max(hi, b);
  }
  if (lo <= hi) checkSpan("(all areas)", lo, hi);
  // overlapping windows within an area would make this not a network
  const windowsOf = new Map<string, number[]>();
  meta.forEach((m, i) => {
    if (m.a === m.b) return;
    const list = windowsOf.get(m.area) ?? [];
    for (const j of list) {
      const o = meta[j]!;
      if (o.a <= m.b && m.a <= o.b) {
        throw new DisclosureError(
          "unsupported-structure",
          `Area "${m.area}" has overlapping windows ${cells[j]!.id} and ${cells[i]!.id} as well as nested geographies; expected non-overlapping windows when nesting is given (audit the overlapping windows per area without nesting).`,
          { cell: m.area },
        );
      }
    }
    list.push(i);
    windowsOf.set(m.area, list);
  });
  const month = (area: string, m: number): number => {
    const id = idOf(area, m, m);
    const found = cellOf.get(id);
    if (found !== undefined) return found;
    add(area, m, m, { id: "", value: null, display: "", status: "secondary-suppressed" }, true);
    return cells.length - 1;
  };
  const relations: TableRelation[] = [];
  for (const [, list] of windowsOf) {
    for (const i of list) {
      const m = meta[i]!;
      const parts: string[] = [];
      for (let k = m.a; k <= m.b; k++) parts.push(cells[month(m.area, k)]!.id);
      relations.push({ total: cells[i]!.id, parts });
    }
  }
  for (const n of nesting) {
    for (let k = lo; k <= hi; k++) {
      relations.push({ total: cells[month(n.parent, k)]!.id, parts: n.children.map((c) => cells[month(c, k)]!.id) });
    }
  }
  const engine = attackerEngine(cells, relations, policy);
  const out: AuditedFigure[] = [];
  cells.forEach((c, i) => {
    const m = meta[i]!;
    const shown = c.status === "rounded" && (m.a === m.b || reachesProtected(engine.lo[i]!, engine.hi[i]!, policy));
    if (!isSuppressed(c.status) && !shown) return;
    const iv = auditedInterval(engine, i);
    const status = m.unpublished ? ("unpublished" as const) : c.status;
    out.push({ area: m.area, first: monthKeyFromIndex(m.a), last: monthKeyFromIndex(m.b), status, ...iv, disclosed: isDisclosed(iv, width, policy) });
  });
  return { figures: out, disclosed: out.filter((f) => f.disclosed), protectionWidth: width };
}

/** Throws `invalid-argument` when the months from `start` to `end` exceed {@link MAX_MONTHS}. */
function checkSpan(area: string, start: number, end: number): void {
  if (end - start + 1 > MAX_MONTHS) {
    throw new DisclosureError(
      "invalid-argument",
      `Area ${describeValue(area)} has figures from ${monthKeyFromIndex(start)} to ${monthKeyFromIndex(end)}, ${end - start + 1} months; expected at most ${MAX_MONTHS}.`,
      { cell: area, first: monthKeyFromIndex(start), last: monthKeyFromIndex(end) },
    );
  }
}

/** The nesting option, checked: `[]` when absent. */
function checkNesting(nesting: unknown): readonly { readonly parent: string; readonly children: readonly string[] }[] {
  if (nesting === undefined) return [];
  checkArray(nesting, 'Option "nesting"', "invalid-option");
  nesting.forEach((n, k) => {
    checkObject(n, `Nesting entry ${k}`, "invalid-option");
    checkId(n.parent, `The parent of nesting entry ${k}`, "invalid-option");
    checkArray(n.children, `The children of nesting entry ${k}`, "invalid-option");
    for (const [j, c] of n.children.entries()) checkId(c, `Child ${j} of nesting entry ${k}`, "invalid-option");
  });
  return nesting as readonly { readonly parent: string; readonly children: readonly string[] }[];
}

/** A month as given, for ids and messages (any value, described safely when not a string). */
function text(value: unknown): string {
  return typeof value === "string" ? value : describeValue(value);
}
