import type { DisclosurePolicy } from "./disclosurePolicySchema.js";
import { discloseValid } from "./discloseCount.js";
import { displayed } from "./internal/display.js";
import { checkTable } from "./internal/table.js";
import { parseDisclosurePolicy } from "./parseDisclosurePolicy.js";
import type { CountTable, ReleasedTable } from "./tableTypes.js";

/**
 * Applies a policy's primary rules to every cell of a table, totals included. Each total is
 * disclosed from its own exact count (a total is never the sum of rounded cells).
 * This does no secondary suppression: use {@link protectTable} for a table that is safe to release,
 * and publish {@link publishTable}'s view of it (the statuses here tell primary suppressions apart).
 *
 * @param table - The exact counts and their relations.
 * @param policy - The disclosure policy.
 * @returns The released table (every cell, in input order, with its status).
 * @throws {@link DisclosureError} for bad counts (`invalid-count`), duplicate ids
 * (`duplicate-cell`), unknown ids in relations (`unknown-cell`), totals that do not add up
 * (`inconsistent-margins`), unsupported structures or a bad policy.
 * @example
 * ```ts
 * const t = oneWayTable({ Q1: 9, Q2: 14, Q3: 11 }, { total: "FY" });
 * discloseTable(t, disclosurePreset("small-to-5-round-5")).cells.map((c) => c.display);
 * //=> ["10", "15", "10", "35"]
 * ```
 */
export function discloseTable(table: CountTable, policy: DisclosurePolicy): ReleasedTable {
  parseDisclosurePolicy(policy);
  const t = checkTable(table);
  const cells = t.ids.map((id, i) => ({ id, ...discloseValid(t.counts[i]!, policy, t.structuralZero[i] === 1, id) }));
  return displayed({ cells, relations: table.relations, policy });
}
