import { palette } from "@crimestats/charts";

/** Outlines at least this long (characters of `d`; a small ward at whole pixels is about 40) drawn more than once in a document are written once and reused: a `<use>` is shorter. */
const SHARED_LENGTH = 40;

/**
 * The SVGs of one HTML document (each from `renderSvg` of @crimestats/charts, which already makes
 * one SVG compact and names its ids after the chart's id) made smaller together without changing
 * what they draw: an outline drawn more than once in the document (the same wards on every
 * priority's ward map) is written once in a hidden `<svg>` of definitions and drawn with `<use>`
 * where it appears, keeping its fill and stroke; and text in the default text colour
 * (`palette.text`) drops its `fill`, which the document's CSS rule `css` sets once (only in an SVG
 * whose every `<text>` sets its own fill, so no text inheriting a group's colour is changed; white
 * labels on dark cells keep theirs); and an SVG whose `<title>` repeats the title it draws is named by
 * the drawn title (its `<text>` takes the title's id, so `aria-labelledby` still names the chart) instead
 * of saying it twice; a run of uses drawn at one stroke width sets it once on a group. Returns the SVGs in order, the definitions to put before them
 * (empty when nothing is shared) and the CSS rule (empty when no text dropped its fill).
 */
export function documentSvgs(given: readonly string[]): { readonly svgs: readonly string[]; readonly defs: string; readonly css: string } {
  const plain = given.map((svg) => withoutTextFill(titledByText(svg)));
  const svgs = plain.map((p) => p.svg);
  const css = plain.some((p) => p.dropped) ? `svg text:not([fill]){fill:${palette.text}}` : "";
  // Each long outline's drawings: the attributes of every <path> that draws it.
  const drawings = new Map<string, Map<string, string>[]>();
  for (const svg of svgs) {
    for (const m of svg.matchAll(PATH)) {
      const d = m[2] ?? "";
      if (d.length >= SHARED_LENGTH) drawings.set(d, [...(drawings.get(d) ?? []), attributesOf(`${m[1] ?? ""} ${m[3] ?? ""}`)]);
    }
  }
  const shapes = new Map<string, { readonly id: string; readonly common: ReadonlyMap<string, string> }>();
  for (const [d, drawn] of drawings) if (drawn.length > 1) shapes.set(d, { id: `shape-${shapes.size + 1}`, common: commonStyle(drawn) });
  if (shapes.size === 0) return { svgs, defs: "", css };
  const shared = svgs.map((svg) =>
    svg.replace(PATH, (whole, before: string, d: string, after: string) => {
      const shape = shapes.get(d);
      if (shape === undefined) return whole;
      const own = [...attributesOf(`${before} ${after}`)].filter(([name]) => !shape.common.has(name));
      return `<use href="#${shape.id}"${own.map(([name, value]) => ` ${name}="${value}"`).join("")}/>`;
    }),
  );
  const grouped = shared.map(groupStrokeWidths);
  const paths = [...shapes]
    .map(([d, { id, common }]) => `<path id="${id}" d="${d}"${[...common].map(([name, value]) => ` ${name}="${value}"`).join("")}/>`)
    .join("");
  return {
    svgs: grouped,
    css,
    defs: `<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0" style="position:absolute" aria-hidden="true" focusable="false"><defs>${paths}</defs></svg>`,
  };
}

/** A run of two or more self-closed `<use>`s. */
const USE_RUN = /(?:<use [^>]*\/>){2,}/g;

/**
 * Each run of consecutive `<use>`s that all set the same `stroke-width` (a map's areas) wrapped in
 * one `<g>` that sets it, which the uses and their definitions (which set none of their own)
 * inherit, instead of writing it on each.
 */
