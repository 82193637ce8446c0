import { attackerEngine, isSuppressed } from "./internal/attack.js";
import { displayed } from "./internal/display.js";
import { checkArray, checkObject } from "./internal/validate.js";
import { parseDisclosurePolicy } from "./parseDisclosurePolicy.js";
import type { ReleasedCell, ReleasedTable } from "./tableTypes.js";

/**
 * The view of a released table that may be published: every hidden cell has the one status
 * `suppressed` (primary and secondary suppressions are not told apart) and nothing else of the
 * protection is kept (no list of secondary suppressions); every hidden cell shows the policy's
 * symbol. A reader who knew which hidden cells are
 * primary would know those lie in the suppression range, which can give them away: with hidden
 * `a` and `b`, `a + b = 8` and suppression range 1–4, knowing both are primary gives `a = b = 4`.
 * Print and serialise this view; keep the {@link ProtectedTable} for the program (for example to
 * suppress derived figures).
 *
 * @param released - A released table (from {@link protectTable} or {@link discloseTable}).
 * @returns `{ cells, relations, policy }` with `suppressed` for every hidden cell; the input is not
 * changed.
 * @throws {@link DisclosureError} (`invalid-release`) when `released` is not a released table or a
 * figure is one the policy cannot give, (`inconsistent-margins`) when no table of counts fits the
 * figures, `duplicate-cell`, `unknown-cell` or `unsupported-structure` as for {@link auditTable},
 * (`invalid-count`) for a shown figure that is not a
 * non-negative integer, (`invalid-policy`) for a bad policy.
 * @example
 * ```ts
 * const t = twoWayTable({ rows: ["r1", "r2"], columns: ["c1", "c2"], counts: [[3, 10], [12, 20]] });
 * const policy = { id: "hide-3", suppress: { min: 1, max: 3, symbol: "*" }, protectionWidth: 5 };
 * publishTable(protectTable(t, policy)).cells.map((c) => c.status);
 * //=> ["suppressed", "suppressed", "suppressed", "suppressed", "published", "published", "published", "published", "published"]
 * ```
 */
export function publishTable(released: ReleasedTable): ReleasedTable {
  checkObject(released, "The released table");
  checkArray(released.cells, "The released cells");
  checkArray(released.relations, "The relations");
  const policy = parseDisclosurePolicy(released.policy);
  const symbol = policy.suppress?.symbol ?? "*";
  // every cell and relation well formed, every shown figure one the policy can give, and some table
  // of counts fits them all
  attackerEngine(released.cells, released.relations, policy);
  const cells: ReleasedCell[] = released.cells.map((c) => {
    if (!isSuppressed(c.status)) return { id: c.id, value: c.value, display: c.display, status: c.status };
    return { id: c.id, value: null, display: symbol, status: "suppressed" };
  });
  return displayed({ cells, relations: released.relations, policy });
}
