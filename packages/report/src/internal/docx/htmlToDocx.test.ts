import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { documentOptions } from "../document/documentOptions.js";
import { docxFile } from "./docxDocument.js";
import { htmlToDocx } from "./htmlToDocx.js";
import { resvgChart } from "./resvgChart.js";
import { TEXT_WIDTH_PX } from "./page.js";

/** A page of the report's kind with this body. */
const page = (body: string): string =>
  `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8" /><title>Test document</title><style>p { color: red; }</style></head><body>${body}</body></html>`;

/** The Word file's parts (document.xml, the header and footer, the pictures) made from a page, and what had no rule. */
async function convert(body: string): Promise<{ xml: string; files: Record<string, Uint8Array>; unmapped: readonly string[] }> {
  const converted = htmlToDocx(page(body), resvgChart);
  const bytes = await docxFile(converted.children, converted.title, documentOptions("test", { date: "2026-12-07", footer: "Safer Harrow: OFFICIAL" }));
  const files = unzipSync(bytes);
  return { xml: strFromU8(files["word/document.xml"] ?? new Uint8Array()), files, unmapped: converted.unmapped };
}

/** The text of each paragraph of a document.xml, in order. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) =>
    [...(m[1] ?? m[2] ?? "").matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  );
}

const svg = (id: string, width: number, height: number): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-caption"><rect width="${width}" height="${height}" fill="#ffffff"/><text id="${id}-title" x="10" y="20" font-family="Arial, Helvetica, sans-serif" font-size="14"><tspan x="10">Burglary: rate per 1,000</tspan><tspan x="10" dy="16">residents</tspan></text><path d="M10 50h100v40h-100z" fill="#1d70b8"/></svg>`;

describe("htmlToDocx", { timeout: 30_000 }, () => {
  it("writes h1 as Word's Title and h2, h3 and h4 as Heading 1, 2 and 3", async () => {
    const { xml, unmapped } = await convert(
      "<header><h1>Strategic Assessment</h1></header><main><section><h2>Burglary</h2><h3>Quick facts</h3><h4>Detail</h4></section></main>",
    );
    expect([...xml.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1])).toEqual(["Title", "Heading1", "Heading2", "Heading3"]);
    expect(paragraphs(xml).slice(0, 4)).toEqual(["Strategic Assessment", "Burglary", "Quick facts", "Detail"]);
    expect(unmapped).toEqual([]);
  });

  it("starts a page at the contents, at the first part after them and at a part with charts, and lets a part without charts follow on", async () => {
    const figure = `<figure class="chart">${svg("c", 300, 200)}<figcaption>A chart.</figcaption></figure>`;
    const { xml } = await convert(
      `<nav><h2 class="first">Contents</h2></nav><section><h2>Key findings</h2></section><section><h2>Summary</h2></section><section><h2>Burglary</h2>${figure}</section>`,
    );
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>(<w:pageBreakBefore\/>)?[\s\S]*?<w:t[^>]*>([^<]*)</g)].map((m) => [
      m[2],
      m[1] !== undefined,
    ]);
    expect(headings).toEqual([
      ["Contents", true],
      ["Key findings", true],
      ["Summary", false],
      ["Burglary", true],
    ]);
  });

  it("writes a table with its caption before it, its header row repeated on each page, no row split across pages, numbers right-aligned", async () => {
    const { xml } = await convert(
      '<table class="data"><caption>Burglary: offences</caption><thead><tr><th scope="col">Area</th><th scope="col" class="num">Offences</th><th scope="col">Note</th></tr></thead>' +
        '<tbody><tr><th scope="row">Harrow</th><td>1,129</td><td class="text">rising</td></tr><tr class="focus"><th scope="row">Barnet</th><td>2,000</td><td class="text">falling</td></tr></tbody></table>',
    );
    expect(xml.indexOf("Burglary: offences")).toBeLessThan(xml.indexOf("<w:tbl>"));
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(xml.match(/<w:cantSplit\/>/g)).toHaveLength(3);
    const cells = [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => [/<w:jc w:val="(\w+)"/.exec(m[1] ?? "")?.[1], paragraphs(m[1] ?? "").join("")]);
    expect(cells).toEqual([
      ["left", "Area"],
      ["right", "Offences"],
      ["left", "Note"],
      ["left", "Harrow"],
      ["right", "1,129"],
      ["left", "rising"],
      ["left", "Barnet"],
      ["right", "2,000"],
      ["left", "falling"],
    ]);
    // The focus row is shaded and bold, as the HTML's tr.focus.
    const focus = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)][2]?.[1] ?? "";
    expect(focus).toContain('w:fill="F6F6F6"');
    expect(focus.match(/<w:b\/>/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it("sets an empty cell at the table's text size, so its row is no taller than the others", async () => {
    const { xml } = await convert(
      '<table class="compact"><caption>Map table</caption><thead><tr><th scope="col">Key</th><th scope="col">Centre</th></tr></thead><tbody><tr><td>1</td><td></td></tr></tbody></table>',
    );
    const empty = [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)][3]?.[1] ?? "";
    expect(empty).not.toMatch(/<w:t[ >]/);
    expect(empty).toMatch(/<w:pPr>[\s\S]*<w:rPr><w:sz w:val="16"\/>/);
  });

  it("gives every column at least its longest word and fills the text column", async () => {
    const { xml } = await convert(
      '<table class="data"><caption>Widths</caption><thead><tr><th scope="col">Category</th><th scope="col" class="num">Offences 12 months to Feb 2024</th><th scope="col" class="num">Offences 12 months to Feb 2025</th><th scope="col" class="num">Change</th></tr></thead>' +
        '<tbody><tr><th scope="row">Burglary (recorded under different names before and after March 2024)</th><td>1,205</td><td>1,129</td><td>-76</td></tr></tbody></table>',
    );
    const widths = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(4);
    // "Change" in bold at 9 points is about 660 twips, with the cell's padding about 820.
    expect(widths[3]).toBeGreaterThanOrEqual(900);
    expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThan(10_000);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(10_092);
  });

  it("draws a chart wider than the text column as a PNG picture as wide as the column, its drawn title and caption as the alternative text, the caption below", async () => {
    const { xml, files } = await convert(
      `<figure class="chart" id="c">${svg("c", 800, 400)}<figcaption id="c-caption">Harrow's rate is lower than London's.</figcaption></figure>`,
    );
    const media = Object.keys(files).filter((f) => f.startsWith("word/media/"));
    expect(media).toHaveLength(1);
    const png = files[media[0] ?? ""] ?? new Uint8Array();
    expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
    // Drawn at 2.5 pixels per CSS pixel shown: 1,682 pixels across the text column.
    const pngWidth = (png[16] ?? 0) * 2 ** 24 + (png[17] ?? 0) * 2 ** 16 + (png[18] ?? 0) * 256 + (png[19] ?? 0);
    expect(pngWidth).toBe(Math.round(Math.round(TEXT_WIDTH_PX) * 2.5));
    expect(xml).toContain('descr="Burglary: rate per 1,000 residents. Harrow&apos;s rate is lower than London&apos;s."');
    expect(xml).toContain('title="Burglary: rate per 1,000 residents"');
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(xml);
    expect(Number(extent?.[1])).toBe(Math.round(TEXT_WIDTH_PX) * 9525);
    expect(Number(extent?.[2])).toBe(Math.round((400 * TEXT_WIDTH_PX) / 800) * 9525);
    expect(xml.indexOf("<w:drawing>")).toBeLessThan(xml.indexOf("lower than London"));
    // The picture is kept with its caption.
    expect(/<w:p><w:pPr><w:keepNext\/>[\s\S]*?<w:drawing>/.test(xml)).toBe(true);
  });

  it("shows a chart narrower than the text column at its own size, its text no larger than drawn, and draws it at 2.5 pixels a pixel", async () => {
    const { xml, files } = await convert(`<figure class="chart">${svg("s", 400, 200)}<figcaption>A small chart.</figcaption></figure>`);
    expect(
      /<wp:extent cx="(\d+)" cy="(\d+)"\/>/
        .exec(xml)
        ?.slice(1)
        .map((n) => Number(n) / 9525),
    ).toEqual([400, 200]);
    const png = Object.entries(files).find(([path]) => path.startsWith("word/media/"))?.[1] ?? new Uint8Array();
    expect((png[18] ?? 0) * 256 + (png[19] ?? 0)).toBe(1000);
  });

  it("keeps a tall map within about two thirds of the page's height", async () => {
    const { xml } = await convert(`<figure class="chart">${svg("m", 400, 900)}<figcaption>A tall map.</figcaption></figure>`);
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(xml);
    const heightMm = (Number(extent?.[2]) / 914400) * 25.4;
    expect(heightMm).toBeGreaterThan(150);
    expect(heightMm).toBeLessThan(170);
    expect(Number(extent?.[1]) / Number(extent?.[2])).toBeCloseTo(400 / 900, 2);
  });

  it("writes a RAG badge as its words in bold, shaded in its colour and boxed", async () => {
    const { xml } = await convert('<p><span class="rag" style="background:#d4351c;color:#ffffff">✕ Red</span> Off track: a significant rise.</p>');
    const badge = /<w:r><w:rPr>([\s\S]*?)<\/w:rPr><w:t[^>]*>✕ Red<\/w:t><\/w:r>/.exec(xml)?.[1] ?? "";
    expect(badge).toContain("<w:b/>");
    expect(badge).toContain('w:fill="D4351C"');
    expect(badge).toContain('<w:color w:val="FFFFFF"/>');
    expect(badge).toContain("<w:bdr");
    expect(paragraphs(xml)).toEqual(["✕ Red Off track: a significant rise."]);
  });

  it("writes a RAG badge whose colours are not CSS colours in bold black on white, with its words", async () => {
    const { xml } = await convert('<p><span class="rag">● Amber</span> Watch.</p>');
    const badge = /<w:r><w:rPr>([\s\S]*?)<\/w:rPr><w:t[^>]*>● Amber<\/w:t><\/w:r>/.exec(xml)?.[1] ?? "";
    expect(badge).toContain("<w:b/>");
    expect(badge).not.toContain("w:fill");
  });

  it("makes a link to a part of the document a link to a bookmark opened at that part's first paragraph, and a link outside it a hyperlink", async () => {
    const { xml, files } = await convert(
      '<ul><li><a href="#burglary">Burglary rose.</a></li></ul><section id="burglary"><h2>Burglary</h2><p>See <a href="https://data.london.gov.uk/">the London Datastore</a>.</p></section>',
    );
    const anchor = /<w:hyperlink [^>]*w:anchor="([^"]+)"/.exec(xml)?.[1];
    expect(anchor).toMatch(/^_\w{1,39}$/);
    expect(xml).toMatch(new RegExp(`<w:bookmarkStart w:name="${anchor}" w:id="\\d+"/>[\\s\\S]*?Burglary</w:t>`));
    expect(xml.indexOf(`w:name="${anchor}"`)).toBeGreaterThan(xml.indexOf("Burglary rose."));
    const rels = strFromU8(files["word/_rels/document.xml.rels"] ?? new Uint8Array());
    expect(rels).toContain('Target="https://data.london.gov.uk/" TargetMode="External"');
  });

  it("collapses whitespace as a browser shows it, across elements", async () => {
    const { xml } = await convert("<p>\n  Rates   per\n 1,000 <strong> residents </strong> rose.\n</p>");
    expect(paragraphs(xml)).toEqual(["Rates per 1,000 residents rose."]);
  });

  it("writes the quick facts as a grid of boxes, three to a row, each label above its figure", async () => {
    const facts = ["Offences", "Rate", "Change", "Rank"].map((label, i) => `<div><dt>${label}</dt><dd>${i + 1}</dd></div>`).join("");
    const { xml, unmapped } = await convert(`<dl class="facts">${facts}</dl>`);
    expect(xml.match(/<w:tr>/g)).toHaveLength(2);
    expect(xml.match(/<w:tc>/g)).toHaveLength(6);
    expect(paragraphs(xml).filter((p) => p !== "")).toEqual(["Offences", "1", "Rate", "2", "Change", "3", "Rank", "4"]);
    expect(unmapped).toEqual([]);
  });

  it("writes a map's key as a compact table of number, area and value, without printing the label screen readers are given", async () => {
    const items = Array.from({ length: 10 }, (_, i) => `<li><b>${i + 1}</b> Ward ${i + 1} <span>${(i + 1) * 10}</span></li>`).join("");
    const { xml } = await convert(`<ol class="map-key" aria-label="Key to the map: number, ward, offences">${items}</ol>`);
    expect(xml).not.toContain("Key to the map");
    // Two column groups of five rows.
    expect(xml.match(/<w:tr>/g)).toHaveLength(5);
    expect(paragraphs(xml).slice(0, 6)).toEqual(["1", "Ward 1", "10", "6", "Ward 6", "60"]);
  });

  it("boxes a SYNTHETIC warning in red, in bold", async () => {
    const { xml } = await convert('<p class="synthetic" role="note">SYNTHETIC DEMONSTRATION DATA: not real figures.</p>');
    const properties = /<w:p><w:pPr>([\s\S]*?)<\/w:pPr>/.exec(xml)?.[1] ?? "";
    expect(properties).toContain('w:color="B00020"');
    expect(properties).toContain('w:fill="FFF0F0"');
    expect(xml).toContain("<w:b/>");
  });

  it("writes bullets for ul and numbers for ol, a nested list one level in", async () => {
    const { xml } = await convert("<ul><li>One<ul><li>Inner</li></ul></li><li>Two</li></ul><ol><li>First</li></ol>");
    const levels = [...xml.matchAll(/<w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/g)].map((m) => m[1]);
    expect(levels).toEqual(["0", "1", "0", "0"]);
    expect(paragraphs(xml)).toEqual(["One", "Inner", "Two", "First"]);
  });

  it("embeds a logo given as a data: URI of a PNG, no larger than 256 by 80 pixels, with its alt text", async () => {
    const png = await import("@resvg/resvg-js").then(({ Resvg }) =>
      new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200"><rect width="600" height="200" fill="#1d4f91"/></svg>').render().asPng(),
    );
    const { xml, files } = await convert(
      `<header><img src="data:image/png;base64,${Buffer.from(png).toString("base64")}" alt="Safer Harrow logo" /><h1>Title</h1></header>`,
    );
    expect(Object.keys(files).filter((f) => f.startsWith("word/media/"))).toHaveLength(1);
    expect(xml).toContain('descr="Safer Harrow logo"');
    expect(
      /<wp:extent cx="(\d+)" cy="(\d+)"\/>/
        .exec(xml)
        ?.slice(1)
        .map((n) => Number(n) / 9525),
    ).toEqual([240, 80]);
  });

  it("names an element it has no rule for and still writes its text", async () => {
    const { xml, unmapped } = await convert('<p>Before <marquee class="x">moving words</marquee> after.</p><aside><details>Hidden detail</details></aside>');
    expect(unmapped).toEqual(["details", "marquee.x"]);
    expect(paragraphs(xml)).toEqual(["Before moving words after.", "Hidden detail"]);
  });

  it("takes the document's title from <title> and writes nothing of the head", async () => {
    const converted = htmlToDocx(page("<p>Body</p>"), resvgChart);
    expect(converted.title).toBe("Test document");
    expect(converted.children).toHaveLength(1);
  });
});
