import type { MonthKey } from "@crimestats/periods";
import type { CountRow } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../src/renderMarkdown.js";
import { strategicAssessment } from "../src/strategicAssessment.js";

/** Counts of each offence placed in the December of 2023 and 2024. */
function decembers(area: string, counts: Readonly<Record<string, readonly [number, number]>>): CountRow[] {
  return Object.entries(counts).flatMap(([offence, [previous, current]]): CountRow[] => [
    { area, month: "2023-01" as MonthKey, offence, count: 0 },
    { area, month: "2023-12" as MonthKey, offence, count: previous },
    { area, month: "2024-12" as MonthKey, offence, count: current },
  ]);
}

const counts = [
  ...decembers("A", { SHOPLIFTING: [100, 200], "THEFT FROM THE PERSON": [50, 90], "BICYCLE THEFT": [30, 20] }),
  ...decembers("B", { SHOPLIFTING: [10, 10], "THEFT FROM THE PERSON": [10, 10], "BICYCLE THEFT": [10, 10] }),
];
const input = {
  counts,
  populations: { A: 1000, B: 1000 },
  area: "A",
  benchmarkArea: { name: "Region", membersName: "districts" },
  priorities: [
    { id: "theft", name: "Theft", offences: ["SHOPLIFTING", "THEFT FROM THE PERSON", "BICYCLE THEFT"] },
    { id: "shop", name: "Shoplifting", offences: ["SHOPLIFTING"] },
  ],
};

