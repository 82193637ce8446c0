import { withDisplay } from "@crimestats/internal";
import type { ReleasedTable } from "../tableTypes.js";

/** Pads `text` on the left to `width` characters (numbers and symbols line up on the right). */
const pad = (text: string, width: number) => " ".repeat(Math.max(0, width - text.length)) + text;

/**
 * A released table as text: a grid of rows × columns when every cell id is `"<row>|<column>"`
 * and the cells fill the grid (as `twoWayTable` makes them), else one cell per line. Each cell
 * shows its `display` (the number, or the suppression symbol).
 */
function renderReleasedTable(table: ReleasedTable): string {
  const hidden = table.cells.filter((c) => c.value === null).length;
  const head = `Released table, policy "${table.policy.id}": ${table.cells.length} cells, ${hidden} suppressed`;
  const parts = table.cells.map((c) => c.id.split("|"));
  if (table.cells.length > 0 && parts.every((p) => p.length === 2)) {
    const rows = [...new Set(parts.map((p) => p[0]!))];
    const columns = [...new Set(parts.map((p) => p[1]!))];
    if (rows.length * columns.length === table.cells.length) {
      const shown = new Map(table.cells.map((c) => [c.id, c.display] as const));
      const grid = [["", ...columns], ...rows.map((r) => [r, ...columns.map((c) => shown.get(`${r}|${c}`) ?? "")])];
      const widths = columns.map((_, j) => Math.max(...grid.map((line) => line[j + 1]!.length)));
      const first = Math.max(...grid.map((line) => line[0]!.length));
      return [head, ...grid.map((line) => [line[0]!.padEnd(first), ...widths.map((w, j) => pad(line[j + 1]!, w))].join("  "))].join("\n");
    }
  }
  const first = Math.max(0, ...table.cells.map((c) => c.id.length));
  return [head, ...table.cells.map((c) => `${c.id.padEnd(first)}  ${c.display}`)].join("\n");
}

/** `table` with its REPL display (a grid), its data unchanged. */
export function displayed<T extends ReleasedTable>(table: T): T {
  return withDisplay(table, renderReleasedTable);
}
