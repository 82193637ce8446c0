import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "puppeteer-core";
import { describe, expect, it, vi } from "vitest";
import { exampleInput } from "../test/exampleInput.js";
import { browserPaths, findBrowser } from "./internal/pdf/findBrowser.js";
import { printPdf } from "./internal/pdf/printPdf.js";
import { ReportError } from "./ReportError.js";
import { renderPdf } from "./renderPdf.js";
import { strategicAssessment } from "./strategicAssessment.js";
import { describeInBrowser } from "../test/browser/browser.js";

// Every browser printPdf starts, so a test can see that it was closed.
const launched = vi.hoisted((): Browser[] => []);
vi.mock("puppeteer-core", async (importOriginal) => {
  const actual = await importOriginal<typeof import("puppeteer-core")>();
  return {
    ...actual,
    launch: async (...args: Parameters<typeof actual.launch>) => {
      const browser = await actual.launch(...args);
      launched.push(browser);
      return browser;
    },
  };
});

/** Resolves when the browser's process has ended. */
async function ended(browser: Browser | undefined): Promise<boolean> {
  const child = browser?.process();
  if (child === null || child === undefined) return false;
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return new Promise((done) => child.once("exit", () => done(true)));
}

const result = strategicAssessment(exampleInput);
const folder = mkdtempSync(join(tmpdir(), "crimestats-pdf-"));

/** An executable file that is no browser: a shell script that exits at once with an error. */
function fakeBrowser(name: string): string {
  const path = join(folder, name);
  writeFileSync(path, "#!/bin/sh\necho 'not a browser' >&2\nexit 1\n");
  chmodSync(path, 0o755);
  return path;
}

/** The text of a PDF, page by page (pdftotext -layout; pages end with a form feed). */
function pdfPages(pdf: Uint8Array): string[] {
  const file = join(folder, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const text = spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).stdout;
  return text.split("\f").filter((page) => page.trim() !== "");
}