function groupStrokeWidths(svg: string): string {
  return svg.replace(USE_RUN, (run) => {
    const uses = [...run.matchAll(/<use [^>]*\/>/g)].map((m) => ({ tag: m[0], width: / stroke-width="([^"]*)"/.exec(m[0])?.[1] }));
    let out = "";
    for (let i = 0; i < uses.length; ) {
      const { width } = uses[i] as (typeof uses)[number];
      let j = i + 1;
      while (width !== undefined && j < uses.length && uses[j]?.width === width) j += 1;
      const tags = uses.slice(i, j).map((u) => u.tag);
      out += j - i < 2 ? tags.join("") : `<g stroke-width="${width}">${tags.join("").replaceAll(` stroke-width="${width}"`, "")}</g>`;
      i = j;
    }
    return out;
  });
}

/** A self-closed `<path>`: the attributes before its `d`, the `d`, the attributes after. */
const PATH = /<path ([^>]*?)\bd="([^"]*)"([^>]*)\/>/g;

/** Presentation attributes an outline's definition may carry for every drawing of it. */
const STYLE = new Set(["fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray", "stroke-linejoin"]);

/** The attributes of a tag's text as name → value, in order. */
function attributesOf(text: string): Map<string, string> {
  return new Map([...text.matchAll(/([a-zA-Z][\w:-]*)="([^"]*)"/g)].map((m) => [m[1] ?? "", m[2] ?? ""]));
}

/**
 * The presentation attributes every drawing of an outline sets to the same value (the map's
 * stroke): written once on its definition, which each `<use>` draws with them, instead of on
 * every `<use>` (each drawing sets them itself, so nothing it inherits changes).
 */
function commonStyle(drawn: readonly Map<string, string>[]): Map<string, string> {
  const [first, ...rest] = drawn;
  const common = new Map<string, string>();
  for (const [name, value] of first ?? []) if (STYLE.has(name) && rest.every((a) => a.get(name) === value)) common.set(name, value);
  return common;
}

/** A `<text>` start tag and its attributes. */
const TEXT = /<text\b([^>]*)>/g;

/**
 * The SVG with `fill="<palette.text>"` dropped from its `<text>` tags, when every `<text>` of it
 * sets a fill (else unchanged, so no text that inherits a group's fill is recoloured by the CSS rule).
 */
function withoutTextFill(svg: string): { readonly svg: string; readonly dropped: boolean } {
  const tags = [...svg.matchAll(TEXT)];
  if (tags.length === 0 || !tags.every((m) => /\sfill="/.test(m[1] ?? ""))) return { svg, dropped: false };
  const fill = ` fill="${palette.text}"`;
  let dropped = false;
  const out = svg.replace(TEXT, (whole: string, attributes: string) => {
    if (!attributes.includes(fill)) return whole;
    dropped = true;
    return `<text${attributes.replace(fill, "")}>`;
  });
  return { svg: out, dropped };
}

/**
 * The SVG named by the title it draws: when its `<title id>` text is also drawn as one whole
 * `<text>`, that `<text>` takes the id and the `<title>` goes (`aria-labelledby` names the same
 * words); else unchanged.
 */
function titledByText(svg: string): string {
  const title = /<title id="([^"]+)">([^<]*)<\/title>/.exec(svg);
  if (title === null) return svg;
  const [whole, id, words] = title as unknown as [string, string, string];
  if (words === "") return svg;
  // The <text> that draws the words, whole or as lines (<tspan>s joined by a space).
  for (const m of svg.matchAll(DRAWN)) {
    const lines = [...(m[2] ?? "").matchAll(/<tspan[^>]*>([^<]*)<\/tspan>|([^<]+)/g)].map((l) => l[1] ?? l[2] ?? "");
    if (lines.join(" ") === words && m.index !== undefined) {
      return `${svg.slice(0, m.index)}<text id="${id}"${svg.slice(m.index + "<text".length)}`.replace(whole, "");
    }
  }
  return svg;
}

/** A `<text>` with its attributes and content (words or `<tspan>` lines). */
const DRAWN = /<text\b([^>]*)>((?:[^<]+|<tspan[^>]*>[^<]*<\/tspan>)+)<\/text>/g;
