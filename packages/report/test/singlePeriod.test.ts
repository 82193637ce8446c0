import { inspect } from "node:util";
import { addMonths, rolling, type MonthKey } from "@crimestats/periods";
import type { CountRow } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import { renderDocx } from "../src/node/renderDocx.js";
import { renderHtml } from "../src/renderHtml.js";
import { renderMarkdown } from "../src/renderMarkdown.js";
import { ReportError } from "../src/ReportError.js";
import { strategicAssessment, type StrategicAssessmentInput } from "../src/strategicAssessment.js";
import { docxParts, wordText } from "./docx.js";

// A hand-made cube of 11 months (January to November 2022): the data hold no year earlier, as
// data.police.uk street files of a force whose archive starts in January 2022.
const AREAS = ["Northdale", "Southdale", "Eastdale", "Westdale", "Fellside"] as const;
const OFFENCES = ["Burglary", "Robbery", "Vehicle crime", "Violence and sexual offences"] as const;
const POPULATIONS: Record<string, number> = { Northdale: 96_000, Southdale: 108_000, Eastdale: 54_000, Westdale: 71_000, Fellside: 105_000 };
const MONTHS: MonthKey[] = Array.from({ length: 11 }, (_, i) => addMonths("2022-01", i));

/** A count that differs by area, offence and month (the same every run). */
function countOf(area: number, offence: number, month: number): number {
  return 4 + ((area * 7 + offence * 13 + month * 5) % 11) * (offence + 1) + area * (offence === 3 ? 9 : 2);
}

const rows: CountRow[] = AREAS.flatMap((area, a) =>
  MONTHS.flatMap((month, m) => OFFENCES.map((offence, o) => ({ area, month, offence, count: countOf(a, o, m) }))),
);

const input: StrategicAssessmentInput = {
  counts: rows,
  populations: [{ year: 2022, populations: POPULATIONS, source: "invented estimates, mid-2022" }],
  area: "Northdale",
  benchmarkArea: { name: "Lakeland Police area", membersName: "districts" },
  comparatorGroup: { name: "neighbours", members: ["Southdale", "Eastdale", "Westdale"] },
  priorities: [
    { id: "burglary", name: "Burglary", offences: ["Burglary"] },
    { id: "robbery", name: "Robbery", offences: ["Robbery"] },
    { id: "vehicle", name: "Vehicle crime", offences: ["Vehicle crime"] },
  ],
  change: "none",
  period: rolling("2022-11", 11),
  // A change rule cannot rate without a year earlier; a target rule still rates.
  ragRule: (p) =>
    p.id === "burglary"
      ? { kind: "change", polarity: "lower-is-better" }
      : p.id === "robbery"
        ? { kind: "target", polarity: "lower-is-better", target: 1_000, title: "Robbery at or below 1,000 offences" }
        : null,
};

/** The code strategicAssessment throws, or "no error". */
function codeOf(given: StrategicAssessmentInput): string {
  try {
    strategicAssessment(given);
  } catch (error) {
    return error instanceof ReportError ? error.code : "not a ReportError";
  }
  return "no error";
}

/** Words a single-period document must never print: a change, a previous period, sections that need the year earlier. */
const CHANGE_WORDS = [
  /same period last year/i,
  /same period a year earlier/i,
  /compared with a year earlier/i,
  /rate change/i,
  /offences change/i,
  /what drove the change/i,
  /long-term trend/i,
  /above and below average months/i,
  /24 months/i,
  /significant (rise|fall)/i,
  /no significant change/i,
  /\b(rose|fell) from\b/i,
  /12 months to Nov 2021/,
];

const SINGLE =
  "The data begin in January 2022: there is no year earlier to compare with, so this assessment gives levels and comparisons between areas, not changes. Rates are offences over the 11 months per 1,000 residents, not yearly rates.";

/** How many times `needle` occurs in `text`. */
function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/** The header cells of every table of an HTML document. */
function htmlHeaders(html: string): string[] {
  return [...html.matchAll(/<th[^>]*>(.*?)<\/th>/g)].map((m) => (m[1] ?? "").replace(/<[^>]+>/g, ""));
}

