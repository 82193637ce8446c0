import { bench, describe } from "vitest";
import { parseCountRow, safeParseCountRow } from "../src/index.js";

const rows = Array.from({ length: 10_000 }, (_, i) => ({
  area: "E09000015",
  month: `20${10 + (i % 10)}-${String((i % 12) + 1).padStart(2, "0")}`,
  offence: "burglary",
  count: i % 97,
  unit: "offences",
  source: "data.police.uk",
  vintage: "2025-02",
}));
const bad = rows.map((r) => ({ ...r, month: "2019-13" }));

describe("CountRow validation", () => {
  bench("parseCountRow, 10,000 valid rows", () => {
    for (const r of rows) parseCountRow(r);
  });
  bench("safeParseCountRow, 10,000 invalid rows (error built each time)", () => {
    for (const r of bad) safeParseCountRow(r);
  });
});
