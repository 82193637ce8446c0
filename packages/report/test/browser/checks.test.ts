// The browser suite's checks find what they look for: each is run on a page made to fail it
// (a wide element, a long word, an image without alternative text, a request to the network, a
// console error, text printed at the paper's edge, a heading left at the foot of a page) and on
// the same page put right.
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  axeViolations,
  describeInBrowser,
  headerlessContinuations,
  launchBrowser,
  marginProblems,
  missingTools,
  pdfPagesOf,
  printPdf,
  runningTexts,
  splitFigures,
  splitKeys,
  strandedHeadings,
  watchedPage,
} from "./browser.js";
import { figureTexts, headingTexts, mapKeyEntries, sidewaysOverflow, smallestChartText, tableTexts } from "./inPage.js";

/** A small valid page with this style and body. */
const page = (style: string, body: string) =>
  `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>Check</title><style>${style}</style></head><body><main><h1>Check</h1>${body}</main></body></html>`;

const paragraph = "<p>A paragraph of ordinary words that wraps at any width the page is given.</p>";
const printed = '@page { size: A4; margin: 20mm 16mm 22mm; @bottom-right { content: "Page " counter(page) " of " counter(pages); } }';

it("reads the running header and footer texts of the @page rule, CSS escapes undone and counters as numbers", () => {
  const html = page(
    `@page { size: A4; @top-left { content: "Caf\\e9  \\22 Safer\\22  Harrow"; } @bottom-right { content: "Page " counter(page) " of " counter(pages); } }`,
    "",
  );
  expect(runningTexts(html)).toEqual(['Café "Safer" Harrow', "Page 0 of 0"]);
  expect(runningTexts(page("body { margin: 0; }", ""))).toEqual([]);
});

it("names the missing browser and poppler-utils", () => {
  const saved = { path: process.env["PATH"], browser: process.env["CRIMESTATS_BROWSER"] };
  try {
    process.env["PATH"] = "/nonexistent";
    process.env["CRIMESTATS_BROWSER"] = "/nonexistent/chromium";
    expect(missingTools()).toEqual(["no Chromium or Chrome (tried /nonexistent/chromium)", "no pdftotext/pdftoppm (poppler-utils)"]);
  } finally {
    for (const [key, value] of [
      ["PATH", saved.path],
      ["CRIMESTATS_BROWSER", saved.browser],
    ] as const)
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
  }
});