describe("a single-period assessment (change: none) of 11 months of data", () => {
  const result = strategicAssessment(input);

  it("assesses the period given, labelled by its length, with no previous period and says why once", () => {
    expect(result.current).toEqual({ first: "2022-01", last: "2022-11", label: "11 months to Nov 2022", longLabel: "11 months to November 2022" });
    expect(result.previous).toBeNull();
    expect(result.populations.previous).toBeNull();
    expect(result.singlePeriod).toEqual({ explanation: SINGLE });
    expect(result.recordingChanges).toEqual([]);
  });

  it("gives levels, rates and ranks but no change figure, verdict, drivers, long trend or month pattern", () => {
    for (const p of result.priorities) {
      expect(p.change).toBeNull();
      expect(p.quickFacts.previous).toBeNull();
      expect(p.quickFacts.change).toBeNull();
      expect(p.drivers).toBeNull();
      expect(p.longTrend).toBeNull();
      expect(p.months).toBeNull();
      expect(p.breaks).toEqual([]);
      expect(p.charts.trend).toBeNull();
      expect(p.charts.monthly).toBeNull();
      expect(p.charts.drivers).toBeNull();
      for (const row of p.table) {
        expect(row.previous).toBeNull();
        expect(row.change).toBeNull();
      }
      const focus = p.table.find((r) => r.role === "focus");
      const offences = p.id === "all-offences" ? [...OFFENCES] : p.categories;
      const expected = rows.filter((r) => r.area === "Northdale" && offences.includes(r.offence as never)).reduce((s, r) => s + r.count, 0);
      expect(focus?.current.count).toBe(expected);
      expect(p.quickFacts.current.rate.value).toBeCloseTo((expected / 96_000) * 1000, 10);
      expect(p.quickFacts.rankInBenchmarkArea?.total).toBe(5);
      expect(p.vsBenchmarkArea.outcome).not.toBe("not-compared");
    }
  });

  it("pools the benchmark area over every district and compares the focus area's rate with it", () => {
    const headline = result.priorities[0];
    expect(headline?.name).toBe("All offences");
    const pooled = headline?.table.find((r) => r.role === "benchmark-area");
    expect(pooled?.current.count).toBe(rows.reduce((s, r) => s + r.count, 0));
    expect(pooled?.current.population).toBe(Object.values(POPULATIONS).reduce((s, n) => s + n, 0));
  });

  it("leaves a change rule not rated with the reason, and rates a target rule", () => {
    const burglary = result.priorities.find((p) => p.id === "burglary");
    const robbery = result.priorities.find((p) => p.id === "robbery");
    expect(burglary?.rag?.rating).toBe("not-rated");
    expect(burglary?.rag?.explanation).toBe(
      "Not rated: the rule measures a change in burglary offences from a year earlier, and the data hold no year before the 11 months to November 2022.",
    );
    const robberies = rows.filter((r) => r.area === "Northdale" && r.offence === "Robbery").reduce((s, r) => s + r.count, 0);
    expect(robbery?.rag?.rating).toBe(robberies <= 1_000 ? "green" : "red");
  });

  it("writes key findings of levels, rates and ranks, with no change", () => {
    const text = result.keyFindings.map((f) => f.explanation).join(" ");
    expect(result.keyFindings[0]?.explanation).toMatch(
      /^All offences in Northdale: [\d,]+ in the 11 months to November 2022, \d+\.\d\d per 1,000 residents\.$/,
    );
    expect(text).toContain("rate of 5 districts");
    // A benchmark area named as an area takes its "the": "the Lakeland Police area rate", never "Lakeland Police area's".
    expect(text).toMatch(/significantly lower than the Lakeland Police area rate \(\d+\.\d\d\)/);
    expect(text).not.toContain("Lakeland Police area's");
    for (const words of CHANGE_WORDS) expect(text).not.toMatch(words);
  });

  it("renders Markdown with no change column or change words, the reason said once", () => {
    const md = renderMarkdown(result);
    expect(occurrences(md, SINGLE)).toBe(1);
    for (const words of CHANGE_WORDS) expect(md).not.toMatch(words);
    const headers = md.split("\n").filter((l) => l.startsWith("| Area |"));
    expect(headers.length).toBeGreaterThan(0);
    for (const h of headers) expect(h).not.toMatch(/change|Nov 2021/i);
    expect(md.split("\n").find((l) => l.startsWith("| Priority |"))).toBe(
      "| Priority | Offences 11 months to Nov 2022 | Rate per 1,000, 11 months to Nov 2022 | Rank among districts (1 = lowest rate) | RAG |",
    );
  });

  it("renders HTML (and so the PDF) with no change column or change words, the reason said once", async () => {
    const html = await renderHtml(result);
    expect(occurrences(html, SINGLE)).toBe(1);
    for (const words of CHANGE_WORDS) expect(html.replace(/<[^>]+>/g, " ")).not.toMatch(words);
    const headers = htmlHeaders(html);
    expect(headers).toContain("Offences 11 months to Nov 2022");
    expect(headers.filter((h) => /change/i.test(h))).toEqual([]);
  });

  it("renders Word with no change column or change words, the reason said once", async () => {
    const text = wordText(docxParts(await renderDocx(result))["word/document.xml"] ?? "");
    expect(occurrences(text, SINGLE)).toBe(1);
    for (const words of CHANGE_WORDS) expect(text).not.toMatch(words);
    expect(text).toContain("Offences 11 months to Nov 2022");
  });

  it("keeps a local section's figures but not its own notes repeating why there is no change", () => {
    const asb = AREAS.flatMap((area, a) => MONTHS.map((month, m) => ({ measure: "asb", area, period: month, flags: [], count: 20 + a * 3 + (m % 4) })));
    const withLocal = strategicAssessment({ ...input, local: { incidents: asb } });
    const section = withLocal.local?.sections.find((s) => s.anchor === "local-asb");
    expect(section?.period).toBe("January to November 2022");
    expect(section?.verdict?.kind).not.toBe("change");
    expect(section?.notes.filter((n) => /no change is given|assessed instead/i.test(n))).toEqual([]);
    const md = renderMarkdown(withLocal);
    expect(occurrences(md, SINGLE)).toBe(1);
    expect(md).toContain("Anti-social behaviour");
  });

  it("prints in a REPL without a period it is compared with", () => {
    expect(inspect(result)).toBe("Strategic Assessment of Northdale, 11 months to Nov 2022 (no earlier period to compare with): 4 priorities");
  });

  it("takes the rolling year to the end month when no period is given, and needs no month before it", () => {
    const rows12: CountRow[] = [...rows, ...AREAS.map((area) => ({ area, month: "2022-12" as MonthKey, offence: "Burglary", count: 3 }))];
    const year = strategicAssessment({ ...input, counts: rows12, period: undefined as never });
    expect(year.current.label).toBe("12 months to Dec 2022");
    expect(year.singlePeriod?.explanation).not.toMatch(/yearly/);
    expect(year.previous).toBeNull();
  });

  it("refuses a period longer than 12 months or outside the data, and the year-earlier default on 11 months", () => {
    expect(codeOf({ ...input, period: rolling("2022-11", 13) })).toBe("invalid-argument");
    expect(codeOf({ ...input, period: rolling("2022-12", 6) })).toBe("month-out-of-range");
    expect(codeOf({ ...input, change: "year-earlier" })).toBe("month-out-of-range");
    expect(codeOf({ ...input, change: "previous" as never })).toBe("invalid-argument");
  });
});