describe("strategicAssessment: what drove a change", () => {
  const result = strategicAssessment(input);
  const theft = result.priorities.find((p) => p.id === "theft");

  it("splits the change into each category's contribution, largest first, adding up to the total", () => {
    // +100 (shoplifting) + 40 (theft from the person) − 10 (bicycle theft) = +130 = 310 − 180.
    expect(theft?.drivers?.rows.map((r) => [r.name, r.change])).toEqual([
      ["shoplifting", 100],
      ["theft from the person", 40],
      ["bicycle theft", -10],
    ]);
    // 100 / 130 of the change, as a percentage; rate change per 1,000 on 1,000 residents: (200 − 100) / 1,000 × 1,000 = 100.
    expect(theft?.drivers?.rows[0]?.share).toBeCloseTo((100 / 130) * 100, 10);
    expect(theft?.drivers?.rows[0]?.rateChange).toBe(100);
  });

  it("names the largest parts that cover most of the change and those that moved the other way", () => {
    // The rises add up to 140: shoplifting alone is 100 / 140 ≈ 71%, under three quarters, so theft from the person is named too;
    // every part is named with its change, none is only counted.
    expect(theft?.drivers?.explanation).toBe(
      "The rise of 130 offences in A was driven by shoplifting (+100) and theft from the person (+40); bicycle theft (-10) moved the other way.",
    );
    expect(renderMarkdown(result)).toContain("### What drove the change");
  });

  it("has no drivers for a priority of one category", () => {
    expect(result.priorities.find((p) => p.id === "shop")?.drivers).toBeNull();
  });

  it("counts the old and new names of a category one recording change renamed as one part", () => {
    const relabelled = strategicAssessment({
      ...input,
      counts: [
        ...decembers("A", { "BURGLARY IN A DWELLING": [100, 20], "BURGLARY - RESIDENTIAL": [0, 90], SHOPLIFTING: [50, 45] }),
        ...decembers("B", { "BURGLARY IN A DWELLING": [10, 10], "BURGLARY - RESIDENTIAL": [0, 0], SHOPLIFTING: [10, 10] }),
      ],
      priorities: [{ id: "all", name: "All offences", offences: ["BURGLARY IN A DWELLING", "BURGLARY - RESIDENTIAL", "SHOPLIFTING"] }],
      breaks: [
        {
          id: "burglary-renamed",
          month: "2024-03",
          kind: "relabelling",
          description: "From March 2024 burglary in a dwelling is published as burglary - residential.",
          source: { title: "Test notes" },
          affects: { offences: ["BURGLARY IN A DWELLING", "BURGLARY - RESIDENTIAL"] },
          likeForLike: { offences: ["BURGLARY IN A DWELLING", "BURGLARY - RESIDENTIAL"] },
        },
      ],
      detectedBreaks: false,
    });
    // Burglary under either name: 100 + 0 = 100 → 20 + 90 = 110, +10; shoplifting 50 → 45, −5.
    expect(relabelled.priorities[0]?.drivers?.rows.map((r) => [r.name, r.change])).toEqual([
      ["burglary (recorded under different names before and after March 2024)", 10],
      ["shoplifting", -5],
    ]);
  });

  it("counts the old and new names of a renaming found in the counts (a row stops as another starts in the same area) as one part", () => {
    // A, monthly from January 2023 to December 2024: burglary in a dwelling 20 a month until February 2024, then none;
    // burglary - residential none until February 2024, then 22 a month; shoplifting 10 a month. B: every row 10 a month.
    const monthly = (area: string, offence: string, count: (m: MonthKey) => number): CountRow[] =>
      Array.from({ length: 24 }, (_, i) => {
        const month = `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}` as MonthKey;
        return { area, month, offence, count: count(month) };
      });
    const renamed = strategicAssessment({
      ...input,
      counts: [
        ...monthly("A", "BURGLARY IN A DWELLING", (m) => (m < "2024-03" ? 20 : 0)),
        ...monthly("A", "BURGLARY - RESIDENTIAL", (m) => (m < "2024-03" ? 0 : 22)),
        ...monthly("A", "SHOPLIFTING", () => 10),
        ...["BURGLARY IN A DWELLING", "BURGLARY - RESIDENTIAL", "SHOPLIFTING"].flatMap((o) => monthly("B", o, () => 10)),
      ],
      priorities: [{ id: "all", name: "All offences", offences: ["BURGLARY IN A DWELLING", "BURGLARY - RESIDENTIAL", "SHOPLIFTING"] }],
    });
    // Burglary under either name: 12 × 20 = 240 in 2023 → 2 × 20 + 10 × 22 = 260 in 2024, +20; shoplifting 120 → 120, 0.
    expect(renamed.priorities[0]?.drivers?.rows.map((r) => [r.name, r.change])).toEqual([
      ["burglary (recorded under different names before and after March 2024)", 20],
      ["shoplifting", 0],
    ]);
  });

  it("names a part of labels that are not Metropolitan Police categories by the label with most offences now, with the month the names changed", () => {
    const result = strategicAssessment({
      ...input,
      counts: [
        ...decembers("A", { "Old name": [100, 20], "New name": [0, 90], Other: [50, 45] }),
        ...decembers("B", { "Old name": [10, 10], "New name": [0, 0], Other: [10, 10] }),
      ],
      priorities: [{ id: "all", name: "All offences", offences: ["Old name", "New name", "Other"] }],
      breaks: [
        {
          id: "renamed",
          month: "2024-03",
          kind: "relabelling",
          description: "From March 2024 Old name is published as New name.",
          source: { title: "Test notes" },
          affects: { offences: ["Old name", "New name"] },
          likeForLike: { offences: ["Old name", "New name"] },
        },
      ],
      detectedBreaks: false,
    });
    // "New name" holds 90 of the 110 now.
    expect(result.priorities[0]?.drivers?.rows[0]?.name).toBe("New name (recorded under different names before and after March 2024)");
    expect(result.priorities[0]?.drivers?.explanation).not.toMatch(/under \d+ names|other categor/);
  });

  it("names a part of three or more Metropolitan Police labels by the major category they share", () => {
    const labels = ["BURGLARY IN A DWELLING", "BURGLARY - RESIDENTIAL", "BURGLARY BUSINESS AND COMMUNITY"];
    const result = strategicAssessment({
      ...input,
      counts: [
        ...decembers("A", { [labels[0] as string]: [100, 0], [labels[1] as string]: [0, 90], [labels[2] as string]: [30, 30], SHOPLIFTING: [50, 45] }),
        ...decembers("B", { [labels[0] as string]: [10, 10], [labels[1] as string]: [0, 0], [labels[2] as string]: [5, 5], SHOPLIFTING: [10, 10] }),
      ],
      priorities: [{ id: "all", name: "All offences", offences: [...labels, "SHOPLIFTING"] }],
      breaks: [
        {
          id: "burglary-renamed",
          month: "2024-03",
          kind: "relabelling",
          description: "From March 2024 burglary is published under new names.",
          source: { title: "Test notes" },
          affects: { offences: labels },
          likeForLike: { offences: labels },
        },
      ],
      detectedBreaks: false,
    });
    // Burglary: 100 + 0 + 30 = 130 → 0 + 90 + 30 = 120, −10; shoplifting 50 → 45, −5.
    expect(result.priorities[0]?.drivers?.rows.map((r) => [r.name, r.change])).toEqual([
      ["burglary (recorded under different names before and after March 2024)", -10],
      ["shoplifting", -5],
    ]);
  });
});
