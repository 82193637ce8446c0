import { resvgChart } from "../internal/docx/resvgChart.js";
import { renderDocx as renderDocxWith, type RenderDocxOptions } from "../renderDocx.js";
import type { StrategicAssessmentResult } from "../types.js";

/**
 * {@link renderDocxWith | renderDocx} of the main entry, drawing the charts with resvg (at 240
 * dots to the inch, their text in Arial or Liberation Sans) unless `options.drawChart` is given.
 *
 * @param result - The structured assessment from `strategicAssessment`.
 * @param options - The branding and front matter, all optional, and `drawChart`.
 * @returns The bytes of the .docx file.
 * @throws {@link ReportError} as the main entry's renderDocx.
 * @example
 * ```ts
 * import { renderDocx } from "@crimestats/report/node";
 * // input: as in the example of strategicAssessment
 * const docx = await renderDocx(strategicAssessment(input));
 * new TextDecoder().decode(docx.subarray(0, 2)); // a .docx is a zip file
 * //=> "PK"
 * ```
 */
export function renderDocx(result: StrategicAssessmentResult, options?: RenderDocxOptions): Promise<Uint8Array> {
  return renderDocxWith(result, { drawChart: resvgChart, ...options });
}
