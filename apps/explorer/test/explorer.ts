// The end-to-end tests' tools: the built page and what it needs (Chromium, the published data, the
// built CLI), opening the page from disk with every request it and its workers make recorded,
// choosing files and options as an analyst does, running the assessment, and downloading what it
// offers. Chromium, axe-core and the checks of a Word document are the report's browser suite's.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, BrowserContext, ElementHandle, Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { missingTools } from "../../../packages/report/test/browser/browser.js";
import { describeWithTools } from "../../../packages/report/test/browser/requiredTools.js";
import { linkedDataFolder, realDocumentFolders } from "../../../packages/report/test/realData.js";
import { headlineFigures, jsonDifferences } from "./compare.js";

const appDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(appDir, "../..");

/** The built page: one self-contained HTML file (`pnpm --filter @crimestats/explorer build`). */
export const builtPage = join(appDir, "dist", "index.html");
/** The built command line, whose JSON the page's is compared with. */
const cliPath = join(repoRoot, "packages", "report", "dist", "cli.js");

const dataDir = process.env["CRIMESTATS_DATA_DIR"] ?? "";

/** The command that installs and builds what these tests need. */
const installCommand = "sudo apt-get install chromium poppler-utils; pnpm exec turbo run build --filter @crimestats/explorer...";

/** What the tests of the built page need and this machine lacks, in words (empty when all is there). */
function missingForPage(): string[] {
  return [...missingTools(), ...(existsSync(builtPage) ? [] : [`no built page ${builtPage}`])];
}

/**
 * `describe` for tests of the built page in Chromium: skipped with the reason and the commands
 * that install and build what is missing, failing instead where env CI is set.
 */
export function describePage(title: string, body: () => void): void {
  describeWithTools(title, { missing: missingForPage(), what: "Chromium and the built page", install: installCommand }, body);
}

/** The published files of one run of the page and the CLI: every file of these folders, their README.md files left out. */
export interface RealInput {
  /** The focus area (`--area`). */
  readonly area: string;
  /** The last month (`--to`), or none (the latest the files hold). */
  readonly to?: string;
  /** The folders below CRIMESTATS_DATA_DIR the files are taken from. */
  readonly folders: readonly string[];
}

/**
 * The London Datastore run: the files of the report's real-data document (MPS borough and ward
 * counts, ONS mid-year estimates, the London boundaries, a year of data.police.uk street-level
 * burglary) for Harrow, to February 2025.
 */
export const londonInput: RealInput = { area: "Harrow", to: "2025-02", folders: realDocumentFolders().folders };

/** The data.police.uk run: the 2022 Cumbria street files and the ONS mid-year estimates, for Cumberland. */
export const cumbriaInput: RealInput = {
  area: "Cumberland",
  folders: ["police-uk-cumbria-street-2022-01_2022-11", "ons-mid-year-population-estimates-lad"].map((d) => join(dataDir, d)),
};

/** The files of a run, by absolute path, in name order. */
export function inputFiles(input: RealInput): string[] {
  return input.folders
    .flatMap((d) => readdirSync(d).map((f) => join(d, f)))
    .filter((f) => !f.endsWith(".md"))
    .sort();
}

/**
 * `describe` for tests that run the page on published data: as {@link describePage}, and also
 * skipped (failing in CI) without the data folders or the built CLI.
 */
export function describeWithData(title: string, input: RealInput, body: () => void): void {
  const absent = input.folders.filter((d) => dataDir === "" || !existsSync(d)).map((d) => `no ${d} (CRIMESTATS_DATA_DIR)`);
  const cli = existsSync(cliPath) ? [] : [`no built CLI ${cliPath}`];
  const missing = [...missingForPage(), ...absent, ...cli];
  if (missing.length === 0 || process.env["CI"])
    describeWithTools(
      title,
      { missing, what: "Chromium, the built page, the CLI and the published data", install: `${installCommand}; the published data in CRIMESTATS_DATA_DIR` },
      body,
    );
  else describe.skip(`${title} (skipped: ${missing.join("; ")})`, () => it("runs on the published data"));
}

/** The page opened from disk, with what it asked for and what went wrong in it, recorded since it was opened. */
export interface ExplorerPage {
  readonly page: Page;
  /** The page's own address (file://). */
  readonly url: string;
  /** Its own browser context, which downloads into {@link downloads}. */
  readonly context: BrowserContext;
  /** The folder the page's downloads are written to. */
  readonly downloads: string;
  /**
   * Every URL requested by the page, its frames and its workers, as puppeteer reports them
   * (`page.on("request")`) and as the DevTools protocol's Network domain of the page's and each
   * worker's target does (`Network.requestWillBeSent`), in order, repeats kept.
   */
  readonly requests: string[];
  /** Every console error and uncaught exception of the page and its workers. */
  readonly consoleErrors: string[];
}

/**
 * Opens the built page from disk (file://; by default apps/explorer/dist/index.html) 1280 px
 * wide, in a new browser context, recording requests, console errors and downloads; with
 * `offline`, the browser's network is switched off first.
 */
