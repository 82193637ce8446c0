import { addMonths, type MonthKey } from "@crimestats/periods";
import { readFileSync } from "node:fs";
import { inspect } from "node:util";
import { parseStrategy, type Strategy } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import { linePoints } from "../test/chartData.js";
import { london, total2019, total2019Input, total2019Rows } from "../test/fixtures.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { ReportError } from "./ReportError.js";
import type { CountRow } from "@crimestats/schema";
import { strategicAssessment } from "./strategicAssessment.js";

/** Harrow's Community Safety Strategy 2023–26, from the example strategies file, as a partnership reads its own. */
const harrowStrategy2023to2026: Strategy = parseStrategy(
  (JSON.parse(readFileSync(new URL("../../../examples/data/harrow/strategies.json", import.meta.url), "utf8")) as { id: string }[]).find(
    (s) => s.id === "harrow-2023-26",
  ),
);

const base = {
  ...total2019Input,
  priorities: [{ id: "total", name: "Total offences", offences: ["ALL"] }],
};

/** The code and message strategicAssessment throws, "not a ReportError: <name>" for another class, or "no error". */
function thrown(input: unknown): [string, string] {
  try {
    strategicAssessment(input as never);
  } catch (error) {
    return [error instanceof ReportError ? error.code : `not a ReportError: ${(error as Error).name}`, (error as Error).message];
  }
  return ["no error", ""];
}

