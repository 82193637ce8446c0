// The Word document of the demo assessment (`crimestats assess` on the embedded SYNTHETIC data):
// the conversion has a rule for every element of the HTML document and writes every word of it;
// LibreOffice opens it and prints every heading, the summary's figures and the page numbers.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { documentOptions } from "../src/internal/document/documentOptions.js";
import { resvgChart } from "../src/internal/docx/resvgChart.js";
import { wordDocument } from "../src/internal/docx/wordDocument.js";
import type { StrategicAssessmentResult } from "../src/types.js";
import { docxParts, htmlWords, missingWords, wordText, words } from "./docx.js";
import { run } from "./runCli.js";
import { describeWithLibreOffice, printedPages } from "./wordChecks.js";

const options = { partnership: "Safer Harrow", footer: "Safer Harrow partnership: OFFICIAL", date: "2026-12-07", contact: "community.safety@example.org" };

let made: { docx: Uint8Array; html: string; unmapped: readonly string[]; body: string };

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), "crimestats-word-demo-"));
  const { code, err } = await run(["assess", "--out", out, "--quiet"]);
  if (code !== 0) throw new Error(`crimestats assess exited ${code}: ${err}`);
  const result = JSON.parse(readFileSync(join(out, "strategic-assessment.json"), "utf8")) as StrategicAssessmentResult;
  const word = await wordDocument(result, documentOptions("renderDocx", options), resvgChart);
  made = { ...word, body: docxParts(word.docx)["word/document.xml"] ?? "" };
}, 240_000);

