// The browser suite's tools: finding Chromium and poppler-utils (and skipping, or failing in CI,
// without them), opening a document in Chromium with every request and console error recorded,
// axe-core, printing to PDF and reading the printed pages' text positions with pdftotext.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { roundHalfUp } from "@crimestats/rates";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { findBrowser } from "../../src/internal/pdf/findBrowser.js";
import { ReportError } from "../../src/ReportError.js";
import { describeWithTools, runs } from "./requiredTools.js";

/** The command that installs what the suite needs on Debian or Ubuntu. */
const installCommand = "sudo apt-get install chromium poppler-utils";

/** The folder the screenshots and printed pages are written to, for a developer to look at. */
export const lookFolder = join(tmpdir(), "crimestats-browser");

/** The Chromium or Chrome to drive (as `renderPdf` finds it), or the reason there is none. */
function browser(): { path: string } | { missing: string } {
  try {
    return { path: findBrowser({ env: process.env, platform: process.platform }) };
  } catch (error) {
    if (error instanceof ReportError)
      return { missing: `no Chromium or Chrome (tried ${[(error.details as { tried?: string[] }).tried ?? []].flat().join(", ")})` };
    throw error;
  }
}

/** What the suite needs and this machine lacks, in words (empty when all is there). */
export function missingTools(): string[] {
  const found = browser();
  return [
    ...("missing" in found ? [found.missing] : []),
    ...(["pdftotext", "pdftoppm"].every((program) => runs(program, "-v")) ? [] : ["no pdftotext/pdftoppm (poppler-utils)"]),
  ];
}

/**
 * `describe` for tests that need Chromium and poppler-utils: skipped with the reason and the
 * install command without them, failing instead where env CI is set.
 */
export function describeInBrowser(title: string, body: () => void): void {
  describeWithTools(title, { missing: missingTools(), what: "Chromium and poppler-utils", install: installCommand }, body);
}

/** Launches the system's Chromium headless (no sandbox when running as root, where it refuses to start with one). */
export function launchBrowser(): Promise<Browser> {
  const found = browser();
  if ("missing" in found) throw new Error(found.missing);
  const executablePath = found.path;
  const root = process.getuid?.() === 0;
  return puppeteer.launch({ executablePath, headless: true, args: [...(root ? ["--no-sandbox"] : []), "--disable-gpu", "--hide-scrollbars"] });
}

/** A page with what it asked the network for and the errors it logged, recorded since it was opened. */
export interface WatchedPage {
  readonly page: Page;
  /** Every URL the page requested beyond its own file and data: URIs (each one was aborted). */
  readonly requests: string[];
  /** Every console error and uncaught exception. */
  readonly consoleErrors: string[];
}

/** Opens a new page that aborts and records every request except for `allowed` (and data: URIs) and records console errors. */
export async function watchedPage(browser: Browser, allowed: string | null = null): Promise<WatchedPage> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = request.url();
    if (url === allowed || url.startsWith("data:")) void request.continue();
    else {
      requests.push(url);
      void request.abort();
    }
  });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(`uncaught: ${String(error)}`));
  return { page, requests, consoleErrors };
}

/** Opens an HTML file in a watched page (see {@link watchedPage}). */
export async function openFile(browser: Browser, file: string): Promise<WatchedPage> {
  const url = pathToFileURL(file).href;
  const watched = await watchedPage(browser, url);
  await watched.page.setViewport({ width: 1280, height: 900 });
  await watched.page.goto(url, { waitUntil: "load" });
  return watched;
}

