// The comparison of the page's JSON with the CLI's must see every difference that matters, or the
// end-to-end tests that use it could not fail.
import { describe, expect, it } from "vitest";
import { headlineFigures, jsonDifferences } from "./compare.js";

const assessment = (rate: number, explanation: string) => ({
  area: "Harrow",
  previous: null,
  current: { first: "2024-03", last: "2025-02" },
  keyFindings: [{ explanation }],
  priorities: [
    {
      name: "All offences",
      quickFacts: { previous: null, current: { count: { value: 120 }, rate: { value: rate } }, change: null },
      change: null,
      vsBenchmarkArea: { rate: 2.5 },
      vsComparatorGroup: null,
      rag: null,
    },
  ],
});

describe("jsonDifferences", () => {
  it("finds nothing between equal documents", () => {
    expect(jsonDifferences(assessment(1.5, "a"), assessment(1.5, "a"))).toEqual({ differences: [], lastDigits: { count: 0, largest: 0 } });
  });

  it("counts numbers that differ in their last digits, and reports no difference for them", () => {
    const { differences, lastDigits } = jsonDifferences(assessment(157.2445412776112, "a"), assessment(157.24454127761118, "a"));
    expect(differences).toEqual([]);
    expect(lastDigits.count).toBe(1);
    expect(lastDigits.largest).toBeGreaterThan(0);
  });

  it("reports a number that differs in its twelfth significant digit, a changed string and a missing field, by path", () => {
    const cli = { ...assessment(1.5, "rose"), extra: true };
    const { differences } = jsonDifferences(cli, assessment(1.5 * (1 + 1e-11), "fell"));
    expect(differences).toEqual([
      '$.keyFindings[0].explanation: "rose" in the CLI\'s, "fell" in the page\'s',
      "$.priorities[0].quickFacts.current.rate.value: 1.5 in the CLI's, 1.500000000015 in the page's",
      "$.extra: true in the CLI's, undefined in the page's",
    ]);
  });

  it("stops after the limit of differences", () => {
    expect(jsonDifferences([1, 2, 3], [4, 5, 6], 2).differences).toHaveLength(2);
  });
});

describe("headlineFigures", () => {
  it("reads the area, periods, each priority's counts, rates, verdict, RAG rating and comparison rates, and the key findings", () => {
    expect(headlineFigures(JSON.stringify(assessment(1.5, "a")))).toEqual({
      area: "Harrow",
      previous: null,
      current: { first: "2024-03", last: "2025-02" },
      priorities: [
        {
          name: "All offences",
          previousCount: null,
          currentCount: 120,
          previousRate: null,
          currentRate: 1.5,
          verdict: null,
          rag: null,
          benchmarkAreaRate: 2.5,
          comparatorGroupRate: null,
        },
      ],
      keyFindings: ["a"],
    });
  });
});
