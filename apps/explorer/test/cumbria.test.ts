// The page on data.police.uk street files in Chromium, with the browser's network switched off: the
// 2022 Cumbria street files and the ONS mid-year estimates, for Cumberland. The page lists the
// files it recognised (and is accessible with them listed), and its JSON is the CLI's for the same files.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { axeViolations, launchBrowser } from "../../../packages/report/test/browser/browser.js";
import {
  chooseInput,
  cumbriaInput,
  describeWithData,
  type ExplorerPage,
  inputFiles,
  itGivesTheCliJson,
  itSaysWhatEachFileWasRead,
  openExplorer,
  runAssessment,
  runCli,
  textOf,
} from "./explorer.js";

describeWithData("the page on the Cumbria street files (Cumberland) in Chromium, offline", cumbriaInput, () => {
  let browser: Browser;
  let explorer: ExplorerPage;
  let cli: string;
  beforeAll(async () => {
    cli = readFileSync(join(runCli(cumbriaInput), "strategic-assessment.json"), "utf8");
    browser = await launchBrowser();
    explorer = await openExplorer(browser, { offline: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists every chosen file by name, and has no axe-core violations with them listed", async () => {
    await chooseInput(explorer, cumbriaInput);
    const list = await textOf(explorer, "file-list");
    for (const file of inputFiles(cumbriaInput)) expect(list).toContain(file.slice(file.lastIndexOf("/") + 1));
    expect(await axeViolations(explorer.page)).toEqual([]);
  });

  it("makes the assessment with no console error", async () => {
    await runAssessment(explorer, cumbriaInput);
    expect(explorer.consoleErrors).toEqual([]);
  });

  itGivesTheCliJson("Cumbria", () => ({ explorer, cli }));
  itSaysWhatEachFileWasRead(cumbriaInput, () => ({ explorer, cli }));
});
