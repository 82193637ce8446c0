import { describe, expect, it } from "vitest";
import { exampleInput } from "../test/exampleInput.js";
import { externalReferences, wellFormedProblems } from "../test/html.js";
import { total2019Input } from "../test/fixtures.js";
import { documentOptions } from "./internal/document/documentOptions.js";
import { htmlDocument } from "./internal/document/htmlDocument.js";
import { renderHtml } from "./renderHtml.js";
import { strategicAssessment } from "./strategicAssessment.js";

describe("renderHtml", () => {
  it("doc example: an HTML document", async () => {
    const html = await renderHtml(strategicAssessment(exampleInput));
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
  });

  it("is well-formed, self-contained (no scripts, links or URLs), printable, with captions and text alternatives", async () => {
    const result = strategicAssessment({
      ...total2019Input,
      priorities: [{ id: "total", name: "Total <offences> & more", offences: ["ALL"] }],
      ragRule: () => ({ kind: "change", polarity: "lower-is-better" }),
    });
    const html = await renderHtml(result);
    expect(wellFormedProblems(html)).toEqual([]);
    expect(externalReferences(html)).toEqual([]);
    expect(html).toContain("@media print");
    // A table scrolls inside a focusable region named by its caption, so the page never scrolls sideways on a phone.
    expect(html).toMatch(
      /<div class="table-scroll" tabindex="0" role="region" aria-labelledby="(t\d+)"><table class="data keep">\n<caption id="\1">Total &lt;offences&gt; &amp; more: offences and rates per 1,000 residents<\/caption>/,
    );
    expect(html).toContain(
      '<tr class="focus"><th scope="row">Harrow (focus)</th><td>13,957</td><td>56.08</td><td>14,866</td><td>59.73</td><td>+909</td><td>+3.65</td></tr>',
    );
    // Each chart a figure: the SVG named by the title it draws (not repeated in a <title>), described by its caption (its own long description is not repeated).
    expect(html).toMatch(
      /<figure class="chart" id="priority-total-trend" tabindex="0"><svg[^>]*role="img" aria-labelledby="priority-total-trend-title" aria-describedby="priority-total-trend-caption"><rect /,
    );
    expect(html).toMatch(/<text id="priority-total-trend-title"[^>]*>Total &lt;offences&gt; &amp; more: rolling-year rate per 1,000 residents<\/text>/);
    expect(html).not.toContain('<title id="priority-total-trend-title"');
    expect(html).toMatch(
      /<figcaption id="priority-total-trend-caption">Line chart of offences per 1,000 residents \(rolling 12 months\)[^<]*<\/figcaption><\/figure>/,
    );
    expect(html).not.toContain("<desc");
    // On a phone a chart keeps its size (text never below 11 px) and scrolls inside its figure; long words wrap, so the page never scrolls sideways.
    expect(html).toContain("figure.chart { margin: 1rem 0; max-width: 100%; overflow-x: auto; }");
    expect(html).toContain("figure.chart svg { display: block; max-width: none; height: auto; }");
    expect(html).toContain('p, li, dt, dd, figcaption, caption, #reconciliation th[scope="row"] { overflow-wrap: anywhere; }');
    // Text in the default colour takes it from one CSS rule outside @media (so print too), not from a fill on every text.
    const style = html.slice(html.indexOf("<style>"), html.indexOf("</style>"));
    expect(style.slice(style.lastIndexOf("}\n}") + 1)).toContain("svg text:not([fill]){fill:#1a1a1a}");
    expect(html).toContain("<text");
    expect(html).not.toMatch(/<text[^>]*fill="#1a1a1a"/);
    // The RAG rating is written in words and with a symbol, not only as a colour.
    expect(html).toMatch(/<span class="rag" style="background:#[0-9a-f]{6};color:#[0-9a-f]{6}">. (Red|Amber|Green)<\/span>/);
  });

  it("flags well-formedness problems the checker must catch (so the check can fail)", () => {
    expect(wellFormedProblems("<!DOCTYPE html><html><body><p>a & b</body></html>")).toEqual([
      'bare "&" at 17: & b</body></',
      "</body> closes <p> at 20",
      "</html> closes <body> at 27",
      "unclosed: html",
    ]);
    expect(externalReferences('<img src="https://x/y.png"><style>a{background:url(x)}</style>')).toEqual(['src="https://x/y.png"', "<img", "url("]);
  });
});

