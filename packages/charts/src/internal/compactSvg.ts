import { roundDecimal } from "@crimestats/internal";

/** Attributes whose numbers are drawing coordinates or sizes, rounded by {@link compactSvg}. */
const numericAttributes = new Set([
  "d",
  "transform",
  "x",
  "y",
  "x1",
  "x2",
  "y1",
  "y2",
  "dx",
  "dy",
  "cx",
  "cy",
  "r",
  "rx",
  "ry",
  "width",
  "height",
  "points",
  "viewBox",
  "stroke-width",
  "stroke-dasharray",
  "stroke-dashoffset",
  "font-size",
]);

/** Attributes that only describe the parts of an image to assistive technology: under `role="img"` the parts are presentational, so these say nothing. */
const partAttributes = /\s(?:role="graphics-[a-z-]+"|aria-roledescription="[^"]*"|aria-label="[^"]*"|aria-hidden="true"|pointer-events="none")/g;

/** A number as SVG writes it (with an optional exponent). */
const numberToken = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/** A tag's attribute `name="value"`. */
const attribute = /(\s)([a-zA-Z-]+)="([^"]*)"/g;

/** A number rounded to one decimal (a tenth of a pixel), written as short as it can be: "12", "-0.5", never "-0" or an exponent. */
function tenth(token: string): string {
  const value = Number(token);
  if (!Number.isFinite(value)) return token;
  const rounded = roundDecimal(value, 1);
  return rounded === 0 ? "0" : String(rounded);
}

/**
 * Makes Vega's SVG compact: every number in the attributes that place and size marks is rounded
 * to a tenth of a pixel (below what the eye can see), attributes that only describe the parts of
 * the image to assistive technology are dropped (the whole SVG is one image with a title and a
 * description), and empty background and foreground paths and empty groups are removed. Text
 * content is not touched.
 */
export function compactSvg(svg: string): string {
  let out = svg.replace(/<[^<>]*>/g, (tag) => {
    if (tag.startsWith("</")) return tag;
    return tag.replace(partAttributes, "").replace(attribute, (whole, space: string, name: string, value: string) => {
      if (!numericAttributes.has(name)) return whole;
      return `${space}${name}="${value.replace(numberToken, tenth)}"`;
    });
  });
  // Vega draws a background and a foreground path for every group: without a fill or stroke of
  // their own (the root group's fill is none) they draw nothing. Labels Vega hid to avoid
  // overlaps (opacity 0) draw nothing either; opacity 1 and translate(0,0) are the defaults.
  out = out
    .replace(/<path class="(?:background|foreground)" d="[^"]*"(?: display="none")?\/>/g, "")
    .replace(/<text [^>]*opacity="0"[^>]*>[^<]*<\/text>/g, "")
    .replace(/ opacity="1"| transform="translate\(0,0\)"| stroke-dasharray=""/g, "");
  let previous: string;
  do {
    previous = out;
    out = out.replace(/<g(?: class="[^"]*")?><\/g>/g, "").replace(/<g>(<g[^>]*>(?:(?!<g[\s>]).)*?<\/g>)<\/g>/g, "$1");
  } while (out !== previous);
  return out;
}
