import { textWidth } from "./labels.js";

/** The part of Vega's `textMetrics` that measures text: `width` is what Vega calls; `estimateWidth` is its fallback without a canvas. */
export interface VegaTextMetrics {
  width: (item: VegaTextItem, text?: unknown) => number;
  readonly estimateWidth: (item: VegaTextItem, text?: unknown) => number;
}

/** What Vega's text width functions read of a text item. */
interface VegaTextItem {
  readonly fontSize?: number;
  readonly fontWeight?: string | number;
  readonly limit?: number;
}

/** How many renders are using the estimate now, and Vega's own width function to put back after the last. */
let users = 0;
let vegaWidth: VegaTextMetrics["width"] | null = null;

/** The width of one line of a text item in the charts' font, as Vega's width functions take it (Vega's default font size is 11). */
function estimate(item: VegaTextItem, text?: unknown): number {
  const line = text === null || text === undefined ? "" : String(text).trim();
  const size = typeof item.fontSize === "number" && item.fontSize > 0 ? item.fontSize : 11;
  const weight = item.fontWeight;
  const bold =
    weight === "bold" || weight === "bolder" || (typeof weight === "number" && weight >= 600) || (typeof weight === "string" && Number(weight) >= 600);
  const width = textWidth(line, size, bold);
  // Vega draws a text with a limit cut to it (with an ellipsis): it is never wider than the limit.
  return typeof item.limit === "number" && item.limit > 0 ? Math.min(width, item.limit) : width;
}

/**
 * Runs a render with Vega measuring text by the Arial/Helvetica estimate of the charts (Vega's
 * own estimate without a canvas, 0.8 × font size per character, lays a chart out about half as
 * wide again as its text, and a chart scaled to a column then has smaller text). Where Vega has a
 * canvas to measure with (a browser), nothing changes. Renders running at once share the
 * estimate; Vega's own function is put back when the last one ends.
 */
export async function withTextEstimate<T>(metrics: VegaTextMetrics, render: () => Promise<T>): Promise<T> {
  if (users === 0) {
    if (metrics.width !== metrics.estimateWidth) return render();
    vegaWidth = metrics.width;
    metrics.width = estimate;
  }
  users += 1;
  try {
    return await render();
  } finally {
    users -= 1;
    if (users === 0 && vegaWidth !== null) {
      metrics.width = vegaWidth;
      vegaWidth = null;
    }
  }
}
