import type { CountRow } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import { exampleInput } from "../test/exampleInput.js";
import { renderHtml } from "./renderHtml.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { strategicAssessment } from "./strategicAssessment.js";
import { london } from "../test/fixtures.js";

describe("renderMarkdown", () => {
  const md = renderMarkdown(strategicAssessment(exampleInput));

  it("doc example: starts with the title", () => {
    expect(md.startsWith("# Strategic Assessment")).toBe(true);
  });

  it("rounds only for display: rate 0.096 shows as 0.10, the change from 30 to 24 as -20.0%", () => {
    expect(md).toContain("- Rate per 1,000 residents: **0.10**");
    expect(md).toContain("- Offences change: **-20.0%**");
    expect(md).toContain("| **Harrow (focus)** | 30 | 0.12 | 24 | 0.10 | -6 | -0.02 |");
    expect(md).toContain("| London | 80 | 0.12 | 69 | 0.11 | -11 | -0.02 |");
  });

  it("says SYNTHETIC at the top and the bottom when the data are synthetic, and nowhere otherwise", () => {
    expect(md).not.toContain("SYNTHETIC");
    const synthetic = renderMarkdown(strategicAssessment({ ...exampleInput, synthetic: true }));
    expect(synthetic.split("\n")[0]).toBe("# Strategic Assessment: Harrow (SYNTHETIC DEMONSTRATION DATA)");
    expect(synthetic.match(/SYNTHETIC DEMONSTRATION DATA: every count/g)).toHaveLength(2);
  });

  it("gives the RAG verdict with its reason, in words, when a rule rates the priority (and no RAG section without one)", () => {
    expect(md).not.toContain("RAG");
    const rated = renderMarkdown(
      strategicAssessment({ ...exampleInput, ragRule: () => ({ kind: "change", polarity: "lower-is-better", title: "Burglaries are reduced" }) }),
    );
    // 30 → 24 is a fall: green.
    expect(rated).toMatch(/### RAG\n\n\*\*. Green\*\* for "Burglaries are reduced"\. \S/);
    expect(rated).not.toMatch(/Green\*\* [^\n]*Green/);
  });

  it("says under each ward table how the wards' released total relates to the borough figure", () => {
    // Wards W1 12 and W2 8 burglaries in June 2024: total 20 (released as 20), against Harrow's 24 in the borough counts.
    const wards = [
      { area: "W1", month: "2024-01", offence: "BURGLARY", count: 0 },
      { area: "W1", month: "2024-06", offence: "BURGLARY", count: 12 },
      { area: "W2", month: "2024-06", offence: "BURGLARY", count: 8 },
      { area: "W2", month: "2024-12", offence: "BURGLARY", count: 0 },
    ] as const;
    const withWards = renderMarkdown(strategicAssessment({ ...exampleInput, wards: { counts: wards } }));
    // W1 13 and W2 10: total 23, released rounded to the nearest 5 as 25; against 24 only the rounding differs.
    const close = wards.map((r) => (r.count === 12 ? { ...r, count: 13 } : r.count === 8 ? { ...r, count: 10 } : r));
    expect(renderMarkdown(strategicAssessment({ ...exampleInput, wards: { counts: close } }))).toContain(
      "- The ward figures add up to 25 burglary offences in the 12 months to December 2024, against 24 for Harrow in the borough figures: the ward total is rounded to the nearest 5.",
    );
    // W1 with 10 burglaries in June 2023: the wards' total rises from 10 to 20 while Harrow's borough figure falls from 30 to 24.
    const rising: CountRow[] = [
      ...wards,
      { area: "W1", month: "2023-06", offence: "BURGLARY", count: 10 },
      { area: "W1", month: "2023-01", offence: "BURGLARY", count: 0 },
    ];
    expect(renderMarkdown(strategicAssessment({ ...exampleInput, wards: { counts: rising } }))).toContain(
      "- From the 12 months to December 2023, the ward figures' total rose by 10 while the borough figure fell by 6.",
    );
    // Neither file counts any: nothing to relate, only that no ward recorded any.
    const none = (exampleInput.counts as readonly CountRow[]).map((r) => (r.area === "Harrow" ? { ...r, count: 0 } : r));
    const noWards = wards.map((r) => ({ ...r, count: 0 }));
    const empty = renderMarkdown(strategicAssessment({ ...exampleInput, counts: none, wards: { counts: noWards } }));
    expect(empty).not.toContain("The ward figures add up to");
    expect(empty).toContain("- No ward of Harrow recorded any burglary offences in the 12 months to December 2024.");
    // No table of zeros, each ward ranked "1".
    expect(empty).not.toContain("Table: Burglary: offences by ward");
    expect(empty).not.toMatch(/\| W1 \|/);
    expect(withWards).toMatch(/\| W1 \|/);
    expect(withWards).toContain("Table: Burglary: offences by ward");
    expect(withWards).toContain(
      "- The ward figures add up to 20 burglary offences in the 12 months to December 2024, against 24 for Harrow in the borough figures: the ward file, published separately, does not place every offence in a ward, so ward figures are compared with each other, not with the borough's.",
    );
  });

  it("lists a priority's categories in sentence case with the taxonomy's alias where there is one, an acronym kept", () => {
    const labels = ["THEFT OR UNAUTH TAKING OF A MOTOR VEH", "NFIB", "RAPE"];
    const counts = exampleInput.counts as readonly { area: string; month: string; offence: string; count: number }[];
    const relabelled = counts.map((r, i) => ({ ...r, offence: labels[i % 3] as string }));
    const out = renderMarkdown(
      strategicAssessment({ ...exampleInput, counts: relabelled as typeof exampleInput.counts, priorities: [{ id: "p", name: "Mixed", offences: labels }] }),
    );
    expect(out).toContain("Categories: Theft or unauthorised taking of a motor vehicle, NFIB, rape.");
    expect(out).not.toContain("MOTOR VEH");
  });

  it("names the months not above or below average in both years in plain words", () => {
    // 2023–2024: January 20 both years, February 20 then 0, every other month 5. Mean 160 / 24 ≈ 6.7:
    // January above in both years, February above in 2023 and below in 2024, the rest below in both.
    const months = Array.from({ length: 24 }, (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
    const count = (m: string): number => (m.endsWith("-01") ? 20 : m === "2023-02" ? 20 : m === "2024-02" ? 0 : 5);
    const counts = months.flatMap((month) => [
      { area: "Harrow", month, offence: "BURGLARY", count: count(month) },
      { area: "Barnet", month, offence: "BURGLARY", count: 5 },
    ]);
    const out = renderMarkdown(strategicAssessment({ ...exampleInput, counts: counts as typeof exampleInput.counts }));
    expect(out).toContain("- Above average in both years: January\n");
    expect(out).toContain("- Not above or below average in both years: February\n");
    expect(out).not.toContain("Neither in both years");
  });

  it("escapes table cells", () => {
    const odd = renderMarkdown(strategicAssessment({ ...exampleInput, priorities: [{ id: "p", name: "A | B", offences: ["BURGLARY"] }] }));
    expect(odd).toContain("| A \\| B |");
  });
});

describe("renderMarkdown: comparison with London", () => {
  it("says how the focus rate compares with the London rate and at which level", async () => {
    const { total2019, total2019Rows } = await import("../test/fixtures.js");
    const md = renderMarkdown(
      strategicAssessment({
        counts: total2019Rows(),
        populations: total2019.populations,
        area: "Harrow",
        benchmarkArea: london,
        comparatorGroup: { name: "neighbours", members: ["Brent"] },
        end: "2018-12",
        priorities: [{ id: "t", name: "Total offences", offences: ["ALL"] }],
      }),
    );
    // Harrow 59.73 against the pooled rate of the five areas, 127,013 / 1,610,860 × 1,000 = 78.85.
    expect(md).toContain("- Compared with the London rate: **significantly lower**");
    // Tested against the rest of London: 127,013 − 14,866 offences among 1,610,860 − 248,880 residents.
    expect(md).toContain("_Compared with the rest of London: 112,147 offences among 1,361,980 residents; p &lt; 0.001, significant at 99.8%._");
  });

  it("shows the releases joined into the counts as a table in the reconciliation: months used, cells revised and the total change", () => {
    const reconciliation = {
      files: [],
      rejected: 0,
      missing: [],
      complete: true,
      releases: [
        {
          file: "old.csv",
          vintage: "2023-03_2025-02",
          first: "2023-03",
          last: "2025-02",
          used: [{ first: "2023-03", last: "2023-12" }],
          revisedBy: "2024-01_2025-12",
          cellsCompared: 12_345,
          cellsRevised: 1_234,
          totalChange: -56,
        },
        {
          file: "new.csv",
          vintage: "2024-01_2025-12",
          first: "2024-01",
          last: "2025-12",
          used: [{ first: "2024-01", last: "2025-12" }],
          revisedBy: null,
          cellsCompared: 0,
          cellsRevised: 0,
          totalChange: 0,
        },
      ],
    } as const;
    const out = renderMarkdown(strategicAssessment({ ...exampleInput, reconciliation }));
    expect(out).toContain("| Release | Months used | Cells revised by the newer release | Change in all offences over the months both hold |");
    expect(out).toContain("| old.csv (March 2023 to February 2025) | March 2023 to December 2023 | 1,234 of 12,345 | -56 |");
    expect(out).toContain("| new.csv (January 2024 to December 2025) | January 2024 to December 2025 | newest release |  |");
    // An older release no newer one overlaps is not called the newest.
    const apart = renderMarkdown(
      strategicAssessment({
        ...exampleInput,
        reconciliation: { ...reconciliation, releases: [{ ...reconciliation.releases[0], revisedBy: null }, reconciliation.releases[1]] },
      }),
    );
    expect(apart).toContain("| old.csv (March 2023 to February 2025) | March 2023 to December 2023 | none (no newer release holds its months) |  |");
  });
});

describe("renderMarkdown options: the branding and front matter", () => {
  const result = strategicAssessment(exampleInput);

  it("doc example: the partnership and the date produced under the title", () => {
    expect(
      renderMarkdown(strategicAssessment(exampleInput), { partnership: "Safer Harrow", date: "2026-12-07" }).includes(
        "**Safer Harrow**\n\nProduced 7 December 2026",
      ),
    ).toBe(true);
  });

  it("prints the same front matter as the HTML document, the logo as its text alternative, then the contents", () => {
    const md = renderMarkdown(result, {
      title: "Harrow *Strategic* Assessment",
      partnership: "Safer Harrow",
      logo: { data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), type: "image/png", alt: "Safer Harrow logo" },
      introduction: "First paragraph.\n\n- Second, not a list.",
      contact: "community.safety@harrow.gov.uk",
      footer: "OFFICIAL",
      accentColour: "#00703c",
      date: "2026-12-07",
    });
    expect(md.slice(0, md.indexOf("## Contents"))).toBe(
      [
        "Safer Harrow logo",
        "",
        "# Harrow \\*Strategic\\* Assessment",
        "",
        "**Safer Harrow**",
        "",
        "Produced 7 December 2026",
        "",
        "Focus area: Harrow. Neighbours: Barnet. London: all London boroughs pooled.",
        "",
        /^Current period: .*$/m.exec(md)?.[0],
        "",
        "The data hold fewer than 3 years of the same period, too few for a long-term trend: each priority is compared with the year earlier only.",
        "",
        "First paragraph.",
        "",
        "\\- Second, not a list.",
        "",
        "Contact: community.safety@harrow.gov.uk",
        "",
        "",
      ].join("\n"),
    );
    expect(md.endsWith("---\n\nOFFICIAL\n")).toBe(true);
    expect(md).not.toContain("#00703c");
  });

  it("links the contents to an anchor before each section's heading, in the document's order", () => {
    const md = renderMarkdown(result);
    const contents = md.slice(md.indexOf("## Contents"), md.indexOf("\n<a id=", md.indexOf("## Contents")));
    const links = [...contents.matchAll(/^- \[([^\]]+)\]\(#([^)]+)\)$/gm)].map((m) => [m[1] ?? "", m[2] ?? ""]);
    const sections = [...md.matchAll(/^<a id="([^"]+)"><\/a>\n\n## (.+)$/gm)].map((m) => [m[2] ?? "", m[1] ?? ""]);
    expect(links).toEqual(sections);
    expect(sections.map(([heading]) => heading).slice(-3)).toEqual(["Notes on method", "Data sources and licences", "How the figures are made"]);
  });

  it("gives the sources with their licences and the appendix in the words of the HTML document", async () => {
    const md = renderMarkdown({ ...result, sources: ["mye24tablesew.csv (ONS mid-year population estimates)"] });
    expect(md).toContain(
      "## Data sources and licences\n\n**Office for National Statistics.** Source: Office for National Statistics licensed under the Open Government Licence v3.0. Dataset: ONS population estimates: https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates.\n\n- mye24tablesew.csv (ONS mid-year population estimates)\n\n",
    );
    expect(renderMarkdown({ ...result, sources: [] })).toContain(
      "## Data sources and licences\n\nThe sources of the data were not given: state them, with their licences, when publishing.\n\n",
    );
    const html = await renderHtml(result);
    const appendix = html.slice(html.indexOf('id="how-the-figures-are-made"'));
    const paragraphs = [...appendix.matchAll(/<dt>([^<]+)<\/dt>\n<dd>([^<]+)<\/dd>/g)];
    expect(paragraphs.length).toBeGreaterThanOrEqual(5);
    for (const [, title = "", text = ""] of paragraphs)
      expect(md).toContain(`**${title}${title.endsWith("?") ? "" : "."}** ${text.replace(/&quot;/g, '"').replace(/&#39;/g, "'")}`);
    expect(md).toContain("**Is a change significant?** Counts of crime go up and down by chance");
  });

  it("gives each table the caption of the HTML document's table, on a Table: line before it", async () => {
    const md = renderMarkdown(result);
    const html = await renderHtml(result);
    const htmlCaptions = [...html.matchAll(/<caption id="[^"]+">([^<]+)<\/caption>/g)].map((m) => m[1]);
    const mdCaptions = [...md.matchAll(/^Table: (.+)\n\n\|/gm)].map((m) => m[1]);
    // Summary, benchmark and drivers tables (two years of data: no same-period table).
    expect(mdCaptions.length).toBeGreaterThanOrEqual(3);
    expect(mdCaptions).toEqual(htmlCaptions);
  });

  it("refuses a malformed option with invalid-option, naming renderMarkdown and the field", () => {
    expect(() => renderMarkdown(result, { introduction: "" })).toThrow('renderMarkdown: options.introduction is "": expected a text that is not empty.');
    expect(() => renderMarkdown(result, { logo: { data: new Uint8Array([1]), type: "image/png", alt: "Logo" } })).toThrow(
      expect.objectContaining({ code: "invalid-option", details: { field: "logo.data" } }),
    );
  });
});
