// The page on the London Datastore files in Chromium, as an analyst uses it: the files of the
// report's real-data document chosen at once, Harrow to February 2025, one uninterrupted run (the
// time the page shows is printed: the time to first result). Then the checks of that run: no
// request left the page, its JSON is the CLI's for the same files, its Word document has the CLI's
// text and pictures and opens in LibreOffice, and the page with the document shown is accessible
// and fits a phone's width.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { axeViolations, launchBrowser, lookFolder } from "../../../packages/report/test/browser/browser.js";
import { sidewaysOverflow } from "../../../packages/report/test/browser/inPage.js";
import { docxMedia, docxParts, wordText } from "../../../packages/report/test/docx.js";
import { describeWithLibreOffice, printedPages } from "../../../packages/report/test/wordChecks.js";
import {
  byTestId,
  chooseInput,
  describeWithData,
  download,
  type ExplorerPage,
  foreignRequests,
  itGivesTheCliJson,
  itSaysWhatEachFileWasRead,
  londonInput,
  openExplorer,
  runCli,
  runAssessment,
  textOf,
} from "./explorer.js";

describeWithData("the page on the London Datastore files (Harrow, to February 2025) in Chromium", londonInput, () => {
  let browser: Browser;
  let explorer: ExplorerPage;
  let cliFolder: string;
  let cli: string;
  beforeAll(async () => {
    // The CLI first, so that it does not share the machine with the page's timed run.
    cliFolder = runCli(londonInput, ["docx"]);
    cli = readFileSync(join(cliFolder, "strategic-assessment.json"), "utf8");
    browser = await launchBrowser();
    explorer = await openExplorer(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("makes the assessment with no console error and shows how long it took (the time to first result, printed)", async () => {
    const started = performance.now();
    await chooseInput(explorer, londonInput);
    const seconds = await runAssessment(explorer, londonInput);
    const wall = (performance.now() - started) / 1000;
    console.log(
      `time to first result, London Datastore files for Harrow to 2025-02: the page says "${await textOf(explorer, "timing")}" (${seconds} s from "Make the assessment" to the document shown); ${wall.toFixed(1)} s from choosing the files to the document shown, as the test saw it`,
    );
    expect(explorer.consoleErrors).toEqual([]);
    expect(Number.isFinite(seconds)).toBe(true);
  });

  it("asks for nothing beyond its own file, blob: and data: URLs during the whole run (the page, its frames and its worker)", () => {
    expect(foreignRequests(explorer)).toEqual([]);
  });

  itGivesTheCliJson("London", () => ({ explorer, cli }));

  itSaysWhatEachFileWasRead(londonInput, () => ({ explorer, cli }));

  it("follows a contents link of the shown document: the page scrolls to its section and the frame keeps the document", async () => {
    const frame = await (await explorer.page.$(byTestId("result-frame")))?.contentFrame();
    if (frame === undefined || frame === null) throw new Error("the page shows no document frame");
    const links = await frame.$$eval('a[href^="#"]', (all) => all.map((a) => a.getAttribute("href") ?? ""));
    const last = links.filter((href) => href.length > 1).at(-1);
    if (last === undefined) throw new Error("the shown document has no link to a section of it");
    const errorsBefore = explorer.consoleErrors.length;
    await explorer.page.evaluate("window.scrollTo(0, 0)");
    await frame.click(`a[href="${last}"]`);
    await explorer.page.waitForFunction(
      (id) => {
        const frameBox = document.querySelector('[data-testid="result-frame"]')?.getBoundingClientRect();
        const section = (document.querySelector('[data-testid="result-frame"]') as HTMLIFrameElement | null)?.contentDocument?.getElementById(id);
        const top = (frameBox?.top ?? 0) + (section?.getBoundingClientRect().top ?? Number.NaN);
        return top > -5 && top < window.innerHeight / 2;
      },
      { timeout: 10_000 },
      last.slice(1),
    );
    expect(frame.url()).toBe("about:srcdoc");
    expect(await frame.$eval("h1", (h1) => h1.textContent)).toContain("Strategic Assessment");
    expect(explorer.consoleErrors.slice(errorsBefore)).toEqual([]);
  });

  it("has no axe-core violations with the document shown", async () => {
    expect(await axeViolations(explorer.page)).toEqual([]);
  });

  it("does not scroll sideways at 390 px wide with the document shown (screenshots at 1280 and 390 px in the look folder)", async () => {
    mkdirSync(lookFolder, { recursive: true });
    const showResult = `document.querySelector('[data-testid="result-title"]').scrollIntoView()`;
    await explorer.page.evaluate(showResult);
    await explorer.page.screenshot({ path: join(lookFolder, "explorer-harrow-1280.png") });
    await explorer.page.setViewport({ width: 390, height: 844 });
    await explorer.page.evaluate(showResult);
    await explorer.page.screenshot({ path: join(lookFolder, "explorer-harrow-390.png") });
    expect(await explorer.page.evaluate(sidewaysOverflow)).toEqual([]);
    await explorer.page.setViewport({ width: 1280, height: 900 });
  });

  it("offers a Word download with the CLI's Word text and as many pictures (its charts drawn by the page)", async () => {
    const page = readFileSync(await download(explorer, "download-docx"));
    const cliDocx = readFileSync(join(cliFolder, "strategic-assessment.docx"));
    const text = (docx: Uint8Array) => wordText(docxParts(docx)["word/document.xml"] ?? "");
    expect(text(page)).toBe(text(cliDocx));
    expect(Object.keys(docxMedia(page)).length).toBe(Object.keys(docxMedia(cliDocx)).length);
    expect(Object.keys(docxMedia(page)).length).toBeGreaterThan(10);
  });

  describeWithLibreOffice("the Word download", () => {
    it("opens in LibreOffice, and its text names the area and the title", async () => {
      const pages = printedPages(readFileSync(await download(explorer, "download-docx")), "explorer-harrow");
      const text = pages.join(" ").replace(/\s+/g, " ");
      expect(pages.length).toBeGreaterThan(1);
      expect(text).toContain("Strategic Assessment");
      expect(text).toContain("Harrow");
    });
  });
});
