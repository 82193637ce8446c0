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
 * to a tenth of a pixel, and the corners of straight-line paths (lines, outlines) to a whole pixel
 * (below what the eye can see), attributes that only describe the parts of
 * the image to assistive technology are dropped (the whole SVG is one image with a title and a
 * description), empty background and foreground paths and empty groups are removed, paths of
 * straight lines are written as relative steps, consecutive rectangles drawn alike that do not
 * overlap (a chart's interval caps) are one path, consecutive labels anchored alike share a group
 * that anchors them, and the labels' font family and size are set
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
  // Vega's class names and attributes at their SVG defaults say nothing (Vega sets none of these
  // otherwise on a group, so no element inherits a different value).
  out = out.replace(/<[a-z][^<>]*>/g, (tag) => tag.replace(defaults, ""));
  if (!out.includes("xlink:")) out = out.replace(' xmlns:xlink="http://www.w3.org/1999/xlink"', "");
  out = unwrapGroups(anchorRuns(mergeRects(mergeLines(placeTexts(out)))));
  return inheritFont(out.replace(/(<path[^>]* d=")([^"]*)"/g, (_whole, lead: string, d: string) => `${lead}${shortPath(d)}"`));
}

/** Attributes Vega writes that say nothing: its class names, and values SVG takes by default. */
const defaults = / class="[^"]*"| stroke-miterlimit="4"| text-anchor="start"| font-weight="normal"| stroke-linecap="butt"| version="1\.1"/g;

/** A transform that only moves: `translate(x,y)` (or `translate(x)`), numbers already rounded. */
const translateOnly = /^translate\((-?[\d.]+)(?:[,\s]+(-?[\d.]+))?\)$/;

/** The attributes of a tag as name–value pairs, in order. */
function attributesOf(tag: string): [string, string][] {
  return [...tag.matchAll(/\s([a-zA-Z][a-zA-Z0-9:-]*)="([^"]*)"/g)].map((match) => [match[1] as string, match[2] as string]);
}

/** Tenths of a rounded number ("12.3" → 123). */
function tenths(text: string | undefined): number {
  return Math.round(Number(text ?? "0") * 10);
}

/**
 * Each run of consecutive sibling `<line>`s with the same attributes other than their position
 * (a chart's grid lines, an axis's ticks) written as one `<path>` of one straight subpath per line
 * (`M0,223h560M0,180h560`), with those attributes: each subpath is stroked as its line was (a dash
 * pattern starts again at each subpath, as on each line), and a path of lines has no area to fill.
 * A line turned or scaled by its transform is kept as it is.
 */
function mergeLines(svg: string): string {
  return svg.replace(/(?:<line\s[^>]*\/>)+/g, (run) => {
    const parts: { key: string; d: string }[] = [];
    for (const [tag] of run.matchAll(/<line\s[^>]*\/>/g)) {
      let dx = 0;
      let dy = 0;
      const ends: Record<string, string> = {};
      const rest: string[] = [];
      let kept = true;
      for (const [name, value] of attributesOf(tag)) {
        if (name === "x1" || name === "y1" || name === "x2" || name === "y2") ends[name] = value;
        else if (name === "transform") {
          const move = translateOnly.exec(value);
          if (move === null) kept = false;
          else [dx, dy] = [tenths(move[1]), tenths(move[2])];
        } else rest.push(` ${name}="${value}"`);
      }
      if (!kept) {
        parts.push({ key: tag, d: "" });
        continue;
      }
      const [x1, y1] = [dx + tenths(ends["x1"]), dy + tenths(ends["y1"])];
      const [stepX, stepY] = [tenths(ends["x2"]) - tenths(ends["x1"]), tenths(ends["y2"]) - tenths(ends["y1"])];
      const step = stepY === 0 ? `h${pathNumber(stepX)}` : stepX === 0 ? `v${pathNumber(stepY)}` : `l${joinNumbers([pathNumber(stepX), pathNumber(stepY)])}`;
      parts.push({ key: rest.join(""), d: `M${joinNumbers([pathNumber(x1), pathNumber(y1)])}${step}` });
    }
    let out = "";
    for (let i = 0; i < parts.length; ) {
      const { key, d } = parts[i] as { key: string; d: string };
      if (d === "") {
        out += key;
        i += 1;
        continue;
      }
      let path = d;
      for (i += 1; i < parts.length && parts[i]?.d !== "" && parts[i]?.key === key; i += 1) path += parts[i]?.d;
      out += `<path d="${path}"${key}/>`;
    }
    return out;
  });
}

/** A rectangle as Vega draws it (`M x,y h w v h h -w Z`, numbers already rounded), with the tag's other attributes. */
const rectPath = /<path d="M(-?[\d.]+),(-?[\d.]+)h(-?[\d.]+)v(-?[\d.]+)h(-?[\d.]+)Z"((?:\s[a-z-]+="[^"]*")*)\/>/g;

/**
 * Each run of consecutive sibling rectangles with the same attributes (no transform, no id) whose
 * areas do not overlap (a comparison chart's interval caps) written as one `<path>` of one
 * subpath per rectangle: with nothing overlapping, the fill, stroke and opacity look the same
 * on one path as on several.
 */
function mergeRects(svg: string): string {
  return svg.replace(new RegExp(`(?:${rectPath.source})+`, "g"), (run) => {
    const rects = [...run.matchAll(rectPath)].map((m) => {
      const [x, y, w, h, back] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
      const attributes = m[6] ?? "";
      const mergeable = w === -(back as number) && !/\s(?:transform|id)="/.test(attributes);
      const [x0, y0] = [x as number, y as number];
      const box = {
        left: Math.min(x0, x0 + (w as number)),
        right: Math.max(x0, x0 + (w as number)),
        top: Math.min(y0, y0 + (h as number)),
        bottom: Math.max(y0, y0 + (h as number)),
      };
      return { tag: m[0], d: /d="([^"]*)"/.exec(m[0])?.[1] ?? "", attributes, mergeable, box };
    });
    const apart = (a: (typeof rects)[number]["box"], b: (typeof rects)[number]["box"]): boolean =>
      a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
    let out = "";
    for (let i = 0; i < rects.length; ) {
      const first = rects[i] as (typeof rects)[number];
      let j = i + 1;
      if (first.mergeable) {
        while (j < rects.length) {
          const next = rects[j] as (typeof rects)[number];
          if (!next.mergeable || next.attributes !== first.attributes || !rects.slice(i, j).every((r) => apart(r.box, next.box))) break;
          j += 1;
        }
      }
      out +=
        j - i < 2
          ? first.tag
          : `<path d="${rects
              .slice(i, j)
              .map((r) => r.d)
              .join("")}"${first.attributes}/>`;
      i = j;
    }
    return out;
  });
}

