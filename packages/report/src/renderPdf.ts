import { describeValue } from "@crimestats/internal";
import { isRecord } from "./internal/assessmentInput.js";
import { asRenderError, checkResultShape } from "./internal/checkResult.js";
import { documentOptions } from "./internal/document/documentOptions.js";
import { htmlDocument } from "./internal/document/htmlDocument.js";
import { findBrowser } from "./internal/pdf/findBrowser.js";
import { printPdf } from "./internal/pdf/printPdf.js";
import { ReportError } from "./ReportError.js";
import type { DocumentOptions, StrategicAssessmentResult } from "./types.js";

/** The options of {@link renderPdf}: the document's branding and front matter, and the browser that prints it. */
export interface RenderPdfOptions extends DocumentOptions {
  /**
   * The path of the Chromium or Google Chrome executable to print with. Default: the one named by
   * the environment variable `CRIMESTATS_BROWSER`, else the first found of `/usr/bin/chromium`,
   * `/usr/bin/chromium-browser`, `/usr/bin/google-chrome`, `/usr/bin/google-chrome-stable` (on macOS
   * the Chromium and Google Chrome applications, on Windows Chrome under Program Files).
   */
  readonly browser?: string;
}

/**
 * Renders a Strategic Assessment as an A4 PDF: the document of {@link renderHtml}, with the same
 * options, printed by a Chromium or Google Chrome already installed on the machine (driven with
 * puppeteer-core; no browser is ever downloaded). The print stylesheet gives the margins, the
 * running header (title and date) and footer (footer text and "Page X of Y"), and keeps headings
 * with what follows them; the PDF is tagged and has an outline of its headings. The page is
 * allowed no network request, and the browser is closed whatever happens.
 *
 * Runs in Node.js only (it starts a browser process): exported from `@crimestats/report/node`.
 * Printing takes a few seconds (starting the browser is most of it for a short document).
 *
 * @param result - The structured assessment from {@link strategicAssessment}.
 * @param options - The branding and front matter ({@link DocumentOptions}) and the `browser` to print with; all optional.
 * @returns The PDF file's bytes.
 * @throws {@link ReportError} `browser-not-found` when no browser is found (the message lists the
 * paths tried, `--browser <path>`, `CRIMESTATS_BROWSER` and `sudo apt-get install chromium`), or
 * the one found or named cannot be started or fails while printing; `invalid-option` when an option
 * is malformed or unknown; `invalid-data` when `result` is not shaped like a result of
 * {@link strategicAssessment}, a chart cannot be rendered, or the document asked for anything from
 * the network.
 * @example
 * ```ts
 * // input: as in the example of strategicAssessment
 * const pdf = await renderPdf(strategicAssessment(input), { partnership: "Safer Harrow", date: "2026-12-07" });
 * new TextDecoder().decode(pdf.subarray(0, 5));
 * //=> "%PDF-"
 * ```
 */
export async function renderPdf(result: StrategicAssessmentResult, options?: RenderPdfOptions): Promise<Uint8Array> {
  checkResultShape("renderPdf", result);
  let browser: string | undefined;
  let document: unknown = options;
  if (isRecord(options) && Object.hasOwn(options, "browser")) {
    const { browser: given, ...rest } = options;
    if (given !== undefined && (typeof given !== "string" || given.trim() === "")) {
      throw new ReportError(
        "invalid-option",
        `renderPdf: options.browser is ${describeValue(given)}: expected the path of a Chromium or Google Chrome executable.`,
        { field: "browser" },
      );
    }
    browser = given;
    document = rest;
  }
  const filled = documentOptions("renderPdf", document);
  const executable = findBrowser({ given: browser, givenAs: "renderPdf: options.browser", env: process.env, platform: process.platform });
  let html: string;
  try {
    html = await htmlDocument(result, filled, { shareOutlines: true });
  } catch (error) {
    throw asRenderError("renderPdf", error);
  }
  return printPdf(html, executable);
}