export async function openExplorer(browser: Browser, options: { file?: string; offline?: boolean } = {}): Promise<ExplorerPage> {
  const { file = builtPage, offline = false } = options;
  const downloads = mkdtempSync(join(tmpdir(), "crimestats-explorer-downloads-"));
  const context = await browser.createBrowserContext({ downloadBehavior: { policy: "allow", downloadPath: downloads } });
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(`uncaught: ${String(error)}`));
  const network = await page.createCDPSession();
  await network.send("Network.enable");
  network.on("Network.requestWillBeSent", (event) => requests.push(event.request.url));
  page.on("workercreated", (worker) => {
    requests.push(worker.url());
    worker.client.on("Network.requestWillBeSent", (event) => requests.push(event.request.url));
    worker.client.send("Network.enable").catch(() => undefined);
    worker.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(`worker: ${message.text()}`);
    });
  });
  await page.setViewport({ width: 1280, height: 900 });
  if (offline) await page.setOfflineMode(true);
  const url = pathToFileURL(file).href;
  await page.goto(url, { waitUntil: "load" });
  return { page, url, context, downloads, requests, consoleErrors };
}

/** The requests that are neither the page's own file nor a blob:, data: or about: URL (what would leave the page). */
export function foreignRequests(explorer: ExplorerPage): string[] {
  return [...new Set(explorer.requests)].filter((url) => url !== explorer.url && !/^(blob|data|about):/.test(url));
}

/** The CSS selector of the element with this `data-testid`. */
export const byTestId = (id: string): string => `[data-testid="${id}"]`;

/** Chooses these files in the page's file input, as the file picker does. */
export async function chooseFiles(explorer: ExplorerPage, files: readonly string[]): Promise<void> {
  const input = (await explorer.page.$(byTestId("data-files"))) as ElementHandle<HTMLInputElement> | null;
  if (input === null) throw new Error("the page has no data-files input");
  await input.uploadFile(...files);
}

/** Sets an option's field (a text, month or select input) as typing or choosing does: the value, then input and change events. */
async function setOption(explorer: ExplorerPage, testId: string, value: string): Promise<void> {
  const done = await explorer.page.evaluate(
    `(() => {
      const field = document.querySelector(${JSON.stringify(byTestId(testId))});
      if (field === null) return false;
      field.value = ${JSON.stringify(value)};
      field.dispatchEvent(new Event("input", { bubbles: true }));
      field.dispatchEvent(new Event("change", { bubbles: true }));
      return field.value === ${JSON.stringify(value)};
    })()`,
  );
  if (done !== true) throw new Error(`the page's ${testId} field did not take the value ${JSON.stringify(value)}`);
}

/** The text of the element with this `data-testid`, whitespace collapsed ("" when there is none). */
export async function textOf(explorer: ExplorerPage, testId: string): Promise<string> {
  return (await explorer.page.evaluate(
    `(document.querySelector(${JSON.stringify(byTestId(testId))})?.textContent ?? "").replace(/\\s+/g, " ").trim()`,
  )) as string;
}

/** Waits until the page lists this many chosen files (the worker has recognised them). */
async function waitForFileList(explorer: ExplorerPage, count: number): Promise<void> {
  await explorer.page.waitForFunction(`document.querySelectorAll(${JSON.stringify(`${byTestId("file-list")} ${byTestId("file-item")}`)}).length === ${count}`, {
    timeout: 120_000,
  });
}

/** Chooses the run's files in the page and waits until it lists them all. */
export async function chooseInput(explorer: ExplorerPage, input: RealInput): Promise<void> {
  const files = inputFiles(input);
  await chooseFiles(explorer, files);
  await waitForFileList(explorer, files.length);
}

/**
 * Sets the run's options (area and last month), presses "Make the assessment" and waits for the
 * document (or an error, which is thrown with its text). Returns the seconds the page says it
 * took ("Made in N s").
 */
export async function runAssessment(explorer: ExplorerPage, input: RealInput): Promise<number> {
  const { page } = explorer;
  await setOption(explorer, "option-area", input.area);
  if (input.to !== undefined) await setOption(explorer, "option-to", input.to);
  await page.click(byTestId("run"));
  await page.waitForSelector(`${byTestId("app")}[data-state="done"], ${byTestId("app")}[data-state="error"]`, { timeout: 600_000 });
  const state = await page.$eval(byTestId("app"), (app) => app.getAttribute("data-state"));
  if (state !== "done") throw new Error(`the page shows an error: ${await textOf(explorer, "error")}`);
  const seconds = await page.$eval(byTestId("timing"), (timing) => timing.getAttribute("data-seconds"));
  return Number(seconds);
}

