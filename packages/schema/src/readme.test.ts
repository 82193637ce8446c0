import { describe, expect, it } from "vitest";
import { parseCountRow, safeParseCountRow } from "./index.js";

describe("README example", () => {
  it("prints what it says", () => {
    const row = parseCountRow({
      area: "E09000015",
      month: "2019-03",
      offence: "burglary",
      count: 120,
      source: "data.police.uk",
      vintage: "2019-05",
    });
    expect(row.count).toBe(120);
    const r = safeParseCountRow({ ...row, month: "2019-13" }, { label: "counts[3]" });
    expect(r.success ? "" : r.error.message).toBe('CountRow is not valid (1 problem):\ncounts[3].month: "2019-13" is not a month (expected YYYY-MM)');
  });
});
