import { formatNumber } from "@crimestats/internal";
import { rollingYear } from "@crimestats/periods";
import { describe, expect, it } from "vitest";
import { keyFindings, type KeyFindingsPriority } from "./keyFindings.js";

/** A priority's figures; the rest of the fields default to "nothing to say". */
function priority(
  name: string,
  previous: number,
  current: number,
  verdict: NonNullable<KeyFindingsPriority["change"]>["verdict"],
  more: Partial<KeyFindingsPriority> = {},
): KeyFindingsPriority & { readonly previous: number } {
  return {
    id: name.toLowerCase().replace(/ /g, "-"),
    name,
    section: name.toLowerCase().replace(/ /g, "-"),
    current,
    rate: 1,
    change: { verdict },
    vsBenchmarkArea: { outcome: "not-compared", rate: null },
    vsComparatorGroup: { outcome: "not-compared", rate: null },
    breaks: [],
    rag: null,
    ...more,
    previous,
  };
}

const allOffences = priority("All offences", 15905, 16419, "significant-rise", {
  rate: 65.3246,
  vsBenchmarkArea: { outcome: "lower", rate: 89.1 },
  vsComparatorGroup: { outcome: "similar", rate: 66 },
});
const base = { area: "Harrow", benchmarkArea: "London", comparatorGroup: "neighbours", current: rollingYear("2025-02") };

/** The numbers written in a sentence, leaving out the period's ("12 months", "2025"). */
function numbersIn(text: string): string[] {
  return [...text.replace(/12 months to \w+ \d{4}|\w+ \d{4}|per 1,000 residents/g, "").matchAll(/[+-]?\d+(?:,\d{3})*(?:\.\d+)?%?/g)].map((m) => m[0]);
}
const count = (x: number): string => formatNumber(x, 0);
const signed = (x: number): string => formatNumber(x, 0, { signed: true });
const percent = (previous: number, current: number): string => `${formatNumber(((current - previous) / previous) * 100, 1, { signed: true })}%`;

