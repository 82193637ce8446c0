import type { CellStatus } from "./cellStatusCode.js";
import { DisclosureError } from "./DisclosureError.js";
import type { DisclosurePolicy } from "./disclosurePolicySchema.js";
import { attackerEngine, auditedInterval, isSuppressed } from "./internal/attack.js";
import { protectionWidthOf } from "./internal/validate.js";
import { parseDisclosurePolicy } from "./parseDisclosurePolicy.js";
import type { ReleasedTable, TableRelation } from "./tableTypes.js";

/** Options of {@link auditTable}. */
export interface AuditTableOptions {
  /** The relations the attacker knows. Default: the released table's `relations`. */
  readonly margins?: readonly TableRelation[];
  /** The protection width to check. Default: the policy's `protectionWidth`. */
  readonly protectionWidth?: number;
  /** `suppressed` (default): intervals of suppressed cells; `all`: also rounded cells. */
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
  /** A primary-suppressed cell whose interval is narrower than the protection width. */
  readonly disclosed: boolean;
}

/** The result of {@link auditTable}. */
export interface AuditTableResult {
  /** The audited cells (suppressed ones, or all non-exact ones), in table order. */
  readonly cells: readonly AuditedCell[];
  /** The cells that are disclosed (a subset of `cells`). */
  readonly disclosed: readonly AuditedCell[];
  /** The protection width that was checked. */
  readonly protectionWidth: number;
}

/**
 * The attacker: from the released cells, what rounding reveals (a rounded figure stands for the
 * counts the policy maps to it, see {@link possibleCounts}), non-negativity and the known
 * relations (totals, sub-totals), computes for every suppressed cell the tightest interval
 * `[lower, upper]` that contains its count — the minimum and maximum of the cell over all integer
 * tables consistent with the release — and reports every primary-suppressed cell whose interval is
 * narrower than the protection width.
 *
 * Exact: the relations of a 1-D table with a total, a 2-D table with margins or a hierarchy form a
 * network, so each bound is a maximum-flow value (Ford–Fulkerson) and, the constraint matrix being
 * totally unimodular with integer bounds, the LP bound equals the integer bound (no rounding of a
 * fractional LP optimum is involved). The tests check every bound against the HiGHS LP and MIP
 * solvers. A suppressed cell is assumed indistinguishable from others to the reader (the same
 * symbol for primary and secondary suppression), so its only a-priori bound is `≥ 0`.
 *
 * @param released - The released table (from {@link discloseTable} or {@link protectTable}).
 * @param options - The relations known to the attacker, protection width, which cells to report.
 * @returns Every audited cell's interval and the disclosed ones.
 * @throws {@link DisclosureError}: `INCONSISTENT_MARGINS` when no table of counts fits the release,
 * `INVALID_RELEASE` for malformed cells, `DUPLICATE_CELL`, `UNKNOWN_CELL`, `UNSUPPORTED_STRUCTURE`.
 * @example
 * ```ts
 * // DOMAIN.md §7.2: [[3, 10], [12, 20]] with margins; hiding only the 3 is undone by subtraction
 * const t = twoWayTable({ rows: ["r1", "r2"], columns: ["c1", "c2"], counts: [[3, 10], [12, 20]] });
 * const policy = { id: "hide-3", suppress: { min: 0, max: 3, symbol: "*" }, protectionWidth: 5 };
 * auditTable(discloseTable(t, policy)).disclosed;
 * //=> [{ id: "r1|c1", status: "primary-suppressed", lower: 3, upper: 3, width: 0, disclosed: true }]
 * ```
 */
export function auditTable(released: ReleasedTable, options: AuditTableOptions = {}): AuditTableResult {
  const policy: DisclosurePolicy = parseDisclosurePolicy(released.policy);
  const width = protectionWidthOf(options.protectionWidth, policy);
  const relations = options.margins ?? released.relations;
  const engine = attackerEngine(released.cells, relations, policy);
  const all = options.include === "all";
  const cells: AuditedCell[] = [];
  released.cells.forEach((c, a) => {
    const hidden = isSuppressed(c.status);
    if (!hidden && !(all && c.status === "rounded")) return;
    const { lower, upper, width: w } = auditedInterval(engine, a);
    const disclosed = c.status === "primary-suppressed" && w !== null && w < width;
    cells.push({ id: c.id, status: c.status, lower, upper, width: w, disclosed });
  });
  return { cells, disclosed: cells.filter((c) => c.disclosed), protectionWidth: width };
}
