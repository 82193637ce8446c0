import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderHtml } from "../src/renderHtml.js";
import { renderMarkdown } from "../src/renderMarkdown.js";
import type { CountRow } from "@crimestats/schema";
import { strategicAssessment } from "../src/strategicAssessment.js";
import { localSections } from "../src/localSections.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("shows the install line and links that work on the registry page (absolute)", () => {
    expect(readme).toContain("npm install @crimestats/report");
    const links = [...readme.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] ?? "");
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^https:\/\/github\.com\/crimestats\/crimestats\/blob\/main\//);
  });

  it("its example, a district against its county, runs and gives the results it shows", async () => {
    const counts: CountRow[] = [
      { area: "Allerdale", month: "2023-06", offence: "Burglary", count: 30 },
      { area: "Allerdale", month: "2024-06", offence: "Burglary", count: 24 },
      { area: "Copeland", month: "2023-01", offence: "Burglary", count: 20 },
      { area: "Copeland", month: "2024-12", offence: "Burglary", count: 18 },
      { area: "Carlisle", month: "2023-01", offence: "Burglary", count: 50 },
      { area: "Carlisle", month: "2024-12", offence: "Burglary", count: 45 },
    ];
    const result = strategicAssessment({
      counts,
      populations: { Allerdale: 97000, Copeland: 68000, Carlisle: 110000 },
      area: "Allerdale",
      benchmarkArea: { name: "Cumbria", membersName: "districts" },
      comparatorGroup: { name: "neighbours", members: ["Copeland"] },
      priorities: [{ id: "burglary", name: "Burglary", offences: ["Burglary"] }],
    });
    expect(result.current.label).toBe("12 months to Dec 2024");
    expect(result.priorities[0]?.quickFacts.rankInBenchmarkArea?.explanation).toBe(
      "Allerdale has the lowest burglary rate of 3 districts in the 12 months to December 2024.",
    );
    const markdown = renderMarkdown(result);
    expect(markdown).toContain("Rank among districts");
    expect(markdown).toContain("Compared with the Cumbria rate");
    expect(markdown).not.toContain("London");
    expect((await renderHtml(result)).startsWith("<!DOCTYPE html>")).toBe(true);
  });

  it("its local-sections example gives the verdict it shows", () => {
    const local = localSections({
      area: "Allerdale",
      populations: { Allerdale: 97000 },
      services: [
        {
          measure: "idva-referrals",
          measureName: "IDVA referrals",
          period: "2024-01/2024-12",
          value: 212,
          unit: "referrals",
          target: 240,
          polarity: "higher-is-better",
        },
      ],
    });
    expect(readme).toContain('local.sections[0].verdict.word; //=> "not-met"');
    expect(local.sections[0]?.verdict?.word).toBe("not-met");
  });
});
