import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { benchmarkTable, compareWithBenchmark, describeTable } from "../src/index.js";

// The example of README.md (hand-written numbers for three Cumbrian districts and the force area),
// with the results it shows.
describe("README example", () => {
  it("gives the results it shows", () => {
    const table = benchmarkTable({
      areas: [
        { area: "Allerdale", population: 97000, counts: { "2017": 4100, "2018": 4350 } },
        { area: "Copeland", population: 68000, counts: { "2017": 3300, "2018": 3200 } },
        { area: "Carlisle", population: 108000, counts: { "2017": 4900, "2018": 4700 } },
        { area: "Cumbria", population: 500000, counts: { "2017": 21000, "2018": 22500 } },
      ],
      previousPeriod: "2017",
      currentPeriod: "2018",
      per: 1000,
      focus: "Allerdale",
      group: ["Allerdale", "Copeland", "Carlisle"],
      benchmarkArea: "Cumbria",
    });
    const sentences = describeTable(table, { polarity: "lower-is-better", groupName: "neighbouring districts" });
    expect(sentences.find((s) => s.claim === "vs-benchmark-area")?.explanation).toBe(
      "Along with Carlisle, Allerdale's rate is lower than the Cumbria rate (44.85 against 45.00 per 1,000).",
    );
    expect(sentences.find((s) => s.claim === "largest-increase")?.explanation).toBe(
      "Allerdale saw the largest rate increase of its neighbouring districts, at +2.58 per 1,000.",
    );
    const allerdale = table.rows[0]!.current;
    expect(allerdale.value).toBe((4350 / 97000) * 1000);
    const verdict = compareWithBenchmark(allerdale, table.benchmarkArea!.current, { method: "two-level", polarity: "lower-is-better" });
    expect(verdict.outcome).toBe("similar");
    expect(inspect(verdict)).toBe("Similar to the benchmark: 44.85 against 45.00");
    expect(inspect(table)).toBe(
      [
        "Benchmark table, rates per 1,000",
        "area         2017 count  2017 rate  2018 count  2018 rate  rate change    rank  vs Cumbria",
        "* Allerdale       4,100      42.27       4,350      44.85        +2.58  2 of 3       lower",
        "Copeland          3,300      48.53       3,200      47.06        -1.47  3 of 3      higher",
        "Carlisle          4,900      45.37       4,700      43.52        -1.85  1 of 3       lower",
        "Cumbria          21,000      42.00      22,500      45.00        +3.00",
      ].join("\n"),
    );
  });
});
