// The checks every published HTML document passes in Chromium, defined once for the demo and the
// real-data document: no sideways scroll at phone and report width, no axe-core violation, no
// network request or console error, and printed to A4 with margins and no heading left at the foot
// of a page. Screenshots and the first printed pages are written for a developer to look at.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { roundHalfUp } from "@crimestats/rates";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  axeViolations,
  describeInBrowser,
  headerlessContinuations,
  launchBrowser,
  lookFolder,
  marginProblems,
  openFile,
  pdfMm,
  pdfPages,
  runningTexts,
  screenshots,
  splitFigures,
  splitKeys,
  strandedHeadings,
  type WatchedPage,
  wordsPerPage,
  writePdfPages,
} from "./browser.js";
import { figureTexts, headingTexts, mapKeyEntries, sidewaysOverflow, smallestChartText, tableTexts } from "./inPage.js";

/** The phone and report widths, in CSS pixels. */
const widths = [390, 1280] as const;

/**
 * Defines the browser checks of one document.
 *
 * @param title - The describe block's title (what document it is).
 * @param name - A short name for the files written to the look folder ("demo", "real").
 * @param produce - Runs `crimestats assess --format html,pdf` and returns its output folder (the
 * HTML document and the PDF the command printed) and the temporary folders to remove afterwards.
 */
export function checkDocument(title: string, name: string, produce: () => Promise<{ out: string; temporary: readonly string[] }>): void {
  describeInBrowser(title, () => {
    let browser: Browser;
    let watched: WatchedPage;
    let html: string;
    let pdfFile: string;

    let temporary: readonly string[] = [];

    beforeAll(async () => {
      const produced = await produce();
      temporary = produced.temporary;
      const file = join(produced.out, "strategic-assessment.html");
      html = readFileSync(file, "utf8");
      // Kept beside the screenshots and pages for a developer to open.
      mkdirSync(lookFolder, { recursive: true });
      writeFileSync(join(lookFolder, `${name}.html`), html);
      pdfFile = join(produced.out, "strategic-assessment.pdf");
      browser = await launchBrowser();
      watched = await openFile(browser, file);
    }, 300_000);
    afterAll(async () => {
      await browser?.close();
      for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
    });

    it.each(widths)("does not scroll sideways at %i px (tables and charts scroll inside their own box)", { timeout: 120_000 }, async (width) => {
      await watched.page.setViewport({ width, height: 900 });
      console.info(`${title}: screenshots at ${width} px: ${(await screenshots(watched.page, `${name}-${width}`)).join(", ")}`);
      expect(await watched.page.evaluate(sidewaysOverflow)).toEqual([]);
    });

    it("keeps chart text at least 11 px high at phone width", { timeout: 60_000 }, async () => {
      await watched.page.setViewport({ width: 390, height: 900 });
      const smallest = await watched.page.evaluate(smallestChartText);
      expect(smallest === null || smallest.px >= 11 ? [] : [`chart text drawn ${roundHalfUp(smallest.px, 1)} px high in figure#${smallest.figure}`]).toEqual(
        [],
      );
    });

    it.each(widths)("has no axe-core violation at %i px", { timeout: 180_000 }, async (width) => {
      await watched.page.setViewport({ width, height: 900 });
      expect(await axeViolations(watched.page)).toEqual([]);
    });

    it("prints to A4 with margins, the running header and footer in the margin, no page ending with a heading, each chart with its caption and each map key on one page, and a long table's header row on each of its pages", {
      timeout: 180_000,
    }, async () => {
      // The PDF the command printed (with renderPdf) from the same result and options as its HTML.
      const pdf = writePdfPages(readFileSync(pdfFile), name);
      console.info(`${title}: printed to ${pdf}, first pages as PNG in ${lookFolder}`);
      const pages = pdfPages(pdf);
      const running = runningTexts(html);
      expect(pages.length).toBeGreaterThan(1);
      // A4 portrait, 210 mm by 297 mm (to a millimetre: Chromium rounds the page to whole CSS pixels).
      const sizes = pages.map((p) => `page ${p.number}: ${pdfMm(p.width)} mm by ${pdfMm(p.height)} mm`);
      expect(sizes.filter((_, i) => Math.abs(pdfMm(pages[i]!.width) - 210) > 1 || Math.abs(pdfMm(pages[i]!.height) - 297) > 1)).toEqual([]);
      const problems = marginProblems(pages, running);
      expect(problems.length > 20 ? [...problems.slice(0, 20), `... and ${problems.length - 20} more`] : problems).toEqual([]);
      expect(strandedHeadings(pages, await watched.page.evaluate(headingTexts), running)).toEqual([]);
      expect(splitFigures(pages, await watched.page.evaluate(figureTexts), running)).toEqual([]);
      expect(splitKeys(pages, await watched.page.evaluate(mapKeyEntries), running)).toEqual([]);
      expect(headerlessContinuations(pages, await watched.page.evaluate(tableTexts), running)).toEqual([]);
      console.info(`${title}: ${pages.length} pages, words per page ${wordsPerPage(pages, running).join(" ")}`);
    });

    // Last, so that everything the other checks made the page do has been recorded.
    it("makes no network request and logs no console error", () => {
      expect({ requests: watched.requests, consoleErrors: watched.consoleErrors }).toEqual({ requests: [], consoleErrors: [] });
    });
  });
}