const require = createRequire(import.meta.url);
/** axe-core's browser build, injected into a page to check it. */
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's violations on the page as it is laid out now, one line each with up to five of the elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate("typeof window.axe === 'object'"))) await page.evaluate(axeSource);
  const violations = (await page.evaluate(
    "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })))",
  )) as { id: string; impact: string; help: string; nodes: string[] }[];
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} element(s): ${v.nodes.slice(0, 5).join(", ")}${v.nodes.length > 5 ? ", ..." : ""}`,
  );
}

/**
 * Writes screenshots of the page at its current width into the look folder, returning their
 * paths: its top and the start of its first priority section (`section.priority`), each
 * `screens` viewport heights tall (a whole long document would be an image too tall to open).
 */
export async function screenshots(page: Page, name: string, screens = 2): Promise<string[]> {
  mkdirSync(lookFolder, { recursive: true });
  const viewport = page.viewport() ?? { width: 1280, height: 900 };
  const tops = (await page.evaluate(
    "[0, ...[...document.querySelectorAll('section.priority')].slice(0, 1).map((e) => e.getBoundingClientRect().top + window.scrollY)]",
  )) as number[];
  const height = (await page.evaluate("document.scrollingElement.scrollHeight")) as number;
  const width = (await page.evaluate("document.scrollingElement.scrollWidth")) as number;
  const paths: string[] = [];
  for (const [i, top] of tops.entries()) {
    const path = join(lookFolder, `${name}${i === 0 ? "" : "-priority"}.png`);
    const y = Math.max(0, Math.round(top));
    await page.screenshot({ path, clip: { x: 0, y, width, height: Math.min(viewport.height * screens, height - y) }, captureBeyondViewport: true });
    paths.push(path);
  }
  return paths;
}

/** Prints the page to PDF as the document asks (its @page size, else A4), backgrounds included. */
export function printPdf(page: Page): Promise<Uint8Array> {
  return page.pdf({ format: "a4", preferCSSPageSize: true, printBackground: true });
}

/** Writes the PDF and its first pages as PNG (pdftoppm) into the look folder, returning the PDF's path. */
export function writePdfPages(pdf: Uint8Array, name: string, pages = 6): string {
  mkdirSync(lookFolder, { recursive: true });
  // pdftoppm numbers the pages with as many digits as the last page needs: earlier runs' pages go first.
  for (const f of readdirSync(lookFolder)) if (f.startsWith(`${name}-page-`)) rmSync(join(lookFolder, f));
  const path = join(lookFolder, `${name}.pdf`);
  writeFileSync(path, pdf);
  const done = spawnSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", String(pages), path, join(lookFolder, `${name}-page`)]);
  if (done.status !== 0) throw new Error(`pdftoppm failed: ${done.stderr.toString()}`);
  return path;
}

/** One printed line of text: its words and box, in points from the page's top left corner. */
export interface PdfLine {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}
/** One printed page: its size in points and its text blocks (each a list of lines) in reading order. */
export interface PdfPage {
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly blocks: readonly (readonly PdfLine[])[];
}

const attribute = (tag: string, name: string) => Number(new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1] ?? Number.NaN);
const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&#39;": "'" };

/** The text positions of every page of a PDF file, read with `pdftotext -bbox-layout`. */
export function pdfPages(file: string): PdfPage[] {
  const done = spawnSync("pdftotext", ["-bbox-layout", file, "-"], { maxBuffer: 1 << 28 });
  if (done.status !== 0) throw new Error(`pdftotext failed: ${done.stderr.toString()}`);
  const xml = done.stdout.toString();
  return [...xml.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)].map((page, i) => ({
    number: i + 1,
    width: attribute(page[1] ?? "", "width"),
    height: attribute(page[1] ?? "", "height"),
    blocks: [...(page[2] ?? "").matchAll(/<block [^>]*>([\s\S]*?)<\/block>/g)].map((block) =>
      [...(block[1] ?? "").matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map((line) => ({
        text: [...(line[2] ?? "").matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => (w[1] ?? "").replace(/&[#\w]+;/g, (e) => entities[e] ?? e)).join(" "),
        xMin: attribute(line[1] ?? "", "xMin"),
        yMin: attribute(line[1] ?? "", "yMin"),
        xMax: attribute(line[1] ?? "", "xMax"),
        yMax: attribute(line[1] ?? "", "yMax"),
      })),
    ),
  }));
}

/** The text positions of every page of a PDF given as bytes (written to a temporary file for pdftotext). */
export function pdfPagesOf(pdf: Uint8Array): PdfPage[] {
  const dir = mkdtempSync(join(tmpdir(), "crimestats-pdf-"));
  try {
    writeFileSync(join(dir, "document.pdf"), pdf);
    return pdfPages(join(dir, "document.pdf"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How far below the top of a page's text a repeated header row's lines start (a header of three or four lines). */
const headerBandMm = 15;

/** Points per millimetre (a PDF point is 1/72 inch). */
const pt = 72 / 25.4;
/** A length in PDF points as millimetres, to a tenth (for messages). */
export const pdfMm = (points: number): number => roundHalfUp(points / pt, 1);

/**
 * The texts of the page-margin boxes of the document's `@page` rule (`@top-left { content: "…" }`
 * and the like), CSS escapes undone; `counter(...)` stands for a number.
 */
export function runningTexts(html: string): string[] {
  // The @page rule with its nested margin-box rules: from "@page" to the brace that closes it.
  const start = html.search(/@page\b/);
  let end = start < 0 ? start : html.indexOf("{", start);
  for (let depth = 0; end >= 0 && end < html.length; end++) {
    if (html[end] === "{") depth++;
    else if (html[end] === "}" && --depth === 0) break;
  }
  const page = start < 0 ? "" : html.slice(start, end + 1);
  return [...page.matchAll(/@(?:top|bottom)-[a-z-]+\s*\{[^}]*?content:\s*([^;}]*)/g)].map((m) =>
    [...(m[1] ?? "").matchAll(/"((?:[^"\\]|\\[\s\S])*)"|counter\([^)]*\)/g)]
      .map((part) =>
        part[1] === undefined
          ? "0"
          : part[1].replace(/\\([0-9a-fA-F]{1,6})\s?|\\([\s\S])/g, (_, hex: string | undefined, ch: string) =>
              hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : ch,
            ),
      )
      .join(""),
  );
}

const words = (text: string) => text.split(/\s+/).filter((w) => w !== "");

/** How far from the top or bottom edge of the paper the running header and footer may be. */
const runningBandMm = 25;

/**
 * Whether a printed line is one of the running header or footer texts: it lies within 25 mm of
 * the top or bottom edge, and every word is a word of one of those texts (a number standing for a
 * page counter), at least one of them not a number.
 */
export function isRunning(page: PdfPage, line: PdfLine, running: readonly string[]): boolean {
  const known = new Set(running.flatMap(words));
  const inBand = line.yMax <= runningBandMm * pt || line.yMin >= page.height - runningBandMm * pt;
  const lineWords = words(line.text);
  return inBand && lineWords.some((w) => known.has(w) && !/^\d+$/.test(w)) && lineWords.every((w) => known.has(w) || /^\d+$/.test(w));
}

/**
 * The printed text that is not inside the page's margins: every word must be at least `bodyMm`
 * from each edge of its page, except the lines of the running header and footer (the document's
 * page-margin boxes, see {@link isRunning}), which must be at least `edgeMm` from each edge. Each
 * problem names the page, the text and how far it is from the edge.
 */
export function marginProblems(pages: readonly PdfPage[], running: readonly string[], bodyMm = 12, edgeMm = 5): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    for (const line of page.blocks.flat()) {
      const gaps = { left: line.xMin, right: page.width - line.xMax, top: line.yMin, bottom: page.height - line.yMax };
      const least = isRunning(page, line, running) ? edgeMm : bodyMm;
      const near = Object.entries(gaps).filter(([, g]) => g < least * pt);
      if (near.length > 0)
        problems.push(
          `page ${page.number}: "${line.text.slice(0, 60)}" is ${near.map(([edge, g]) => `${pdfMm(g)} mm from the ${edge} edge`).join(" and ")} (at least ${least} mm expected${least === edgeMm ? " for the running header and footer" : ""})`,
        );
    }
  }
  return problems;
}

const normal = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The pages whose last text (the running header and footer left out) is a heading of the document:
 * a heading left at the foot of a page, its content on the next. The last block and the last line
 * are both compared with the headings, since pdftotext may put a heading in a block of its own or
 * beside the text before it.
 */
export function strandedHeadings(pages: readonly PdfPage[], headings: readonly string[], running: readonly string[]): string[] {
  const known = new Set(headings.map(normal));
  const problems: string[] = [];
  for (const page of pages) {
    const blocks = page.blocks.map((b) => b.filter((line) => !isRunning(page, line, running))).filter((b) => b.length > 0);
    const lastBlock = blocks.reduce<readonly PdfLine[] | undefined>((last, b) => (last === undefined || b[0]!.yMin >= last[0]!.yMin ? b : last), undefined);
    const lastLine = blocks.flat().reduce<PdfLine | undefined>((last, l) => (last === undefined || l.yMin >= last.yMin ? l : last), undefined);
    if (lastBlock === undefined || lastLine === undefined) continue;
    const candidates = [normal(lastBlock.map((l) => l.text).join(" ")), normal(lastLine.text)];
    const heading = candidates.find((c) => known.has(c));
    if (heading !== undefined)
      problems.push(`page ${page.number} ends with the heading "${heading}" (${pdfMm(page.height - lastLine.yMax)} mm above the foot of the page)`);
  }
  return problems;
}

/** The number of words printed on each page (the running header and footer left out). */
export function wordsPerPage(pages: readonly PdfPage[], running: readonly string[]): number[] {
  return pages.map((p) =>
    p.blocks
      .flat()
      .filter((l) => !isRunning(p, l, running))
      .reduce((n, l) => n + words(l.text).length, 0),
  );
}

/**
 * The charts printed over two pages: each figure's drawn title and the start of its caption are
 * looked for, in document order, in the text of each page (its lines joined), and a figure whose
 * caption is not on the page where its title is was split. A figure whose title is not found in
 * the PDF text is reported too.
 */
export function splitFigures(
  pages: readonly PdfPage[],
  figures: readonly { id: string; title: string; caption: string }[],
  running: readonly string[],
): string[] {
  const find = pageFinder(pages, running);
  const problems: string[] = [];
  let from = 0;
  for (const { id, title, caption } of figures) {
    const start = find(title, from);
    if (start < 0) {
      problems.push(`figure#${id}: its title "${title}" is not in the PDF after page ${from + 1}`);
      continue;
    }
    const opening = words(caption).slice(0, 10).join(" ");
    const end = find(opening, start);
    if (end !== start)
      problems.push(
        `figure#${id} "${title}" starts on page ${start + 1} and its caption ("${opening}") is on ${end < 0 ? "no page after it" : `page ${end + 1}`}`,
      );
    from = start;
  }
  return problems;
}