describe("keyFindings", () => {
  it("doc example: leads with the change in all offences, linked to its section", () => {
    expect(keyFindings({ ...base, headline: allOffences, priorities: [] })[0]).toEqual({
      explanation:
        "All offences in Harrow rose from 15,905 to 16,419 (+514, +3.2%) in the 12 months to February 2025 compared with a year earlier, a significant rise.",
      section: "all-offences",
    });
  });

  it("orders the findings: headline, position, significant changes (rises first), concerns; each with its section", () => {
    const burglary = priority("Burglary", 1234, 1456, "significant-rise");
    const robbery = priority("Robbery", 500, 400, "significant-fall", { rag: { rating: "red", label: "Red" } });
    const theft = priority("Theft", 3000, 3050, "no-significant-change");
    const hate = priority("Hate crime", 100, 150, "significant-rise", { polarity: "higher-is-better" });
    const findings = keyFindings({ ...base, headline: allOffences, priorities: [robbery, burglary, theft, hate] });
    expect(findings).toEqual([
      {
        explanation:
          "All offences in Harrow rose from 15,905 to 16,419 (+514, +3.2%) in the 12 months to February 2025 compared with a year earlier, a significant rise.",
        section: "all-offences",
      },
      {
        explanation:
          "Harrow's rate of all offences (65.32 per 1,000 residents) was significantly lower than London's (89.10) and not significantly different from the pooled rate of its neighbours (66.00) in the 12 months to February 2025.",
        section: "all-offences",
      },
      { explanation: "Burglary in Harrow rose significantly, from 1,234 to 1,456 (+222, +18.0%).", section: "burglary" },
      { explanation: "Hate crime in Harrow rose significantly, from 100 to 150 (+50, +50.0%).", section: "hate-crime" },
      { explanation: "Robbery in Harrow fell significantly, from 500 to 400 (-100, -20.0%).", section: "robbery" },
      // A rise where more is better (hate crime reporting) is not a concern; a red rating is.
      { explanation: "Priorities of concern: robbery (rated Red) and burglary (a significant rise).", section: "robbery" },
    ]);
  });

  it("leaves out the priorities of concern when each is a rise a finding above already gives", () => {
    const burglary = priority("Burglary", 1234, 1456, "significant-rise");
    const damage = priority("Criminal damage", 1690, 2115, "significant-rise");
    const findings = keyFindings({ ...base, headline: allOffences, priorities: [burglary, damage] });
    expect(findings.map((f) => f.explanation).filter((e) => e.includes("rose significantly"))).toHaveLength(2);
    expect(findings.some((f) => f.explanation.startsWith("Priorities of concern"))).toBe(false);
    // A red rating is not said above: the sentence stays.
    const red = priority("Robbery", 500, 400, "significant-fall", { rag: { rating: "red", label: "Red" } });
    const rated = keyFindings({ ...base, headline: allOffences, priorities: [burglary, damage, red] });
    expect(rated.at(-1)?.explanation).toMatch(/^Priorities of concern: .*robbery \(rated Red\)\.$/);
  });

  it("writes in every sentence exactly the figures it was made from", () => {
    const burglary = priority("Burglary", 1234, 1456, "significant-rise");
    const robbery = priority("Robbery", 500, 400, "significant-fall");
    const [headline, position, rise, fall] = keyFindings({ ...base, headline: allOffences, priorities: [burglary, robbery] });
    const h = allOffences;
    expect(numbersIn(headline?.explanation ?? "")).toEqual([
      count(h.previous),
      count(h.current),
      signed(h.current - h.previous),
      percent(h.previous, h.current),
    ]);
    expect(numbersIn(position?.explanation ?? "")).toEqual([formatNumber(h.rate, 2), formatNumber(89.1, 2), formatNumber(66, 2)]);
    for (const [finding, p] of [
      [rise, burglary],
      [fall, robbery],
    ] as const) {
      expect(numbersIn(finding?.explanation ?? "")).toEqual([
        count(p.previous),
        count(p.current),
        signed(p.current - p.previous),
        percent(p.previous, p.current),
      ]);
    }
  });

  it("words no significant change, too few to judge, an unchanged count and a change from zero", () => {
    const flat = keyFindings({ ...base, headline: priority("All offences", 120, 120, "no-significant-change"), priorities: [] });
    expect(flat[0]?.explanation).toBe(
      "All offences in Harrow stayed at 120 in the 12 months to February 2025 compared with a year earlier, which is not a significant change.",
    );
    const few = keyFindings({ ...base, headline: priority("All offences", 0, 3, "too-few-to-judge"), priorities: [] });
    // From zero there is no percent change.
    expect(few[0]?.explanation).toBe(
      "All offences in Harrow rose from 0 to 3 (+3) in the 12 months to February 2025 compared with a year earlier; there are too few offences to judge whether the change is significant.",
    );
    expect(few).toHaveLength(1);
  });

  it("says when a change in recording makes the headline not comparable, with the like-for-like figure", () => {
    const airports = {
      id: "airports-to-hillingdon",
      month: "2024-03" as const,
      areas: ["Hillingdon"],
      likeForLike: [
        {
          area: "Hillingdon",
          rows: { areas: ["Hillingdon", "Airports"], offences: ["THEFT"] },
          previous: 30000,
          current: 30500,
          change: 500,
          percent: 500 / 300,
        },
      ],
    };
    const headline = priority("All offences", 24000, 29260, "not-comparable", { breaks: [airports] });
    const theft = priority("Theft", 9000, 11000, "not-comparable", { breaks: [airports] });
    const findings = keyFindings({ ...base, area: "Hillingdon", headline, priorities: [theft] });
    expect(findings).toEqual([
      {
        explanation:
          "All offences in Hillingdon rose from 24,000 to 29,260 (+5,260, +21.9%) in the 12 months to February 2025 compared with a year earlier, but a change in recording means the two periods are not comparable. Like for like, they went from 30,000 to 30,500 (+500, +1.7%).",
        section: "all-offences",
      },
      {
        explanation:
          "A change in recording from March 2024 means the change is not comparable for Hillingdon (all offences and theft); like for like, Hillingdon went from 30,000 to 30,500 (+500, +1.7%).",
        section: "all-offences",
      },
    ]);
  });

  it("gives two changes in recording that bear on the same areas and priorities alike one sentence with both months", () => {
    const stops = { id: "airports-out", month: "2023-04" as const, areas: ["Hillingdon"], likeForLike: [] };
    const starts = { id: "airports-in", month: "2024-03" as const, areas: ["Hillingdon"], likeForLike: [] };
    const headline = priority("All offences", 100, 120, "no-significant-change", { breaks: [stops, starts] });
    const findings = keyFindings({ ...base, headline, priorities: [priority("Theft", 10, 12, "no-significant-change", { breaks: [stops, starts] })] });
    expect(findings.filter((f) => /recording/.test(f.explanation)).map((f) => f.explanation)).toEqual([
      "Changes in recording from April 2023 and March 2024 mean the change is not comparable for Hillingdon (all offences and theft).",
    ]);
  });

  it("names the priorities a change in recording touches when three or fewer, and says every priority or counts them otherwise", () => {
    const moved = { id: "moved", month: "2024-03" as const, areas: ["Hillingdon"], likeForLike: [] };
    const names = ["Theft", "Robbery", "Burglary", "Drugs"];
    const headline = priority("All offences", 100, 120, "no-significant-change", { breaks: [moved] });
    const all = keyFindings({ ...base, headline, priorities: names.map((n) => priority(n, 10, 12, "no-significant-change", { breaks: [moved] })) });
    expect(all.some((f) => f.explanation.includes("not comparable for Hillingdon (every priority)"))).toBe(true);
    const some = keyFindings({
      ...base,
      headline: priority("All offences", 100, 120, "no-significant-change"),
      priorities: names.map((n, i) => priority(n, 10, 12, "no-significant-change", { breaks: i < 3 ? [moved] : [] })),
    });
    expect(some.some((f) => f.explanation.includes("not comparable for Hillingdon (theft, robbery and burglary)"))).toBe(true);
  });

  it("keeps to eight findings, the largest changes named first and the priorities left out in one sentence", () => {
    const many = Array.from({ length: 10 }, (_, i) => priority(`Priority ${String.fromCharCode(65 + i)}`, 100, 200 + i, "significant-rise"));
    const findings = keyFindings({ ...base, headline: allOffences, priorities: many });
    expect(findings).toHaveLength(8);
    // Headline, position, the four largest rises (J +109 … G +106, not the first four of the document), the other six, concerns.
    expect(findings.slice(2, 6).map((f) => f.section)).toEqual(["priority-j", "priority-i", "priority-h", "priority-g"]);
    expect(findings[6]?.explanation).toBe("6 other priorities rose significantly: priority F, priority E, priority D, priority C, priority B and priority A.");
    expect(findings[6]?.section).toBe("priority-f");
    expect(findings[7]?.explanation).toMatch(/^Priorities of concern: priority A \(a significant rise\), /);
  });

  it("names the rises and the falls left out apart, never as one count of changes", () => {
    // Eight significant changes and no concern (the rises are of priorities where more is better): room for six after the
    // headline and the position, so five are named and the other three (one rise, two falls) share a sentence.
    const rises = ["A", "B", "C", "D", "E", "F"].map((x) => priority(`Rise ${x}`, 100, 200, "significant-rise", { polarity: "higher-is-better" }));
    const falls = ["G", "H"].map((x) => priority(`Fall ${x}`, 200, 100, "significant-fall"));
    const findings = keyFindings({ ...base, headline: allOffences, priorities: [...falls, ...rises] });
    expect(findings).toHaveLength(8);
    expect(findings.map((f) => f.explanation).slice(6)).toEqual([
      "Rise E in Harrow rose significantly, from 100 to 200 (+100, +100.0%).",
      "1 other priority rose significantly: rise F; 2 other priorities fell significantly: fall G and fall H.",
    ]);
    expect(findings[7]?.section).toBe("rise-f");
    // Only falls left: no rise is mentioned.
    const onlyFalls = keyFindings({
      ...base,
      headline: allOffences,
      priorities: ["E", "F", "G", "H", "I", "J", "K", "L"].map((x) => priority(`Fall ${x}`, 200, 100, "significant-fall")),
    });
    expect(onlyFalls.at(-1)?.explanation).toBe("3 other priorities fell significantly: fall J, fall K and fall L.");
  });

  it("keeps the caveat of the headline's and a priority's figure after its verdict", () => {
    const caveat = "up to about 307 of this rise may be offences that had no borough before September 2024";
    const rules =
      "the change in counting rules of May 2023 records fewer offences in y; it is 22% of this figure, so part of the change may come from the rule";
    const headline = { ...allOffences, caveats: [rules, caveat] };
    const theft = priority("Theft", 3000, 3300, "significant-rise", {
      caveats: ["up to about 30 of this rise may be offences that had no borough before September 2024"],
    });
    const [first, , rise] = keyFindings({ ...base, headline, priorities: [theft] });
    expect(first?.explanation).toBe(
      "All offences in Harrow rose from 15,905 to 16,419 (+514, +3.2%) in the 12 months to February 2025 compared with a year earlier, a significant rise; up to about 307 of it may be offences that had no borough before September 2024. The change in counting rules of May 2023 records fewer offences in y; it is 22% of this figure, so part of the change may come from the rule.",
    );
    expect(rise?.explanation).toBe(
      "Theft in Harrow rose significantly, from 3,000 to 3,300 (+300, +10.0%); up to about 30 of it may be offences that had no borough before September 2024.",
    );
    // A change judged on the counts without the shift says why it is not significant.
    const judged = keyFindings({
      ...base,
      headline: {
        ...priority("All offences", 504, 570, "no-significant-change"),
        caveats: [
          "it would be a significant rise, but up to about 8 of it may be offences that had no borough before September 2024, and without them it is not significant",
        ],
      },
      priorities: [],
    });
    expect(judged[0]?.explanation).toBe(
      "All offences in Harrow rose from 504 to 570 (+66, +13.1%) in the 12 months to February 2025 compared with a year earlier, which is not a significant change; it would be a significant rise, but up to about 8 of it may be offences that had no borough before September 2024, and without them it is not significant.",
    );
  });

  it("gives one sentence to the first change in recording and one naming the rest, with the focus area first and its own priorities, when there are more than two", () => {
    const note = (id: string, month: "2024-03" | "2024-09", areas: string[]) => ({ id, month, areas, likeForLike: [] });
    const a = note("a", "2024-03", ["Barnet"]);
    const b = note("b", "2024-03", ["Brent"]);
    const c = note("c", "2024-09", ["Ealing", "Harrow"]);
    const headline = priority("All offences", 100, 110, "not-comparable", { breaks: [a, b, c] });
    const robbery = priority("Robbery", 50, 60, "not-comparable", { breaks: [note("c", "2024-09", ["Harrow"])] });
    const drugs = priority("Drugs", 50, 60, "not-comparable", { breaks: [note("c", "2024-09", ["Ealing"])] });
    const findings = keyFindings({ ...base, headline, priorities: [robbery, drugs] });
    expect(findings.map((f) => f.explanation).slice(1)).toEqual([
      "A change in recording from March 2024 means the change is not comparable for Barnet (all offences).",
      "Further changes in recording make changes not comparable: from March 2024 for Brent (all offences); from September 2024 for Harrow and Ealing (all offences, robbery and drugs; for Harrow, all offences and robbery).",
    ]);
  });
});

