import { describe, expect, it } from "vitest";
import { docxMedia, docxParts, htmlWords, missingWords, wordText, words } from "../test/docx.js";
import { exampleInput } from "../test/exampleInput.js";
import { total2019Input } from "../test/fixtures.js";
import { renderDocx } from "./node/renderDocx.js";
import { renderDocx as renderDocxWith } from "./renderDocx.js";
import { resvgChart } from "./internal/docx/resvgChart.js";
import { renderHtml } from "./renderHtml.js";
import { ReportError } from "./ReportError.js";
import { strategicAssessment } from "./strategicAssessment.js";

// Each test draws charts with resvg and zips a document: seconds on a busy machine.
describe("renderDocx", { timeout: 60_000 }, () => {
  it("doc example: a .docx file (a zip)", async () => {
    const docx = await renderDocx(strategicAssessment(exampleInput));
    expect(new TextDecoder().decode(docx.subarray(0, 2))).toBe("PK");
  });

  it("doc example of the main entry: the charts are drawn by the drawChart given, once each, and its PNGs are the document's pictures", async () => {
    const asked: { svg: string; width: number }[] = [];
    const drawChart = async (svg: string, width: number): Promise<Uint8Array> => {
      asked.push({ svg, width });
      return resvgChart(svg, width);
    };
    const result = strategicAssessment(exampleInput);
    const docx = await renderDocxWith(result, { drawChart, date: "2026-12-07" });
    expect(new TextDecoder().decode(docx.subarray(0, 2))).toBe("PK");
    expect(asked.length).toBeGreaterThan(0);
    expect(new Set(asked.map((a) => `${a.width}\n${a.svg}`)).size).toBe(asked.length);
    for (const { svg, width } of asked) {
      expect(svg).toMatch(/^<svg\b[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(Number.isInteger(width) && width > 0).toBe(true);
    }
    // The same document as the Node.js entry's, whose resvg is the drawChart used here.
    const media = (bytes: Uint8Array) => Object.values(docxMedia(bytes)).map((m) => m.length);
    expect(media(docx)).toEqual(media(await renderDocx(result, { date: "2026-12-07" })));
  });

  it("the main entry asks for drawChart: without it, or with one that is not a function, an invalid-option error naming it", async () => {
    const result = strategicAssessment(exampleInput);
    for (const options of [undefined, { drawChart: "resvg" } as never]) {
      const error = await renderDocxWith(result, options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReportError);
      expect(error).toMatchObject({ code: "invalid-option", details: { field: "drawChart" } });
      expect((error as Error).message).toMatch(
        /^renderDocx: options\.drawChart is (missing|not a function): expected a function drawing a chart's SVG as a PNG/,
      );
    }
  });

  it("a drawChart that fails makes renderDocx fail with a ReportError, never a document with a blank chart", async () => {
    const drawChart = async (): Promise<Uint8Array> => {
      throw new Error("no canvas");
    };
    const error = await renderDocxWith(strategicAssessment(exampleInput), { drawChart }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
  });

  it("writes an A4 page with the printed document's margins, a running header with the title and date from the second page, and Page X of Y in the footer", async () => {
    const options = { title: "Community Safety Strategic Assessment 2025", footer: "Safer Harrow: OFFICIAL", date: "2026-12-07", partnership: "Safer Harrow" };
    const parts = docxParts(await renderDocx(strategicAssessment(exampleInput), options));
    const body = parts["word/document.xml"] ?? "";
    // 210 by 297 mm; margins 20 mm (1,134 twips) at the top, 16 mm (907) at the sides, 22 mm (1,247) at the foot.
    expect(body).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(body).toMatch(/<w:pgMar w:top="1134" w:right="907" w:bottom="1247" w:left="907" w:header="510" w:footer="510"/);
    // The first page (the front matter) has its own, empty header.
    expect(body).toContain("<w:titlePg/>");
    const headers = Object.entries(parts).filter(([path]) => /^word\/header\d+\.xml$/.test(path));
    // The running header of the printed HTML: the partnership and the title, the date at the right.
    expect(headers.map(([, xml]) => wordText(xml).trim()).sort()).toEqual(["", "Safer Harrow – Community Safety Strategic Assessment 2025 7 December 2026"]);
    const footers = Object.entries(parts).filter(([path]) => /^word\/footer\d+\.xml$/.test(path));
    expect(footers.length).toBeGreaterThanOrEqual(1);
    for (const [, xml] of footers) {
      expect(xml).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(xml).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
      expect(wordText(xml).replace(/\s+/g, " ").trim()).toMatch(/^Safer Harrow: OFFICIAL Page \d*\s?of\s?\d*$/);
    }
    // The title is the document's title property and its Title paragraph; the partnership is its author.
    expect(parts["docProps/core.xml"]).toContain("<dc:title>Community Safety Strategic Assessment 2025</dc:title>");
    expect(parts["docProps/core.xml"]).toContain("<dc:creator>Safer Harrow</dc:creator>");
    expect(body).toMatch(/<w:pStyle w:val="Title"\/>[\s\S]*?Community Safety Strategic Assessment 2025<\/w:t>/);
  });

  it("embeds the logo above the title, with its text alternative", async () => {
    const { Resvg } = await import("@resvg/resvg-js");
    const png = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="320" height="100"><rect width="320" height="100" fill="#1d4f91"/></svg>')
      .render()
      .asPng();
    const docx = await renderDocx(strategicAssessment(exampleInput), { logo: { data: new Uint8Array(png), type: "image/png", alt: "Safer Harrow logo" } });
    const body = docxParts(docx)["word/document.xml"] ?? "";
    const logo = body.indexOf('descr="Safer Harrow logo"');
    expect(logo).toBeGreaterThan(0);
    expect(logo).toBeLessThan(body.indexOf('<w:pStyle w:val="Title"/>'));
    // Each picture (the logo, the charts) is one image file of the package.
    expect(Object.keys(docxMedia(docx))).toHaveLength(body.match(/<w:drawing>/g)?.length ?? -1);
  });

  it("writes the headings in the accent colour, kept with what follows, captions kept whole, Arial, British English", async () => {
    const styles = docxParts(await renderDocx(strategicAssessment(exampleInput), { accentColour: "#7a1f5c" }))["word/styles.xml"] ?? "";
    const heading1 = /<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? "";
    expect(heading1).toContain('<w:color w:val="7A1F5C"/>');
    expect(heading1).toContain("<w:keepNext/>");
    // A caption is never split across pages (a chart's is kept with its picture, which is kept with it).
    expect(/<w:style w:type="paragraph" w:styleId="Caption">[\s\S]*?<\/w:style>/.exec(styles)?.[0]).toContain("<w:keepLines/>");
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Arial"[\s\S]*<w:lang w:val="en-GB"\/>[\s\S]*<\/w:docDefaults>/);
  });

  it("prints the SYNTHETIC warning at the foot of each page of the demonstration data's document when no footer is given, as the PDF does", async () => {
    const parts = docxParts(await renderDocx(strategicAssessment({ ...exampleInput, synthetic: true }), { date: "2026-12-07" }));
    const footers = Object.entries(parts).filter(([path]) => /^word\/footer\d+\.xml$/.test(path));
    expect(footers.length).toBeGreaterThanOrEqual(1);
    for (const [, xml] of footers)
      expect(wordText(xml).replace(/\s+/g, " ").trim()).toMatch(/^SYNTHETIC DEMONSTRATION DATA: not real figures Page \d*\s?of\s?\d*$/);
    const real = docxParts(await renderDocx(strategicAssessment(exampleInput), { date: "2026-12-07" }));
    for (const [path, xml] of Object.entries(real)) if (/^word\/footer\d+\.xml$/.test(path)) expect(wordText(xml)).not.toContain("SYNTHETIC");
  });

  it("writes every word of the HTML document, with real Word headings, repeated table header rows and every chart as a picture with alternative text", async () => {
    const result = strategicAssessment({ ...total2019Input, priorities: [{ id: "total", name: "Total <offences> & more", offences: ["ALL"] }] });
    const [docx, html] = await Promise.all([renderDocx(result, { date: "2026-12-07" }), renderHtml(result, { date: "2026-12-07" })]);
    const body = docxParts(docx)["word/document.xml"] ?? "";
    const written = words(wordText(body));
    expect(missingWords(htmlWords(html), written)).toEqual({});
    expect(missingWords(written, htmlWords(html))).toEqual({});
    const h2 = [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].length;
    expect(body.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(h2);
    expect(body.match(/<w:tblHeader\/>/g)?.length).toBe(html.match(/<thead>/g)?.length);
    const figures = html.match(/<figure class="chart"/g)?.length ?? 0;
    expect(figures).toBeGreaterThan(0);
    const described = [...body.matchAll(/<wp:docPr [^>]*descr="([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(described).toHaveLength(figures);
    expect(described.every((d) => d.length > 40)).toBe(true);
  });

  it("throws invalid-option naming renderDocx and the field for an unknown option, and invalid-argument for a result that is not one", async () => {
    const result = strategicAssessment(exampleInput);
    const unknown = await renderDocx(result, { colour: "#000000" } as never).catch((error: unknown) => error);
    expect(unknown).toBeInstanceOf(ReportError);
    expect(unknown).toMatchObject({ code: "invalid-option", details: { field: "colour" } });
    expect((unknown as Error).message).toMatch(/^renderDocx: options\.colour/);
    const pale = await renderDocx(result, { accentColour: "#ffdd00" }).catch((error: unknown) => error);
    expect(pale).toMatchObject({ code: "invalid-option", details: { field: "accentColour" } });
    const malformed = await renderDocx({ ...result, priorities: "none" } as never).catch((error: unknown) => error);
    expect(malformed).toMatchObject({ code: "invalid-argument" });
    expect((malformed as Error).message).toMatch(/^renderDocx: priorities/);
  });
});