/** A search over the pages' body text (running header and footer left out): the first page from `from` on whose text holds `text`, or -1. */
function pageFinder(pages: readonly PdfPage[], running: readonly string[]): (text: string, from: number) => number {
  const pageTexts = pages.map((p) =>
    normal(
      p.blocks
        .flat()
        .filter((l) => !isRunning(p, l, running))
        .map((l) => l.text)
        .join(" "),
    ),
  );
  return (text, from) => pageTexts.findIndex((t, i) => i >= from && t.includes(text));
}

/**
 * The map keys printed over two pages: each key's first and last entries (an area's name and
 * value) are looked for, in document order, in the text of each page, and a key whose last entry
 * is not on the page of its first was split. A key whose entries are not found is reported too.
 */
export function splitKeys(pages: readonly PdfPage[], keys: readonly { first: string; last: string }[], running: readonly string[]): string[] {
  const find = pageFinder(pages, running);
  const problems: string[] = [];
  let from = 0;
  for (const { first, last } of keys) {
    const start = find(first, from);
    const end = start < 0 ? -1 : find(last, start);
    if (start < 0 || end < 0) problems.push(`the map key from "${first}" to "${last}" is not in the PDF after page ${from + 1}`);
    else if (end !== start) problems.push(`the map key from "${first}" (page ${start + 1}) to "${last}" (page ${end + 1}) is split over pages`);
    from = Math.max(start, from);
  }
  return problems;
}

