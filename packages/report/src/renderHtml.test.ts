import { describe, expect, it } from "vitest";
import { exampleInput } from "../test/exampleInput.js";
import { externalReferences, wellFormedProblems } from "../test/html.js";
import { total2019Input } from "../test/fixtures.js";
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
      /<div class="table-scroll" tabindex="0" role="region" aria-labelledby="(table-\d+)"><table class="data keep">\n<caption id="\1">Total &lt;offences&gt; &amp; more: offences and rates per 1,000 residents<\/caption>/,
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
    expect(html).toContain("p, li, dt, dd, figcaption, caption, #reconciliation th[scope=\"row\"] { overflow-wrap: anywhere; }");
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