describe("strategicAssessment on the Harrow 2019 Strategy Total Offences counts", () => {
  const result = strategicAssessment(base);
  const section = result.priorities[0];

  it("compares the rolling year to Dec 2018 with the same period last year", () => {
    expect(result.current).toEqual({ first: "2018-01", last: "2018-12", label: "12 months to Dec 2018", longLabel: "12 months to December 2018" });
    expect(result.previous).toEqual({ first: "2017-01", last: "2017-12", label: "12 months to Dec 2017", longLabel: "12 months to December 2017" });
  });

  it("states its rate conventions in plain words, without pointing to a document the reader does not have", () => {
    expect(result.notes).toContain("Rates are offences per 1,000 residents; one population is used for both periods.");
    expect(result.notes).toContain("Rate change is the difference of the unrounded rates, rounded afterwards.");
    const markdown = renderMarkdown(result);
    for (const text of [...result.notes, markdown]) {
      expect(text).not.toMatch(/§|\.md\b/);
    }
  });

  it("keeps full precision in the result: Harrow 14,866 / 248,880 × 1,000", () => {
    expect(section?.quickFacts.current.count.value).toBe(14_866);
    expect(section?.quickFacts.current.rate.value).toBeCloseTo(14_866 / 248.88, 10);
    expect(section?.quickFacts.current.rate.inputs).toEqual({ count: 14_866, population: 248_880 });
    const brent = section?.table.find((r) => r.area === "Brent");
    expect(brent?.change?.value).toBeCloseTo(2.8744, 4);
  });

  it("renders the published table: rates to 2 dp and rate changes from unrounded rates (Brent 2.87, not 2.88)", () => {
    const md = renderMarkdown(result);
    expect(md).toContain("| Barnet | 26,996 | 69.61 | 28,236 | 72.81 | +1,240 | +3.20 |");
    expect(md).toContain("| Brent | 29,759 | 90.42 | 30,705 | 93.30 | +946 | +2.87 |");
    expect(md).toContain("| Ealing | 28,319 | 82.63 | 28,233 | 82.38 | -86 | -0.25 |");
    expect(md).toContain("| **Harrow (focus)** | 13,957 | 56.08 | 14,866 | 59.73 | +909 | +3.65 |");
    expect(md).toContain("| Hillingdon | 24,777 | 81.95 | 24,973 | 82.60 | +196 | +0.65 |");
  });

  it("ranks Harrow's rate among the areas with a population (lowest of 5 here)", () => {
    expect(section?.quickFacts.rankInBenchmarkArea?.explanation).toMatch(/^Harrow has the lowest total offences rate of 5 London boroughs /);
    // Said once: in the finding, not again among the benchmark table's sentences.
    expect(section?.explanations.some((t) => /rate of 5 London boroughs/.test(t))).toBe(false);
    expect(section?.explanations.some((t) => t.includes("Harrow saw the largest rate increase"))).toBe(true);
    expect(section?.quickFacts.rankInBenchmarkArea?.rank).toBe(1);
    expect(section?.quickFacts.rankInBenchmarkArea?.total).toBe(5);
  });

  it("writes the focus area's rank with ordinals in words, as the benchmark sentences of the same section do", () => {
    const ealing = strategicAssessment({
      ...base,
      area: "Ealing",
      comparatorGroup: { name: "neighbours", members: ["Barnet", "Brent", "Harrow", "Hillingdon"] },
    });
    const rankSentence = ealing.priorities[0]?.quickFacts.rankInBenchmarkArea?.explanation ?? "";
    expect(rankSentence).toMatch(/^Ealing has the third lowest total offences rate of 5 London boroughs /);
    const text = ealing.priorities.flatMap((p) => [p.quickFacts.rankInBenchmarkArea?.explanation, ...p.explanations]).join(" ");
    expect(text).not.toMatch(/\b([2-9]|10)(nd|rd|th)\b/);
  });

  it("nests the quick facts as a benchmark row does: previous, current and change, the rate change as change.value", () => {
    const focusRow = section?.table.find((r) => r.role === "focus");
    expect(Object.keys(section?.quickFacts ?? {})).toEqual(["previous", "current", "change", "rankInBenchmarkArea"]);
    expect(section?.quickFacts.previous?.count.value).toBe(focusRow?.previous?.count);
    expect(section?.quickFacts.current.count.value).toBe(focusRow?.current.count);
    expect(section?.quickFacts.change?.value.value).toBe(focusRow?.change?.value);
    expect(section?.quickFacts.change?.percent.value).toBe(focusRow?.change?.percent);
  });

  it("names an unknown area, a month outside the data and no priorities in one sentence", () => {
    expect(() => strategicAssessment({ ...base, area: "Harow" })).toThrow(
      'Unknown area "Harow": expected one of the 5 areas in the data (did you mean Harrow?).',
    );
    expect(() => strategicAssessment({ ...base, benchmarkArea: london, comparatorGroup: { name: "neighbours", members: ["Camden"] } })).toThrow(ReportError);
    expect(() => strategicAssessment({ ...base, end: "2019-03" })).toThrow(
      "End month 2019-03 needs counts from 2017-04 to 2019-03, but the data run from 2017-01 to 2018-12: expected an end month from 2018-12 to 2018-12.",
    );
    expect(() => strategicAssessment({ ...base, end: "March" })).toThrow(/is not a month/);
    expect(() => strategicAssessment({ ...base, priorities: [] })).toThrow(/No priorities/);
  });

  it("a count row with a month that does not exist or a count beyond 2^53 - 1 is refused, not summed into the first month", () => {
    const rows = total2019Rows();
    const first = rows.find((r) => r.area === "Harrow" && r.month === "2017-01");
    expect(first).toBeDefined();
    const refusal = (counts: typeof rows) => thrown({ ...base, counts });
    expect(refusal([...rows, { ...first!, month: "2018-13" }])).toEqual(["invalid-data", 'Month "2018-13" of a count row is not a month: expected "YYYY-MM".']);
    expect(refusal([...rows, { ...first!, count: 1e20 }])).toEqual([
      "invalid-data",
      "Count 100000000000000000000 for Harrow 2017-01 ALL is not a count: expected a whole number from 0 to 9007199254740991.",
    ]);
    expect(refusal(rows)).toEqual(["no error", ""]);
    // hostile rows: not objects, months of other types, fractions, a far-off month that would make every series 88,000 months long
    const hostile: unknown[][] = [
      [...rows, -1e308],
      [...rows, { ...first!, month: new Date(NaN) }],
      [...rows, { ...first!, month: Symbol("m") }],
      [...rows, { ...first!, month: 10n }],
      [...rows, { ...first!, count: 1e-310 }],
      [...rows, { ...first!, area: Object.create(null) }],
      [...rows, { ...first!, month: "9386-04" }],
    ];
    expect(hostile.map((counts) => refusal(counts as typeof rows)[0])).toEqual(hostile.map(() => "invalid-data"));
    expect(refusal([...rows, { ...first!, month: "9386-04" }])[1]).toBe(
      "The counts run from 2017-01 to 9386-04: expected at most 1200 months (100 years); is a month mistyped?",
    );
    expect(refusal(9007199254740990 as never)).toEqual([
      "invalid-data",
      "The counts are 9007199254740990: expected count rows or a cube with dimensions area, month and offence.",
    ]);
  });

  it("keeps the input reconciliation it is given in the result and the Markdown (null when none is given)", () => {
    expect(strategicAssessment(base).reconciliation).toBeNull();
    const reconciliation = {
      files: [
        {
          file: "b.csv",
          role: "borough counts",
          unit: "month cells" as const,
          read: 10,
          accepted: 9,
          rejected: 1,
          rejectedByCode: { "invalid-count": 1 },
          examples: [{ line: 3, code: "invalid-count", message: 'count "x" is not a whole number' }],
        },
      ],
      rejected: 1,
      missing: ["Borough file b.csv: Brent has no counts for 1 of 24 months (2018-12)."],
      complete: false,
    };
    const result = strategicAssessment({ ...base, reconciliation });
    expect(result.reconciliation).toEqual(reconciliation);
    const md = renderMarkdown(result);
    expect(md).toContain("## Reconciliation of the input files");
    expect(md).toContain("| b.csv | borough counts | 10 month cells | 9 | 1 | invalid-count: 1 |");
    expect(md).toContain("- Borough file b.csv: Brent has no counts for 1 of 24 months (2018-12).");
    expect(md).toContain('- b.csv, line 3 (invalid-count): count "x" is not a whole number');
  });
});