describe("keyFindings from the partnership's own measures", () => {
  const local = (section: string, kind: string, word: string) => ({ section, verdict: { kind, word, explanation: `${section}: ${word}.` } });

  it("adds at most two: the first significant change and the first target not met, after the priorities' changes", () => {
    const burglary = priority("Burglary", 1234, 1456, "significant-rise");
    const findings = keyFindings({
      ...base,
      headline: allOffences,
      priorities: [burglary],
      local: [
        local("local-asb", "change", "no-significant-change"),
        local("local-hate-crime", "change", "significant-rise"),
        local("local-knife-crime", "change", "significant-fall"),
        local("local-service-volumes", "target", "not-met"),
        { section: "local-delivery-plan", verdict: null },
      ],
    });
    const sections = findings.map((f) => f.section);
    expect(sections.filter((s) => s.startsWith("local-"))).toEqual(["local-hate-crime", "local-service-volumes"]);
    expect(sections.indexOf("burglary")).toBeLessThan(sections.indexOf("local-hate-crime"));
    expect(findings.find((f) => f.section === "local-service-volumes")?.explanation).toBe("local-service-volumes: not-met.");
  });

  it("takes two significant changes when no target is missed, and none from verdicts that are neither", () => {
    const two = keyFindings({
      ...base,
      headline: allOffences,
      priorities: [],
      local: [
        local("local-asb", "change", "significant-fall"),
        local("local-gun-crime", "change", "significant-rise"),
        local("local-knife-crime", "change", "significant-rise"),
      ],
    });
    expect(two.filter((f) => f.section.startsWith("local-")).map((f) => f.section)).toEqual(["local-asb", "local-gun-crime"]);
    const none = keyFindings({
      ...base,
      headline: allOffences,
      priorities: [],
      local: [local("local-survey", "comparison", "significantly-higher"), local("local-service-volumes", "target", "met")],
    });
    expect(none.some((f) => f.section.startsWith("local-"))).toBe(false);
  });

  it("keeps to eight findings in all, the local ones taking their room from the priorities' changes", () => {
    const many = Array.from({ length: 10 }, (_, i) => priority(`Priority ${i}`, 100, 200 + i, "significant-rise"));
    const findings = keyFindings({
      ...base,
      headline: allOffences,
      priorities: many,
      local: [local("local-asb", "change", "significant-fall"), local("local-service-volumes", "target", "not-met")],
    });
    expect(findings.length).toBeLessThanOrEqual(8);
    expect(findings.filter((f) => f.section.startsWith("local-"))).toHaveLength(2);
  });

  it("in a single period gives the focus area's rank as a finding only where its rate differs significantly from the benchmark area's", () => {
    const rank = { explanation: "Harrow has the fourth lowest rate of all offences of 32 London boroughs in the 12 months to February 2025." };
    const single = (outcome: "lower" | "similar") => {
      const headline = { ...allOffences, previous: null, change: null, rank, vsBenchmarkArea: { outcome, rate: 89.1 } };
      return keyFindings({ ...base, headline, priorities: [headline] }).map((f) => f.explanation);
    };
    expect(single("lower")).toContain(rank.explanation);
    expect(single("similar")).not.toContain(rank.explanation);
  });
});
