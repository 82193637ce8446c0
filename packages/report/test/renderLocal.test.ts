// The sections of the partnership's own measures in every format, from hand-written sections of
// every kind put into a result: their headings, quick facts, tables and notes, the contents, the
// sources, the key findings' links, the disclosure sentence once, and a Word rule for every element.
import { comparisonChart } from "@crimestats/charts";
import type { CountRow } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import { documentOptions } from "../src/internal/document/documentOptions.js";
import { resvgChart } from "../src/internal/docx/resvgChart.js";
import { wordDocument } from "../src/internal/docx/wordDocument.js";
import type { LocalMeasuresResult, LocalSection } from "../src/localTypes.js";
import { renderHtml } from "../src/renderHtml.js";
import { renderMarkdown } from "../src/renderMarkdown.js";
import { strategicAssessment } from "../src/strategicAssessment.js";
import type { StrategicAssessmentResult } from "../src/types.js";
import { docxParts, wordText } from "./docx.js";

const counts: CountRow[] = ["Harrow", "Barnet"].flatMap((area): CountRow[] => [
  { area, month: "2023-03", offence: "BURGLARY", count: 30 },
  { area, month: "2025-02", offence: "BURGLARY", count: 24 },
]);
const base = strategicAssessment({
  counts,
  populations: { Harrow: 261000, Barnet: 389000 },
  area: "Harrow",
  benchmarkArea: { name: "London", membersName: "London boroughs" },
  comparatorGroup: { name: "neighbours", members: ["Barnet"] },
  priorities: [{ id: "burglary", name: "Burglary", offences: ["BURGLARY"] }],
});

const disclosure =
  "Counts of 1 to 4 are shown as * and others rounded to the nearest 5; a rate or share is not shown where a count it uses is hidden, and is worked out from the exact counts.";

/** A section with the fields every kind has, written by hand. */
function section(id: string, kind: LocalSection["kind"], name: string, extra: Partial<LocalSection> = {}): LocalSection {
  return {
    id,
    anchor: `local-${id}`,
    kind,
    name,
    synthetic: false,
    period: "12 months to February 2025 against the 12 months before",
    facts: [],
    findings: [],
    tables: [],
    charts: [],
    notes: [],
    verdict: null,
    ...extra,
  };
}

const asb = section("asb", "incidents", "Anti-social behaviour", {
  facts: [
    { label: "Incidents, 12 months to Feb 2025", text: "4,215", value: 4215, method: "sum of monthly counts" },
    { label: "Rate per 1,000 residents", text: "16.15", value: 16.15, method: "incidents / residents × 1,000" },
  ],
  findings: [
    "Harrow recorded 4,215 anti-social behaviour incidents in the 12 months to February 2025 (16.15 per 1,000 residents).",
    "They fell from 4,780, a significant fall.",
  ],
  tables: [
    {
      id: "local-asb-wards",
      caption: "Anti-social behaviour: incidents by ward of Harrow",
      header: ["Ward", "Incidents"],
      rows: [
        ["Greenhill", "415"],
        ["Hatch End", "*"],
        ["All wards", "4,215"],
      ],
      numeric: [false, true],
      emphasis: -1,
      notes: ["* 1 to 4 incidents (hidden); other counts rounded to the nearest 5."],
    },
  ],
  charts: [
    comparisonChart({
      title: "Anti-social behaviour: rate per 1,000 residents",
      source: "Metropolitan Police CRIS extract; ONS",
      xTitle: "Incidents per 1,000 residents, 12 months to Feb 2025",
      rows: [
        { area: "Harrow", value: 16.15, lower: 15.67, upper: 16.64 },
        { area: "Barnet", value: 18.2, lower: 17.8, upper: 18.6 },
      ],
      reference: { label: "London", value: 21.4 },
    }),
  ],
  notes: ["Change: exact conditional test of the ratio of the two rates, two-sided, at the 95% level (p < 0.001).", disclosure],
  verdict: {
    kind: "change",
    word: "significant-fall",
    explanation: "Anti-social behaviour incidents in Harrow fell significantly, from 4,780 to 4,215.",
  },
});
const hate = section("hate-crime", "incidents", "Hate crime", {
  facts: [{ label: "Hate crimes", text: "310", value: 310, method: "distinct crimes" }],
  findings: ["A crime can carry several strands, so the strands add up to more than the 310 hate crimes."],
  tables: [
    {
      id: "local-hate-strands",
      caption: "Hate crime by strand",
      header: ["Strand", "Crimes"],
      rows: [
        ["Race", "240"],
        ["Religion", "85"],
        ["Transgender", "*"],
      ],
      numeric: [false, true],
      emphasis: -1,
      notes: [],
    },
  ],
  verdict: { kind: "change", word: "no-significant-change", explanation: "Hate crime in Harrow rose from 290 to 310, no significant change." },
});
const youth = section("youth-justice", "youth-justice", "Youth justice", {
  facts: [{ label: "Reoffending, Jan–Mar 2017 cohort", text: "36.4% (95% CI 22.2–53.4)", value: 36.4, method: "reoffenders / cohort × 100, Wilson interval" }],
  findings: ["12 of the 33 young people of the January to March 2017 cohort reoffended (36.4%)."],
});
const survey = section("survey", "survey", "Public confidence", {
  tables: [
    {
      id: "local-survey-1",
      caption: "Police do a good job in the local area: % agreeing",
      header: ["Area", "% agreeing", "Base"],
      rows: [
        ["Harrow", "61.0%", "—"],
        ["London", "63.0%", "—"],
      ],
      numeric: [false, true, true],
      emphasis: 0,
      notes: ["The areas are listed, not ranked: no sample sizes were given."],
    },
  ],
});
const services = section("service-volumes", "service-volumes", "Service volumes", {
  findings: ["IDVA referrals: 348 against a target of 240 (+108)."],
  verdict: { kind: "target", word: "not-met", explanation: "MARAC cases were 16 a month against a target of 22: the target was not met." },
});
const plan = section("delivery-plan", "delivery-plan", "Delivery plan", {
  synthetic: true,
  tables: [
    {
      id: "local-plan-summary",
      caption: "Delivery plan: actions by priority",
      header: ["Priority", "Actions", "● Red", "▲ Amber", "■ Green", "Overdue"],
      rows: [["Domestic abuse and VAWG", "4", "1", "2", "1", "1"]],
      numeric: [false, true, true, true, true, true],
      emphasis: -1,
      notes: [],
    },
  ],
});
const local: LocalMeasuresResult = { sections: [asb, hate, youth, survey, services, plan], disclosure, notes: [] };