describe("strategicAssessment: above/below-average months, RAG and trend", () => {
  // The classifyMonths example of @crimestats/rates, as counts of one area.
  const y2017 = [5, 5, 5, 5, 5, 9, 9, 5, 5, 9, 5, 5];
  const y2018 = [5, 5, 9, 5, 5, 9, 9, 5, 5, 9, 5, 5];
  const rows: CountRow[] = [...y2017, ...y2018].flatMap((count, i): CountRow[] => {
    const month = addMonths("2017-01", i);
    return [
      { area: "A", month, offence: "X", count },
      { area: "B", month, offence: "X", count: 10 },
    ];
  });
  const input = { counts: rows, populations: { A: 1000, B: 2000 }, area: "A", benchmarkArea: london };
  const result = strategicAssessment({
    ...input,
    comparatorGroup: { name: "neighbours", members: ["B"] },
    priorities: [{ id: "x", name: "X", offences: ["X"] }],
  });
  const section = result.priorities[0];

  it("classifies the months of the 24 months to the end month", () => {
    expect(section?.months?.above).toEqual(["June", "July", "October"]);
    expect(section?.months?.unclassified).toEqual(["March"]);
    expect(section?.months?.mean).toBeCloseTo(6.1667, 4);
  });

  it("has no RAG rating without a rule, and rates a change rule given in the rule's own words", () => {
    expect(section?.rag).toBeNull();
    const rated = strategicAssessment({
      ...input,
      priorities: [{ id: "x", name: "X", offences: ["X"] }],
      ragRule: () => ({ kind: "change", polarity: "lower-is-better", amber: { percent: 5 }, title: "X is lower than a year earlier" }),
    });
    // 76 offences in 2018 against 72 in 2017: +5.6%, beyond the 5% band, so red.
    expect(section?.quickFacts.current.count.value).toBe(76);
    expect(section?.quickFacts.previous?.count.value).toBe(72);
    expect(rated.priorities[0]?.rag?.rating).toBe("red");
    expect(rated.priorities[0]?.rag?.explanation.startsWith("Red: ")).toBe(true);
    expect(rated.priorities[0]?.rag?.measure).toBe("X is lower than a year earlier");
    // Defined in words about measures (measureScheme of @crimestats/rag), never about actions.
    expect(rated.priorities[0]?.rag?.definition).not.toMatch(/action/i);
  });

  it("charts the rolling-year rate of each area from its first full year", () => {
    const data = linePoints(section!.charts.trend!);
    expect(data.filter((d) => d.series === "A").map((d) => d.month)).toEqual([
      "2017-12",
      "2018-01",
      "2018-02",
      "2018-03",
      "2018-04",
      "2018-05",
      "2018-06",
      "2018-07",
      "2018-08",
      "2018-09",
      "2018-10",
      "2018-11",
      "2018-12",
    ]);
    expect(data.find((d) => d.series === "A" && d.month === "2018-12")?.value).toBe(76);
    expect(data.find((d) => d.series === "London" && d.month === "2017-12")?.value).toBeCloseTo(((72 + 120) / 3000) * 1000, 10);
  });
});