describe("a benchmark area whose only member is the focus area", () => {
  const alone = strategicAssessment({
    counts: rows.filter((r) => r.area === "Northdale"),
    populations: { Northdale: 96_000 },
    area: "Northdale",
    benchmarkArea: { name: "Northdale Police area", membersName: "districts" },
    priorities: [{ id: "burglary", name: "Burglary", offences: ["Burglary"] }],
    change: "none",
    period: rolling("2022-11", 11),
  });
  const SENTENCE = "The benchmark area, Northdale Police area, is Northdale alone, so Northdale is not compared with it or ranked among the districts.";

  it("says so in one sentence and neither compares the area with itself nor ranks it 1 of 1", async () => {
    expect(alone.benchmarkAreaAlone).toEqual({ explanation: SENTENCE });
    for (const p of alone.priorities) {
      expect(p.table.map((r) => r.role)).toEqual(["focus"]);
      expect(p.quickFacts.rankInBenchmarkArea).toBeNull();
      expect(p.vsBenchmarkArea.outcome).toBe("not-compared");
      // With no comparator either, there is nothing to chart or tabulate beside the quick facts.
      expect(p.charts.comparison).toBeNull();
    }
    const md = renderMarkdown(alone);
    const html = (await renderHtml(alone)).replace(/<[^>]+>/g, " ");
    for (const text of [md, html]) {
      expect(occurrences(text, SENTENCE)).toBe(1);
      expect(text).not.toMatch(/\b1 of 1\b|lowest rate of 1|highest rate of 1|Rank among/);
      expect(text).not.toMatch(/Northdale Police area rate|than Northdale Police area/);
      expect(text).not.toMatch(/\bBenchmark\b/);
    }
  });

  it("is said even when the period is compared with a year earlier", () => {
    const twoYears: CountRow[] = Array.from({ length: 24 }, (_, i) => ({
      area: "Northdale",
      month: addMonths("2021-01", i),
      offence: "Burglary",
      count: 20 + (i % 5),
    }));
    const compared = strategicAssessment({
      counts: twoYears,
      populations: { Northdale: 96_000 },
      area: "Northdale",
      benchmarkArea: { name: "Northdale Police area", membersName: "districts" },
      priorities: [{ id: "burglary", name: "Burglary", offences: ["Burglary"] }],
    });
    expect(compared.benchmarkAreaAlone).toEqual({ explanation: SENTENCE });
    expect(compared.priorities[0]?.change?.verdict).toBe("no-significant-change");
    expect(renderMarkdown(compared)).not.toMatch(/\b1 of 1\b/);
  });
});
