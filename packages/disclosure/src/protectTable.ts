import type { DisclosurePolicy } from "./disclosurePolicySchema.js";
import { discloseValid } from "./discloseCount.js";
import { attackerBounds } from "./internal/attack.js";
import { displayed } from "./internal/display.js";
import { FlowEngine, UNBOUNDED } from "./internal/flow.js";
import { checkTable } from "./internal/table.js";
import { protectedRanges, reachesProtected } from "./internal/policyMath.js";
import { optionsOf, protectionWidthOf } from "./internal/validate.js";
import { parseDisclosurePolicy } from "./parseDisclosurePolicy.js";
import type { CountTable, ReleasedCell, ReleasedTable } from "./tableTypes.js";

/** Options of {@link protectTable}. */
export interface ProtectTableOptions {
  /** The protection width. Default: the policy's `protectionWidth`. */
  readonly protectionWidth?: number;
}

/**
 * A released table after secondary suppression, for the program that made it: each cell's status
 * still says whether it was hidden for its own small count (`primary-suppressed`) or to protect
 * another (`secondary-suppressed`). Publish {@link publishTable}'s view of it, never this.
 */
export interface ProtectedTable extends ReleasedTable {
  /** Ids of the secondary-suppressed cells, in the order they were chosen. Never publish this list. */
  readonly secondary: readonly string[];
}

/**
 * Applies the policy's primary rules and then chooses further suppressions so that no count that
 * may be small can be narrowed below the protection width by a reader who knows the released
 * cells, the relations and the published rule: afterwards {@link auditTable} finds nothing.
 *
 * Protected are the cells whose feasible counts reach into the policy's suppression or recode
 * range: every hidden cell, and every shown figure that a small count can give (the `5` of
 * `small-to-5-round-5`, the `0` of `redact-0-7-round-5`). A recoded small count is protected like
 * a suppressed one: recoding alone does not protect it, since the totals can give it away
 * (`{ a: 1, b: 8, c: 8 }` shows 5, 10, 10 and 15, which leave only a = 1). A shown figure whose own
 * range of counts is narrower than the protection width is hidden itself.
 *
 * Method: each protected cell is checked in turn with the exact max-flow attacker (its feasible
 * interval, searched only as far as the protection width). While it is too narrow, the bottleneck
 * is a minimum cut of the residual network; of the published cells on that cut, the one that opens
 * it at the least cost is suppressed — an interior cell before any total, then the smallest count,
 * then table order — and the cell is checked again; each newly hidden cell is checked in its turn.
 * Suppressing a cell only relaxes the attacker's constraints, so a cell once protected stays
 * protected. Finally, a secondary suppression whose value the released figures still determine
 * exactly protects nothing and is shown again (this adds nothing to what a reader knows). This is a
 * greedy heuristic for the (NP-hard) minimum secondary suppression problem: deterministic, not
 * guaranteed to suppress the fewest cells. The one case it cannot protect is a cell whose every
 * neighbour is already hidden or a structural zero; {@link auditTable} reports it.
 *
 * @param table - The exact counts and their relations (1-D with total, 2-D with margins, hierarchy).
 * @param policy - The disclosure policy (its `suppress` rule gives the primary cells; its `recode`
 * rule the shown small counts that are protected too).
 * @param options - Protection width override.
 * @returns The released table with primary and secondary suppressions, and the secondary ids (for
 * the program; publish {@link publishTable}'s view).
 * @throws {@link DisclosureError} for bad counts, duplicate cells, totals that do not add up,
 * unsupported structures, a bad policy (each naming the cell or field) or options that are not an
 * object (`invalid-option`).
 * @example
 * ```ts
 * const t = twoWayTable({ rows: ["r1", "r2"], columns: ["c1", "c2"], counts: [[3, 10], [12, 20]] });
 * const policy = { id: "hide-3", suppress: { min: 1, max: 3, symbol: "*" }, protectionWidth: 5 };
 * protectTable(t, policy).secondary;
 * //=> ["r1|c2", "r2|c1", "r2|c2"]
 * // the recoded 1 would be pinned down by the rounded total; hiding b leaves a anywhere in 1–7
 * protectTable(oneWayTable({ a: 1, b: 8, c: 8 }), disclosurePreset("small-to-5-round-5")).cells.map((c) => c.display);
 * //=> ["5", "*", "10", "15"]
 * ```
 */
