import { describe, expect, it } from "vitest";
import { parseCount, safeParseCount } from "./index.js";

describe("README example", () => {
  it("prints what it says", () => {
    const count = parseCount({
      area: "E09000015", month: "2019-03", offence: "burglary", count: 120,
      unit: "offences", source: "data.police.uk", vintage: "2019-05",
    });
    expect(count.kind).toBe("flow");
    const r = safeParseCount({ ...count, month: "2019-13" }, { label: "counts[3]" });
    expect(r.success ? "" : r.error.message).toBe('Count is not valid (1 problem):\ncounts[3].month: "2019-13" is not a month (expected YYYY-MM)');
  });
});