describe("strategicAssessment doc example", () => {
  it("mirrors the @example", () => {
    const counts: CountRow[] = [
      { area: "Harrow", month: "2023-06", offence: "BURGLARY", count: 30 },
      { area: "Harrow", month: "2024-06", offence: "BURGLARY", count: 24 },
      { area: "Barnet", month: "2023-01", offence: "BURGLARY", count: 50 },
      { area: "Barnet", month: "2024-12", offence: "BURGLARY", count: 45 },
    ];
    const result = strategicAssessment({
      counts,
      populations: { Harrow: 250000, Barnet: 400000 },
      area: "Harrow",
      benchmarkArea: london,
      comparatorGroup: { name: "neighbours", members: ["Barnet"] },
      priorities: [{ id: "burglary", name: "Burglary", offences: ["BURGLARY"] }],
    });
    expect(result.current.label).toBe("12 months to Dec 2024");
    expect(result.priorities[0]?.quickFacts.current.rate.value).toBe(0.096);
    // 24 of 54 offences in the current year against an expected 27: z ≈ −3 / √13.5 ≈ −0.8.
    expect(result.priorities[0]?.change?.verdict).toBe("no-significant-change");
    expect(result.priorities[0]?.rag).toBeNull();
  });
});

describe("strategicAssessment: targets", () => {
  it("rates offences against a target with the rag rule given (a reason in the Delivery Plans' style)", () => {
    const input = { benchmarkArea: london, counts: total2019Rows(), populations: total2019.populations, area: "Harrow", end: "2018-12" };
    const result = strategicAssessment({
      ...input,
      priorities: [{ id: "total", name: "Total offences", offences: ["ALL"] }],
      ragRule: () => ({ kind: "target", polarity: "lower-is-better", target: 14_500, amber: { percent: 2 } }),
    });
    const rag = result.priorities[0]?.rag;
    // 14,866 is 2.5% above 14,500: beyond the 2% band.
    expect(rag?.rating).toBe("red");
    expect(rag?.explanation).toContain("14,866");
    expect(rag?.explanation).toContain("14,500");
    expect(rag?.measure).toBe("Total offences at or below the target of 14,500");
    // The summary has a RAG column only when some priority is rated.
    expect(renderMarkdown(result)).toContain("| RAG |");
    expect(renderMarkdown(strategicAssessment({ ...input, priorities: [{ id: "t", name: "T", offences: ["ALL"] }] }))).not.toContain("RAG");
    const none = strategicAssessment({ ...input, priorities: [{ id: "t", name: "T", offences: ["ALL"] }], ragRule: () => null });
    expect(none.priorities[0]?.rag).toBeNull();
  });
});

describe("strategicAssessment with a priority framework (a partnership's strategy file, read with parseStrategy)", () => {
  it("takes the Harrow 2023-26 indicators measured by MPS categories, with their polarity, after All offences", async () => {
    const months: MonthKey[] = ["2024-01", "2024-12", "2025-01", "2025-12"];
    const counts: CountRow[] = ["Harrow", "Barnet"].flatMap((area): CountRow[] =>
      months.flatMap((month, i) => [
        { area, month, offence: "RES BURGLARY OF A HOME", count: 10 + i },
        { area, month, offence: "POSSESSION OF DRUGS", count: 5 },
      ]),
    );
    const result = strategicAssessment({
      benchmarkArea: london,
      counts,
      populations: { Harrow: 1000, Barnet: 2000 },
      area: "Harrow",
      priorities: harrowStrategy2023to2026,
    });
    expect(result.priorities.map((p) => p.name)).toEqual(["All offences", "Burglary offences", "Drug offences"]);
    expect(result.priorities[1]?.quickFacts.current.count.value).toBe(25);
    expect(result.priorities[2]?.rag).toBeNull(); // drugs: no judgement in the strategy
    expect(result.notes.some((n) => n.includes('"Robbery offences" is not assessed here'))).toBe(true);
    expect(() =>
      strategicAssessment({
        benchmarkArea: london,
        counts: [{ area: "A", month: "2024-01", offence: "NOT A CATEGORY", count: 1 }],
        populations: { A: 1 },
        area: "A",
        priorities: harrowStrategy2023to2026,
      }),
    ).toThrow(/NOT A CATEGORY/);
  });
});