describeInBrowser("the browser checks in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** The sideways overflow found with this page at 390 px. */
  async function overflow(html: string): Promise<string[]> {
    const { page: tab } = await watchedPage(browser);
    await tab.setViewport({ width: 390, height: 900 });
    await tab.setContent(html);
    const found = await tab.evaluate(sidewaysOverflow);
    await tab.close();
    return found;
  }

  it("finds a wide element and a long word that make the page scroll sideways, and names them", { timeout: 60_000 }, async () => {
    const wide = await overflow(page("", `${paragraph}<section id="wards"><div id="wide" style="width: 900px">wide</div></section>`));
    expect(wide[0]).toMatch(/^the page scrolls sideways: document\.scrollingElement\.scrollWidth 9\d\d px > innerWidth 390 px$/);
    expect(wide.slice(1)).toEqual([expect.stringMatching(/^section#wards div#wide: reaches 9\d\d px \("wide"\)$/)]);
    const word = await overflow(page("", `<dl><dt>${"x".repeat(120)}.xls</dt><dd>A file</dd></dl>`));
    expect(word.slice(1)).toEqual([expect.stringMatching(/^dt: reaches \d{3,4} px \("x{50,}"\)$/)]);
    const table = `<table><caption>Wide table</caption><tr>${"<td>cell of a wide table</td>".repeat(12)}</tr></table>`;
    expect((await overflow(page("", table))).slice(1)).toEqual([expect.stringMatching(/^table: reaches \d{3,4} px \("Wide table"\)$/)]);
  });

  it("finds nothing when wide content scrolls inside its own box and long words wrap", { timeout: 60_000 }, async () => {
    const table = `<div style="overflow-x: auto" tabindex="0" role="region" aria-label="Wide table"><table><caption>Wide table</caption><tr>${"<td>cell</td>".repeat(80)}</tr></table></div>`;
    expect(await overflow(page("dt { overflow-wrap: anywhere; }", `${paragraph}${table}<dl><dt>${"x".repeat(120)}.xls</dt><dd>A file</dd></dl>`))).toEqual([]);
  });

  it("measures chart text as drawn: 11 px text in a chart drawn at its own width, shrunk with a chart squeezed to a phone's width", {
    timeout: 60_000,
  }, async () => {
    const chart = (style: string) =>
      page(
        "",
        `<figure id="trend"><svg viewBox="0 0 1000 200" width="1000" height="200" style="${style}"><text x="10" y="100" font-size="11">Jan 2025</text></svg></figure>`,
      );
    const { page: tab } = await watchedPage(browser);
    await tab.setViewport({ width: 390, height: 900 });
    await tab.setContent(chart("max-width: none"));
    expect(await tab.evaluate(smallestChartText)).toEqual({ px: 11, figure: "trend" });
    await tab.setContent(chart("max-width: 100%; height: auto"));
    // 11 user units in an SVG 1,000 units wide drawn in the figure's width (the phone less the body's and figure's margins).
    const drawnWidth = (await tab.evaluate("document.querySelector('svg').getBoundingClientRect().width")) as number;
    expect(drawnWidth).toBeLessThan(390);
    expect((await tab.evaluate(smallestChartText))?.px).toBeCloseTo((11 * drawnWidth) / 1000, 6);
    await tab.setContent(page("", paragraph));
    expect(await tab.evaluate(smallestChartText)).toBeNull();
    await tab.close();
  });

  it("reports axe-core's violations with the elements, and none on a clean page", { timeout: 60_000 }, async () => {
    const { page: tab } = await watchedPage(browser);
    await tab.setContent(
      page(
        "",
        `${paragraph}<svg role="img" width="10" height="10"><rect width="10" height="10" /></svg><div style="overflow-x: auto; width: 100px"><p style="width: 400px">This paragraph scrolls sideways in its box.</p></div>`,
      ),
    );
    const violations = await axeViolations(tab);
    expect(violations.map((v) => v.split(" ")[0]).sort()).toEqual(["scrollable-region-focusable", "svg-img-alt"]);
    expect(violations.find((v) => v.startsWith("svg-img-alt"))).toMatch(/1 element\(s\): svg$/);
    await tab.setContent(page("", paragraph));
    expect(await axeViolations(tab)).toEqual([]);
    await tab.close();
  });

  it("records every request beyond the page itself (and refuses it) and every console error", { timeout: 60_000 }, async () => {
    const watched = await watchedPage(browser);
    await watched.page.setContent(
      page("", `${paragraph}<img alt="x" src="https://example.invalid/logo.png" /><script>console.error("drawn wrong");</script>`),
      {
        waitUntil: "load",
      },
    );
    expect(watched.requests).toEqual(["https://example.invalid/logo.png"]);
    expect(watched.consoleErrors).toContain("drawn wrong");
    const clean = await watchedPage(browser);
    await clean.page.setContent(page("", `${paragraph}<img alt="x" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />`), { waitUntil: "load" });
    expect({ requests: clean.requests, consoleErrors: clean.consoleErrors }).toEqual({ requests: [], consoleErrors: [] });
    await Promise.all([watched.page.close(), clean.page.close()]);
  });

  /** The PDF of this page, as Chromium prints it, read back with pdftotext; and the page's headings. */
  async function print(html: string) {
    const { page: tab } = await watchedPage(browser);
    await tab.setContent(html);
    const pages = pdfPagesOf(await printPdf(tab));
    const headings = await tab.evaluate(headingTexts);
    const charts = await tab.evaluate(figureTexts);
    const keys = await tab.evaluate(mapKeyEntries);
    const tables = await tab.evaluate(tableTexts);
    await tab.close();
    return { pages, headings, charts, keys, tables };
  }

  it("finds text printed at the paper's edge, and none inside margins with the page number in the bottom margin", { timeout: 60_000 }, async () => {
    const edge = page("@page { size: A4; margin: 0; } body { margin: 2mm; }", paragraph);
    const problems = marginProblems((await print(edge)).pages, runningTexts(edge));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^page 1: "Check" is [\d.]+ mm from the left edge and [\d.]+ mm from the top edge \(at least 12 mm expected\)$/);
    const margins = page(printed, paragraph);
    expect(marginProblems((await print(margins)).pages, runningTexts(margins))).toEqual([]);
    // The running footer is known only by the @page rule: without it, the same words are body text too near the edge.
    expect(marginProblems((await print(margins)).pages, [])).toEqual([expect.stringMatching(/^page 1: "Page 1 of 1" is \d+\.\d mm from the bottom edge/)]);
  });

  it("finds a page that ends with a heading whose content went to the next page, and none when the heading goes with it", { timeout: 60_000 }, async () => {
    // 210 mm of text on a page with 255 mm for it, then a heading and a block that cannot be split.
    const body = `<div style="height: 210mm">${paragraph}</div><h2>Left at the foot</h2><div style="break-inside: avoid; height: 120mm">${paragraph}</div>`;
    const stranded = page(printed, body);
    const { pages, headings } = await print(stranded);
    expect(strandedHeadings(pages, headings, runningTexts(stranded))).toEqual([
      expect.stringMatching(/^page 1 ends with the heading "Left at the foot" \(\d+\.\d mm above the foot of the page\)$/),
    ]);
    const kept = page(`${printed} h2 { break-after: avoid; }`, body);
    const fixed = await print(kept);
    expect(strandedHeadings(fixed.pages, fixed.headings, runningTexts(kept))).toEqual([]);
    expect(fixed.pages).toHaveLength(2);
  });

  it("finds a chart whose caption went to the next page, and none when the figure is kept whole", { timeout: 60_000 }, async () => {
    // 186 mm of text, then a chart 40 mm high that fits at the foot of the page and a caption that does not.
    const body = `<div style="height: 186mm">${paragraph}</div><figure id="f"><svg width="400" height="150" viewBox="0 0 400 150"><text id="f-title" x="0" y="20"><tspan>Chart title</tspan><tspan x="0" dy="14">on two lines</tspan></text><rect y="40" width="400" height="100" /></svg><figcaption>The caption says in words what the chart shows.</figcaption></figure>`;
    const split = page(printed, body);
    const printedSplit = await print(split);
    expect(printedSplit.charts).toEqual([{ id: "f", title: "Chart title on two lines", caption: "The caption says in words what the chart shows." }]);
    expect(splitFigures(printedSplit.pages, printedSplit.charts, runningTexts(split))).toEqual([
      'figure#f "Chart title on two lines" starts on page 1 and its caption ("The caption says in words what the chart shows.") is on page 2',
    ]);
    const whole = page(`${printed} figure { break-inside: avoid; }`, body);
    const printedWhole = await print(whole);
    expect(splitFigures(printedWhole.pages, printedWhole.charts, runningTexts(whole))).toEqual([]);
    expect(printedWhole.pages).toHaveLength(2);
  });

  it("finds a map key printed over two pages, and none when it is kept whole", { timeout: 60_000 }, async () => {
    const entries = Array.from({ length: 30 }, (_, i) => `<li><b>${i + 1}</b> Area ${String.fromCharCode(65 + (i % 26))}${i} <span>${i}.5</span></li>`);
    const body = `<div style="height: 200mm">${paragraph}</div><ol class="map-key">${entries.join("")}</ol>`;
    const split = page(printed, body);
    const printedSplit = await print(split);
    expect(printedSplit.keys).toEqual([{ first: "Area A0 0.5", last: "Area D29 29.5" }]);
    expect(splitKeys(printedSplit.pages, printedSplit.keys, runningTexts(split))).toEqual([
      expect.stringMatching(/^the map key from "Area A0 0\.5" \(page 1\) to "Area D29 29\.5" \(page 2\) is split over pages$/),
    ]);
    const whole = page(`${printed} ol.map-key { break-inside: avoid; }`, body);
    const printedWhole = await print(whole);
    expect(splitKeys(printedWhole.pages, printedWhole.keys, runningTexts(whole))).toEqual([]);
  });

  it("finds a table that goes on to the next page without its header row, and none when the header row repeats", { timeout: 60_000 }, async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `<tr><th scope="row">Ward ${i + 1}</th><td>${i + 100}</td></tr>`);
    const body = `<div style="height: 150mm">${paragraph}</div><table><caption>Offences by ward</caption><thead><tr><th scope="col">Ward</th><th scope="col">Offences in the year</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
    const once = page(`${printed} thead { display: table-row-group; }`, body);
    const printedOnce = await print(once);
    expect(printedOnce.tables).toEqual([{ caption: "Offences by ward", header: ["Ward", "Offences in the year"], rows: rows.map((_, i) => `Ward ${i + 1}`) }]);
    expect(headerlessContinuations(printedOnce.pages, printedOnce.tables, runningTexts(once))).toEqual([
      expect.stringMatching(
        /^the table "Offences by ward" goes on to page 2, which starts with "Ward \d+ \d+[^"]*", not its header row \("Ward \| Offences in the year"\)$/,
      ),
    ]);
    const repeated = page(printed, body);
    const printedRepeated = await print(repeated);
    expect(printedRepeated.pages).toHaveLength(2);
    expect(headerlessContinuations(printedRepeated.pages, printedRepeated.tables, runningTexts(repeated))).toEqual([]);
  });
});