export function protectTable(table: CountTable, policy: DisclosurePolicy, options?: ProtectTableOptions): ProtectedTable {
  const opts = optionsOf(options, "protectTable");
  parseDisclosurePolicy(policy);
  const width = protectionWidthOf(opts.protectionWidth, policy);
  const t = checkTable(table);
  const symbol = policy.suppress?.symbol ?? "*";
  const cells: ReleasedCell[] = t.ids.map((id, i) => ({ id, ...discloseValid(t.counts[i]!, policy, t.structuralZero[i] === 1, id) }));
  const isTotal = new Uint8Array(cells.length);
  for (const rel of table.relations) isTotal[t.index.get(rel.total)!] = 1;
  const { lo, hi } = attackerBounds(cells, policy);
  const engine = new FlowEngine(t.network, lo, hi, Float64Array.from(t.counts));
  const secondary: string[] = [];
  const hidden = (c: number) => cells[c]!.value === null;
  const queue: number[] = [];
  const hide = (c: number, status: "primary-suppressed" | "secondary-suppressed") => {
    cells[c] = { id: cells[c]!.id, value: null, display: symbol, status };
    engine.setBounds(c, 0, UNBOUNDED);
    if (status === "secondary-suppressed") secondary.push(cells[c]!.id);
    queue.push(c);
  };
  const f = engine.f;
  const cost = (c: number) => (isTotal[c] === 1 ? 2 ** 50 : 0) + f[c]!;

  /**
   * A published cell on a minimum cut between s and t (for the query of arc `skip`): of those whose
   * suppression opens an augmenting path, the cheapest; if none does on its own, the cheapest.
   */
  const cheapestOnCut = (s: number, tt: number, skip: number, cap: number): number => {
    engine.maxFlow(s, tt, skip, cap, true);
    const { nodes, side } = engine.cutSide(s, tt, skip);
    const inSide = new Set(nodes);
    const candidates: number[] = [];
    for (const x of nodes) {
      for (const b of engine.incident(x)) {
        if (b === skip || hidden(b) || t.structuralZero[b] === 1) continue;
        const y = engine.otherEnd(b, x);
        if (inSide.has(y)) continue;
        // direction of travel across the cut: source side x → y, sink side y → x
        const leaving = side === "source" ? x : y;
        const forward = engine.from[b] === leaving;
        if (!forward && f[b]! <= 0) continue; // suppressing it could only decrease a zero
        candidates.push(b);
      }
    }
    candidates.sort((p, q) => cost(p) - cost(q) || p - q);
    let pick = candidates.length > 0 ? candidates[0]! : -1;
    for (const b of candidates.slice(0, 8)) {
      const lo0 = engine.lo[b]!;
      const hi0 = engine.hi[b]!;
      engine.setBounds(b, 0, UNBOUNDED);
      const opens = engine.pathExists(s, tt, skip);
      engine.setBounds(b, lo0, hi0);
      if (opens) {
        pick = b;
        break;
      }
    }
    engine.undoFlow();
    return pick;
  };

  /**
   * Whether cell `a` needs protecting now: its feasible interval is narrower than the width and
   * reaches into the policy's protected ranges (a hidden cell, or a shown figure that may stand for a
   * small count). `up` / `down` are how far it can move; `capUp` / `capDown` the most they could be.
   */
  const ranges = protectedRanges(policy);
  const exposure = (a: number) => {
    const fa = f[a]!;
    // An interval narrower than the width lies within (fa − width, fa + width): if no protected
    // range meets that window, the cell cannot be exposed, and the flows need not be computed.
    if (!ranges.some(([p, q]) => fa - width < q && p < fa + width)) return null;
    const capUp = Math.min(width, engine.hi[a]! - fa);
    const capDown = Math.min(width, fa - engine.lo[a]!);
    const u = engine.from[a]!;
    const v = engine.to[a]!;
    const up = u < 0 ? capUp : engine.maxFlow(v, u, a, capUp);
    const down = u < 0 ? capDown : engine.maxFlow(u, v, a, capDown);
    // below the width, neither search was stopped by the width, so [fa − down, fa + up] is exact
    if (up + down >= width || !reachesProtected(fa - down, fa + up, policy)) return null;
    return { up, down, capUp, capDown };
  };
  const mayBeSmall = (c: number) => hidden(c) || (cells[c]!.status === "rounded" && reachesProtected(lo[c]!, hi[c]!, policy));

  for (let a = 0; a < cells.length; a++) if (mayBeSmall(a)) queue.push(a);
  for (let k = 0; k < queue.length && width > 0; k++) {
    const a = queue[k]!;
    const u = engine.from[a]!;
    const v = engine.to[a]!;
    for (;;) {
      const e = exposure(a);
      if (e === null) break;
      // A shown figure whose own range is narrower than the width cannot be protected while shown.
      if (!hidden(a) && engine.hi[a]! - engine.lo[a]! < width) {
        hide(a, "primary-suppressed");
        continue;
      }
      // Only a direction held back by the network (not by the cell's own bounds) has a cut to open.
      const c1 = u >= 0 && e.up < e.capUp ? cheapestOnCut(v, u, a, width) : -1;
      const c2 = u >= 0 && e.down < e.capDown ? cheapestOnCut(u, v, a, width) : -1;
      let pick = c1 < 0 ? c2 : c2 < 0 ? c1 : cost(c2) < cost(c1) || (cost(c2) === cost(c1) && c2 < c1) ? c2 : c1;
      if (pick < 0 && u >= 0) {
        // nothing on the cut can open it: fall back to any published cell next to it
        for (const x of [u, v]) {
          for (const b of engine.incident(x)) {
            if (b === a || hidden(b) || t.structuralZero[b] === 1) continue;
            if (pick < 0 || cost(b) < cost(pick)) pick = b;
          }
        }
      }
      if (pick >= 0) hide(pick, "secondary-suppressed");
      else if (!hidden(a)) hide(a, "primary-suppressed");
      else break; // everything around it is already hidden or a structural zero
    }
  }
  // A secondary suppression that the released figures determine exactly protects nothing: show it.
  // Showing a value the attacker already knows adds no constraint, so no other interval changes.
  const determined = new Set<number>();
  for (let c = 0; c < cells.length; c++) {
    if (cells[c]!.status !== "secondary-suppressed") continue;
    const [l, h] = engine.interval(c, 1, 1);
    if (l === h) determined.add(c);
  }
  for (const c of determined) cells[c] = { id: cells[c]!.id, ...discloseValid(t.counts[c]!, policy, false, cells[c]!.id) };
  return displayed({ cells, relations: table.relations, policy, secondary: secondary.filter((id) => !determined.has(t.index.get(id)!)) });
}
