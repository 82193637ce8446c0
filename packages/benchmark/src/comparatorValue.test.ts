import { parseComparatorGroup } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import { BenchmarkError } from "./BenchmarkError.js";
import { comparatorValue } from "./comparatorValue.js";
import { POPULATIONS, TOTAL_OFFENCES } from "../test/fixtures/in/strategicAssessment2019.js";

describe("comparatorValue", () => {
  it("doc examples: HMIC MSG average {70 (self), 80, 90} → 80 (HMIC most similar groups, self included); two districts pooled; an external figure", () => {
    const rows = [
      { area: "Self", rate: 70 },
      { area: "B", rate: 80 },
      { area: "C", rate: 90 },
    ];
    const msg = comparatorValue({ id: "msg", members: ["Self", "B", "C"], aggregation: "mean-of-rates" }, rows);
    expect(msg.value).toBe(80);
    expect(msg.rule).toBe("mean-of-rates");
    expect(msg.count).toBeNull();
    const districts = [
      { area: "Allerdale", count: 4350, population: 97000 },
      { area: "Copeland", count: 3200, population: 68000 },
    ];
    const pooled = comparatorValue({ id: "west-cumbria", members: ["Allerdale", "Copeland"], aggregation: "pooled" }, districts, { per: 1000 });
    expect(pooled.value).toBe((7550 / 165000) * 1000);
    expect(pooled.value).toBe(45.75757575757576);
    expect(pooled.rule).toBe("pooled");
    expect(pooled.explanation).toBe("Pooled: 7,550 events / 165,000 population × 1,000 over the 2 members of west-cumbria.");
    expect(comparatorValue({ id: "family", members: [], aggregation: "external" }, [{ area: "family", rate: 41.2 }]).value).toBe(41.2);
  });

  it("a whole ComparatorGroup of @crimestats/schema is accepted, and its name is used in the explanation", () => {
    const group = parseComparatorGroup({
      id: "london",
      name: "London",
      members: ["London"],
      aggregation: "pooled",
      includesSelf: false,
    });
    const london = comparatorValue(group, [{ area: "London", count: 838895, population: 8824800 }], { per: 1000 });
    expect(london.value).toBe(95.06107787145318);
    expect(london.explanation).toBe("Pooled: 838,895 events / 8,824,800 population × 1,000 over the 1 member of London.");
  });

  it("pooled and mean of rates differ for the neighbour group (2018 Total Offences counts)", () => {
    const rows = TOTAL_OFFENCES.filter((r) => r.area !== "London").map((r) => ({
      area: r.area,
      count: r.count2018,
      population: POPULATIONS[r.area] as number,
    }));
    const members = rows.map((r) => r.area);
    const pooled = comparatorValue({ id: "nbrs", members, aggregation: "pooled" }, rows);
    const totalCount = rows.reduce((s, r) => s + r.count, 0);
    const totalPop = rows.reduce((s, r) => s + r.population, 0);
    expect(pooled.count).toBe(totalCount);
    expect(pooled.population).toBe(totalPop);
    expect(pooled.value).toBeCloseTo((totalCount / totalPop) * 1000, 12);
    const mean = comparatorValue({ id: "nbrs", members, aggregation: "mean-of-rates" }, rows);
    const rates = rows.map((r) => (r.count / r.population) * 1000);
    expect(mean.value).toBeCloseTo(rates.reduce((s, x) => s + x, 0) / rates.length, 12);
    expect(mean.count).toBeCloseTo(totalCount / rows.length, 12); // counts averaged separately
    expect(mean.value).not.toBeCloseTo(pooled.value, 2);
    const median = comparatorValue({ id: "nbrs", members, aggregation: "median-of-rates" }, rows);
    expect(median.value).toBeCloseTo(82.37920168067227, 10); // Ealing's 28,233 / 342,720 × 1,000
    expect(median.rates.map((r) => r.area)).toEqual(members);
    expect(median.explanation).toBe("Median of the rates per 1,000 of the 5 members of nbrs (not a pooled rate).");
  });

  it("external: the published figure is the row named by the group's id, taken as given", () => {
    const yot = comparatorValue(
      { id: "yot-family", name: "YOT family", members: [], aggregation: "external" },
      [
        { area: "yot-family", rate: 40.8, per: 100 },
        { area: "Other", rate: 1 },
      ],
      { per: 100 },
    );
    expect(yot).toMatchObject({ value: 40.8, rule: "external", per: 100, count: null, population: null });
    expect(yot.explanation).toBe("External: the published value of YOT family, taken as given.");
  });

  it("extra rows are ignored; member order is kept", () => {
    const rows = [
      { area: "A", count: 10, population: 1000 },
      { area: "B", count: 30, population: 1000 },
      { area: "Z", count: 999, population: 1 },
    ];
    const result = comparatorValue({ id: "g", members: ["B", "A"], aggregation: "mean-of-rates" }, rows);
    expect(result.value).toBe(20);
    expect(result.members).toEqual(["B", "A"]);
  });

  it("throws BenchmarkError: missing member, duplicates, mixed per, bad rule", () => {
    const rows = [{ area: "A", count: 1, population: 10 }];
    expect(() => comparatorValue({ id: "g", members: ["A", "B"], aggregation: "pooled" }, rows)).toThrow(
      expect.objectContaining({ code: "missing-member", message: expect.stringContaining('"B"') }),
    );
    expect(() => comparatorValue({ id: "g", members: ["A"], aggregation: "pooled" }, [...rows, ...rows])).toThrow(
      expect.objectContaining({ code: "duplicate-area" }),
    );
    expect(() => comparatorValue({ id: "g", members: ["A", "A"], aggregation: "pooled" }, rows)).toThrow(expect.objectContaining({ code: "duplicate-area" }));
    expect(() =>
      comparatorValue({ id: "g", members: ["A", "B"], aggregation: "mean-of-rates" }, [
        { area: "A", rate: 5, per: 1000 },
        { area: "B", rate: 500, per: 100000 },
      ]),
    ).toThrow(expect.objectContaining({ code: "mixed-per" }));
    expect(() => comparatorValue({ id: "g", members: [], aggregation: "external" }, [{ area: "g", rate: 1, per: 100 }])).toThrow(
      expect.objectContaining({ code: "mixed-per" }),
    );
    expect(() => comparatorValue({ id: "g", members: ["A"], aggregation: "pooled" }, [{ area: "A", rate: 5 }])).toThrow(
      expect.objectContaining({ code: "missing-member" }),
    );
    expect(() => comparatorValue({ id: "g", members: ["A"], aggregation: "mean-of-rates" }, [{ area: "A" }])).toThrow(
      /neither a count and population nor a rate/,
    );
    expect(() => comparatorValue({ id: "g", members: ["A"], aggregation: "mean" as never }, rows)).toThrow(/aggregation must be one of/);
    expect(() => comparatorValue({ id: "g", members: [], aggregation: "pooled" }, rows)).toThrow(/has no members/);
    expect(() => comparatorValue({ id: "g", members: ["A"], aggregation: "pooled" }, "rows" as never)).toThrow(
      expect.objectContaining({ code: "invalid-argument" }),
    );
    expect(() => comparatorValue(null as never, rows)).toThrow(expect.objectContaining({ code: "invalid-argument" }));
    expect(() => comparatorValue({ id: "g", members: [], aggregation: "external" }, [])).toThrow(
      expect.objectContaining({ code: "missing-member", message: expect.stringContaining('{ area: "g", rate }') }),
    );
    expect(() => comparatorValue({ id: "g", members: ["A"], aggregation: "pooled" }, [{ area: "A", count: -1, population: 10 }])).toThrow(BenchmarkError);
  });

  it("hostile ids, members and counts throw BenchmarkError (never TypeError or RatesError)", () => {
    const rows = [{ area: "London", count: 838895, population: 8824800 }];
    const pooled = { id: "london", members: ["London"], aggregation: "pooled" } as const;
    expect(() => comparatorValue({ ...pooled, id: Object.create(null) }, rows)).toThrow(/group.id/);
    expect(() => comparatorValue({ ...pooled, members: [, "London"] as string[] }, rows)).toThrow(BenchmarkError);
    expect(() => comparatorValue(pooled, [{ area: "London", count: 2.7e69, population: 8824800 }])).toThrow(BenchmarkError);
    expect(() => comparatorValue(pooled, [{ area: "London", count: 838895, population: 4e-308 }])).toThrow(BenchmarkError);
  });

  it("a mean and a median of rates near the largest number are finite", () => {
    const rows = [
      { area: "A", rate: 1e308 },
      { area: "B", rate: 1.5e308 },
    ];
    expect(comparatorValue({ id: "g", members: ["A", "B"], aggregation: "mean-of-rates" }, rows).value).toBe(1.25e308);
    const signs = [
      { area: "A", rate: -1e308 },
      { area: "B", rate: 1e308 },
    ];
    expect(comparatorValue({ id: "g", members: ["A", "B"], aggregation: "median-of-rates" }, signs).value).toBe(0);
  });
});
