import { readFileSync } from "node:fs";
import type { MonthKey } from "@crimestats/periods";
import { parseStrategy, type CountRow, type Strategy, type Target } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../src/renderMarkdown.js";
import { strategicAssessment } from "../src/strategicAssessment.js";

/** Harrow's Community Safety Strategy 2019–20 (its burglary indicator has a same-period-last-year target). */
const strategy2019: Strategy = parseStrategy(
  (JSON.parse(readFileSync(new URL("../../../examples/data/harrow/strategies.json", import.meta.url), "utf8")) as { id: string }[]).find(
    (s) => s.id === "harrow-2019-20",
  ),
);

/** The same strategy with its burglary target replaced. */
function withTarget(target: Target): Strategy {
  return { ...strategy2019, priorities: strategy2019.priorities.map((p) => ({ ...p, targets: p.targets.map((t) => ({ ...t, target })) })) };
}

// Burglary in the December of 2023 (100 in Harrow) and 2024 (110); 40 in Barnet each year.
const counts: CountRow[] = ["Harrow", "Barnet"].flatMap((area): CountRow[] =>
  (["2023-01", "2023-12", "2024-01", "2024-12"] as MonthKey[]).map((month) => ({
    area,
    month,
    offence: "RES BURGLARY OF A HOME",
    count: month.endsWith("-12") ? (area === "Barnet" ? 40 : month.startsWith("2023") ? 100 : 110) : 0,
  })),
);
const base = { counts, populations: { Harrow: 1000, Barnet: 2000 }, area: "Harrow", benchmarkArea: { name: "London", membersName: "London boroughs" } };

describe("strategicAssessment RAG from a strategy's targets", () => {
  it("rates an indicator by its target, in the target's own words, and leaves All offences unrated", () => {
    const result = strategicAssessment({ ...base, priorities: strategy2019 });
    expect(result.priorities.map((p) => p.name)).toEqual(["All offences", "Burglary offences"]);
    expect(result.priorities[0]?.rag).toBeNull();
    const rag = result.priorities[1]?.rag;
    // 110 against 100 a year earlier, any rise red (the target has no tolerance).
    expect(rag?.rating).toBe("red");
    expect(rag?.measure).toBe("Burglaries are reduced compared to the same period in the last 12 months");
    expect(renderMarkdown(result)).toContain("Burglaries are reduced compared to the same period in the last 12 months");
  });

  it("rates a value target and a percent reduction against the previous period's count", () => {
    const value = strategicAssessment({ ...base, priorities: withTarget({ kind: "value", value: 120, description: "Fewer than 120 burglaries" }) });
    // 110 ≤ 120: green.
    expect(value.priorities[1]?.rag?.rating).toBe("green");
    expect(value.priorities[1]?.rag?.measure).toBe("Fewer than 120 burglaries");
    const reduction = strategicAssessment({ ...base, priorities: withTarget({ kind: "percent-reduction", percent: 10 }) });
    // Target 100 × (1 − 10%) = 90; 110 is above it with no tolerance: red.
    expect(reduction.priorities[1]?.rag?.rating).toBe("red");
    expect(reduction.priorities[1]?.rag?.explanation).toContain("90");
    expect(reduction.priorities[1]?.rag?.measure).toBe("Burglary offences reduced by 10%");
  });

  it("does not rate a range target, and says so in the notes", () => {
    const range = strategicAssessment({ ...base, priorities: withTarget({ kind: "range", lower: 50, upper: 150 }) });
    expect(range.priorities[1]?.rag).toBeNull();
    expect(range.notes).toContain("Burglary offences: its target is not rated here (a range target is not rated).");
  });

  it("prefers the rule the caller's ragRule gives, and falls back to the target when it gives none", () => {
    const own = strategicAssessment({
      ...base,
      priorities: strategy2019,
      ragRule: (p) => (p.id === "all-offences" ? { kind: "change", polarity: "lower-is-better", title: "All offences fall" } : null),
    });
    expect(own.priorities[0]?.rag?.measure).toBe("All offences fall");
    expect(own.priorities[1]?.rag?.measure).toBe("Burglaries are reduced compared to the same period in the last 12 months");
  });
});

describe("the RAG rating in the document", () => {
  const rated = (rule: Parameters<typeof strategicAssessment>[0]["ragRule"]) =>
    renderMarkdown(
      strategicAssessment({
        ...base,
        priorities: [{ id: "burglary", name: "Burglary", offences: ["RES BURGLARY OF A HOME"] }],
        ...(rule === undefined ? {} : { ragRule: rule }),
      }),
    );
  /** The line after the "### RAG" heading of the burglary section (the second section, after all offences). */
  const ragLine = (md: string): string => md.split("### RAG\n\n").at(-1)?.split("\n")[0] ?? "";

  it("gives the rule's own title and description and the rating, without the scheme's generic definition or the label twice", () => {
    const md = rated((p) =>
      p.id === "burglary"
        ? {
            kind: "target",
            polarity: "lower-is-better",
            target: 100,
            amber: { percent: 5 },
            title: "Burglary against the target",
            description: "Burglaries in the year are at or below 100.",
          }
        : null,
    );
    // 110 burglaries against a target of 100: 10% above, beyond the 5% amber band, so red.
    const line = ragLine(md);
    expect(line).toMatch(
      /^\*\*\S+ Red\*\* for "Burglary against the target": Burglaries in the year are at or below 100\. 110 burglary offences .*10\.0% above the target of 100/,
    );
    expect(line.match(/Red/g)).toHaveLength(1);
    expect(line).not.toMatch(/Off track|tolerance/);
  });

  it("explains a rule without words of its own by the scheme's definition of the rating", () => {
    const line = ragLine(rated((p) => (p.id === "burglary" ? { kind: "target", polarity: "lower-is-better", target: 100, amber: { percent: 5 } } : null)));
    expect(line).toMatch(/^\*\*\S+ Red\*\* for the measure "Burglary offences at or below the target of 100"\. 110 burglary offences .*\. \(.+\.\)$/);
    expect(line.match(/Red/g)).toHaveLength(1);
  });
});