/**
 * The tables printed over more than one page without their header row at the top of each page
 * after the first: a table's pages are found from its caption and then each body row's first cell,
 * in document order, in the text of each page (on the page of the row before or the next); on
 * every later page that holds its rows, the text at the top of the page (the running header left
 * out; the lines starting within 15 mm of the first) must hold each header cell's first word.
 */
export function headerlessContinuations(
  pages: readonly PdfPage[],
  tables: readonly { caption: string; header: readonly string[]; rows: readonly string[] }[],
  running: readonly string[],
): string[] {
  const lines = pages.map((p) => p.blocks.flat().filter((l) => !isRunning(p, l, running)));
  // Compared without spaces: a long cell (a file name) wraps inside its cell, and the lines of the wrap are joined with a space.
  const compact = (text: string): string => normal(text).replace(/\s+/g, "");
  const pageTexts = lines.map((l) => compact(l.map((line) => line.text).join(" ")));
  const find = (text: string, from: number) => pageTexts.findIndex((t, i) => i >= from && t.includes(compact(text)));
  const problems: string[] = [];
  let from = 0;
  for (const { caption, header, rows } of tables) {
    const start = caption === "" ? -1 : find(caption, from);
    if (start < 0) continue;
    from = start;
    let at = start;
    const continued = new Set<number>();
    for (const row of rows) {
      // A row is on the page of the row before it or the next; text found further on is another table's or paragraph's.
      const page = row === "" ? -1 : find(row, at);
      if (page < 0 || page > at + 1) continue;
      if (page > start) continued.add(page);
      at = page;
    }
    for (const page of continued) {
      const pageLines = lines[page] ?? [];
      const top = Math.min(...pageLines.map((l) => l.yMin));
      // The header row's lines: pdftotext may put each of its cells on a line of its own.
      const band = pageLines.filter((l) => l.yMin < top + headerBandMm * pt).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
      const bandWords = band.flatMap((l) => words(l.text));
      if (!header.every((cell) => words(cell).length === 0 || bandWords.includes(words(cell)[0] ?? "")))
        problems.push(
          `the table "${caption}" goes on to page ${page + 1}, which starts with "${band
            .map((l) => l.text)
            .join(" ")
            .slice(0, 50)}", not its header row ("${header.join(" | ").slice(0, 60)}")`,
        );
    }
  }
  return problems;
}
