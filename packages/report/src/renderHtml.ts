import { asRenderError, checkResultShape } from "./internal/checkResult.js";
import { documentOptions } from "./internal/document/documentOptions.js";
import { htmlDocument } from "./internal/document/htmlDocument.js";
import type { DocumentOptions, StrategicAssessmentResult } from "./types.js";

/** The options of {@link renderHtml}: the document's branding and front matter. */
export type RenderHtmlOptions = DocumentOptions;

/**
 * Renders a Strategic Assessment as one self-contained HTML file a partnership can publish: the
 * front matter (logo, title, partnership, date produced, periods, introduction, contact), the
 * contents, the assessment (the priorities, then the sections of the partnership's own measures
 * when the result has them, then the wards), the data sources with their licences (Open Government Licence
 * attribution), an appendix on how the figures are made in plain English, and a footer. Inline
 * CSS (an A4 print layout with the title, date, footer and page numbers in the page margins; on a
 * phone, tables and charts scroll inside their box so the page never scrolls sideways) and inline
 * SVG charts, no scripts, no fonts, images or styles loaded from anywhere, so
 * it works offline and prints legibly. Tables have captions and header cells; RAG ratings are
 * written as words as well as coloured. Every chart and map of the result is drawn with
 * `renderSvg` of @crimestats/charts in a `<figure>` whose caption is its text alternative (the
 * finding first); a map is followed by its key (the numbers on the map with each area's name and
 * value). On a narrow screen a chart scrolls sideways inside its figure rather than shrinking its
 * text. Numbers are rounded here only, as in {@link renderMarkdown}.
 *
 * The `options` brand it: a title, the partnership, its logo (embedded), an introduction, an
 * accent colour for headings and rules, a footer, a contact and the date produced, printed in the
 * front matter and, for the title, date and footer, in the margins of every printed A4 page.
 *
 * @param result - The structured assessment from {@link strategicAssessment}.
 * @param options - The branding and front matter ({@link DocumentOptions}); all optional.
 * @returns The HTML document (XHTML-compatible markup: every element closed, attributes quoted).
 * @throws {@link ReportError} `invalid-argument` when `result` is not shaped like a result of
 * {@link strategicAssessment}, `invalid-data` when a chart cannot be rendered; `invalid-option` when an option is
 * malformed or not one of {@link DocumentOptions} (an accent colour giving less than 4.5:1
 * against white, a date that is not a real `YYYY-MM-DD` day, a logo whose bytes are not of its type).
 * @example
 * ```ts
 * // input: as in the example of strategicAssessment
 * const html = await renderHtml(strategicAssessment(input));
 * html.startsWith("<!DOCTYPE html>");
 * //=> true
 * const branded = await renderHtml(strategicAssessment(input), { partnership: "Safer Harrow", accentColour: "#00703c", date: "2026-12-07" });
 * branded.includes('<p class="produced">Produced 7 December 2026</p>');
 * //=> true
 * ```
 */
export async function renderHtml(result: StrategicAssessmentResult, options?: RenderHtmlOptions): Promise<string> {
  checkResultShape("renderHtml", result);
  const filled = documentOptions("renderHtml", options);
  try {
    return await htmlDocument(result, filled, { shareOutlines: true });
  } catch (error) {
    throw asRenderError("renderHtml", error);
  }
}