/** The base result with the local sections, their key findings, sources and disclosure note as strategicAssessment would add them. */
const result: StrategicAssessmentResult = {
  ...base,
  local,
  keyFindings: [...base.keyFindings, { explanation: asb.verdict?.explanation ?? "", section: asb.anchor }],
  sources: [...base.sources, "Local data: asb.csv", "Local data: Metropolitan Police CRIS extract", "SYNTHETIC local data: plan.csv"],
  notes: [...base.notes, `The partnership's own measures: ${disclosure.replace(/^C/, "c")}`],
};

describe("the local sections rendered", () => {
  it("prints each section in HTML after the priorities and before the notes, with its contents entry, facts, findings, chart, tables and verdict", async () => {
    const html = await renderHtml(result, { date: "2026-12-07" });
    const at = (text: string): number => html.indexOf(text);
    for (const s of local.sections) {
      expect(html).toContain(`<section class="local" id="${s.anchor}">`);
      expect(html).toContain(`<li><a href="#${s.anchor}">${s.name}</a></li>`);
    }
    expect(at('<section class="priority" id="priority-burglary">')).toBeLessThan(at('id="local-asb"'));
    expect(at('id="local-delivery-plan"')).toBeLessThan(at('id="notes-on-method"'));
    expect(html).toContain("<dt>Incidents, 12 months to Feb 2025</dt><dd>4,215</dd>");
    expect(html).toContain("<caption id=");
    expect(html).toContain(">Anti-social behaviour: incidents by ward of Harrow</caption>");
    expect(html).toContain('<p class="note">* 1 to 4 incidents (hidden); other counts rounded to the nearest 5.</p>');
    expect(html).toMatch(/<figure class="chart" id="local-asb-chart-1"[^>]*><svg/);
    expect(html).toContain("<h3>Verdict</h3>");
    expect(html).toContain("<p><strong>Significant fall.</strong> Anti-social behaviour incidents in Harrow fell significantly, from 4,780 to 4,215.</p>");
    // The target's explanation is not among the findings, so the verdict gives it.
    expect(html).toContain("<h3>Against target</h3>\n<p><strong>Target not met.</strong> MARAC cases were 16 a month");
    expect(html).toContain("Period assessed: 12 months to February 2025 against the 12 months before. <strong>SYNTHETIC data: not real figures.</strong>");
    // The focus row of a table is emphasised.
    expect(html).toMatch(/<tr class="focus"><th scope="row">Harrow<\/th><td>61.0%/);
    // The key finding links to its section.
    expect(html).toContain('(see <a href="#local-asb">Anti-social behaviour</a>).');
  });

  it("gives the disclosure rule in words once in the notes and in the appendix, never in a section's own notes nor by the policy's id", async () => {
    const html = await renderHtml(result, { date: "2026-12-07" });
    const body = html.slice(html.indexOf("<main>"));
    const rule = "ounts of 1 to 4 are shown as * and others rounded to the nearest 5; a rate or share is not shown where a count it uses is hidden";
    const sections = body.slice(body.indexOf('id="local-asb"'), body.indexOf('id="notes-on-method"'));
    expect(sections).not.toContain(rule);
    expect(body.slice(body.indexOf('id="notes-on-method"'), body.indexOf('id="data-sources-and-licences"'))).toContain(
      `<li>The partnership&#39;s own measures: c${rule}`,
    );
    const appendix = body.slice(body.indexOf('id="how-the-figures-are-made"'));
    expect(appendix).toContain("<dt>The partnership&#39;s own measures</dt>");
    expect(appendix).toContain(`C${rule}`);
    expect(html).not.toContain("suppress-1-4-round-5");
  });

  it("lists the local sources under the partnership's own data, the SYNTHETIC ones apart", async () => {
    const html = await renderHtml(result, { date: "2026-12-07" });
    const sources = html.slice(html.indexOf('id="data-sources-and-licences"'), html.indexOf('id="how-the-figures-are-made"'));
    expect(sources).toContain("<dt>The partnership&#39;s own data</dt>");
    expect(sources).toContain("<dd>asb.csv</dd>");
    expect(sources).toContain("<dd>Metropolitan Police CRIS extract</dd>");
    expect(sources).toContain(
      "<dt>The partnership&#39;s own data (SYNTHETIC)</dt>\n<dd>SYNTHETIC demonstration data: not real figures, under no licence.</dd>",
    );
    expect(sources).toContain("<dd>plan.csv</dd>");
  });

  it("prints the same sections in Markdown, in the HTML's order and words", async () => {
    const md = renderMarkdown(result, { date: "2026-12-07" });
    const html = await renderHtml(result, { date: "2026-12-07" });
    const headings = (text: string, pattern: RegExp): string[] => [...text.matchAll(pattern)].map((m) => (m[1] ?? "").replace(/&#39;/g, "'"));
    expect(headings(md, /^#{2,3} (.+)$/gm)).toEqual(headings(html, /<h[23](?: [^>]*)?>([^<]+)<\/h[23]>/g));
    expect(md).toContain('<a id="local-asb"></a>\n\n## Anti-social behaviour');
    expect(md).toContain("- [Anti-social behaviour](#local-asb)");
    expect(md).toContain("- Incidents, 12 months to Feb 2025: **4,215**");
    expect(md).toContain("| Greenhill | 415 |\n| Hatch End | \\* |");
    expect(md).toContain("_\\* 1 to 4 incidents (hidden); other counts rounded to the nearest 5._");
    expect(md).toContain("| **Harrow** | 61.0% | — |");
    expect(md).toContain("Chart (see the HTML version): ");
    expect(md).toContain("**Target not met.** MARAC cases were 16 a month");
    expect(md.match(/ounts of 1 to 4 are shown as \\\* and others rounded to the nearest 5; a rate/g)?.length).toBe(2);
  });

  it("gives every element of the local sections a Word rule and writes their words", async () => {
    const word = await wordDocument(result, documentOptions("renderDocx", { date: "2026-12-07" }), resvgChart);
    expect(word.unmapped).toEqual([]);
    const text = wordText(docxParts(word.docx)["word/document.xml"] ?? "");
    for (const s of local.sections) expect(text).toContain(s.name);
    expect(text).toContain("4,215");
    expect(text).toContain("Domestic abuse and VAWG");
    expect(text).toContain("Target not met.");
  }, 60_000);

  it("renders a result without local sections (null, or written before they existed) as before", async () => {
    const { local: _none, ...old } = base;
    const html = await renderHtml(old as StrategicAssessmentResult, { date: "2026-12-07" });
    expect(html).not.toContain('class="local"');
    expect(renderMarkdown(base)).not.toContain("local-");
  });
});