describe("renderHtml options: the branding and front matter", () => {
  const result = strategicAssessment(exampleInput);
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
  const options = {
    title: "Harrow Strategic Assessment 2026",
    partnership: "Safer Harrow",
    logo: { data: png, type: "image/png", alt: "Safer Harrow logo" },
    introduction: "This assessment informs the partnership's priorities.\n\nIt covers recorded crime.",
    accentColour: "#00703c",
    footer: "OFFICIAL",
    contact: "community.safety@harrow.gov.uk",
    date: "2026-12-07",
  } as const;

  it("doc example: the date produced in the front matter", async () => {
    const branded = await renderHtml(strategicAssessment(exampleInput), { partnership: "Safer Harrow", accentColour: "#00703c", date: "2026-12-07" });
    expect(branded.includes('<p class="produced">Produced 7 December 2026</p>')).toBe(true);
  });

  it("prints the front matter in order: logo, title, partnership, date produced, areas and periods, introduction, contact", async () => {
    const html = await renderHtml(result, options);
    const header = html.slice(html.indexOf("<header>"), html.indexOf("</header>"));
    expect(header).toBe(
      [
        "<header>",
        `<img src="data:image/png;base64,${Buffer.from(png).toString("base64")}" alt="Safer Harrow logo" />`,
        "<h1>Harrow Strategic Assessment 2026</h1>",
        '<p class="partnership">Safer Harrow</p>',
        '<p class="produced">Produced 7 December 2026</p>',
        "<p>Focus area: Harrow. Neighbours: Barnet. London: all London boroughs pooled.</p>",
        `<p>${periodsLine(html)}</p>`,
        // Two years of data: no long-term trend, said once here.
        "<p>The data hold fewer than 3 years of the same period, too few for a long-term trend: each priority is compared with the year earlier only.</p>",
        "<p>This assessment informs the partnership&#39;s priorities.</p>",
        "<p>It covers recorded crime.</p>",
        "<p>Contact: community.safety@harrow.gov.uk</p>",
        "",
      ].join("\n"),
    );
    expect(html).toContain("<title>Harrow Strategic Assessment 2026</title>");
    expect(html).toContain("<footer>\n<p>OFFICIAL</p>\n</footer>");
    expect(wellFormedProblems(html)).toEqual([]);
    // The logo is the only image, embedded: nothing is loaded.
    expect(externalReferences(html).filter((r) => !r.startsWith('src="data:image/png;base64,'))).toEqual(["<img"]);
  });

  it("colours headings, rules and links with the accent colour, and prints title, date, footer and page numbers in the A4 page margins", async () => {
    const html = await renderHtml(result, options);
    expect(html).toContain("h1, h2, h3 { color: #00703c; }");
    expect(html).toContain("h2 { font-size: 1.4rem; border-bottom: 2px solid #00703c;");
    expect(html).toContain("size: A4;\n  margin: 20mm 16mm 22mm;");
    expect(html).toContain('@top-left { content: "Safer Harrow \\2013  Harrow Strategic Assessment 2026";');
    expect(html).toContain('@top-right { content: "7 December 2026";');
    expect(html).toContain('@bottom-left { content: "OFFICIAL";');
    expect(html).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
    // The first page is a title page: no running header over the front matter.
    expect(html).toContain("@page :first {\n  @top-left { content: none; }\n  @top-right { content: none; }\n}");
    // Printed: a long table's header row repeats and no row is split; headings stay with what follows; short tables, figures and a map's key are not split.
    const print = html.slice(html.indexOf("@media print"));
    for (const rule of [
      "thead { display: table-header-group; }",
      "tr { break-inside: avoid; }",
      "h2, h3, h3 + p, caption, dt { break-after: avoid; }",
      "nav, section.priority, section.local, #wards { break-before: page; }",
      "figure + .table-scroll { break-before: avoid; }",
      "figure, .facts, nav, dt, table.keep, section.priority ul, ol.map-key { break-inside: avoid; }",
      "figure.chart svg { max-width: 100%; }",
    ])
      expect(print).toContain(rule);
    // On a phone a wide table scrolls in its box; its caption wraps within the screen and stays in view.
    expect(html).toContain(".table-scroll caption { position: sticky; left: 0; max-width: calc(100vw - 1.6rem); box-sizing: border-box; }");
    const plain = await renderHtml(result, { date: "2026-12-07" });
    expect(plain).toContain("h1, h2, h3 { color: #1d4f91; }");
    expect(plain).toContain(`@top-left { content: "${result.title}";`);
    expect(plain).toContain('@bottom-left { content: "";');
    expect(plain).not.toContain("<footer>");
    expect(plain).not.toContain("<img");
  });

  it("writes option texts as text: markup is escaped in the page, and quotes and markup in the page-margin strings", async () => {
    const html = await renderHtml(result, { title: 'A "title" </style><script>x</script> \\ end', footer: "Line one\nline two & more", date: "2026-12-07" });
    expect(wellFormedProblems(html)).toEqual([]);
    expect(externalReferences(html)).toEqual([]);
    expect(html).toContain("<h1>A &quot;title&quot; &lt;/style&gt;&lt;script&gt;x&lt;/script&gt; \\ end</h1>");
    expect(html).toContain('@top-left { content: "A \\22 title\\22  \\3c /style\\3e \\3c script\\3e x\\3c /script\\3e  \\5c  end";');
    expect(html).toContain('@bottom-left { content: "Line one\\a line two \\26  more";');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it("lists every section in the contents, in order, each link reaching its section's heading", async () => {
    const html = await renderHtml(result, { date: "2026-12-07" });
    const nav = html.slice(html.indexOf("<nav"), html.indexOf("</nav>"));
    const links = [...nav.matchAll(/<a href="#([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1] ?? "", m[2] ?? ""] as const);
    const headings = [...html.slice(html.indexOf("</nav>")).matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(links.map(([, text]) => text)).toEqual(headings);
    for (const [id, text] of links) expect(html, id).toMatch(new RegExp(`<section[^>]* id="${id}"[^>]*>\\s*<h2>${text.replace(/[()]/g, "\\$&")}</h2>`));
    expect(headings.slice(-3)).toEqual(["Notes on method", "Data sources and licences", "How the figures are made"]);
  });

  it("refuses a malformed option with invalid-option, naming renderHtml and the field", async () => {
    await expect(renderHtml(result, { accentColour: "#ffff00" })).rejects.toMatchObject({ code: "invalid-option", details: { field: "accentColour" } });
    await expect(renderHtml(result, { date: "2026-02-30" })).rejects.toThrow(/^renderHtml: options\.date is "2026-02-30"/);
    await expect(renderHtml(result, { colour: "#000000" } as never)).rejects.toMatchObject({ code: "invalid-option", details: { field: "colour" } });
  });
});

describe("htmlDocument without shared outlines (what the Word document reads)", () => {
  it("writes every SVG to stand alone: no <use> of the document's definitions, no CSS rule for the text colour", async () => {
    const result = strategicAssessment({
      ...total2019Input,
      priorities: [{ id: "total", name: "Total", offences: ["ALL"] }],
    });
    const options = documentOptions("renderHtml", { date: "2026-12-07" });
    const alone = await htmlDocument(result, options, { shareOutlines: false });
    const shared = await htmlDocument(result, options, { shareOutlines: true });
    expect(shared).toContain("svg text:not([fill])");
    expect(shared).toContain("<use");
    expect(alone).not.toContain("svg text:not([fill])");
    expect(alone).not.toContain("<use");
    for (const text of alone.match(/<text\b[^>]*>/g) ?? []) expect(text).toMatch(/fill=|<text[^>]*id="[^"]*-title"/);
    expect(wellFormedProblems(alone)).toEqual([]);
    // Apart from the SVGs (and the shared definitions before them), the two documents are the same.
    const withoutSvgs = (html: string): string => html.replace(/<svg[\s\S]*?<\/svg>/g, "").replace(/\n+/g, "\n");
    expect(withoutSvgs(alone)).toBe(withoutSvgs(shared).replace("svg text:not([fill]){fill:#1a1a1a}", ""));
  });
});

/** The periods sentence of a document (the second paragraph after the front matter's areas). */
function periodsLine(html: string): string {
  return /<p>(Current period: [^<]*)<\/p>/.exec(html)?.[1] ?? "";
}
