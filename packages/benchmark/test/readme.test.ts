import { describe, expect, it } from "vitest";
import { benchmarkTable, compareWithBenchmark, describeTable } from "../src/index.js";

describe("README example", () => {
  it("gives the results it shows", () => {
    const table = benchmarkTable({
      areas: [
        { area: "Harrow", population: 248880, counts: { "2017": 2386, "2018": 2240 } },
        { area: "Hillingdon", population: 302340, counts: { "2017": 3016, "2018": 2743 } },
        { area: "London", population: 8824800, counts: { "2017": 91777, "2018": 97643 } },
      ],
      before: "2017",
      after: "2018",
      per: 1000,
      focus: "Harrow",
      group: ["Harrow", "Hillingdon"],
      london: "London",
    });
    expect(describeTable(table, { polarity: "lower-is-better" }).find((s) => s.claim === "vs-london")?.text).toBe(
      "Along with Hillingdon, Harrow's rate is lower than the London rate (9.00 against 11.06 per 1,000).",
    );
    expect(
      compareWithBenchmark(table.rows[0]!.after, table.london!.after, { method: "two-level", polarity: "lower-is-better" }).outcome,
    ).toBe("best");
  });
});