/** A `<text>` element with its content (plain text or `<tspan>`s). */
const textElement = /<text\s[^>]*>(?:(?!<\/text>)[\s\S])*<\/text>/g;

/**
 * Each run of two or more consecutive sibling `<text>`s with the same `text-anchor` (an axis's
 * labels, a map's keys) wrapped in one `<g>` that sets it, which they inherit, instead of
 * repeating it on each.
 */
function anchorRuns(svg: string): string {
  return svg.replace(new RegExp(`(?:${textElement.source})+`, "g"), (run) => {
    const texts = run.match(textElement) ?? [];
    let out = "";
    for (let i = 0; i < texts.length; ) {
      const anchor = / text-anchor="([a-z]+)"/.exec((texts[i] as string).slice(0, (texts[i] as string).indexOf(">")))?.[1];
      let j = i + 1;
      const same = (text: string): boolean => text.slice(0, text.indexOf(">")).includes(` text-anchor="${anchor}"`);
      while (anchor !== undefined && j < texts.length && same(texts[j] as string)) j += 1;
      if (anchor === undefined || j - i < 2) {
        out += texts[i];
        i += 1;
        continue;
      }
      const grouped = texts.slice(i, j).map((text) => text.replace(` text-anchor="${anchor}"`, ""));
      out += `<g text-anchor="${anchor}">${grouped.join("")}</g>`;
      i = j;
    }
    return out;
  });
}

