import { describeValue } from "@crimestats/internal";
import { DisclosureError } from "../DisclosureError.js";
import type { TableRelation } from "../tableTypes.js";
import { checkArray, checkId, checkObject } from "./validate.js";

/**
 * A table's relations as a flow network. Node 0 is the ground node; node `r + 1` stands for
 * relation `r`. Every cell is an arc `from → to`, and each relation `total = Σ parts` is flow
 * conservation at its node: with sign +1 the total enters and the parts leave, with sign −1 the
 * reverse. A cell in one relation is joined to the ground node (conservation there follows from
 * the others). This is possible exactly when every cell is in at most two relations and the signs
 * can be chosen consistently — true of 1-D tables with a total, 2-D tables with margins and
 * hierarchies. Cells in no relation get `from = to = -1`.
 */
export interface Network {
  readonly nodes: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
}

/** Builds the network; `index` maps cell ids to arc numbers. Throws on unsupported structures. */
export function buildNetwork(ids: readonly string[], index: ReadonlyMap<string, number>, relations: readonly TableRelation[]): Network {
  const n = ids.length;
  // memberships: up to two (relation, isTotal) per cell
  const relA = new Int32Array(n).fill(-1);
  const totA = new Uint8Array(n);
  const relB = new Int32Array(n).fill(-1);
  const totB = new Uint8Array(n);
  checkArray(relations, "The relations");
  const add = (id: unknown, r: number, isTotal: boolean) => {
    const c = typeof id === "string" ? index.get(id) : undefined;
    if (c === undefined) {
      throw new DisclosureError(
        "unknown-cell",
        `Relation ${r + 1} names cell ${describeValue(id)}, which is not in the table; expected an id of a table cell.`,
        {
          cell: describeValue(id),
          relation: r,
        },
      );
    }
    if (relA[c] === r || relB[c] === r) {
      throw new DisclosureError(
        "unsupported-structure",
        `Cell ${describeValue(id)} appears twice in the relation whose total is "${relations[r]?.total ?? ""}"; expected each cell once per relation.`,
        { cell: id, relation: r },
      );
    }
    if (relA[c] === -1) {
      relA[c] = r;
      totA[c] = isTotal ? 1 : 0;
    } else if (relB[c] === -1) {
      relB[c] = r;
      totB[c] = isTotal ? 1 : 0;
    } else {
      throw new DisclosureError(
        "unsupported-structure",
        `Cell ${describeValue(id)} appears in more than two relations; expected a 1-D table with a total, a 2-D table with margins or a hierarchy (tables whose relations form a network).`,
        { cell: id },
      );
    }
  };
  relations.forEach((rel, r) => {
    checkObject(rel, `Relation ${r + 1}`);
    checkId(rel.total, `The total of relation ${r + 1}`);
    checkArray(rel.parts, `The parts of relation ${r + 1}`);
    add(rel.total, r, true);
    for (const p of rel.parts) add(p, r, false);
  });
  // sign assignment by BFS over relations linked through shared cells
  const R = relations.length;
  const relCells: number[][] = Array.from({ length: R }, () => []);
  for (let c = 0; c < n; c++) {
    const a = relA[c] as number;
    const b = relB[c] as number;
    if (b >= 0) {
      (relCells[a] as number[]).push(c);
      (relCells[b] as number[]).push(c);
    }
  }
  const sign = new Int8Array(R);
  const queue: number[] = [];
  for (let s = 0; s < R; s++) {
    if (sign[s] !== 0) continue;
    sign[s] = 1;
    queue.push(s);
    while (queue.length > 0) {
      const r = queue.pop() as number;
      for (const c of relCells[r] as number[]) {
        const other = relA[c] === r ? (relB[c] as number) : (relA[c] as number);
        const sameRole = totA[c] === totB[c];
        const want = (sameRole ? -sign[r]! : sign[r]!) as 1 | -1;
        if (sign[other] === 0) {
          sign[other] = want;
          queue.push(other);
        } else if (sign[other] !== want) {
          throw new DisclosureError(
            "unsupported-structure",
            `Cell "${ids[c] ?? ""}" closes a cycle of relations that is not a table with margins or a hierarchy; expected relations that form a network.`,
            { cell: ids[c] },
          );
        }
      }
    }
  }
  const from = new Int32Array(n).fill(-1);
  const to = new Int32Array(n).fill(-1);
  for (let c = 0; c < n; c++) {
    const a = relA[c] as number;
    if (a < 0) continue;
    // enters node r ⇔ (is total) == (sign +1)
    const entersA = (totA[c] === 1) === (sign[a] === 1);
    const b = relB[c] as number;
    const nodeA = a + 1;
    const nodeB = b < 0 ? 0 : b + 1;
    if (entersA) {
      from[c] = nodeB;
      to[c] = nodeA;
    } else {
      from[c] = nodeA;
      to[c] = nodeB;
    }
  }
  return { nodes: R + 1, from, to };
}
