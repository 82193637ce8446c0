import { addMonths } from "@crimestats/periods";
import { describe, expect, it } from "vitest";
import { linePoints } from "./chartData.js";
import { renderHtml } from "../src/renderHtml.js";
import { renderMarkdown } from "../src/renderMarkdown.js";
import { strategicAssessment } from "../src/strategicAssessment.js";
import { total2019Input } from "./fixtures.js";

describe("strategicAssessment: key findings and the long trend", () => {
  const result = strategicAssessment({
    ...total2019Input,
    comparatorGroup: { members: ["Barnet", "Brent"] },
    priorities: [{ id: "total", name: "Total offences", offences: ["ALL"] }],
  });

  it("opens with key findings written from the sections, each linked to its section", () => {
    // The headline: 13,957 → 14,866, a significant rise (see the verdict tests).
    expect(result.keyFindings[0]?.explanation).toContain("13,957 to 14,866");
    expect(result.keyFindings[0]?.explanation).toContain("significant rise");
    expect(result.keyFindings.every((f) => f.section === "priority-total")).toBe(true);
    expect(result.priorities[0]?.anchor).toBe("priority-total");
  });

  it("links the findings to the section's anchor in Markdown and HTML", async () => {
    const md = renderMarkdown(result);
    expect(md.indexOf("## Key findings")).toBeLessThan(md.indexOf("## Summary"));
    expect(md).toContain('<a id="priority-total"></a>');
    expect(md).toMatch(/^- Total offences in Harrow .*, a significant rise \(see \[Total offences\]\(#priority-total\)\)\.$/m);
    const html = await renderHtml(result);
    expect(html).toContain('<section class="priority" id="priority-total">');
    expect(html).toMatch(/<li>Total offences in Harrow [^<]*, a significant rise \(see <a href="#priority-total">Total offences<\/a>\)\.<\/li>/);
  });

  it("gives the long trend of the focus area: the same period of each year the counts cover (two years print no long-term trend)", () => {
    // The counts hold 2017 and 2018 only: the current year and one earlier year.
    expect(result.priorities[0]?.longTrend?.samePeriod.map((s) => [s.label, s.count])).toEqual([
      ["12 months to Dec 2018", 14_866],
      ["12 months to Dec 2017", 13_957],
    ]);
    // Two years are too few for a long-term trend: the document says so once instead.
    expect(renderMarkdown(result)).not.toContain("### Long-term trend");
    expect(renderMarkdown(result)).toContain("too few for a long-term trend");
  });

  it("makes distinct anchors for priorities whose ids differ only in characters an anchor cannot hold", () => {
    const twice = strategicAssessment({
      ...total2019Input,
      priorities: [
        { id: "all", name: "All", offences: ["ALL"] },
        { id: "a b", name: "A", offences: ["ALL"] },
        { id: "a-b", name: "B", offences: ["ALL"] },
      ],
    });
    expect(twice.priorities.map((p) => p.anchor)).toEqual(["priority-all", "priority-a-b", "priority-a-b-2"]);
  });

  it("charts rolling-year rates over the last three years only; the long-term trend keeps the whole series", () => {
    // 60 months, January 2020 to December 2024, 10 offences a month in A and B.
    const counts = ["A", "B"].flatMap((area) => Array.from({ length: 60 }, (_, i) => ({ area, month: addMonths("2020-01", i), offence: "X", count: 10 })));
    const r = strategicAssessment({
      counts,
      populations: { A: 1000, B: 1000 },
      area: "A",
      benchmarkArea: { name: "Region", membersName: "districts" },
      priorities: [{ id: "x", name: "X", offences: ["X"] }],
    });
    const months = linePoints(r.priorities[0]!.charts.trend!)
      .filter((p) => p.series === "A")
      .map((p) => p.month);
    // The 36 rolling years ending January 2022 to December 2024.
    expect([months[0], months.at(-1), months.length]).toEqual(["2022-01", "2024-12", 36]);
    expect(r.priorities[0]?.longTrend?.first).toBe("2020-01");
  });
});
