import { DisclosureError } from "./DisclosureError.js";
import { checkArray, checkCount, checkId, checkObject } from "./internal/validate.js";
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
 * @throws {@link DisclosureError} (`invalid-count`) for a leaf without a valid count or a bad group
 * count, (`invalid-argument`) for a node that is not an object with a string id and an array of
 * children, (`unsupported-structure`) for a node that contains itself; a group count that is not the
 * sum (`inconsistent-margins`) or a repeated id (`duplicate-cell`) is reported when the table is
 * used. Any depth is accepted (no recursion).
 * @example
 * ```ts
 * hierarchicalTable({ id: "Harrow", children: [{ id: "West", children: [{ id: "Roxeth", count: 3 }, { id: "Pinner", count: 9 }] }, { id: "East", count: 20 }] }).cells[0];
 * //=> { id: "Harrow", count: 32 }
 * ```
 */
export function hierarchicalTable(root: HierarchyNode): CountTable {
  const cells: TableCell[] = [];
  const relations: TableRelation[] = [];
  const onPath = new Set<object>();
  // Depth first without recursion (a deep hierarchy must not overflow the stack): a frame is
  // entered (its cell placed), then each child in turn, then left (its relation and count set).
  interface Frame {
    readonly node: HierarchyNode;
    readonly slot: number;
    readonly kids: readonly HierarchyNode[];
    next: number;
    sum: number;
  }
  const stack: Frame[] = [];
  const enter = (node: unknown, where: string): number | null => {
    checkObject(node, where);
    const n = node as unknown as HierarchyNode;
    checkId(n.id, `The id of ${where}`);
    if (onPath.has(n)) {
      throw new DisclosureError("unsupported-structure", `Node "${n.id}" contains itself; expected a tree.`, { cell: n.id });
    }
    const kids = n.children ?? [];
    checkArray(kids, `The children of "${n.id}"`);
    const slot = cells.length;
    cells.push({ id: n.id, count: 0 });
    if (kids.length === 0) {
      checkCount(n.count, n.id);
      cells[slot] = { id: n.id, count: n.count };
      return n.count;
    }
    if (n.count !== undefined) checkCount(n.count, n.id);
    onPath.add(n);
    stack.push({ node: n, slot, kids, next: 0, sum: 0 });
    return null;
  };
  const leaf = enter(root, "The root");
  if (leaf !== null) return { cells, relations };
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next < top.kids.length) {
      const k = top.next++;
      const value = enter(top.kids[k], `Child ${k} of "${top.node.id}"`);
      if (value !== null) top.sum += value;
      continue;
    }
    stack.pop();
    onPath.delete(top.node);
    checkCount(top.sum, top.node.id);
    relations.push({ total: top.node.id, parts: top.kids.map((c) => c.id) });
    const done = top.node.count ?? top.sum;
    cells[top.slot] = { id: top.node.id, count: done };
    const parent = stack[stack.length - 1];
    if (parent !== undefined) parent.sum += done;
  }
  return { cells, relations };
}
