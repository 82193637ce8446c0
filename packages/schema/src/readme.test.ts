import { describe, expect, it } from "vitest";
import { localKindOf, localRowFromCsv, parseCountRow, parseRecordingBreaks, safeParseCountRow } from "./index.js";

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

describe("README recording breaks example", () => {
  it("prints what it says", () => {
    const breaks = parseRecordingBreaks([
      {
        id: "new-ward-boundaries",
        month: "2022-05",
        kind: "boundary",
        description: "Ward boundaries changed in May 2022.",
        source: { title: "Council notice" },
        affects: { areas: ["Old ward", "New ward"] },
        likeForLike: { areas: ["Old ward", "New ward"] },
      },
    ]);
    expect(breaks[0]?.kind).toBe("boundary");
  });
});

describe("README local data example", () => {
  it("prints what it says", () => {
    expect(localKindOf(["question", "area", "period", "percent"])).toBe("survey");
    const r = localRowFromCsv("youth-justice", { measure: "reoffending", area: "Harrow", period: "2017-01/2017-03", cohort: "33", reoffenders: "40" });
    expect(r.success ? "" : r.error.message).toBe("YouthJusticeRecord is not valid (1 problem):\nreoffenders: 40 is more than the cohort of 33");
  });
});