describe("strategicAssessment with another comparison period", () => {
  it("compares a financial year with the same period a year earlier", async () => {
    const { financialYear } = await import("@crimestats/periods");
    const months = Array.from({ length: 24 }, (_, i) => addMonths("2023-04", i));
    const counts = months.map((month, i): CountRow => ({ area: "A", month, offence: "X", count: i < 12 ? 1 : 2 }));
    const input = { benchmarkArea: london, counts, populations: { A: 1000 }, area: "A", priorities: [{ id: "x", name: "X", offences: ["X"] }] };
    const result = strategicAssessment({ ...input, period: financialYear(2024) });
    expect(months[0]).toBe("2023-04");
    expect(result.current.label).toBe(financialYear(2024).label);
    expect(result.previous?.first).toBe("2023-04");
    expect(result.priorities[0]?.quickFacts.previous?.count.value).toBe(12);
    expect(result.priorities[0]?.quickFacts.current.count.value).toBe(24);
    expect(() => strategicAssessment({ ...input, period: financialYear(2025) })).toThrow(/need counts from 2024-04 to 2026-03/);
  });
});

describe("strategicAssessment: neighbours and wards edge cases", () => {
  it("counts a repeated neighbour once and never the focus area as its own neighbour", () => {
    const result = strategicAssessment({ ...base, benchmarkArea: london, comparatorGroup: { name: "neighbours", members: ["Brent", "Brent", "Harrow"] } });
    expect(result.comparatorGroup.members).toEqual(["Brent"]);
    expect(result.priorities[0]?.table.map((r) => r.area)).toEqual(["Brent", "Harrow", "London"]);
  });

  it("says why there is no ward table when the ward counts hold no ward for the period", () => {
    const result = strategicAssessment({ ...base, wards: { counts: [{ area: "Some Ward", month: "2016-01", offence: "ALL", count: 3 }] } });
    expect(result.wards).toBeNull();
    expect(result.notes).toContain("No ward tables: the ward counts do not cover wards of Harrow for the whole of 12 months to December 2018.");
  });
});

