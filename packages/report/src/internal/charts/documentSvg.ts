/** The font every chart is drawn in (the charts' shared configuration) and its default size. */
const FONT = ' font-family="Arial, Helvetica, sans-serif"';
const SIZE = ' font-size="12px"';

/** Attributes Vega writes that say nothing: its class names, and values SVG takes by default (no chart sets them otherwise on a group). */
const EMPTY = / class="[^"]*"| stroke-miterlimit="4"| text-anchor="start"| font-weight="normal"| stroke-linecap="butt"| version="1\.1"/g;

/** Outlines at least this long (characters of `d`) drawn more than once in a document are written once and reused. */
const SHARED_LENGTH = 120;

/**
 * The SVGs of one HTML document made smaller without changing what they draw: Vega's class names
 * and attributes at their SVG defaults are dropped, the charts' font family and 12 px size are
 * set once on the `<svg>` (text inherits them), groups without attributes are unwrapped, and an
 * outline drawn more than once in the document (the same wards on every priority's ward map) is
 * written once in a hidden `<svg>` of definitions and drawn with `<use>` where it appears, keeping
 * its fill and stroke. Vega numbers its clip paths from 1 in every SVG: each id is prefixed with
 * its chart's id, so no two SVGs of the page share one. Returns the SVGs in order and the definitions to put before them (empty
 * when nothing is shared).
 */
export function documentSvgs(svgs: readonly { readonly svg: string; readonly id: string }[]): { readonly svgs: readonly string[]; readonly defs: string } {
  const tidied = svgs.map(({ svg, id }) => ownIds(tidy(svg), id));
  const counts = new Map<string, number>();
  for (const svg of tidied) {
    for (const m of svg.matchAll(/<path [^>]*?\bd="([^"]*)"/g)) {
      const d = m[1] ?? "";
      if (d.length >= SHARED_LENGTH) counts.set(d, (counts.get(d) ?? 0) + 1);
    }
  }
  const ids = new Map<string, string>();
  for (const [d, n] of counts) if (n > 1) ids.set(d, `shape-${ids.size + 1}`);
  if (ids.size === 0) return { svgs: tidied, defs: "" };
  const shared = tidied.map((svg) =>
    svg.replace(/<path ([^>]*?)\bd="([^"]*)"([^>]*)\/>/g, (whole, before: string, d: string, after: string) => {
      const id = ids.get(d);
      return id === undefined ? whole : `<use ${before}href="#${id}"${after}/>`;
    }),
  );
  const paths = [...ids].map(([d, id]) => `<path id="${id}" d="${d}"/>`).join("");
  return {
    svgs: shared,
    defs: `<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0" style="position:absolute" aria-hidden="true" focusable="false"><defs>${paths}</defs></svg>`,
  };
}

/** The SVG with each id it defines (other than its title's and description's) prefixed with the chart's id, and the references to them. */
function ownIds(svg: string, chart: string): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? "").filter((id) => !id.startsWith(`${chart}-`));
  let out = svg;
  for (const id of new Set(ids)) {
    out = out
      .replaceAll(`id="${id}"`, `id="${chart}-${id}"`)
      .replaceAll(`url(#${id})`, `url(#${chart}-${id})`)
      .replaceAll(`href="#${id}"`, `href="#${chart}-${id}"`);
  }
  return out;
}

/** One SVG without Vega's empty attributes and attribute-less groups, its font set once on the root. */
function tidy(svg: string): string {
  let out = svg.replace(/<[a-z][^<>]*>/g, (tag) => tag.replace(EMPTY, "").replaceAll(FONT, "").replaceAll(SIZE, ""));
  if (!out.includes("xlink:")) out = out.replace(' xmlns:xlink="http://www.w3.org/1999/xlink"', "");
  out = out.replace(/^<svg /, `<svg${FONT}${SIZE} `);
  return unwrapGroups(out);
}

/** Drops each `<g>` without attributes (and its `</g>`), and each empty `<g/>`: they group nothing a renderer needs. */
function unwrapGroups(svg: string): string {
  const open: boolean[] = [];
  return svg.replace(/<g>|<g\/>|<g [^>]*>|<\/g>/g, (tag) => {
    if (tag === "<g/>") return "";
    if (tag.endsWith("/>")) return tag;
    if (tag === "</g>") return open.pop() === true ? "" : tag;
    const bare = tag === "<g>";
    open.push(bare);
    return bare ? "" : tag;
  });
}
