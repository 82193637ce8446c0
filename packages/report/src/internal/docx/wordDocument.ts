import type { StrategicAssessmentResult } from "../../types.js";
import { pageFooterText, pageHeaderText } from "../document/documentText.js";
import { htmlDocument } from "../document/htmlDocument.js";
import type { FilledDocumentOptions } from "../document/documentOptions.js";
import type { DrawChart } from "./chartImage.js";
import { docxFile } from "./docxDocument.js";
import { htmlToDocx } from "./htmlToDocx.js";

/** The PNG of a 1 × 1 white pixel: what the first reading of the HTML is given for each chart. */
const PLACEHOLDER = Uint8Array.from(atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII="), (c) =>
  c.charCodeAt(0),
);

/**
 * The Word document of a checked result: the HTML document (every SVG standing alone) read and
 * written as .docx, with the HTML it was made from and the elements the conversion had no rule
 * for (written as their text; a test requires none). The HTML is read twice: first to learn
 * which charts are drawn at which width, which `draw` then draws (at once, so a browser can
 * draw them on its page), then to write the document with those pictures.
 */
export async function wordDocument(
  result: StrategicAssessmentResult,
  options: FilledDocumentOptions,
  draw: DrawChart,
): Promise<{ readonly docx: Uint8Array; readonly html: string; readonly unmapped: readonly string[] }> {
  const html = await htmlDocument(result, options, { shareOutlines: false });
  const key = (svg: string, width: number): string => `${width}\n${svg}`;
  const wanted = new Map<string, { readonly svg: string; readonly width: number }>();
  htmlToDocx(html, (svg, width) => {
    wanted.set(key(svg, width), { svg, width });
    return PLACEHOLDER;
  });
  const drawn = new Map(await Promise.all([...wanted].map(async ([k, { svg, width }]) => [k, await draw(svg, width)] as const)));
  const converted = htmlToDocx(html, (svg, width) => drawn.get(key(svg, width)) ?? PLACEHOLDER);
  const margins = { header: pageHeaderText(result, options), footer: pageFooterText(result, options) };
  return { docx: await docxFile(converted.children, converted.title, options, margins), html, unmapped: converted.unmapped };
}
