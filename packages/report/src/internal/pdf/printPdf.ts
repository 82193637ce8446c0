import { ReportError } from "../../ReportError.js";
import { browserInstallCommand } from "./findBrowser.js";

/** How long starting the browser, loading the document and printing it may each take (a loaded machine, a long document). */
const stepTimeoutMs = 120_000;

/**
 * An error of puppeteer in a few words: its first line, and when the browser printed why it
 * stopped (puppeteer quotes its standard error), the first line of that, without the log prefix.
 */
function reason(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error)).split("\n").map((line) => line.trim());
  const first = (lines[0] ?? "").replace(/[.:\s]+$/, "").replace(/:\s+/g, ": ");
  const stderr = lines.indexOf("stderr:");
  const said = stderr < 0 ? undefined : lines.slice(stderr + 1).find((line) => line !== "");
  return said === undefined ? first : `${first}; ${said.replace(/^\[[^\]]*\]\s*/, "")}`;
}

/**
 * Prints a self-contained HTML document to PDF with the browser at `browser` (Chromium or Google
 * Chrome, driven by puppeteer-core; nothing is downloaded): A4 unless the document's `@page` says
 * otherwise, backgrounds printed, tagged (accessible) with an outline of its headings. Every network
 * request the document makes is refused, and any is an error: a published document holds all it
 * shows. The browser is closed whatever happens.
 *
 * @throws {ReportError} `browser-not-found` when the browser cannot be started or fails while
 * printing; `invalid-data`
 * when the document asked for anything from the network.
 */
export async function printPdf(html: string, browser: string): Promise<Uint8Array> {
  const { launch } = await import("puppeteer-core");
  // The sandbox needs user namespaces that root in a container does not get; as any other user it stays on.
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
  let running: Awaited<ReturnType<typeof launch>>;
  try {
    running = await launch({
      executablePath: browser,
      headless: true,
      timeout: stepTimeoutMs,
      protocolTimeout: stepTimeoutMs,
      args: [...(asRoot ? ["--no-sandbox"] : []), "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
    });
  } catch (error) {
    throw new ReportError(
      "browser-not-found",
      `The browser "${browser}" could not be started to print the PDF (${reason(error)}): expected a working Chromium or Google Chrome (on Debian or Ubuntu: ${browserInstallCommand}).`,
      { browser, tried: [browser] },
    );
  }
  try {
    const page = await running.newPage();
    const refused: string[] = [];
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      const url = request.url();
      if (url.startsWith("data:") || url === "about:blank") {
        void request.continue().catch(() => undefined);
        return;
      }
      refused.push(url);
      void request.abort("blockedbyclient").catch(() => undefined);
    });
    await page.setContent(html, { waitUntil: "load", timeout: stepTimeoutMs });
    const pdf = await page.pdf({
      format: "A4",
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
      timeout: stepTimeoutMs,
    });
    if (refused.length > 0) {
      throw new ReportError(
        "invalid-data",
        `The document asked for ${refused.length === 1 ? "an address" : `${refused.length} addresses`} on the network ("${refused[0]}"${refused.length > 1 ? ", …" : ""}), which printing refused: expected a document that holds everything it shows.`,
        { refused },
      );
    }
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } catch (error) {
    if (error instanceof ReportError) throw error;
    // A browser that crashes or hangs while printing is, for the user, a browser that cannot be used: the same remedy.
    throw new ReportError(
      "browser-not-found",
      `The browser "${browser}" failed while printing the PDF (${reason(error)}): expected a working Chromium or Google Chrome (on Debian or Ubuntu: ${browserInstallCommand}), or name another with --browser <path> or CRIMESTATS_BROWSER.`,
      { browser, tried: [browser] },
    );
  } finally {
    await running.close().catch(() => running.process()?.kill("SIGKILL"));
  }
}
