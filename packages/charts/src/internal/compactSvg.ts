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
const attribute = /(\s)([a-zA-Z][a-zA-Z0-9:-]*)="([^"]*)"/g;

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
 * description), empty background and foreground paths and empty groups are removed, paths of
 * straight lines are written as relative steps, and the labels' font family and size are set
 * once on the root `<svg>`. Text content is not touched.
 */
export function compactSvg(svg: string): string {
  let out = svg.replace(/<[^<>]*>/g, (tag) => {
    if (tag.startsWith("</")) return tag;
    return tag.replace(partAttributes, "").replace(attribute, (whole, space: string, name: string, value: string) => {
      if (!numericAttributes.has(name)) return whole;
      return `${space}${name}="${value.replace(numberToken, tenth)}"`;
    });
  });
  // Vega draws a background and a foreground path for every group (a legend entry's too): without
  // a fill or stroke of their own (the root group's fill is none) they draw nothing. Labels Vega
  // hid to avoid overlaps (opacity 0) draw nothing either; opacity 1 and translate(0,0) are the
  // defaults (dropped first, so a background that only says opacity 1 is seen to be empty).
  out = out
    .replace(/ opacity="1"| transform="translate\(0,0\)"| stroke-dasharray=""/g, "")
    .replace(/<path class="(?:background|foreground)" d="[^"]*"(?: display="none")?\/>/g, "")
    .replace(/<text [^>]*opacity="0"[^>]*>[^<]*<\/text>/g, "");
  let previous: string;
  do {
    previous = out;
    out = out.replace(/<g(?: class="[^"]*")?><\/g>/g, "").replace(/<g>(<g[^>]*>(?:(?!<g[\s>]).)*?<\/g>)<\/g>/g, "$1");
  } while (out !== previous);
  return inheritFont(out.replace(/(<path[^>]* d=")([^"]*)"/g, (_whole, lead: string, d: string) => `${lead}${shortPath(d)}"`));
}

/** A number of tenths written as short as SVG path data allows: 5 → ".5", -5 → "-.5", 120 → "12". */
function pathNumber(tenths: number): string {
  if (tenths === 0) return "0";
  const text = String(Math.abs(tenths) / 10).replace(/^0\./, ".");
  return tenths < 0 ? `-${text}` : text;
}

/** Numbers of path data joined as short as they can be: no separator before a minus sign, or before a point after a number that has one. */
function joinNumbers(numbers: readonly string[]): string {
  let out = "";
  for (const [i, text] of numbers.entries()) {
    const previous = numbers[i - 1];
    const bare = i === 0 || text.startsWith("-") || (text.startsWith(".") && previous?.includes(".") === true);
    out += bare ? text : `,${text}`;
  }
  return out;
}

/**
 * Path data of straight lines (Vega's lines, rules and map shapes: absolute `M`, `L` and `Z` only,
 * numbers already in tenths) rewritten with relative moves, each point as the step from the one
 * before (`m421,219.1-27.6,10.2 3.3,31z`), which are shorter numbers. The steps are differences of
 * the rounded positions, so each point lands exactly where the absolute path put it. Any other path
 * is kept as it is.
 */
function shortPath(d: string): string {
  if (!/^[MLZ\d.,\s-]+$/.test(d)) return d;
  const tokens = d.match(/[MLZ]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  let out = "";
  let numbers: string[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = "";
  let pending: number | null = null;
  for (const token of tokens) {
    if (token === "M" || token === "L" || token === "Z") {
      if (pending !== null) return d;
      if (token === "Z") {
        out += `${joinNumbers(numbers)}z`;
        numbers = [];
        x = startX;
        y = startY;
      } else if (token === "M") {
        out += `${joinNumbers(numbers)}m`;
        numbers = [];
      } else if (command === "" || command === "Z") return d; // a line from where a shape closed: kept as it is
      command = token;
      continue;
    }
    if (command === "" || command === "Z") return d;
    const tenths = Math.round(Number(token) * 10);
    if (pending === null) {
      pending = tenths;
      continue;
    }
    numbers.push(pathNumber(pending - x), pathNumber(tenths - y));
    x = pending;
    y = tenths;
    // Later pairs after a move are lines, which the relative move's own pairs are too.
    if (command === "M") {
      startX = x;
      startY = y;
      command = "L";
    }
    pending = null;
  }
  if (pending !== null) return d;
  return out + joinNumbers(numbers);
}

/**
 * The font family and size every text of the chart is set in (the most common of each) given once
 * on the root `<svg>` and dropped from the texts that have them, which inherit them. Done only
 * when every text names its own (so no text falls back to a default that the root would change).
 */
function inheritFont(svg: string): string {
  const texts = svg.match(/<text(?:\s[^>]*)?>/g) ?? [];
  let out = svg;
  const root: string[] = [];
  for (const name of ["font-family", "font-size"]) {
    const pattern = new RegExp(` ${name}="([^"]*)"`);
    const values = texts.map((tag) => pattern.exec(tag)?.[1]);
    if (values.length === 0 || values.some((value) => value === undefined)) continue;
    const counts = new Map<string, number>();
    for (const value of values as string[]) counts.set(value, (counts.get(value) ?? 0) + 1);
    const common = [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
    const attribute = ` ${name}="${common}"`;
    out = out.replace(/<text\s[^>]*>/g, (tag) => tag.replace(attribute, ""));
    root.push(attribute);
  }
  return root.length === 0 ? out : out.replace(/^<svg([^>]*)>/, (_whole, attributes: string) => `<svg${attributes}${root.join("")}>`);
}