/** Each `<text>` placed by a transform that only moves it written with `x` and `y` at whole pixels instead (shorter, the same place to the eye). */
function placeTexts(svg: string): string {
  // Only a text without <tspan>s: a tspan's x="0" means the text's own origin, which a translate moves and x does not.
  return svg.replace(/<text\s[^>]*>(?=[^<]*<\/text>)/g, (tag) => {
    if (/\s(?:x|y)="/.test(tag)) return tag;
    return tag.replace(/ transform="([^"]*)"/, (whole, value: string) => {
      const move = translateOnly.exec(value);
      if (move === null) return whole;
      // A whole pixel: a label half a pixel from where Vega put it is not seen to move.
      const [x, y] = [move[1], move[2]].map((n) => String(Math.round(Number(n ?? "0")) || 0));
      return `${x === "0" ? "" : ` x="${x}"`}${y === "0" ? "" : ` y="${y}"`}`;
    });
  });
}

/** Drops each `<g>` without attributes (and its `</g>`), and each empty group: they group nothing a renderer needs. */
function unwrapGroups(svg: string): string {
  let out = svg;
  let previous: string;
  do {
    previous = out;
    out = out.replace(/<g(?:\s[^>]*[^/])?><\/g>|<g\/>/g, "");
  } while (out !== previous);
  const open: boolean[] = [];
  return out.replace(/<g>|<g\s[^>]*>|<\/g>/g, (tag) => {
    if (tag === "</g>") return open.pop() === true ? "" : tag;
    if (tag.endsWith("/>")) return tag;
    const bare = tag === "<g>";
    open.push(bare);
    return bare ? "" : tag;
  });
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
 * Path data of straight lines (Vega's lines, rules and map shapes: absolute `M`, `L` and `Z` only)
 * rewritten with relative moves to whole pixels, each point as the step from the one before
 * (`m421,219-28,10,4,31z`), which are short numbers. The steps are differences of the positions
 * rounded to whole pixels, so each point lands within half a pixel of where the absolute path put
 * it, and no error adds up along the path. Any other path is kept as it is.
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
    // A whole pixel: a line's or an outline's corners half a pixel either way are not seen.
    const tenths = Math.round(Number(token)) * 10;
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

/** The font family and size of the charts' texts (their shared configuration), set once on the root `<svg>`. */
const rootFont = [' font-family="Arial, Helvetica, sans-serif"', ' font-size="12px"'] as const;

/**
 * The charts' font family and 12 px size given once on the root `<svg>` and dropped from the texts
 * that have them, which inherit them (a text in another size keeps its own). Each is done only
 * when every text names a family and a size (so no text falls back to a default that the root
 * would change) and some text uses it; the root never holds either twice.
 */
function inheritFont(svg: string): string {
  const texts = svg.match(/<text(?:\s[^>]*)?>/g) ?? [];
  const root = /^<svg[^>]*>/.exec(svg)?.[0] ?? "";
  const lifted = rootFont.filter((attribute) => {
    const name = attribute.slice(1, attribute.indexOf("="));
    return !root.includes(` ${name}=`) && texts.length > 0 && texts.every((tag) => tag.includes(` ${name}="`)) && texts.some((tag) => tag.includes(attribute));
  });
  if (lifted.length === 0) return svg;
  const out = svg.replace(/<text\s[^>]*>/g, (tag) => lifted.reduce((text, attribute) => text.replace(attribute, ""), tag));
  return out.replace(/^<svg([^>]*)>/, (_whole, attributes: string) => `<svg${attributes}${lifted.join("")}>`);
}
