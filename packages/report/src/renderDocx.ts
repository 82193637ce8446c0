import { asRenderError, checkResultShape } from "./internal/checkResult.js";
import { documentOptions } from "./internal/document/documentOptions.js";
import type { DrawChart } from "./internal/docx/chartImage.js";
import { ReportError } from "./ReportError.js";
import type { DocumentOptions, StrategicAssessmentResult } from "./types.js";

export type { DrawChart } from "./internal/docx/chartImage.js";

/** The options of {@link renderDocx}: the document's branding and front matter, and how its charts are drawn. */
export interface RenderDocxOptions extends DocumentOptions {
  /**
   * Draws a chart's SVG as a PNG `width` pixels wide (2.5 pixels to each CSS pixel shown, 240 dots
   * to the inch on paper) on a white ground. Needed in a browser, where it can draw on a canvas;
   * the Node.js entry ("@crimestats/report/node") draws with resvg when it is not given.
   */
  readonly drawChart?: DrawChart;
}

/**
 * Renders a Strategic Assessment as a Word document (.docx), the same document as
 * {@link renderHtml} (made by reading that HTML, so the two agree): the title in Word's Title
 * style and every section and sub-section as Heading 1 and 2 (Word's navigation pane and
 * contents list them); tables as Word tables with their caption above, the header row repeated
 * on each page and rows that never split across pages; every chart and map as a PNG picture at
 * its own size, made smaller where it would not fit the text column (drawn by `drawChart` at
 * 240 dots to the inch) with its text alternative (the chart's
 * title and caption) and the caption below it; RAG ratings as shaded words; links within the document as links to bookmarks. A4
 * with 20 mm, 16 mm and 22 mm margins, the printed HTML's running header (the partnership and
 * title, the date produced) and a footer with the footer text (the SYNTHETIC warning on the
 * demonstration data when none is given) and "Page X of Y". The `options` brand it as they brand the HTML
 * (the logo is embedded in the front matter).
 *
 * Runs anywhere. In a browser give `drawChart` (a page can draw an SVG on a canvas; a worker
 * cannot, so a worker asks its page); the Node.js entry ("@crimestats/report/node") draws the
 * charts with resvg, in Arial or Liberation Sans, when `drawChart` is not given.
 *
 * @param result - The structured assessment from {@link strategicAssessment}.
 * @param options - The branding and front matter ({@link DocumentOptions}), all optional, and `drawChart`.
 * @returns The bytes of the .docx file.
 * @throws {@link ReportError} `invalid-argument` when `result` is not shaped like a result of
 * {@link strategicAssessment}; `invalid-data` when a chart cannot be rendered; `invalid-option`
 * when an option is malformed or not one of {@link DocumentOptions}, or `drawChart` is missing
 * (main entry) or not a function.
 * @example
 * ```ts
 * // input: as in the example of strategicAssessment
 * // drawChart: in a page, e.g. an <img> of the SVG drawn on a <canvas> and canvas.toBlob
 * const docx = await renderDocx(strategicAssessment(input), { drawChart });
 * new TextDecoder().decode(docx.subarray(0, 2)); // a .docx is a zip file
 * //=> "PK"
 * ```
 */
export async function renderDocx(result: StrategicAssessmentResult, options?: RenderDocxOptions): Promise<Uint8Array> {
  checkResultShape("renderDocx", result);
  const { drawChart, ...branding } = options ?? {};
  if (typeof drawChart !== "function") {
    throw new ReportError(
      "invalid-option",
      `renderDocx: options.drawChart is ${drawChart === undefined ? "missing" : "not a function"}: expected a function drawing a chart's SVG as a PNG (the Node.js entry, "@crimestats/report/node", draws with resvg).`,
      { field: "drawChart" },
    );
  }
  const filled = documentOptions("renderDocx", branding);
  try {
    // Loaded when called: the Word writer (docx) is large, and a bundle of the other renderers leaves it out.
    const { wordDocument } = await import("./internal/docx/wordDocument.js");
    return (await wordDocument(result, filled, drawChart)).docx;
  } catch (error) {
    throw asRenderError("renderDocx", error);
  }
}