/** The texts of every element `tag` of the HTML, whitespace collapsed. */
function texts(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([\\s\\S]*?)</${tag}>`, "g"))].map((m) =>
    (m[1] ?? "")
      .replace(/<[^>]+>/g, "")
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/\s+/g, " ")
      .trim(),
  );
}

describe("the Word document of the demo assessment", () => {
  it("has a rule for every element the HTML document uses", () => {
    const tags = new Set([...made.html.replace(/<svg[\s\S]*?<\/svg>/g, "").matchAll(/<([a-z][a-z0-9]*)[\s>/]/g)].map((m) => m[1]));
    // The document is more than a few paragraphs: its lists, tables, figures and front matter are all read.
    for (const tag of ["h1", "h2", "h3", "p", "ul", "li", "dl", "table", "caption", "thead", "th", "td", "figure", "figcaption", "a", "span", "header", "nav"])
      expect(tags).toContain(tag);
    expect(made.unmapped).toEqual([]);
  });

  it("writes every word of the HTML document, and no other", () => {
    const written = words(wordText(made.body));
    expect(missingWords(htmlWords(made.html), written)).toEqual({});
    expect(missingWords(written, htmlWords(made.html))).toEqual({});
  });

  it("writes h1 as the Title, each h2 and h3 as Heading 1 and 2, each table's header row repeated and no row split", () => {
    const styles = [...made.body.matchAll(/<w:pStyle w:val="(Title|Heading\d)"\/>/g)].map((m) => m[1]);
    expect(styles.filter((s) => s === "Title")).toHaveLength(1);
    expect(styles.filter((s) => s === "Heading1")).toHaveLength(texts(made.html, "h2").length);
    expect(styles.filter((s) => s === "Heading2")).toHaveLength(texts(made.html, "h3").length);
    expect(made.body.match(/<w:tblHeader\/>/g)).toHaveLength(made.html.match(/<thead>/g)?.length ?? -1);
    expect(made.body.match(/<w:cantSplit\/>/g)?.length).toBe(made.body.match(/<w:tr>/g)?.length);
  });

  it("draws every chart as a picture whose alternative text starts with the title the chart draws", () => {
    const titles = [...made.html.matchAll(/<svg [^>]*aria-labelledby="([\w-]+)"[\s\S]*?<\/svg>/g)].map((m) => {
      const drawn = new RegExp(`<text id="${m[1]}"[^>]*>([\\s\\S]*?)</text>`).exec(m[0])?.[1] ?? "";
      return drawn
        .replace(/<\/tspan><tspan[^>]*>/g, " ")
        .replace(/<[^>]+>/g, "")
        .replace(/&amp;/g, "&")
        .replace(/&#39;/g, "'")
        .trim();
    });
    expect(titles.length).toBe(made.html.match(/<figure class="chart"/g)?.length);
    const described = [...made.body.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => (m[1] ?? "").replace(/&amp;/g, "&").replace(/&apos;/g, "'"));
    expect(described).toHaveLength(titles.length);
    for (const [i, descr] of described.entries()) expect(descr.startsWith(titles[i] ?? "?")).toBe(true);
  });

  it("makes every link within the document a link to a bookmark the document has, each bookmark named once", () => {
    const links = [...made.html.matchAll(/<a href="#([^"]+)"/g)].length;
    const anchors = [...made.body.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]);
    const bookmarks = [...made.body.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((m) => m[1]);
    expect(anchors).toHaveLength(links);
    expect(new Set(bookmarks).size).toBe(bookmarks.length);
    for (const anchor of anchors) expect(bookmarks).toContain(anchor);
  });

  it("writes the RAG rating as its words, shaded in its colour", () => {
    const badge = /<span class="rag" style="background:#([0-9a-f]{6});color:#[0-9a-f]{6}">([^<]+)<\/span>/.exec(made.html);
    expect(badge).not.toBeNull();
    expect(made.body).toMatch(new RegExp(`<w:shd [^>]*w:fill="${badge?.[1]?.toUpperCase()}"[\\s\\S]*?<w:t[^>]*>${badge?.[2]}</w:t>`));
  });
});

describeWithLibreOffice("the Word document of the demo assessment in LibreOffice", () => {
  let pages: string[];
  beforeAll(() => {
    pages = printedPages(made.docx, "demo");
  }, 240_000);

  it("opens and prints every page with its number, Page N of the total, in the footer", () => {
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, page] of pages.entries()) expect(page.replace(/\s+/g, " ")).toContain(`Page ${i + 1} of ${pages.length}`);
  });

  it("prints every heading and the figures of the summary table", () => {
    const printed = pages.join(" ").replace(/\s+/g, " ");
    for (const heading of [...texts(made.html, "h1"), ...texts(made.html, "h2"), ...texts(made.html, "h3")]) expect(printed).toContain(heading);
    const summary = /<section id="summary">[\s\S]*?<\/section>/.exec(made.html)?.[0] ?? "";
    const figures = texts(summary, "td");
    expect(figures.length).toBeGreaterThan(20);
    for (const figure of figures) expect(printed).toContain(figure);
  });

  it("leaves no heading at the foot of a page", () => {
    const headings = new Set([...texts(made.html, "h2"), ...texts(made.html, "h3")]);
    const stranded = pages.flatMap((page, i) => {
      const lines = page
        .split("\n")
        .map((line) => line.replace(/\s+/g, " ").trim())
        .filter((line) => line !== "" && !/Page \d+ of \d+/.test(line));
      const last = lines[lines.length - 1] ?? "";
      return headings.has(last) ? [`page ${i + 1}: ${last}`] : [];
    });
    expect(stranded).toEqual([]);
  });

  it("takes a plausible number of pages: at least one per part that starts a page, at most about one per picture and table", () => {
    const starts = (made.body.match(/<w:pageBreakBefore\/>/g)?.length ?? 0) + 1;
    const pictures = made.body.match(/<w:drawing>/g)?.length ?? 0;
    const tables = made.body.match(/<w:tbl>/g)?.length ?? 0;
    expect(pages.length).toBeGreaterThanOrEqual(starts);
    expect(pages.length).toBeLessThanOrEqual(pictures + tables + 20);
  });
});
