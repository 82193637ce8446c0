// The built page on its own, opened from disk in Chromium: it loads without an error, asks for
// nothing beyond its own file, its security policy refuses connections from the page and from its
// worker, and it is accessible and fits a phone's width before any file is chosen.
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page, WebWorker } from "puppeteer-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { axeViolations, launchBrowser } from "../../../packages/report/test/browser/browser.js";
import { sidewaysOverflow } from "../../../packages/report/test/browser/inPage.js";
import { builtPage, byTestId, chooseFiles, describePage, type ExplorerPage, foreignRequests, openExplorer, textOf } from "./explorer.js";

/**
 * Run in the page or a worker: fetches https://example.org and returns how the fetch ended and
 * the security-policy violations reported meanwhile (each its directive and blocked address).
 */
const fetchExample = `new Promise((settle) => {
  const violations = [];
  self.addEventListener("securitypolicyviolation", (e) => violations.push(e.effectiveDirective + " " + e.blockedURI));
  fetch("https://example.org/").then(
    () => settle({ outcome: "fetched", violations }),
    (error) => setTimeout(() => settle({ outcome: "refused: " + String(error), violations }), 100),
  );
})`;

describePage("the built page (apps/explorer/dist/index.html) opened from disk in Chromium", () => {
  let browser: Browser;
  let explorer: ExplorerPage;
  beforeAll(async () => {
    browser = await launchBrowser();
    explorer = await openExplorer(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("loads from file:// with no console error and asks for nothing beyond its own file, blob: and data: URLs", async () => {
    await explorer.page.waitForSelector(byTestId("run"));
    expect(explorer.consoleErrors).toEqual([]);
    expect(foreignRequests(explorer)).toEqual([]);
  });

  it("says that nothing given to it leaves the computer", async () => {
    const text = (await explorer.page.evaluate("document.body.innerText")) as string;
    expect(text).toMatch(/leaves this computer/);
  });

  it("has no axe-core violations before any file is chosen", async () => {
    expect(await axeViolations(explorer.page)).toEqual([]);
  });

  it("does not scroll sideways at 390 px wide before any file is chosen", async () => {
    await explorer.page.setViewport({ width: 390, height: 844 });
    expect(await explorer.page.evaluate(sidewaysOverflow)).toEqual([]);
    await explorer.page.setViewport({ width: 1280, height: 900 });
  });

  it("refuses a fetch to https://example.org from the page: its security policy forbids connections (connect-src)", async () => {
    const result = (await explorer.page.evaluate(fetchExample)) as { outcome: string; violations: string[] };
    expect(result.outcome).toMatch(/^refused/);
    expect(result.violations).toContain("connect-src https://example.org/");
  });

  it("refuses a fetch to https://example.org from its worker too", async () => {
    // The worker reads the chosen files: choosing one (made here, not published data) starts it if it is not running yet.
    const folder = mkdtempSync(join(tmpdir(), "crimestats-explorer-page-"));
    writeFileSync(join(folder, "notes.txt"), "not a data file\n");
    const worker = await workerOf(explorer.page, () => chooseFiles(explorer, [join(folder, "notes.txt")]));
    const result = (await worker.evaluate(fetchExample)) as { outcome: string; violations: string[] };
    expect(result.outcome).toMatch(/^refused/);
    expect(result.violations).toContain("connect-src https://example.org/");
  });
});

describePage("the built page copied to another folder and opened with the network off", () => {
  let browser: Browser;
  afterAll(async () => {
    await browser?.close();
  });

  it("loads, starts its worker and lists a chosen file, with no console error and no request beyond its own file", async () => {
    browser = await launchBrowser();
    const copy = mkdtempSync(join(tmpdir(), "crimestats-explorer-copy-"));
    copyFileSync(builtPage, join(copy, "index.html"));
    const explorer = await openExplorer(browser, { file: join(copy, "index.html"), offline: true });
    await explorer.page.waitForSelector(`${byTestId("app")}[data-worker="ready"]`);
    writeFileSync(join(copy, "notes.txt"), "not a data file\n");
    await chooseFiles(explorer, [join(copy, "notes.txt")]);
    await explorer.page.waitForSelector(`${byTestId("file-list")} ${byTestId("file-item")}`);
    expect(await textOf(explorer, "file-list")).toContain("notes.txt");
    expect(explorer.consoleErrors).toEqual([]);
    expect(foreignRequests(explorer)).toEqual([]);
  });
});

/** The page's worker: the one running, or the first started after `start`. */
async function workerOf(page: Page, start: () => Promise<void>): Promise<WebWorker> {
  const running = page.workers()[0];
  if (running !== undefined) return running;
  const started = new Promise<WebWorker>((resolve) => page.once("workercreated", resolve));
  await start();
  return started;
}
