// The HTML, Markdown, Word and PDF of the same demo assessment say the same: the same headings in
// the same order and the same figures as printed, each read back from its file independently.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { renderDocx } from "../../src/node/renderDocx.js";
import { renderHtml } from "../../src/renderHtml.js";
import { renderMarkdown } from "../../src/renderMarkdown.js";
import { renderPdf } from "../../src/renderPdf.js";
import type { DocumentOptions, StrategicAssessmentResult } from "../../src/types.js";
import { run } from "../runCli.js";
import { describeInBrowser, lookFolder, pdfPagesOf, runningTexts } from "./browser.js";
import { type DocumentText, figures, htmlText, markdownText, pdfText, sectionDifferences, wordText } from "./documentText.js";

/** Branding that puts words and figures of its own in the front matter and the running header and footer. */
const options: DocumentOptions = {
  partnership: "Safer Harrow Partnership",
  date: "2026-12-07",
  introduction: "This assessment covers 2025.\n\nIt was agreed by the board on 3 March 2026.",
  footer: "Safer Harrow Partnership, 2026",
  contact: "community.safety@example.org",
};

describeInBrowser("the demo assessment as HTML, Markdown, Word and PDF", () => {
  let html: string;
  let md: DocumentText;
  let word: DocumentText;
  let pdf: DocumentText & { lost: string[] };
  let out = "";

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "crimestats-formats-"));
    const { code, err } = await run(["assess", "--format", "json", "--out", out, "--quiet"]);
    if (code !== 0) throw new Error(`crimestats assess exited ${code}: ${err}`);
    const result = JSON.parse(readFileSync(join(out, "strategic-assessment.json"), "utf8")) as StrategicAssessmentResult;
    const [htmlDocument, docx, printed] = await Promise.all([renderHtml(result, options), renderDocx(result, options), renderPdf(result, options)]);
    html = htmlDocument;
    md = markdownText(renderMarkdown(result, options));
    word = wordText(docx);
    // Split at the HTML's headings; the running header and footer repeat on every page and are left out.
    const { sections } = htmlText(html, { charts: "caption" });
    const levels = [...html.matchAll(/<h([1-3])\b/g)].map((m) => Number(m[1]));
    pdf = pdfText(
      pdfPagesOf(printed),
      runningTexts(html),
      sections.slice(1).map((s, i) => ({ level: levels[i] ?? 2, heading: s.heading.split(" › ").at(-1) ?? "" })),
    );
    // The text read from each format, for a developer comparing them by eye.
    const folder = join(lookFolder, "formats");
    mkdirSync(folder, { recursive: true });
    for (const [name, text] of Object.entries({ html: htmlText(html, { charts: "caption" }).text, md: md.text, word: word.text, pdf: pdf.text }))
      writeFileSync(join(folder, `${name}.txt`), text.replace(/\n\s*(?=\n)/g, ""));
    console.info(`the text read from each format: ${folder}`);
  }, 300_000);
  afterAll(() => {
    if (out !== "") rmSync(out, { recursive: true, force: true });
  });

  it("has the same headings in the same order", () => {
    const { headings } = htmlText(html, { charts: "caption" });
    expect(headings.length).toBeGreaterThan(20);
    expect({ markdown: md.headings, word: word.headings, pdf: pdf.lost }).toEqual({ markdown: headings, word: headings, pdf: [] });
  });

  it("has the same figures as printed, section by section", () => {
    // Markdown shows no chart; Word and the PDF show each chart's caption and key. The PDF also prints the charts' own
    // words and repeats a long table's header row on each page it runs over: only what it lacks is a difference.
    const none = htmlText(html, { charts: "none" });
    expect(figures(none.text).length).toBeGreaterThan(500);
    expect({
      markdown: sectionDifferences(none, md),
      word: sectionDifferences(htmlText(html, { charts: "caption" }), word),
      pdf: sectionDifferences(htmlText(html, { charts: "caption" }), pdf, { extras: false }),
    }).toEqual({ markdown: [], word: [], pdf: [] });
  });
});
