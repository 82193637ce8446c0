import type { DisclosurePolicy } from "./disclosurePolicySchema.js";
import { discloseValid } from "./discloseCount.js";
import { DisclosureError } from "./DisclosureError.js";
import { attackerBounds } from "./internal/attack.js";
import { FlowEngine, UNBOUNDED } from "./internal/flow.js";
import { checkTable } from "./internal/table.js";
import { protectionWidthOf } from "./internal/validate.js";
import { parseDisclosurePolicy } from "./parseDisclosurePolicy.js";
import type { CountTable, ReleasedCell, ReleasedTable } from "./tableTypes.js";

/** Options of {@link protectTable}. */
export interface ProtectTableOptions {
  /** The protection width. Default: the policy's `protectionWidth`. */
  readonly protectionWidth?: number;
}

/** A released table after secondary suppression. */
export interface ProtectedTable extends ReleasedTable {
  /** Ids of the secondary-suppressed cells, in the order they were chosen. */
  readonly secondary: readonly string[];
}

/**
 * Applies the policy's primary rules and then chooses secondary suppressions so that no
 * primary-suppressed cell can be narrowed below the protection width by anyone who knows the
 * released cells, the relations and the policy: afterwards {@link auditTable} finds nothing.
 *
 * Method: each primary cell is checked in turn with the exact max-flow attacker (its feasible
 * interval, searched only as far as the protection width). While it is too narrow, the bottleneck
 * is a minimum cut of the residual network; of the published cells on that cut, the one that opens
 * it at the least cost is suppressed — an interior cell before any total, then the smallest count,
 * then table order — and the cell is checked again. Suppressing a cell only relaxes the attacker's
 * constraints, so a cell once protected stays protected. This is a greedy heuristic for the
 * (NP-hard) minimum secondary suppression problem: it is deterministic and its result is always
 * safe, but it is not guaranteed to suppress the fewest cells.
 *
 * @param table - The exact counts and their relations (1-D with total, 2-D with margins, hierarchy).
 * @param policy - The disclosure policy (its `suppress` rule gives the primary cells).
 * @param options - Protection width override.
 * @returns The released table with primary and secondary suppressions, and the secondary ids.
 * @throws {@link DisclosureError} for bad counts, duplicate cells, totals that do not add up,
 * unsupported structures or a bad policy (each naming the cell or field).
 * @example
 * ```ts
 * const t = twoWayTable({ rows: ["r1", "r2"], columns: ["c1", "c2"], counts: [[3, 10], [12, 20]] });
 * const policy = { id: "hide-3", suppress: { min: 1, max: 3, symbol: "*" }, protectionWidth: 5 };
 * protectTable(t, policy).secondary;
 * //=> ["r1|c2", "r2|c1", "r2|c2"]
 * ```
 */
export function protectTable(table: CountTable, policy: DisclosurePolicy, options: ProtectTableOptions = {}): ProtectedTable {
  parseDisclosurePolicy(policy);
  const width = protectionWidthOf(options.protectionWidth, policy);
  const t = checkTable(table);
  const cells: ReleasedCell[] = t.ids.map((id, i) => ({ id, ...discloseValid(t.counts[i]!, policy, t.structuralZero[i] === 1, id) }));
  const isTotal = new Uint8Array(cells.length);
  for (const rel of table.relations) isTotal[t.index.get(rel.total)!] = 1;
  const { lo, hi } = attackerBounds(cells, policy);
  const engine = new FlowEngine(t.network, lo, hi, Float64Array.from(t.counts));
  const secondary: string[] = [];
  const hidden = (c: number) => cells[c]!.value === null;
  const suppress = (c: number) => {
    cells[c] = { id: cells[c]!.id, value: null, display: policy.suppress?.symbol ?? "*", status: "secondary-suppressed" };
    engine.setBounds(c, 0, UNBOUNDED);
    secondary.push(cells[c]!.id);
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

  for (let a = 0; a < cells.length && width > 0; a++) {
    if (cells[a]!.status !== "primary-suppressed") continue;
    const u = engine.from[a]!;
    const v = engine.to[a]!;
    if (u < 0) continue; // in no relation: nothing reveals it
    for (;;) {
      const fa = f[a]!;
      const up = engine.maxFlow(v, u, a, Math.min(width, engine.hi[a]! - fa));
      const down = engine.maxFlow(u, v, a, Math.min(width, fa - engine.lo[a]!));
      if (up + down >= width) break;
      // Only a direction held back by the network (not by the cell's own bounds) has a cut to open.
      const c1 = up < Math.min(width, engine.hi[a]! - fa) ? cheapestOnCut(v, u, a, width) : -1;
      const c2 = down < Math.min(width, fa - engine.lo[a]!) ? cheapestOnCut(u, v, a, width) : -1;
      let pick = c1 < 0 ? c2 : c2 < 0 ? c1 : cost(c2) < cost(c1) || (cost(c2) === cost(c1) && c2 < c1) ? c2 : c1;
      if (pick < 0) {
        // nothing on the cut can open it: fall back to any published cell next to the primary
        for (const x of [u, v]) {
          for (const b of engine.incident(x)) {
            if (b === a || hidden(b) || t.structuralZero[b] === 1) continue;
            if (pick < 0 || cost(b) < cost(pick)) pick = b;
          }
        }
      }
      if (pick < 0) break; // everything around it is already hidden or a structural zero
      suppress(pick);
    }
  }
  return { cells, relations: table.relations, policy, secondary };
}
