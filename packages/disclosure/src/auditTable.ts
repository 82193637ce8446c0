import type { CellStatus } from "./cellStatusCode.js";
import type { DisclosurePolicy } from "./disclosurePolicySchema.js";
import { attackerEngine, auditedInterval, isDisclosed, isSuppressed } from "./internal/attack.js";
import { reachesProtected } from "./internal/policyMath.js";
import { checkObject, optionsOf, protectionWidthOf } from "./internal/validate.js";
import { parseDisclosurePolicy } from "./parseDisclosurePolicy.js";
import type { ReleasedTable, TableRelation } from "./tableTypes.js";

/** Options of {@link auditTable}. */
export interface AuditTableOptions {
  /** The relations the attacker knows. Default: the released table's `relations`. */
  readonly margins?: readonly TableRelation[];
  /** The protection width to check. Default: the policy's `protectionWidth`. */
  readonly protectionWidth?: number;
  /**
   * `suppressed` (default): hidden cells and shown figures that a small count can give (a recoded
   * `5`); `all`: every rounded cell too.
   */
  readonly include?: "suppressed" | "all";
}

/** What an attacker can derive about one cell. */
export interface AuditedCell {
  /** The cell's id. */
  readonly id: string;
  /** The cell's released status. */
  readonly status: CellStatus;
  /** The smallest count consistent with everything released. */
  readonly lower: number;
  /** The largest count consistent with everything released, or `null` when unbounded. */
  readonly upper: number | null;
  /** `upper − lower`, or `null` when unbounded. */
  readonly width: number | null;
  /**
   * The interval is narrower than the protection width and reaches into the policy's suppression
   * or recode range: a count that may be small is pinned down too far.
   */
  readonly disclosed: boolean;
}

/** The result of {@link auditTable}. */
export interface AuditTableResult {
  /** The audited cells (hidden ones and shown figures that may stand for a small count, or all non-exact ones), in table order. */
  readonly cells: readonly AuditedCell[];
  /** The cells that are disclosed (a subset of `cells`). */
  readonly disclosed: readonly AuditedCell[];
  /** The protection width that was checked. */
  readonly protectionWidth: number;
}

/**
 * The attacker: a reader who knows the released cells, the relations (totals, sub-totals), that
 * counts are non-negative integers and the published rule — so what each shown figure can stand for
 * (see {@link possibleCounts}). For every hidden cell and every shown figure that a small count can
 * give, it computes the tightest interval `[lower, upper]` that contains the count — the minimum
 * and maximum of the cell over all integer tables consistent with the release — and reports each
 * whose interval is narrower than the protection width and reaches into the policy's suppression or
 * recode range (a count that may be small, pinned down).
 *
 * What the reader knows of a hidden cell: that it is in the suppression range or was hidden to
 * protect another cell, in which case it may be anything. Published output must not say which
 * ({@link publishTable}); then the only bound valid for every hidden cell is `≥ 0`, and that is the
 * bound used, whatever the status says. A release that marks cells `primary-suppressed` gives more
 * away than this audit assumes: publish only `suppressed`.
 *
 * Exact: the relations of a 1-D table with a total, a 2-D table with margins or a hierarchy form a
 * network, so each bound is a maximum-flow value (Ford–Fulkerson) and, the constraint matrix being
 * totally unimodular with integer bounds, the LP bound equals the integer bound (no rounding of a
 * fractional LP optimum is involved). The tests check the bounds against the HiGHS LP and MIP
 * solvers. Not modelled: reasoning about the protection method itself (for example "at least one
 * of these hidden cells must be small, or nothing would be hidden").
 *
 * @param released - The released table (from {@link discloseTable}, {@link protectTable} or
 * {@link publishTable}).
 * @param options - The relations known to the attacker, protection width, which cells to report.
 * @returns Every audited cell's interval and the disclosed ones.
 * @throws {@link DisclosureError}: `inconsistent-margins` when no table of counts fits the release,
 * `invalid-release` for malformed cells, `duplicate-cell`, `unknown-cell`, `unsupported-structure`,
 * `invalid-option` for options that are not an object.
 * @example
 * ```ts
 * // [[3, 10], [12, 20]] with margins; hiding only the 3 is undone by subtraction
 * const t = twoWayTable({ rows: ["r1", "r2"], columns: ["c1", "c2"], counts: [[3, 10], [12, 20]] });
 * const policy = { id: "hide-3", suppress: { min: 0, max: 3, symbol: "*" }, protectionWidth: 5 };
 * auditTable(discloseTable(t, policy)).disclosed;
 * //=> [{ id: "r1|c1", status: "primary-suppressed", lower: 3, upper: 3, width: 0, disclosed: true }]
 * // a recoded 1 is worked out from the rounded totals
 * auditTable(discloseTable(oneWayTable({ a: 1, b: 8, c: 8 }), disclosurePreset("small-to-5-round-5"))).disclosed;
 * //=> [{ id: "a", status: "rounded", lower: 1, upper: 1, width: 0, disclosed: true }]
 * ```
 */
export function auditTable(released: ReleasedTable, options?: AuditTableOptions): AuditTableResult {
  const opts = optionsOf(options, "auditTable");
  checkObject(released, "The released table");
  const policy: DisclosurePolicy = parseDisclosurePolicy(released.policy);
  const width = protectionWidthOf(opts.protectionWidth, policy);
  const relations = opts.margins ?? released.relations;
  const engine = attackerEngine(released.cells, relations, policy);
  const all = opts.include === "all";
  const cells: AuditedCell[] = [];
  released.cells.forEach((c, a) => {
    const hidden = isSuppressed(c.status);
    const mayBeSmall = hidden || (c.status === "rounded" && reachesProtected(engine.lo[a]!, engine.hi[a]!, policy));
    if (!mayBeSmall && !(all && c.status === "rounded")) return;
    const interval = auditedInterval(engine, a);
    cells.push({ id: c.id, status: c.status, ...interval, disclosed: isDisclosed(interval, width, policy) });
  });
  return { cells, disclosed: cells.filter((c) => c.disclosed), protectionWidth: width };
}