/** The page size pdfinfo reports, in points. */
function pageSize(pdf: Uint8Array): string {
  const file = join(folder, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return /Page size:\s+(.*)/.exec(spawnSync("pdfinfo", [file], { encoding: "utf8" }).stdout)?.[1] ?? "";
}

describe("finding the browser that prints the PDF", () => {
  it("tries Debian's Chromium first on Linux, then Chrome; the applications on macOS; Program Files on Windows", () => {
    expect(browserPaths("linux", {})).toEqual(["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"]);
    expect(browserPaths("darwin", {})).toEqual([
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    ]);
    expect(browserPaths("win32", { PROGRAMFILES: "D:\\Apps", "PROGRAMFILES(X86)": "D:\\Apps86" })).toEqual([
      join("D:\\Apps", "Google", "Chrome", "Application", "chrome.exe"),
      join("D:\\Apps", "Chromium", "Application", "chrome.exe"),
      join("D:\\Apps86", "Google", "Chrome", "Application", "chrome.exe"),
      join("D:\\Apps86", "Chromium", "Application", "chrome.exe"),
    ]);
  });

  it("uses the browser named by the caller before CRIMESTATS_BROWSER, and CRIMESTATS_BROWSER before the usual places", () => {
    const named = fakeBrowser("named-browser");
    const fromEnv = fakeBrowser("env-browser");
    expect(findBrowser({ given: named, env: { CRIMESTATS_BROWSER: fromEnv }, platform: "linux" })).toBe(named);
    expect(findBrowser({ env: { CRIMESTATS_BROWSER: fromEnv }, platform: "linux" })).toBe(fromEnv);
  });

  it("refuses a named browser that is missing rather than printing with another one", () => {
    const missing = join(folder, "no-such-browser");
    const error = (() => {
      try {
        findBrowser({ env: { CRIMESTATS_BROWSER: missing }, platform: "linux" });
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ReportError);
    expect(error).toMatchObject({ code: "browser-not-found", details: { browser: missing, tried: [missing] } });
    expect((error as Error).message).toBe(
      `The browser "${missing}" named by CRIMESTATS_BROWSER is not a program that can be run: expected the path of a Chromium or Google Chrome executable (on Debian or Ubuntu: sudo apt-get install chromium, then /usr/bin/chromium).`,
    );
  });

  it("says every path it tried, how to name a browser and how to install one when none is found", () => {
    const empty = mkdtempSync(join(tmpdir(), "crimestats-no-browser-"));
    const env = { PROGRAMFILES: empty, "PROGRAMFILES(X86)": join(empty, "x86") };
    const tried = browserPaths("win32", env);
    expect(() => findBrowser({ env, platform: "win32" })).toThrow(
      `No Chromium or Google Chrome was found to print the PDF (tried ${tried.join(", ")}): install one (on Debian or Ubuntu: sudo apt-get install chromium) or name it with --browser <path> or CRIMESTATS_BROWSER; crimestats never downloads a browser.`,
    );
    expect(() => findBrowser({ env, platform: "win32" })).toThrow(expect.objectContaining({ code: "browser-not-found", details: { tried } }));
  });
});

describe("renderPdf's options", () => {
  it("refuses a browser option that is not a path, and an unknown option, before starting anything", async () => {
    await expect(renderPdf(result, { browser: "" })).rejects.toMatchObject({
      code: "invalid-option",
      message: 'renderPdf: options.browser is "": expected the path of a Chromium or Google Chrome executable.',
    });
    await expect(renderPdf(result, { browsr: "/usr/bin/chromium" } as never)).rejects.toMatchObject({
      code: "invalid-option",
      details: { field: "browsr" },
    });
    await expect(renderPdf(result, { accentColour: "#ffff00" })).rejects.toMatchObject({ code: "invalid-option", details: { field: "accentColour" } });
  });

  it("names the browser option when the browser it names does not exist", async () => {
    const missing = join(folder, "chromium-typo");
    await expect(renderPdf(result, { browser: missing })).rejects.toMatchObject({
      code: "browser-not-found",
      message: expect.stringContaining(`The browser "${missing}" named by renderPdf: options.browser is not a program that can be run`),
    });
  });

  it("says in one sentence that a program which is not a browser could not be started", async () => {
    const notBrowser = fakeBrowser("not-a-browser");
    const error = await renderPdf(result, { browser: notBrowser }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReportError);
    expect(error).toMatchObject({ code: "browser-not-found", details: { browser: notBrowser } });
    expect((error as Error).message).toBe(
      `The browser "${notBrowser}" could not be started to print the PDF (Failed to launch the browser process: Code: 1; not a browser): expected a working Chromium or Google Chrome (on Debian or Ubuntu: sudo apt-get install chromium).`,
    );
    expect((error as Error).message).not.toContain("\n");
  });
});

describeInBrowser("renderPdf printing with the installed browser", () => {
  it("doc example: a PDF file", { timeout: 120_000 }, async () => {
    const pdf = await renderPdf(strategicAssessment(exampleInput), { partnership: "Safer Harrow", date: "2026-12-07" });
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe("%PDF-");
    expect(await ended(launched.at(-1))).toBe(true);
  });

  it("prints A4 pages with the title and the date at the head of each and 'Page X of Y' at its foot", { timeout: 120_000 }, async () => {
    const pdf = await renderPdf(result, {
      title: "Community safety 2025",
      partnership: "Safer Harrow",
      footer: "Safer Harrow partnership",
      date: "2026-12-07",
    });
    // A4 is 595.28 x 841.89 pt; Chromium rounds it to whole device pixels.
    const [width, height] = (/^([\d.]+) x ([\d.]+) pts \(A4\)$/.exec(pageSize(pdf)) ?? []).slice(1).map(Number);
    expect(width).toBeCloseTo(595.28, 0);
    expect(height).toBeCloseTo(841.89, 0);
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain("Community safety 2025");
      expect(page).toContain("7 December 2026");
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page).toContain("Safer Harrow partnership");
    });
  });

  it("refuses a document that asks for anything on the network, naming the address, makes no request and closes the browser", {
    timeout: 120_000,
  }, async () => {
    const html = '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><p>x</p><img src="http://127.0.0.1:9/logo.png" alt="logo"/></body></html>';
    await expect(printPdf(html, findBrowser({ env: process.env, platform: process.platform }))).rejects.toMatchObject({
      code: "invalid-data",
      message:
        'The document asked for an address on the network ("http://127.0.0.1:9/logo.png"), which printing refused: expected a document that holds everything it shows.',
      details: { refused: ["http://127.0.0.1:9/logo.png"] },
    });
    expect(launched.at(-1)?.connected).toBe(false);
    expect(await ended(launched.at(-1))).toBe(true);
  });
});