describe("strategicAssessment: the ward table", () => {
  /** An assessment with two disjoint priorities (burglary, violence) and ward counts for Dec 2018. */
  const withWards = (cells: Record<string, [number, number]>, disclosure?: Parameters<typeof strategicAssessment>[0]["disclosure"]) => {
    const wardRows: CountRow[] = Object.entries(cells).flatMap(([ward, [b, v]]): CountRow[] => [
      { area: ward, month: "2018-12", offence: "B", count: b },
      { area: ward, month: "2018-12", offence: "V", count: v },
      { area: ward, month: "2018-01", offence: "V", count: 0 },
    ]);
    const counts = total2019Rows().flatMap((r) => [
      { ...r, offence: "B" },
      { ...r, offence: "V" },
    ]);
    return strategicAssessment({
      benchmarkArea: london,
      counts,
      populations: total2019.populations,
      area: "Harrow",
      end: "2018-12",
      priorities: [
        { id: "b", name: "Burglary", offences: ["B"] },
        { id: "v", name: "Violence", offences: ["V"] },
      ],
      wards: { counts: wardRows },
      ...(disclosure === undefined ? {} : { disclosure }),
    });
  };

  it("gives one ward table per priority with small counts suppressed, secondary suppression where a total would give them away, and its own audit passing", async () => {
    const { auditTable } = await import("@crimestats/disclosure");
    // Ward W1 has 2 burglaries (a small count), the rest are large.
    const wards = withWards({ W1: [2, 40], W2: [33, 51], W3: [27, 18] }).wards;
    expect(wards?.priorities.map((p) => p.name)).toEqual(["All offences", "Burglary", "Violence"]);
    const burglary = wards?.priorities.find((p) => p.name === "Burglary");
    expect(burglary?.rows.find((r) => r.ward === "W1")?.current.display).toBe("*");
    // 2 + 33 + 27 = 62, released rounded to the nearest 5: 60; the total row is "All wards".
    expect(burglary?.total.label).toBe("All wards");
    expect(burglary?.total.current.display).toBe("60");
    for (const p of wards?.priorities ?? []) {
      expect(auditTable(p.released.current).disclosed).toEqual([]);
      expect(p.disclosed).toEqual([]);
    }
  });

  it("the published ward tables and their footnote do not tell primary from secondary suppression", () => {
    const result = withWards({ W1: [2, 40], W2: [33, 51], W3: [27, 18] });
    const burglary = result.wards?.priorities.find((p) => p.name === "Burglary");
    expect(burglary?.released.current).not.toHaveProperty("secondary");
    expect(JSON.stringify(result)).not.toMatch(/primary|secondary/);
    expect(result.wards?.footnote).toContain(
      'Ward figures are released under a disclosure rule: counts of 1 to 4 are hidden (shown as "*") and the others rounded to the nearest 5',
    );
    expect(renderMarkdown(result)).toContain("| **All wards** |");
  });

  it("under a recode preset the recoded small counts are protected too, and the footnote says what was checked", async () => {
    const { auditTable, disclosurePreset } = await import("@crimestats/disclosure");
    const wards = withWards({ W1: [1, 8], W2: [8, 51], W3: [27, 18] }, disclosurePreset("small-to-5-round-5")).wards;
    for (const p of wards?.priorities ?? []) expect(auditTable(p.released.current, { include: "all" }).disclosed).toEqual([]);
    expect(wards?.footnote).toContain("counts of 1 to 7 are shown as 5 and the others rounded to the nearest 5");
    expect(wards?.footnote).toContain("Checked: no count that may be small (1 to 7) can be narrowed");
  });
});

