import type { StrategicAssessmentResult } from "../../types.js";
import { pageFooterText, pageHeaderText } from "../document/documentText.js";
import { htmlDocument } from "../document/htmlDocument.js";
import type { FilledDocumentOptions } from "../document/documentOptions.js";
import { docxFile } from "./docxDocument.js";
import { htmlToDocx } from "./htmlToDocx.js";

/**
 * The Word document of a checked result: the HTML document (every SVG standing alone) read and
 * written as .docx, with the HTML it was made from and the elements the conversion had no rule
 * for (written as their text; a test requires none).
 */
export async function wordDocument(
  result: StrategicAssessmentResult,
  options: FilledDocumentOptions,
): Promise<{ readonly docx: Uint8Array; readonly html: string; readonly unmapped: readonly string[] }> {
  const html = await htmlDocument(result, options, { shareOutlines: false });
  const converted = htmlToDocx(html);
  const margins = { header: pageHeaderText(result, options), footer: pageFooterText(result, options) };
  return { docx: await docxFile(converted.children, converted.title, options, margins), html, unmapped: converted.unmapped };
}