/** Clicks a download link of the page and waits for the file to be written; returns its path. */
export async function download(explorer: ExplorerPage, testId: string): Promise<string> {
  const { page, downloads } = explorer;
  // A link may come after the document (the Word file is made last): wait for it, or for the page to say it could not be made.
  const linkOrReason = `document.querySelector(${JSON.stringify(byTestId(testId))}) ?? document.querySelector("#downloads .not-made")`;
  await page.waitForFunction(linkOrReason, { timeout: 180_000 });
  const link = await page.$(byTestId(testId));
  if (link === null)
    throw new Error(
      `the page offers no ${testId} link; its downloads say: ${await page.$eval("#downloads", (list) => [...list.children].map((item) => item.textContent).join("; "))}`,
    );
  const name = await link.evaluate((a) => a.getAttribute("download"));
  if (name === null || name === "") throw new Error(`the page's ${testId} link names no file to download`);
  const path = join(downloads, name);
  // Chromium gives a second download of the same name another name: the earlier one goes first.
  rmSync(path, { force: true });
  await page.click(byTestId(testId));
  for (let waited = 0; waited < 60_000; waited += 100) {
    if (existsSync(path) && !readdirSync(downloads).some((f) => f.endsWith(".crdownload"))) return path;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${name} was not downloaded into ${downloads} within 60 s`);
}

/**
 * Runs the built CLI (`crimestats assess`) on the same files, linked into a temporary folder (as
 * the report's real-data tests do), writing these formats (the JSON always); returns the output
 * folder, which holds strategic-assessment.json and the rest.
 */
export function runCli(input: RealInput, formats: readonly string[] = []): string {
  const data = linkedDataFolder("crimestats-explorer-cli", input.folders);
  const out = mkdtempSync(join(tmpdir(), "crimestats-explorer-cli-"));
  const to = input.to === undefined ? [] : ["--to", input.to];
  const args = ["assess", "--data", data, "--area", input.area, ...to, "--out", out, "--format", ["json", ...formats].join(","), "--quiet"];
  const done = spawnSync(process.execPath, [cliPath, ...args], { encoding: "utf8", timeout: 300_000 });
  if (!existsSync(join(out, "strategic-assessment.json"))) throw new Error(`crimestats ${args.join(" ")} exited ${done.status}: ${done.stderr}`);
  return out;
}

/**
 * The tests of a run's JSON download against the CLI's JSON for the same files: the headline
 * figures exactly (a readable failure), then every value (see {@link jsonDifferences}).
 *
 * @param label - The run's name, for the printed count of numbers that differ in their last digits.
 * @param run - The page after the run and the CLI's JSON, once the tests before have made them.
 */
export function itGivesTheCliJson(label: string, run: () => { explorer: ExplorerPage; cli: string }): void {
  it("offers a JSON download with the same headline figures as the CLI's JSON for the same files", async () => {
    const { explorer, cli } = run();
    const page = readFileSync(await download(explorer, "download-json"), "utf8");
    expect(headlineFigures(page)).toEqual(headlineFigures(cli));
  });

  it("offers a JSON download equal to the CLI's value for value: every string exactly, every number to 12 significant digits", async () => {
    const { explorer, cli } = run();
    const page = readFileSync(await download(explorer, "download-json"), "utf8");
    const { differences, lastDigits } = jsonDifferences(JSON.parse(cli), JSON.parse(page));
    console.log(
      `${label}: ${lastDigits.count} numbers of the JSON differ from the CLI's in their last digits (largest relative difference ${lastDigits.largest})`,
    );
    expect(differences).toEqual([]);
  });
}

/** The files the page lists, each with what it says the file was read as ("" when it says nothing). */
async function listedRoles(explorer: ExplorerPage): Promise<[string, string][]> {
  return (await explorer.page.evaluate(
    `[...document.querySelectorAll('${byTestId("file-item")}')].map((item) => [item.dataset.name, item.querySelector('${byTestId("file-role")}')?.textContent ?? ""])`,
  )) as [string, string][];
}

/**
 * The tests of the file list after a run: each file the CLI's reconciliation names has the role
 * it gives it, and no chosen file is left without saying what it was read as (or that it was not used).
 *
 * @param input - The run's files.
 * @param run - The page after the run and the CLI's JSON, once the tests before have made them.
 */
export function itSaysWhatEachFileWasRead(input: RealInput, run: () => { explorer: ExplorerPage; cli: string }): void {
  it("gives each file the CLI's reconciliation names the role the CLI gives it", async () => {
    const { explorer, cli } = run();
    const { files } = (JSON.parse(cli) as { reconciliation: { files: { file: string; role: string }[] } }).reconciliation;
    const listed = new Map(await listedRoles(explorer));
    expect(listed.size).toBe(inputFiles(input).length);
    const named = files.filter((f) => listed.has(f.file));
    expect(named.map((f) => [f.file, listed.get(f.file)])).toEqual(named.map((f) => [f.file, f.role]));
  });

  it("says of every chosen file what it was read as, or that it was not used", async () => {
    const { explorer } = run();
    expect((await listedRoles(explorer)).filter(([, role]) => role === "").map(([name]) => name)).toEqual([]);
  });
}