describe("strategicAssessment: malformed input", () => {
  const exampleCounts: CountRow[] = [
    { area: "Harrow", month: "2023-06", offence: "BURGLARY", count: 30 },
    { area: "Harrow", month: "2024-06", offence: "BURGLARY", count: 24 },
    { area: "Harrow", month: "2024-12", offence: "ROBBERY", count: 3 },
    { area: "Barnet", month: "2023-01", offence: "BURGLARY", count: 50 },
    { area: "Barnet", month: "2024-12", offence: "BURGLARY", count: 45 },
  ];
  const example = {
    counts: exampleCounts,
    populations: { Harrow: 250000, Barnet: 400000 },
    area: "Harrow",
    benchmarkArea: london,
    comparatorGroup: { name: "neighbours", members: ["Barnet"] },
    priorities: [{ id: "burglary", name: "Burglary", offences: ["BURGLARY"] }],
  };

  it("refuses no input, or an input that is not an object, naming what it got", () => {
    expect(thrown(undefined)).toEqual([
      "invalid-argument",
      "strategicAssessment: the input is undefined: expected an object with counts, populations, area, benchmarkArea and priorities.",
    ]);
    expect(thrown([])[0]).toBe("invalid-argument");
  });

  it("refuses a priority without offences, with a name that is not text or an unknown polarity, naming the priority's field", () => {
    expect(thrown({ ...example, priorities: [...example.priorities, { id: "robbery", name: "Robbery" }] })).toEqual([
      "invalid-argument",
      "strategicAssessment: priorities[1].offences is undefined: expected a list of strings.",
    ]);
    expect(thrown({ ...example, priorities: [{ id: "S", name: [], offences: ["BURGLARY"] }] })).toEqual([
      "invalid-argument",
      "strategicAssessment: priorities[0].name is an array of 0 items: expected a non-empty string.",
    ]);
    expect(thrown({ ...example, priorities: [{ id: "b", name: "B", offences: [undefined] }] })[1]).toBe(
      "strategicAssessment: priorities[0].offences[0] is undefined: expected a string.",
    );
    expect(thrown({ ...example, priorities: [{ ...example.priorities[0], polarity: "up" }] })[0]).toBe("invalid-argument");
  });

  it("refuses a comparator that is not a name, and a comparator group or benchmark area of the wrong shape", () => {
    expect(thrown({ ...example, comparatorGroup: { name: "neighbours", members: [-Infinity] } })).toEqual([
      "invalid-argument",
      "strategicAssessment: comparatorGroup.members[0] is -Infinity: expected a string.",
    ]);
    expect(thrown({ ...example, comparatorGroup: ["Barnet"] })[0]).toBe("invalid-argument");
    expect(thrown({ ...example, comparatorGroup: { name: "", members: ["Barnet"] } })[1]).toBe(
      'strategicAssessment: comparatorGroup.name is "": expected a non-empty string or nothing.',
    );
    expect(thrown({ ...example, benchmarkArea: undefined })[1]).toBe(
      'strategicAssessment: benchmarkArea is undefined: expected the wider area the focus area belongs to, e.g. { name: "Cumbria", membersName: "districts" }.',
    );
    expect(thrown({ ...example, benchmarkArea: { name: "Cumbria" } })).toEqual([
      "invalid-argument",
      "strategicAssessment: benchmarkArea.membersName is undefined: expected a non-empty string.",
    ]);
  });

  it("refuses priorities that are neither a list nor a priority framework, instead of looking the offences up in the MPS taxonomy", () => {
    const [code, message] = thrown({ ...example, priorities: Object.create(null) });
    expect(code).toBe("invalid-data");
    expect(message).toBe(
      "strategicAssessment: priorities is an object that is not a priority framework (id: is missing (expected text); title: is missing (expected text); area: is missing (expected text); 2 more): expected a list of priorities or a Strategy.",
    );
  });

  it("turns another package's error into a ReportError with the same message (offence labels that are not MPS categories under a framework)", async () => {
    const [code, message] = thrown({ ...example, priorities: harrowStrategy2023to2026 });
    expect(code).toBe("invalid-data");
    expect(message).toBe(
      '"BURGLARY" is not a category of Metropolitan Police recorded crime categories (MajorText / MinorText) (mps) at level 2; expected a code, name or alias of one of its 48 categories.',
    );
  });

  it("refuses a population that is not a whole number of residents, so no rate or London total is infinite", () => {
    for (const population of [1e308, 5e-324, Number.NaN, -1, 2 ** 53 + 2, "250000"]) {
      expect(thrown({ ...example, populations: { ...example.populations, Harrow: population } })[0]).toBe("invalid-population");
    }
    expect(thrown({ ...example, populations: { ...example.populations, Barnet: Infinity } })[1]).toBe(
      'strategicAssessment: the population of "Barnet" is Infinity: expected a whole number of residents from 0 to 2^53 - 1.',
    );
  });

  it("refuses options of the wrong type (period, end, title, notes, sources, synthetic, ragRule and what it returns)", () => {
    const bad: Record<string, unknown>[] = [
      { period: { first: "2024-01" } },
      { end: 202412 },
      { title: 5 },
      { notes: [1] },
      { sources: "file.csv" },
      { synthetic: "yes" },
      { ragRule: {} },
      { breaks: "none" },
      { detectedBreaks: "yes" },
      { ragRule: () => undefined },
      { ragRule: () => ({ kind: "target", polarity: "lower-is-better", target: Number.NaN }) },
      { wards: [] },
    ];
    // The target that is not a number is @crimestats/rag's error, passed on as invalid-data.
    expect(bad.map((extra) => thrown({ ...example, ...extra })[0])).toEqual([
      ...bad.slice(0, -2).map(() => "invalid-argument"),
      "invalid-data",
      "invalid-argument",
    ]);
  });

  it("gives finite figures for areas and offences named in odd Unicode", () => {
    const odd = ["\u{1F600}\u0301", "\uD800", "\u202E\u0000", "Ḩ̸̛a̵r̷r̸o̶w̵"];
    for (const name of odd) {
      const counts = exampleCounts.map((r) => ({ ...r, area: r.area === "Harrow" ? name : r.area, offence: r.offence === "BURGLARY" ? name : r.offence }));
      const result = strategicAssessment({
        ...example,
        counts,
        area: name,
        populations: { [name]: 250000, Barnet: 400000 },
        priorities: [{ id: name, name, offences: [name] }],
      });
      const numbers: number[] = [];
      JSON.stringify(result, (_k, v: unknown) => {
        if (typeof v === "number") numbers.push(v);
        return v;
      });
      expect(numbers.length).toBeGreaterThan(0);
      expect(numbers.every(Number.isFinite)).toBe(true);
      expect(result.priorities.find((p) => p.id === name)?.quickFacts.current.rate.value).toBe(0.096);
    }
  });

  it("opens with All offences, every label in the counts, before a list of priorities that leaves some out", () => {
    const result = strategicAssessment(example);
    expect(result.priorities.map((p) => p.name)).toEqual(["All offences", "Burglary"]);
    // 24 burglaries and 3 robberies in 2024: 27 / 250,000 × 1,000 = 0.108.
    expect(result.priorities[0]?.quickFacts.current.rate.value).toBe(0.108);
    // A priority that already sums every label is the headline: moved first, nothing added.
    const whole = strategicAssessment({
      ...example,
      priorities: [...example.priorities, { id: "total", name: "Total offences", offences: ["ROBBERY", "BURGLARY"] }],
    });
    expect(whole.priorities.map((p) => p.name)).toEqual(["Total offences", "Burglary"]);
  });
});

