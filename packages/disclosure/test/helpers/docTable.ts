import { type CountTable, twoWayTable } from "../../src/index.js";

/** The 2×2 table [[3, 10], [12, 20]] (rows r1, r2; columns c1, c2) of the doc examples of protectTable, publishTable and auditTable, with its margins. */
export function docTable(): CountTable {
  return twoWayTable({
    rows: ["r1", "r2"],
    columns: ["c1", "c2"],
    counts: [
      [3, 10],
      [12, 20],
    ],
  });
}
