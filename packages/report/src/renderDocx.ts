import { asRenderError, checkResultShape } from "./internal/checkResult.js";
import { documentOptions } from "./internal/document/documentOptions.js";
import { wordDocument } from "./internal/docx/wordDocument.js";
import type { DocumentOptions, StrategicAssessmentResult } from "./types.js";

/** The options of {@link renderDocx}: the document's branding and front matter. */
export type RenderDocxOptions = DocumentOptions;

/**
 * Renders a Strategic Assessment as a Word document (.docx), the same document as
 * {@link renderHtml} (made by reading that HTML, so the two agree): the title in Word's Title
 * style and every section and sub-section as Heading 1 and 2 (Word's navigation pane and
 * contents list them); tables as Word tables with their caption above, the header row repeated
 * on each page and rows that never split across pages; every chart and map as a PNG picture at
 * its own size, made smaller where it would not fit the text column (drawn with resvg at 240
 * dots to the inch, its text in Arial or Liberation Sans) with its text alternative (the chart's
 * title and caption) and the caption below it; RAG ratings as shaded words; links within the document as links to bookmarks. A4
 * with 20 mm, 16 mm and 22 mm margins, the printed HTML's running header (the partnership and
 * title, the date produced) and a footer with the footer text (the SYNTHETIC warning on the
 * demonstration data when none is given) and "Page X of Y". The `options` brand it as they brand the HTML
 * (the logo is embedded in the front matter).
 *
 * Node.js only ("@crimestats/report/node"): the charts are drawn by resvg's native module.
 *
 * @param result - The structured assessment from {@link strategicAssessment}.
 * @param options - The branding and front matter ({@link DocumentOptions}); all optional.
 * @returns The bytes of the .docx file.
 * @throws {@link ReportError} `invalid-argument` when `result` is not shaped like a result of
 * {@link strategicAssessment}; `invalid-data` when a chart cannot be rendered; `invalid-option`
 * when an option is malformed or not one of {@link DocumentOptions}.
 * @example
 * ```ts
 * // input: as in the example of strategicAssessment
 * const docx = await renderDocx(strategicAssessment(input));
 * new TextDecoder().decode(docx.subarray(0, 2)); // a .docx is a zip file
 * //=> "PK"
 * ```
 */
export async function renderDocx(result: StrategicAssessmentResult, options?: RenderDocxOptions): Promise<Uint8Array> {
  checkResultShape("renderDocx", result);
  const filled = documentOptions("renderDocx", options);
  try {
    return (await wordDocument(result, filled)).docx;
  } catch (error) {
    throw asRenderError("renderDocx", error);
  }
}
