// Reading a document's headings and figures back from each format, and comparing them: each
// reader on a small document written by hand, and a difference of one figure found and named.
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { PdfPage } from "./browser.js";
import { figureDifferences, figures, htmlText, markdownText, pdfText, sectionDifferences, wordText } from "./documentText.js";

const html = `<!DOCTYPE html><html><head><title>Ignored 1</title><style>p { margin: 2px; }</style></head><body>
<h1>Report</h1><p>Rose from 1,234 to 1,300 (+66, +5.3%); rate <b>12.3</b> per 1,000.</p>
<h2>Burglary</h2><h3>Benchmark</h3>
<table><caption>Rates per 1,000</caption><tr><th>Area</th><th>Map</th><th>Rate</th></tr><tr><td>Harrow</td><td>4</td><td>−0.25</td></tr></table>
<figure><svg><text>Axis 250</text></svg><figcaption>Bar chart, highest 7.5</figcaption></figure>
<ol class="map-key"><li><b>1</b> Barnet <span>127.7</span></li></ol>
<p>From 2024-01 to mid-2025.</p></body></html>`;

describe("the figures of a text", () => {
  it("reads numbers as printed, with separators, decimals, signs and percent signs, a minus sign as '-' and a hyphen between words as no sign", () => {
    expect(figures("Rose from 1,234 to 1,300 (+66, +5.3%); change −0.25 and -7; 2024-01, mid-2025, 12.")).toEqual([
      "1,234",
      "1,300",
      "+66",
      "+5.3%",
      "-0.25",
      "-7",
      "2024",
      "01",
      "2025",
      "12",
    ]);
  });

  it("counts what one list has more or less often than the other", () => {
    expect(figureDifferences(["1", "2", "2", "3"], ["1", "2", "4"])).toEqual({ missing: ["2 ×1", "3 ×1"], extra: ["4 ×1"] });
  });
});

describe("reading each format", () => {
  it("reads the HTML's headings and its text by section, chart pictures never, captions and keys only when asked", () => {
    const withCaptions = htmlText(html, { charts: "caption" });
    expect(withCaptions.headings).toEqual(["Report", "Burglary", "Benchmark"]);
    expect(withCaptions.sections.map((s) => s.heading)).toEqual(["(before the first heading)", "Report", "Burglary", "Burglary › Benchmark"]);
    expect(figures(withCaptions.sections[1]!.text)).toEqual(["1,234", "1,300", "+66", "+5.3%", "12.3", "1,000"]);
    expect(figures(withCaptions.sections[3]!.text)).toEqual(["1,000", "4", "-0.25", "7.5", "1", "127.7", "2024", "01", "2025"]);
    // Without charts: no figure, no map key and no "Map" column.
    expect(figures(htmlText(html, { charts: "none" }).sections[3]!.text)).toEqual(["1,000", "-0.25", "2024", "01", "2025"]);
  });

  it("reads the Markdown's headings and text, leaving out link targets, escapes, list numbers and the paragraphs standing for charts", () => {
    const md = markdownText(
      '# Report\n\n1. [Rose from 1,234](#p-2)\n\n## Burglary\n\n### Benchmark\n\n| Area | Rate |\n| --- | ---: |\n| Harrow | -0.25 |\n\nChart (see the HTML version): 99 areas.\n\nCounts of 1 to 4 shown as "\\*".\n',
    );
    expect(md.headings).toEqual(["Report", "Burglary", "Benchmark"]);
    expect(md.sections.map((s) => figures(s.text))).toEqual([[], ["1,234"], [], ["-0.25", "1", "4"]]);
    expect(md.text).toContain('shown as "*"');
  });

  it("reads the Word file's Title and Heading paragraphs as headings and every other paragraph as text", () => {
    const p = (text: string, style?: string) =>
      `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
    const xml = `<w:document><w:body>${p("Report", "Title")}${p("Rose from 1,234 &amp; more")}${p("Burglary", "Heading1")}${p("Benchmark", "Heading2")}<w:tbl><w:tr><w:tc>${p("−0.25")}</w:tc></w:tr></w:tbl></w:body></w:document>`;
    const word = wordText(zipSync({ "word/document.xml": strToU8(xml), "word/header1.xml": strToU8(p("999")) }));
    expect(word.headings).toEqual(["Report", "Burglary", "Benchmark"]);
    expect(word.sections.map((s) => s.heading)).toEqual(["(before the first heading)", "Report", "Burglary", "Burglary › Benchmark"]);
    expect(word.sections.map((s) => figures(s.text))).toEqual([[], ["1,234"], [], ["-0.25"]]);
    expect(word.text).toContain("1,234 & more");
  });

  it("reads the PDF's lines, split at the headings found in order (over two lines too), the running footer and list numbers left out", () => {
    const line = (text: string, y: number) => ({ text, xMin: 50, xMax: 300, yMin: y, yMax: y + 10 });
    const page: PdfPage = {
      number: 1,
      width: 595,
      height: 842,
      blocks: [
        [line("Contents", 60)],
        [line("1. Burglary", 80)],
        [line("Burglary", 100)],
        [line("Rose from 1,234", 120)],
        [line("Benchmark of a long", 140), line("heading", 152)],
        [line("-0.25", 170)],
        [line("Page 1 of 1", 810)],
      ],
    };
    const pdf = pdfText(
      [page],
      ["Page 0 of 0"],
      [
        { level: 2, heading: "Contents" },
        { level: 2, heading: "Burglary" },
        { level: 3, heading: "Benchmark of a long heading" },
        { level: 3, heading: "Not printed" },
      ],
    );
    expect(pdf.lost).toEqual(["Not printed"]);
    expect(pdf.sections.map((s) => [s.heading, figures(s.text)])).toEqual([
      ["(before the first heading)", []],
      ["Contents", []],
      ["Burglary", ["1,234"]],
      ["Burglary › Benchmark of a long heading", ["-0.25"]],
    ]);
  });
});

describe("comparing two formats", () => {
  const reference = htmlText(html, { charts: "caption" });

  it("finds nothing between a document and itself", () => {
    expect(sectionDifferences(reference, htmlText(html, { charts: "caption" }))).toEqual([]);
  });

  it("names the section and the figure that differs, and what is only extra when extras count", () => {
    const changed = htmlText(html.replace("12.3", "12.4"), { charts: "caption" });
    expect(sectionDifferences(reference, changed)).toEqual(['"Report": lacks 12.3 ×1; has more 12.4 ×1']);
    expect(sectionDifferences(reference, changed, { extras: false })).toEqual(['"Report": lacks 12.3 ×1']);
  });

  it("pairs the sections by heading when one document lacks a heading, counting that section's text with the one before", () => {
    const withoutHeading = htmlText(html.replace("<h3>Benchmark</h3>", ""), { charts: "caption" });
    expect(sectionDifferences(reference, withoutHeading)).toEqual([]);
    const moved = htmlText(html.replace("<h3>Benchmark</h3>", "").replace("−0.25", "−0.26"), { charts: "caption" });
    expect(sectionDifferences(reference, moved)).toEqual(['"Burglary": lacks -0.25 ×1; has more -0.26 ×1']);
  });
});
