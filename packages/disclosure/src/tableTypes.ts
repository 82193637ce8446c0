import type { CellStatus } from "./cellStatusCode.js";
import type { DisclosurePolicy } from "./disclosurePolicySchema.js";

/** One cell of a count table: its id and exact count. */
export interface TableCell {
  /** Unique id, e.g. `"Roxeth|2019-04"`; named in error messages and results. */
  readonly id: string;
  /** The exact count (a non-negative integer). */
  readonly count: number;
  /** Zero by definition (cannot occur): published as 0, never suppressed. */
  readonly structuralZero?: boolean;
}

/**
 * A linear relation between cells: `total = Σ parts` (a row total, a column total, a
 * sub-total of a hierarchy). Every relation of a table is known to the attacker.
 */
export interface TableRelation {
  /** The id of the total cell. */
  readonly total: string;
  /** The ids of the cells that add up to it. */
  readonly parts: readonly string[];
}

/**
 * A table of exact counts and the relations between them. Supported structures are those in which
 * every cell belongs to at most two relations in a consistent way: one-dimensional tables with a
 * total, two-dimensional tables with row and column totals (and a grand total), and hierarchical
 * tables (wards within boroughs within London) — exactly the tables whose relations form a network,
 * which is what makes the audit exact.
 */
export interface CountTable {
  /** The cells (interior cells and totals alike). */
  readonly cells: readonly TableCell[];
  /** The relations between them. */
  readonly relations: readonly TableRelation[];
}

/** One cell of a released table: what a reader sees. It never carries the exact count. */
export interface ReleasedCell {
  /** The cell's id. */
  readonly id: string;
  /** The released number, or `null` when suppressed. */
  readonly value: number | null;
  /** What to print: the number or the suppression symbol. */
  readonly display: string;
  /** What was done to the cell. */
  readonly status: CellStatus;
}

/** A released table: released cells, the relations a reader knows, and the policy applied. */
export interface ReleasedTable {
  /** The released cells, in the order of the input table (none is dropped). */
  readonly cells: readonly ReleasedCell[];
  /** The relations between cells (known to every reader). */
  readonly relations: readonly TableRelation[];
  /** The policy the table was released under (tells a reader what a rounded figure stands for). */
  readonly policy: DisclosurePolicy;
}
