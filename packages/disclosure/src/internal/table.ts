import { describeValue } from "@crimestats/internal";
import { DisclosureError } from "../DisclosureError.js";
import type { CountTable, TableRelation } from "../tableTypes.js";
import { type Network, buildNetwork } from "./network.js";
import { checkArray, checkCount, checkObject } from "./validate.js";

/** Index of ids, rejecting duplicates. */
export function indexIds(ids: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (typeof id !== "string") {
      throw new DisclosureError("invalid-argument", `Cell ${i} has id ${describeValue(id)}; expected a string.`, { cell: describeValue(id) });
    }
    if (index.has(id)) {
      throw new DisclosureError("duplicate-cell", `Cell "${id}" appears more than once; expected unique cell ids.`, { cell: id });
    }
    index.set(id, i);
  });
  return index;
}

/** A validated count table. */
export interface CheckedTable {
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly counts: Float64Array;
  readonly structuralZero: Uint8Array;
  readonly network: Network;
}

/** Validates counts, ids and relations (each total must equal the sum of its parts). */
export function checkTable(table: CountTable): CheckedTable {
  if (table === null || typeof table !== "object") {
    throw new DisclosureError(
      "invalid-argument",
      `The table is ${describeValue(table)}, not { cells, relations }; expected arrays of cells and relations.`,
      {},
    );
  }
  checkArray(table.cells, "The cells of the table");
  checkArray(table.relations, "The relations of the table");
  for (const [i, c] of table.cells.entries()) checkObject(c, `Cell ${i} of the table`);
  const ids = table.cells.map((c) => c.id);
  const index = indexIds(ids);
  const counts = new Float64Array(ids.length);
  const structuralZero = new Uint8Array(ids.length);
  table.cells.forEach((c, i) => {
    checkCount(c.count, c.id);
    counts[i] = c.count;
    if (c.structuralZero === true) {
      if (c.count !== 0) {
        throw new DisclosureError("invalid-count", `Cell "${c.id}" is marked as a structural zero but has count ${c.count}; expected 0.`, {
          cell: c.id,
          value: c.count,
        });
      }
      structuralZero[i] = 1;
    }
  });
  const network = buildNetwork(ids, index, table.relations);
  checkRelations(table.relations, index, counts);
  return { ids, index, counts, structuralZero, network };
}

/** Throws `inconsistent-margins` naming the first total that is not the sum of its parts. */
function checkRelations(relations: readonly TableRelation[], index: ReadonlyMap<string, number>, counts: Float64Array): void {
  for (const rel of relations) {
    let sum = 0;
    for (const p of rel.parts) sum += counts[index.get(p)!]!;
    const total = counts[index.get(rel.total)!]!;
    if (sum !== total) {
      throw new DisclosureError(
        "inconsistent-margins",
        `Total "${rel.total}" is ${total} but its ${rel.parts.length} parts add up to ${sum}; expected the total to equal the sum of its parts.`,
        { cell: rel.total, total, sum, parts: rel.parts },
      );
    }
  }
}