describe("strategicAssessment: malformed count cubes", () => {
  const months = Array.from({ length: 24 }, (_, i) => addMonths("2023-01", i));
  const cube = {
    dims: ["area", "month", "offence"],
    labels: { area: ["Barnet", "Harrow"], month: months, offence: ["BURGLARY"] },
    shape: [2, 24, 1],
    values: new Float64Array(48).fill(2),
    total: 96,
  };
  const input = {
    populations: { Harrow: 250000, Barnet: 400000 },
    area: "Harrow",
    benchmarkArea: london,
    comparatorGroup: { name: "neighbours", members: ["Barnet"] },
    priorities: [{ id: "b", name: "Burglary", offences: ["BURGLARY"] }],
  };
  const codeOf = (counts: unknown): string => thrown({ ...input, counts })[0];

  it("reads a well-formed cube (24 per year for Harrow: rate 0.096)", () => {
    expect(strategicAssessment({ ...input, counts: cube as never }).priorities[0]?.quickFacts.current.rate.value).toBe(0.096);
  });

  it("refuses a cube without labels or values, with labels that are not text or months out of order, or values that are not whole counts", () => {
    const bad: unknown[] = [
      { ...cube, labels: undefined },
      { ...cube, labels: { ...cube.labels, area: undefined } },
      { ...cube, labels: { ...cube.labels, offence: [Symbol("o")] } },
      { ...cube, labels: { ...cube.labels, month: [...months].reverse() } },
      { ...cube, values: undefined },
      { ...cube, values: new Float64Array(47) },
      { ...cube, values: new Float64Array(48).fill(Number.NaN) },
      { ...cube, values: new Float64Array(48).fill(1e308) },
    ];
    expect(bad.map(codeOf)).toEqual(bad.map(() => "invalid-data"));
    expect(() => strategicAssessment({ ...input, counts: { ...cube, values: new Float64Array(48).fill(-1) } as never })).toThrow(
      "The counts are a cube whose value 0 is -1: expected a whole number from 0 to 9007199254740991.",
    );
  });
});

describe("strategicAssessment in a REPL or notebook", () => {
  it("prints a short summary (area, periods, number of sections) while its data stay a plain object", () => {
    const result = strategicAssessment(base);
    expect(inspect(result)).toBe("Strategic Assessment of Harrow, 12 months to Dec 2018 against 12 months to Dec 2017: 1 priority");
    const plain: unknown = JSON.parse(JSON.stringify(result));
    expect(plain).toEqual(JSON.parse(JSON.stringify({ ...result })));
    expect(Object.keys(result)).toEqual([
      "title",
      "synthetic",
      "sources",
      "area",
      "benchmarkArea",
      "benchmarkAreaAlone",
      "comparatorGroup",
      "current",
      "previous",
      "singlePeriod",
      "populations",
      "keyFindings",
      "priorities",
      "recordingChanges",
      "charts",
      "wards",
      "local",
      "notes",
      "reconciliation",
    ]);
  });
});
