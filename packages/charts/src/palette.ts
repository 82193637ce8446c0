/**
 * The suite's one palette, for print and screen and for colour-blind readers. Area colours are
 * the Okabe–Ito colours (Okabe and Ito, "Color Universal Design", 2008) that reach 3:1 against
 * white, with its orange darkened to reach it; the classed map scales are ColorBrewer's "Blues"
 * (sequential) and "PuOr" (diverging, purple for falls and orange for rises, so no change reads
 * as good or bad by colour), both colour-blind safe (colorbrewer2.org). Lines and points differ
 * by dash and shape as well as colour (see {@link areaStyles}); map areas have a dark outline
 * and a label or a linked table, so no value is told by fill colour alone.
 *
 * @example
 * ```ts
 * palette.focus;
 * //=> "#0072B2"
 * palette.sequential.length;
 * //=> 5
 * ```
 */
export const palette = {
  /** The background every contrast is measured against. */
  background: "#ffffff",
  /** Titles, labels and the source line (17.4:1). */
  text: "#1a1a1a",
  /** Axis lines, ticks, area outlines and secondary text (7.0:1). */
  axis: "#595959",
  /** Grid lines (a guide, not a mark that carries meaning). */
  grid: "#e0e0e0",
  /** The focus area: Okabe–Ito blue (5.2:1), always drawn as the strongest mark. */
  focus: "#0072B2",
  /** The benchmark area (e.g. London): near-black grey, dashed (10.4:1). */
  benchmarkArea: "#404040",
  /** Comparator areas in order: vermillion (3.9:1), bluish green (3.4:1), reddish purple (3.1:1), dark orange (4.3:1). */
  comparators: ["#D55E00", "#009E73", "#CC79A7", "#A66F00"],
  /** Comparators past the fourth: mid grey (4.5:1), told apart by dash, shape and label. */
  otherArea: "#767676",
  /** Shading of the assessed period behind lines (a guide). */
  period: "#f0f0f0",
  /** Five classes, low to high: ColorBrewer Blues of six classes without its palest, so the lowest class stands apart from the white page and from "No data". */
  sequential: ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"],
  /** Five classes, large fall to large rise (ColorBrewer PuOr, purple for falls, orange for rises). */
  diverging: ["#5e3c99", "#b2abd2", "#f7f7f7", "#fdb863", "#e66101"],
  /** Fill of a map area with no value. */
  noData: "#ffffff",
} as const;
