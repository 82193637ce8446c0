import { checkCount } from "./internal/validate.js";
import type { CountTable, TableCell, TableRelation } from "./tableTypes.js";

/** A node of a hierarchy: a leaf with a count, or a group of children (with an optional count, checked). */
export interface HierarchyNode {
  /** Unique id, e.g. a ward or borough code. */
  readonly id: string;
  /** The exact count; required for a leaf, optional (and then checked) for a group. */
  readonly count?: number;
  /** The nodes that add up to this one. */
  readonly children?: readonly HierarchyNode[];
}

/**
 * A hierarchical table (wards within boroughs within London; offences within groups): each group's
 * count is the sum of its children's. A group without a count gets the sum of its children.
 *
 * @param root - The top of the hierarchy.
 * @returns A {@link CountTable} with one relation per group, cells in depth-first order.
 * @throws {@link DisclosureError} (`INVALID_COUNT`) for a leaf without a valid count; a group count
 * that is not the sum (`INCONSISTENT_MARGINS`) or a repeated id (`DUPLICATE_CELL`) is reported when
 * the table is used.
 * @example
 * ```ts
 * hierarchicalTable({ id: "Harrow", children: [{ id: "West", children: [{ id: "Roxeth", count: 3 }, { id: "Pinner", count: 9 }] }, { id: "East", count: 20 }] }).cells[0];
 * //=> { id: "Harrow", count: 32 }
 * ```
 */
export function hierarchicalTable(root: HierarchyNode): CountTable {
  const cells: TableCell[] = [];
  const relations: TableRelation[] = [];
  const visit = (node: HierarchyNode): number => {
    const slot = cells.length;
    cells.push({ id: node.id, count: 0 });
    const kids = node.children ?? [];
    if (kids.length === 0) {
      checkCount(node.count, node.id);
      cells[slot] = { id: node.id, count: node.count };
      return node.count;
    }
    let sum = 0;
    for (const k of kids) sum += visit(k);
    relations.push({ total: node.id, parts: kids.map((k) => k.id) });
    cells[slot] = { id: node.id, count: node.count ?? sum };
    return node.count ?? sum;
  };
  visit(root);
  return { cells, relations };
}
