import { addMonths, rolling, type MonthKey } from "@crimestats/periods";
import type { CountRow } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import { renderDocx } from "../src/node/renderDocx.js";
import { renderHtml } from "../src/renderHtml.js";
import { renderMarkdown } from "../src/renderMarkdown.js";
import { strategicAssessment, type StrategicAssessmentInput } from "../src/strategicAssessment.js";
import { docxParts, wordText } from "./docx.js";

// Hand-made counts of two districts of one force area, Northdale and Southdale, for two offences.
const OFFENCES = ["Burglary", "Robbery"] as const;

/** `length` months of counts ending in `end`, for the areas given (the same every run, different by month). */
function countsOf(areas: readonly string[], end: MonthKey, length: number): CountRow[] {
  return areas.flatMap((area, a) =>
    Array.from({ length }, (_, m) => addMonths(end, m - length + 1)).flatMap((month, m) =>
      OFFENCES.map((offence, o) => ({ area, month, offence, count: 20 + ((a * 5 + o * 7 + m * 3) % 9) })),
    ),
  );
}

const PRIORITIES = [
  { id: "burglary", name: "Burglary", offences: ["Burglary"] },
  { id: "robbery", name: "Robbery", offences: ["Robbery"] },
];

const CAVEAT =
  "Northdale has 8,000 residents (mid-2022), far fewer than the people who work in or visit it: its rates per 1,000 residents overstate the risk to the people present.";

/** A single period of a district that is its force area alone: no year earlier, no other area. */
const lone: StrategicAssessmentInput = {
  counts: countsOf(["Northdale"], "2022-11", 11),
  populations: { Northdale: 8_000 },
  area: "Northdale",
  benchmarkArea: { name: "Northdale Police area", membersName: "districts" },
  priorities: PRIORITIES,
  change: "none",
  period: rolling("2022-11", 11),
  notes: [CAVEAT],
};

/** The same with a neighbour to compare with. */
const withNeighbour: StrategicAssessmentInput = {
  ...lone,
  counts: countsOf(["Northdale", "Southdale"], "2022-11", 11),
  populations: { Northdale: 8_000, Southdale: 90_000 },
  comparatorGroup: { name: "neighbours", members: ["Southdale"] },
};

const NO_SECTIONS =
  "There is no section for each priority: with no year earlier and no other area to compare with, each would only repeat its row of this table.";
const SHORT_SERIES =
  "The data hold fewer than 3 years of the same period, too few for a long-term trend: each priority is compared with the year earlier only.";

/** The HTML document as its text. */
async function htmlText(input: StrategicAssessmentInput): Promise<string> {
  return (await renderHtml(strategicAssessment(input))).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

describe("a document whose priorities would each only repeat their row of the Summary table", () => {
  const result = strategicAssessment(lone);

  it("prints no section per priority in Markdown, says why under the Summary table and links the key findings to it", () => {
    const md = renderMarkdown(result);
    expect(md).not.toMatch(/^## (Burglary|Robbery)$/m);
    expect(md).not.toContain("#priority-");
    expect(md).not.toContain("### Quick facts");
    const summary = md.slice(md.indexOf("## Summary"), md.indexOf('<a id="overview">'));
    expect(summary).toContain("| Burglary |");
    expect(summary).toContain(NO_SECTIONS);
    expect(md.match(/\(see \[[^\]]+\]\(#([^)]+)\)\)/g)?.every((link) => link.endsWith("(#summary))"))).toBe(true);
  });

  it("prints no section per priority in HTML and Word, nor a contents entry for one", async () => {
    const html = await renderHtml(result);
    expect(html).not.toContain('class="priority"');
    expect(html).not.toContain('href="#priority-');
    expect(html).toContain(NO_SECTIONS);
    const word = wordText(docxParts(await renderDocx(result))["word/document.xml"] ?? "");
    expect(word).not.toContain("Quick facts");
    expect(word).toContain(NO_SECTIONS);
  });

  it("gives the small-population caveat as a note under the Summary table, before the overview", async () => {
    const md = renderMarkdown(result);
    const summary = md.slice(md.indexOf("## Summary"), md.indexOf('<a id="overview">'));
    expect(summary).toContain(`_${CAVEAT}_`);
    const html = await renderHtml(result);
    const section = html.slice(html.indexOf('<section id="summary">'));
    expect(section.slice(0, section.indexOf("</section>"))).toContain(`<p class="note">${CAVEAT}</p>`);
  });

  it("prints the sections when there is another area to compare with", () => {
    const md = renderMarkdown(strategicAssessment(withNeighbour));
    expect(md).toMatch(/^## Burglary$/m);
    expect(md).toContain("(#priority-burglary)");
    expect(md).not.toContain(NO_SECTIONS);
  });

  it("names the categories of a priority only when it groups several", () => {
    const md = renderMarkdown(
      strategicAssessment({
        ...withNeighbour,
        priorities: [...PRIORITIES, { id: "both", name: "Burglary and robbery", offences: ["Burglary", "Robbery"] }],
      }),
    );
    expect(md).not.toContain("Categories: Burglary.");
    expect(md).toContain("Categories: Burglary, Robbery.");
  });
});

describe("the long-term trend and the months above and below average", () => {
  const twoAreas = ["Northdale", "Southdale"];
  const compared = (months: number): StrategicAssessmentInput => ({
    counts: countsOf(twoAreas, "2024-12", months),
    populations: { Northdale: 80_000, Southdale: 90_000 },
    area: "Northdale",
    benchmarkArea: { name: "Northdale Police area", membersName: "districts" },
    comparatorGroup: { name: "neighbours", members: ["Southdale"] },
    priorities: PRIORITIES,
  });

  it("leaves out the long-term trend with two years of data, saying why once in the front matter", async () => {
    const md = renderMarkdown(strategicAssessment(compared(24)));
    expect(md).not.toContain("Long-term trend");
    expect(md.split(SHORT_SERIES)).toHaveLength(2);
    expect(md.indexOf(SHORT_SERIES)).toBeLessThan(md.indexOf("## Contents"));
    // Nor does the note on the charts drawn once name a long-term chart.
    expect(md).not.toContain("long-term sentence");
    const html = await htmlText(compared(24));
    expect(html).not.toContain("Long-term trend");
    expect(html.split(SHORT_SERIES)).toHaveLength(2);
  });

  it("prints the long-term trend with three years of data, and no sentence saying it is left out", () => {
    const md = renderMarkdown(strategicAssessment(compared(36)));
    expect(md).toContain("### Long-term trend");
    expect(md).not.toContain(SHORT_SERIES);
  });

  it("says the months above and below average describe the two years, not a seasonal pattern", () => {
    const md = renderMarkdown(strategicAssessment(compared(24)));
    // In full in the first section, briefly in the next.
    expect(md).toMatch(/Monthly average over 24 months: \d+\. These months describe the two years only: by chance alone [^\n]*not a seasonal pattern\./);
    expect(md).toMatch(/Monthly average over 24 months: \d+\. These months describe the two years only, not a seasonal pattern\./);
  });
});
