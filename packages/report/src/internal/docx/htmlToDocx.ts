import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type IParagraphOptions,
  type ParagraphChild,
} from "docx";
import { DomUtils, parseDocument } from "htmlparser2";
import { bitmapSize, fittedSize, svgPicture, svgSize, type WordPicture } from "./chartImage.js";
import { TEXT_WIDTH_TWIPS } from "./page.js";

type DomDocument = ReturnType<typeof parseDocument>;
type DomNode = DomDocument["children"][number];
type DomElement = Extract<DomNode, { readonly attribs: Record<string, string> }>;

/** Sizes in half-points, as Word counts them. */
export const SIZE = { body: 21, table: 18, small: 16, note: 18, fact: 28 } as const;

/** Greys of the HTML document's CSS, as Word colours. */
const GREY = { text: "1B1B1B", muted: "404040", rule: "8A8A8A", head: "EEEEEE", focus: "F6F6F6" } as const;

/** The red box of a warning (the SYNTHETIC data, an incomplete reconciliation). */
const WARNING = { border: "B00020", fill: "FFF0F0" } as const;

/**
 * Tables of up to this many rows (the header row included) are kept on one page with their
 * caption where the page allows (the summary, a benchmark, the drivers); a longer one (a ward
 * table) starts under what precedes it and goes on over the page under its repeated header row,
 * rather than leaving half a page empty.
 */
const KEEP_TOGETHER_ROWS = 16;

/** How a run of text looks. */
interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly color?: string;
  readonly size?: number;
  readonly shading?: string;
  readonly boxed?: boolean;
  readonly font?: string;
}

/** Where a link goes: a bookmark of the document or an address outside it. */
type Link = { readonly anchor: string } | { readonly url: string };

/** A piece of a paragraph's content, before whitespace is collapsed across pieces. */
type Piece =
  | { readonly kind: "text"; readonly text: string; readonly style: RunStyle; readonly link: Link | null }
  | { readonly kind: "break" }
  | { readonly kind: "picture"; readonly picture: WordPicture; readonly alt: Alt; readonly link: Link | null };

/** A picture's text alternative as Word stores it: `descr` (read out), `title` and the name in the selection pane. */
interface Alt {
  readonly name: string;
  readonly title: string;
  readonly description: string;
}

/** What one conversion needs and gathers. */
interface Context {
  /** Each element id that a link points to, with the name of its Word bookmark. */
  readonly targets: ReadonlyMap<string, string>;
  /** Elements this converter has no rule for (their text is still written), as `tag` or `tag.class`. */
  readonly unmapped: Set<string>;
  /** Bookmarks to open at the start of the next paragraph written. */
  pending: string[];
  /** Pictures written so far (each gets a distinct name). */
  pictures: number;
  /** Ordered lists written so far (each restarts its numbering). */
  lists: number;
  /** Whether the last Heading 1 written was the contents' (the next one starts a page). */
  afterContents: boolean;
  /** Draws a chart's SVG as a PNG `width` pixels wide. */
  readonly draw: (svg: string, width: number) => Uint8Array;
}

/** The Word document's body made from the HTML document: its blocks, its `<title>`, and the elements that had no rule. */
export interface ConvertedHtml {
  readonly title: string;
  readonly children: readonly FileChild[];
  readonly unmapped: readonly string[];
}

/** The reference of the numbering of ordered lists, defined by the document (see docxDocument). */
export const ORDERED_LIST = "ordered-list";

/**
 * Converts the report's HTML document into Word blocks: h1 → Title, h2–h4 → Heading 1–3, p and
 * list items → paragraphs and bullets, tables → Word tables (caption first, header rows repeated
 * on each page, rows that do not split), figures → PNG pictures with their text alternative and
 * the caption below, the quick facts → a grid of boxes, a map's key → a compact table, RAG
 * badges → shaded text with their words, links to a part of the document → links to bookmarks.
 * An element with no rule is written as its text and named in `unmapped`, never dropped. `draw`
 * makes each picture's PNG (see {@link svgPicture}).
 */
export function htmlToDocx(html: string, draw: (svg: string, width: number) => Uint8Array): ConvertedHtml {
  const dom = parseDocument(html, { recognizeSelfClosing: true, withStartIndices: true, withEndIndices: true });
  const targets = new Map<string, string>();
  for (const a of DomUtils.getElementsByTagName("a", dom.children)) {
    const href = a.attribs["href"] ?? "";
    if (href.startsWith("#") && href.length > 1 && !targets.has(href.slice(1))) targets.set(href.slice(1), `_Ref_cs${targets.size + 1}`);
  }
  const ctx: Context = {
    targets,
    unmapped: new Set(),
    pending: [],
    pictures: 0,
    lists: 0,
    afterContents: false,
    draw,
  };
  const titleElement = DomUtils.getElementsByTagName("title", dom.children, true, 1)[0];
  const title = titleElement === undefined ? "" : collapse(DomUtils.textContent(titleElement));
  const children = blocks(dom.children, ctx, html, {});
  return { title, children, unmapped: [...ctx.unmapped].sort() };
}

/** Elements that are blocks (a paragraph, a list, a table, a figure) or hold blocks. */
const CONTAINERS = new Set(["html", "body", "main", "section", "header", "footer", "nav", "article", "aside", "div"]);
const BLOCKS = new Set([...CONTAINERS, "head", "h1", "h2", "h3", "h4", "p", "ul", "ol", "dl", "table", "figure", "figcaption", "svg", "hr", "blockquote"]);
/** Inline elements written as their content with no change of look. */
const PLAIN_INLINE = new Set(["abbr", "time", "data", "cite", "q", "bdi", "wbr"]);

/** Whitespace collapsed as HTML shows it, trimmed. */
function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function classes(el: DomElement): Set<string> {
  return new Set((el.attribs["class"] ?? "").split(/\s+/).filter((c) => c !== ""));
}

function isElement(node: DomNode): node is DomElement {
  // Elements, and <script> and <style>, which the parser types apart.
  return "attribs" in node;
}

/** The blocks of a list of nodes: block elements in turn, and each run of inline content between them as one paragraph. */
function blocks(nodes: readonly DomNode[], ctx: Context, html: string, paragraph: IParagraphOptions): FileChild[] {
  const out: FileChild[] = [];
  let inline: DomNode[] = [];
  const flush = (): void => {
    const pieces = inlinePieces(inline, ctx, {}, null);
    inline = [];
    const children = paragraphChildren(pieces);
    if (children.length > 0) out.push(para(ctx, { ...paragraph, children }));
  };
  for (const node of nodes) {
    if (isElement(node) && BLOCKS.has(node.name)) {
      flush();
      out.push(...block(node, ctx, html));
    } else if (node.type === "text" || isElement(node)) {
      inline.push(node);
    }
  }
  flush();
  return out;
}

/** A paragraph that opens the bookmarks waiting for it. */
function para(ctx: Context, options: IParagraphOptions): Paragraph {
  if (ctx.pending.length === 0) return new Paragraph(options);
  const marks = ctx.pending.map((id) => new Bookmark({ id, children: [] }));
  ctx.pending = [];
  return new Paragraph({ ...options, children: [...marks, ...(options.children ?? [])] });
}

/** Notes an element's id as the place a bookmark opens, when a link points to it. */
function markTarget(el: DomElement, ctx: Context): void {
  const name = ctx.targets.get(el.attribs["id"] ?? "");
  if (name !== undefined) ctx.pending.push(name);
}

const HEADINGS: Readonly<Record<string, IParagraphOptions["heading"]>> = {
  h1: HeadingLevel.TITLE,
  h2: HeadingLevel.HEADING_1,
  h3: HeadingLevel.HEADING_2,
  h4: HeadingLevel.HEADING_3,
};

function block(el: DomElement, ctx: Context, html: string): FileChild[] {
  markTarget(el, ctx);
  const cls = classes(el);
  const heading = HEADINGS[el.name];
  if (heading !== undefined) {
    // A part of the document (Heading 1) starts a page when it is the contents (the front matter is a page of its own), the first
    // part after them, a priority or local section or the wards (as printed from the HTML), or a part with charts; the others follow on.
    let pageBreakBefore = false;
    if (el.name === "h2") {
      const section = el.parent !== null && "attribs" in el.parent ? el.parent : null;
      pageBreakBefore =
        ctx.afterContents ||
        section?.name === "nav" ||
        (section !== null && (classes(section).has("priority") || classes(section).has("local") || section.attribs["id"] === "wards")) ||
        (section !== null && DomUtils.findOne((e) => e.name === "figure", section.children) !== null);
      ctx.afterContents = section?.name === "nav";
    }
    return [para(ctx, { heading, pageBreakBefore, children: inlineChildren(el, ctx) })];
  }
  switch (el.name) {
    case "head":
      // The <title> is the document's title property; <meta> and <style> say how a browser shows it.
      return [];
    case "p":
      return paragraphBlock(el, ctx, cls);
    case "ul":
    case "ol":
      // The contents list is set close, so it keeps to one page.
      return cls.has("map-key") ? mapKey(el, ctx) : list(el, ctx, html, 0, el.parent !== null && "name" in el.parent && el.parent.name === "nav");
    case "dl":
      return cls.has("facts") ? facts(el, ctx) : definitions(el, ctx);
    case "table":
      return table(el, ctx);
    case "figure":
      return figure(el, ctx, html);
    case "figcaption":
      return [para(ctx, { style: "Caption", children: inlineChildren(el, ctx) })];
    case "svg":
      // A hidden SVG (definitions shared by the document's charts) draws nothing itself.
      if (el.attribs["aria-hidden"] === "true") return [];
      return [picturePara(ctx, chartPicture(el, ctx, html), false)];
    case "hr":
      return [para(ctx, { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: GREY.rule, space: 1 } }, children: [] })];
    case "blockquote":
      return blocks(el.children, ctx, html, { indent: { left: 567 } });
    default:
      if (cls.has("synthetic") || cls.has("warning")) return blocks(el.children, ctx, html, warningParagraph);
      return blocks(el.children, ctx, html, {});
  }
}

/** A warning's box: a red rule round a pale red paragraph in bold. */
const warningParagraph: IParagraphOptions = {
  border: {
    top: { style: BorderStyle.SINGLE, size: 12, color: WARNING.border, space: 4 },
    bottom: { style: BorderStyle.SINGLE, size: 12, color: WARNING.border, space: 4 },
    left: { style: BorderStyle.SINGLE, size: 12, color: WARNING.border, space: 4 },
    right: { style: BorderStyle.SINGLE, size: 12, color: WARNING.border, space: 4 },
  },
  shading: { type: ShadingType.CLEAR, fill: WARNING.fill, color: "auto" },
  spacing: { before: 160, after: 160 },
  indent: { left: 100, right: 100 },
};

function paragraphBlock(el: DomElement, ctx: Context, cls: Set<string>): FileChild[] {
  if (cls.has("synthetic") || cls.has("warning")) {
    return [para(ctx, { ...warningParagraph, children: paragraphChildren(inlinePieces(el.children, ctx, { bold: true }, null)) })];
  }
  if (cls.has("note")) return [para(ctx, { children: paragraphChildren(inlinePieces(el.children, ctx, { size: SIZE.note, color: GREY.muted }, null)) })];
  // The front matter's partnership (larger, bold, close to the title) and date produced (grey), as the HTML's CSS sets them.
  if (cls.has("partnership"))
    return [para(ctx, { spacing: { after: 40 }, children: paragraphChildren(inlinePieces(el.children, ctx, { size: 26, bold: true }, null)) })];
  if (cls.has("produced")) return [para(ctx, { children: paragraphChildren(inlinePieces(el.children, ctx, { color: GREY.muted }, null)) })];
  return [para(ctx, { children: inlineChildren(el, ctx) })];
}

/** A list's items as bullets (`ul`) or numbered paragraphs (`ol`), a nested list one level in. */
function list(el: DomElement, ctx: Context, html: string, level: number, close = false): FileChild[] {
  const ordered = el.name === "ol";
  const instance = ordered ? ++ctx.lists : 0;
  const marker: IParagraphOptions = {
    ...(ordered ? { numbering: { reference: ORDERED_LIST, level, instance } } : { bullet: { level } }),
    ...(close ? { spacing: { after: 30 } } : {}),
  };
  const out: FileChild[] = [];
  for (const li of el.children) {
    if (!isElement(li)) {
      if (li.type === "text" && collapse(li.data) !== "") out.push(para(ctx, { ...marker, children: [new TextRun(collapse(li.data))] }));
      continue;
    }
    if (li.name !== "li") {
      ctx.unmapped.add(`${el.name} > ${li.name}`);
      out.push(...blocks([li], ctx, html, marker));
      continue;
    }
    markTarget(li, ctx);
    // The item's text is one paragraph with the marker; a list inside it goes one level in.
    let inline: DomNode[] = [];
    let first = true;
    const flush = (): void => {
      const children = paragraphChildren(inlinePieces(inline, ctx, {}, null));
      inline = [];
      if (children.length === 0) return;
      out.push(para(ctx, first ? { ...marker, children } : { indent: { left: 720 * (level + 1) }, children }));
      first = false;
    };
    for (const node of li.children) {
      if (isElement(node) && (node.name === "ul" || node.name === "ol")) {
        flush();
        out.push(...list(node, ctx, html, level + 1));
      } else if (isElement(node) && BLOCKS.has(node.name)) {
        flush();
        out.push(...block(node, ctx, html));
      } else {
        inline.push(node);
      }
    }
    flush();
  }
  return out;
}

/** A definition list: each term in bold, kept with its definition below it, indented (not in the appendix, whose terms are its topics). */
function definitions(el: DomElement, ctx: Context): FileChild[] {
  const out: FileChild[] = [];
  const indent = !classes(el).has("appendix");
  const walk = (nodes: readonly DomNode[]): void => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      if (node.name === "div") walk(node.children);
      else if (node.name === "dt")
        out.push(
          para(ctx, {
            keepNext: true,
            spacing: { before: 120, after: 20 },
            children: paragraphChildren(inlinePieces(node.children, ctx, { bold: true }, null)),
          }),
        );
      else if (node.name === "dd")
        out.push(para(ctx, { ...(indent ? { indent: { left: 288 } } : {}), spacing: { after: 40 }, children: inlineChildren(node, ctx) }));
      else {
        ctx.unmapped.add(`dl > ${node.name}`);
        out.push(para(ctx, { children: inlineChildren(node, ctx) }));
      }
    }
  };
  walk(el.children);
  return out;
}

/** Thin grey rules round and between cells. */
const cellBorders = {
  top: { style: BorderStyle.SINGLE, size: 4, color: GREY.rule },
  bottom: { style: BorderStyle.SINGLE, size: 4, color: GREY.rule },
  left: { style: BorderStyle.SINGLE, size: 4, color: GREY.rule },
  right: { style: BorderStyle.SINGLE, size: 4, color: GREY.rule },
  insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: GREY.rule },
  insideVertical: { style: BorderStyle.SINGLE, size: 4, color: GREY.rule },
} as const;

/** Cell padding, in twips (about 0.7 mm above and below, 1.4 mm at the sides). */
const cellMargins = { top: 40, bottom: 40, left: 80, right: 80 } as const;

/** The quick facts: a grid of boxes, three to a row, each a label above its figure in large bold. */
function facts(el: DomElement, ctx: Context): FileChild[] {
  const items: [DomElement | null, DomElement | null][] = [];
  for (const node of el.children) {
    if (!isElement(node)) continue;
    if (node.name === "div") {
      const parts = node.children.filter(isElement);
      for (const p of parts) if (p.name !== "dt" && p.name !== "dd") ctx.unmapped.add(`dl.facts ${p.name}`);
      items.push([parts.find((p) => p.name === "dt") ?? null, parts.find((p) => p.name === "dd") ?? null]);
    } else if (node.name === "dt") items.push([node, null]);
    else if (node.name === "dd") {
      const last = items[items.length - 1];
      if (last !== undefined && last[1] === null) last[1] = node;
      else items.push([null, node]);
    } else ctx.unmapped.add(`dl.facts > ${node.name}`);
  }
  const perRow = 3;
  const width = Math.floor(TEXT_WIDTH_TWIPS / perRow);
  const rows: TableRow[] = [];
  for (let i = 0; i < items.length; i += perRow) {
    const cells = items.slice(i, i + perRow).map(
      ([dt, dd]) =>
        new TableCell({
          width: { size: width, type: WidthType.DXA },
          children: [
            para(ctx, {
              keepNext: true,
              children: dt === null ? [] : paragraphChildren(inlinePieces(dt.children, ctx, { size: SIZE.small, color: GREY.muted }, null)),
            }),
            para(ctx, {
              keepNext: true,
              children: dd === null ? [] : paragraphChildren(inlinePieces(dd.children, ctx, { size: SIZE.fact, bold: true }, null)),
            }),
          ],
        }),
    );
    while (cells.length < perRow) cells.push(new TableCell({ width: { size: width, type: WidthType.DXA }, borders: noBorders, children: [new Paragraph({})] }));
    rows.push(new TableRow({ cantSplit: true, children: cells }));
  }
  if (rows.length === 0) return [];
  return [
    new Table({
      rows,
      width: { size: width * perRow, type: WidthType.DXA },
      columnWidths: Array.from({ length: perRow }, () => width),
      layout: TableLayoutType.FIXED,
      borders: cellBorders,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
    }),
    new Paragraph({ spacing: { after: 0 }, children: [] }),
  ];
}

const noBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: "auto" },
  bottom: { style: BorderStyle.NONE, size: 0, color: "auto" },
  left: { style: BorderStyle.NONE, size: 0, color: "auto" },
  right: { style: BorderStyle.NONE, size: 0, color: "auto" },
} as const;

/**
 * A map's key (the numbers on the map with each area's name and value): a compact table of
 * number, area and value, in two column groups so it takes half the length; unlabelled, as the
 * HTML shows it.
 */
function mapKey(el: DomElement, ctx: Context): FileChild[] {
  const items: DomNode[][] = [];
  for (const li of el.children) {
    if (!isElement(li)) continue;
    if (li.name !== "li") ctx.unmapped.add(`${el.name}.map-key > ${li.name}`);
    items.push(li.children);
  }
  if (items.length === 0) return [];
  const groups = items.length > 8 ? 2 : 1;
  const perGroup = Math.ceil(items.length / groups);
  const widths = [500, 3445, 1100];
  const cell = (nodes: readonly DomNode[], align: (typeof AlignmentType)[keyof typeof AlignmentType], style: RunStyle, i: number): TableCell =>
    new TableCell({
      width: { size: widths[i % 3] ?? 0, type: WidthType.DXA },
      children: [para(ctx, { alignment: align, children: paragraphChildren(inlinePieces(nodes, ctx, { size: SIZE.small, ...style }, null)) })],
    });
  // Each item: its number (<b>), then the area's name, then its value (<span>).
  const parts = items.map((nodes) => {
    const number = nodes.filter((n) => isElement(n) && n.name === "b");
    const value = nodes.filter((n) => isElement(n) && n.name === "span");
    const name = nodes.filter((n) => !number.includes(n) && !value.includes(n));
    return [number, name, value] as const;
  });
  const rows: TableRow[] = [];
  for (let r = 0; r < perGroup; r++) {
    const cells: TableCell[] = [];
    for (let g = 0; g < groups; g++) {
      const item = parts[g * perGroup + r];
      cells.push(
        cell(item?.[0] ?? [], AlignmentType.RIGHT, { bold: true }, 0),
        cell(item?.[1] ?? [], AlignmentType.LEFT, {}, 1),
        cell(item?.[2] ?? [], AlignmentType.RIGHT, { color: GREY.muted }, 2),
      );
    }
    rows.push(new TableRow({ cantSplit: true, children: cells }));
  }
  // The key's label (aria-label) names it for screen readers only, in the HTML as here: it is not printed.
  return [
    new Table({
      rows,
      width: { size: widths.reduce((a, b) => a + b, 0) * groups, type: WidthType.DXA },
      columnWidths: Array.from({ length: groups * 3 }, (_, i) => widths[i % 3] ?? 0),
      layout: TableLayoutType.FIXED,
      borders: {
        ...noBorders,
        insideHorizontal: { style: BorderStyle.SINGLE, size: 2, color: "D0D0D0" },
        insideVertical: { style: BorderStyle.NONE, size: 0, color: "auto" },
      },
      margins: { top: 10, bottom: 10, left: 60, right: 60 },
    }),
    new Paragraph({ children: [] }),
  ];
}

/** One cell of an HTML table as read. */
interface HtmlCell {
  readonly el: DomElement;
  readonly header: boolean;
  readonly span: number;
  readonly rowSpan: number;
  readonly text: string;
}

/**
 * A table: its caption as a paragraph kept with the table, then a Word table as wide as the text
 * column (a `compact` table no wider than it needs), its columns sized by their content, header
 * rows (`thead`) repeated at the top of each page, rows that never split across pages, numbers
 * right-aligned, header cells shaded, the focus row in bold.
 */
function table(el: DomElement, ctx: Context): FileChild[] {
  const cls = classes(el);
  const compact = cls.has("compact");
  const size = compact ? SIZE.small : SIZE.table;
  const out: FileChild[] = [];
  const read: { header: boolean; focus: boolean; cells: HtmlCell[] }[] = [];
  const readRow = (tr: DomElement, header: boolean): void => {
    markTarget(tr, ctx);
    const cells: HtmlCell[] = [];
    for (const c of tr.children) {
      if (!isElement(c)) continue;
      if (c.name !== "th" && c.name !== "td") {
        ctx.unmapped.add(`tr > ${c.name}`);
        continue;
      }
      const span = Math.max(1, Number.parseInt(c.attribs["colspan"] ?? "1", 10) || 1);
      const rowSpan = Math.max(1, Number.parseInt(c.attribs["rowspan"] ?? "1", 10) || 1);
      cells.push({ el: c, header: header || c.name === "th", span, rowSpan, text: collapse(DomUtils.textContent(c)) });
    }
    read.push({ header, focus: classes(tr).has("focus"), cells });
  };
  for (const part of el.children) {
    if (!isElement(part)) continue;
    if (part.name === "caption") {
      markTarget(part, ctx);
      out.push(
        para(ctx, { style: "Caption", keepNext: true, children: paragraphChildren(inlinePieces(part.children, ctx, { bold: true, color: GREY.text }, null)) }),
      );
    } else if (part.name === "thead" || part.name === "tbody" || part.name === "tfoot") {
      for (const tr of part.children) {
        if (!isElement(tr)) continue;
        if (tr.name === "tr") readRow(tr, part.name === "thead");
        else ctx.unmapped.add(`${part.name} > ${tr.name}`);
      }
    } else if (part.name === "tr") readRow(part, false);
    else if (part.name !== "colgroup") ctx.unmapped.add(`table > ${part.name}`);
  }
  if (el.attribs["id"] !== undefined && ctx.pending.length > 0 && out.length === 0) out.push(para(ctx, { keepNext: true, children: [] }));
  if (read.length === 0) return out;
  const columns = Math.max(...read.map((r) => r.cells.reduce((n, c) => n + c.span, 0)));
  const widths = columnWidths(read, columns, compact);
  const keep = read.length <= KEEP_TOGETHER_ROWS;
  const numeric = cls.has("data");
  const rows = read.map(
    (row, r) =>
      new TableRow({
        tableHeader: row.header,
        cantSplit: true,
        children: row.cells.map((cell) => {
          const right = numeric && ((cell.el.name === "td" && !classes(cell.el).has("text")) || (cell.el.name === "th" && classes(cell.el).has("num")));
          const style: RunStyle = { size, ...(cell.header || row.focus ? { bold: true } : {}) };
          // The paragraph mark takes the cell's size too, so an empty cell is no taller than its row's text.
          const paragraph: IParagraphOptions = {
            alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
            keepNext: keep && r < read.length - 1,
            spacing: { after: 0 },
            run: { size },
          };
          const content = cellBlocks(cell.el, ctx, style, paragraph);
          return new TableCell({
            children: content.length === 0 ? [new Paragraph(paragraph)] : content,
            columnSpan: cell.span,
            rowSpan: cell.rowSpan,
            verticalAlign: VerticalAlignTable.TOP,
            ...(row.header
              ? { shading: { type: ShadingType.CLEAR, fill: GREY.head, color: "auto" } }
              : row.focus
                ? { shading: { type: ShadingType.CLEAR, fill: GREY.focus, color: "auto" } }
                : {}),
          });
        }),
      }),
  );
  out.push(
    new Table({
      rows,
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: cellBorders,
      margins: cellMargins,
    }),
    // Word needs a paragraph between two tables, and the space after one reads better.
    new Paragraph({ spacing: { after: 60 }, children: [] }),
  );
  return out;
}

/** A table cell's content: its inline content as one paragraph, its blocks as they are. */
function cellBlocks(el: DomElement, ctx: Context, style: RunStyle, paragraph: IParagraphOptions): Paragraph[] {
  const out: Paragraph[] = [];
  let inline: DomNode[] = [];
  const flush = (): void => {
    const children = paragraphChildren(inlinePieces(inline, ctx, style, null));
    inline = [];
    if (children.length > 0) out.push(para(ctx, { ...paragraph, children }));
  };
  for (const node of el.children) {
    if (isElement(node) && BLOCKS.has(node.name)) {
      flush();
      ctx.unmapped.add(`${el.name} > ${node.name}`);
      out.push(para(ctx, { ...paragraph, children: paragraphChildren(inlinePieces(node.children, ctx, style, null)) }));
    } else inline.push(node);
  }
  flush();
  return out;
}

/** Twips a character takes in a table (Arial at 8 to 9 points: about 100), a little more for a word that must not break (it may be bold), and a cell's padding at both sides. */
const CHAR_TWIPS = 100;
const WORD_CHAR_TWIPS = 120;
const CELL_PADDING_TWIPS = 2 * cellMargins.left + 40;

/**
 * Column widths in twips. Each column gets at least its longest word (so no word breaks), and the
 * rest of the text column is shared in proportion to how much more each needs to set its longest
 * cell on one line (up to 32 characters: longer text wraps). A table that needs less than the
 * text column is widened to fill it in proportion, except a compact table, which keeps its width.
 */
function columnWidths(rows: readonly { cells: readonly HtmlCell[] }[], columns: number, compact: boolean): number[] {
  const word = Array.from({ length: columns }, () => 1);
  const line = Array.from({ length: columns }, () => 1);
  for (const row of rows) {
    let col = 0;
    for (const cell of row.cells) {
      if (cell.span === 1 && col < columns) {
        word[col] = Math.max(word[col] ?? 0, ...cell.text.split(" ").map((w) => w.length));
        line[col] = Math.max(line[col] ?? 0, Math.min(cell.text.length, 32));
      }
      col += cell.span;
    }
  }
  const least = word.map((n) => n * WORD_CHAR_TWIPS + CELL_PADDING_TWIPS);
  const want = line.map((n, i) => Math.max(least[i] ?? 0, n * CHAR_TWIPS + CELL_PADDING_TWIPS));
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  const width = TEXT_WIDTH_TWIPS;
  if (sum(want) <= width) return compact ? want : want.map((w) => Math.floor((w * width) / sum(want)));
  if (sum(least) >= width) return least.map((w) => Math.floor((w * width) / sum(least)));
  const spare = width - sum(least);
  const extra = sum(want) - sum(least);
  return least.map((w, i) => Math.floor(w + (((want[i] ?? 0) - w) * spare) / extra));
}

/** A figure: each chart (an SVG) or image as a picture kept with the caption below it. */
function figure(el: DomElement, ctx: Context, html: string): FileChild[] {
  const out: FileChild[] = [];
  const caption = el.children.find((n): n is DomElement => isElement(n) && n.name === "figcaption");
  const captionText = caption === undefined ? "" : collapse(DomUtils.textContent(caption));
  for (const node of el.children) {
    if (!isElement(node)) {
      if (node.type === "text" && collapse(node.data) !== "") out.push(para(ctx, { children: [new TextRun(collapse(node.data))] }));
      continue;
    }
    if (node.name === "svg") out.push(picturePara(ctx, chartPicture(node, ctx, html, captionText), caption !== undefined));
    else if (node.name === "img") out.push(picturePara(ctx, imagePicture(node, ctx), caption !== undefined));
    else if (node.name === "figcaption") out.push(para(ctx, { style: "Caption", children: inlineChildren(node, ctx) }));
    else out.push(...block(node, ctx, html));
  }
  return out;
}

/** A paragraph holding one picture, kept with what follows (its caption) when `keepNext`. */
function picturePara(ctx: Context, piece: Piece | null, keepNext: boolean): Paragraph {
  return para(ctx, { keepNext, keepLines: true, spacing: { before: 120, after: 60 }, children: piece === null ? [] : paragraphChildren([piece]) });
}

/** The text of the element of `svg` with this id (the chart's drawn title: its lines joined by spaces). */
function textById(svg: DomElement, id: string): string {
  const found = DomUtils.findOne((e) => e.attribs["id"] === id, svg.children, true);
  if (found === null) return "";
  const lines = DomUtils.getElementsByTagName("tspan", found.children);
  return collapse(lines.length === 0 ? DomUtils.textContent(found) : lines.map((t) => DomUtils.textContent(t)).join(" "));
}

/** A sentence's full stop added unless it ends in one already. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * A chart (an SVG element of the document) as a picture: the SVG's own markup, sliced from the
 * document, drawn as PNG at its own size or smaller to fit the page ({@link fittedSize}); its text alternative is the title the
 * chart draws (named by `aria-labelledby`, else its `<title>`) and the figure's caption.
 */
function chartPicture(svg: DomElement, ctx: Context, html: string, caption = ""): Piece | null {
  const source = html.slice(svg.startIndex ?? 0, (svg.endIndex ?? -1) + 1);
  const size = svgSize(source);
  if (size === null) {
    ctx.unmapped.add("svg (no width, height or viewBox)");
    return null;
  }
  const labelledBy = (svg.attribs["aria-labelledby"] ?? "").split(/\s+/)[0] ?? "";
  const titleElement = DomUtils.getElementsByTagName("title", svg.children, true, 1)[0];
  const title =
    (labelledBy === "" ? "" : textById(svg, labelledBy)) ||
    (titleElement === undefined ? "" : collapse(DomUtils.textContent(titleElement))) ||
    (svg.attribs["aria-label"] ?? "");
  const description = [title, caption]
    .filter((t) => t !== "")
    .map(sentence)
    .join(" ");
  ctx.pictures += 1;
  const picture = svgPicture(source, fittedSize(size.width, size.height), ctx.draw);
  return { kind: "picture", picture, alt: { name: svg.attribs["id"] ?? `Chart ${ctx.pictures}`, title, description }, link: null };
}

/** Largest size of an `<img>` (a logo) in the Word document, in CSS pixels: as the HTML's CSS (16 by 5 rem). */
const IMAGE_MAX = { width: 256, height: 80 } as const;

/**
 * An `<img>` whose `src` is a `data:` URI of a PNG, JPEG or SVG image (the document embeds its
 * logo so) as a picture no larger than {@link IMAGE_MAX}, with its `alt` text; any other image
 * cannot be embedded and is written as its alt text, noted as unmapped.
 */
function imagePicture(img: DomElement, ctx: Context): Piece | null {
  const alt = img.attribs["alt"] ?? "";
  const match = /^data:(image\/(?:png|jpeg|svg\+xml));base64,([A-Za-z0-9+/=\s]*)$/.exec(img.attribs["src"] ?? "");
  const textInstead: Piece = { kind: "text", text: alt, style: {}, link: null };
  if (match === null) {
    ctx.unmapped.add("img (not a data: URI of a PNG, JPEG or SVG image)");
    return alt === "" ? null : textInstead;
  }
  const bytes = Uint8Array.from(atob((match[2] ?? "").replace(/\s+/g, "")), (c) => c.charCodeAt(0));
  const declared = { width: Number(img.attribs["width"]), height: Number(img.attribs["height"]) };
  ctx.pictures += 1;
  const altText = { name: `Image ${ctx.pictures}`, title: alt, description: alt };
  if (match[1] === "image/svg+xml") {
    const svg = new TextDecoder().decode(bytes);
    const size = declared.width > 0 && declared.height > 0 ? declared : (svgSize(svg) ?? { width: IMAGE_MAX.width, height: IMAGE_MAX.height });
    return {
      kind: "picture",
      picture: svgPicture(svg, fittedSize(size.width, size.height, IMAGE_MAX.width, IMAGE_MAX.height), ctx.draw),
      alt: altText,
      link: null,
    };
  }
  const natural = declared.width > 0 && declared.height > 0 ? declared : bitmapSize(bytes);
  if (natural === null) {
    ctx.unmapped.add("img (a bitmap whose size cannot be read)");
    return alt === "" ? null : textInstead;
  }
  const shown = fittedSize(natural.width, natural.height, Math.min(IMAGE_MAX.width, natural.width), Math.min(IMAGE_MAX.height, natural.height));
  return { kind: "picture", picture: { type: match[1] === "image/png" ? "png" : "jpg", data: bytes, ...shown }, alt: altText, link: null };
}

/** An element's inline content as the children of one paragraph. */
function inlineChildren(el: DomElement, ctx: Context): ParagraphChild[] {
  return paragraphChildren(inlinePieces(el.children, ctx, {}, null));
}

/** CSS colour names a RAG scheme may use, as Word colours (any other name falls back to black on white). */
const NAMED_COLOURS: Readonly<Record<string, string>> = {
  black: "000000",
  white: "FFFFFF",
  red: "FF0000",
  green: "008000",
  amber: "FFBF00",
  orange: "FFA500",
  yellow: "FFFF00",
  blue: "0000FF",
  grey: "808080",
  gray: "808080",
};

/** A CSS colour (`#rgb`, `#rrggbb`, `#rrggbbaa` or a name above) as a Word colour `RRGGBB`, or `null`. */
function wordColour(css: string | undefined): string | null {
  if (css === undefined) return null;
  const value = css.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,8})$/.exec(value)?.[1];
  if (hex !== undefined) {
    if (hex.length === 3 || hex.length === 4)
      return [...hex.slice(0, 3)]
        .map((c) => c + c)
        .join("")
        .toUpperCase();
    if (hex.length === 6 || hex.length === 8) return hex.slice(0, 6).toUpperCase();
    return null;
  }
  return NAMED_COLOURS[value] ?? null;
}

/** The `background` and `color` of an element's `style` attribute. */
function styleColours(el: DomElement): { background: string | null; color: string | null } {
  const declarations = new Map(
    (el.attribs["style"] ?? "")
      .split(";")
      .map((d) => d.split(":").map((s) => s.trim()))
      .filter((d): d is [string, string] => d.length === 2)
      .map(([k, v]) => [k.toLowerCase(), v]),
  );
  return { background: wordColour(declarations.get("background") ?? declarations.get("background-color")), color: wordColour(declarations.get("color")) };
}

/** The pieces of inline content, each with the look and link of the elements round it. */
function inlinePieces(nodes: readonly DomNode[], ctx: Context, style: RunStyle, link: Link | null): Piece[] {
  const out: Piece[] = [];
  for (const node of nodes) {
    if (node.type === "text") {
      out.push({ kind: "text", text: (node as { data: string }).data, style, link });
      continue;
    }
    if (!isElement(node)) continue;
    markTarget(node, ctx);
    const cls = classes(node);
    switch (node.name) {
      case "strong":
      case "b":
        out.push(...inlinePieces(node.children, ctx, { ...style, bold: true }, link));
        break;
      case "em":
      case "i":
        out.push(...inlinePieces(node.children, ctx, { ...style, italics: true }, link));
        break;
      case "small":
        out.push(...inlinePieces(node.children, ctx, { ...style, size: SIZE.small }, link));
        break;
      case "code":
        out.push(...inlinePieces(node.children, ctx, { ...style, font: "Consolas" }, link));
        break;
      case "span": {
        if (cls.has("rag")) {
          // A RAG badge: its words in bold, in its colours, boxed; black on white where the scheme's colours are not plain CSS colours.
          const { background, color } = styleColours(node);
          const badge: RunStyle = { ...style, bold: true, boxed: true, ...(background === null || color === null ? {} : { shading: background, color }) };
          out.push(...inlinePieces(node.children, ctx, badge, link));
        } else {
          const { color } = styleColours(node);
          out.push(...inlinePieces(node.children, ctx, color === null ? style : { ...style, color }, link));
        }
        break;
      }
      case "a": {
        const href = node.attribs["href"] ?? "";
        const anchor = href.startsWith("#") ? ctx.targets.get(href.slice(1)) : undefined;
        const to: Link | null = anchor !== undefined ? { anchor } : /^(https?:|mailto:)/i.test(href) ? { url: href } : null;
        out.push(...inlinePieces(node.children, ctx, style, to ?? link));
        break;
      }
      case "br":
        out.push({ kind: "break" });
        break;
      case "img": {
        const picture = imagePicture(node, ctx);
        if (picture !== null) out.push(picture);
        break;
      }
      case "svg": {
        const picture = chartPicture(node, ctx, "");
        if (picture !== null) out.push(picture);
        break;
      }
      default:
        if (!PLAIN_INLINE.has(node.name)) ctx.unmapped.add(cls.size === 0 ? node.name : `${node.name}.${[...cls].join(".")}`);
        out.push(...inlinePieces(node.children, ctx, style, link));
    }
  }
  return out;
}

/** Two links the same (consecutive pieces with the same link are one link in Word). */
function sameLink(a: Link | null, b: Link | null): boolean {
  if (a === null || b === null) return a === b;
  return "anchor" in a ? "anchor" in b && a.anchor === b.anchor : "url" in b && a.url === b.url;
}

/**
 * Pieces as a paragraph's children: whitespace collapsed across pieces as HTML shows it (runs of
 * spaces and line breaks are one space, none at the ends of the paragraph), text as runs in their
 * look, links round their runs, pictures as image runs.
 */
function paragraphChildren(pieces: readonly Piece[]): ParagraphChild[] {
  const collapsed: Piece[] = [];
  let spaceBefore = true;
  for (const piece of pieces) {
    if (piece.kind !== "text") {
      collapsed.push(piece);
      spaceBefore = piece.kind === "break";
      continue;
    }
    let text = piece.text.replace(/\s+/g, " ");
    if (spaceBefore) text = text.replace(/^ /, "");
    if (text === "") continue;
    spaceBefore = text.endsWith(" ");
    collapsed.push({ ...piece, text });
  }
  const last = collapsed[collapsed.length - 1];
  if (last?.kind === "text" && last.text.endsWith(" ")) {
    if (last.text === " ") collapsed.pop();
    else collapsed[collapsed.length - 1] = { ...last, text: last.text.slice(0, -1) };
  }
  const out: ParagraphChild[] = [];
  let group = null as { link: Link | null; runs: ParagraphChild[] } | null;
  const close = (): void => {
    if (group === null) return;
    const { link, runs } = group;
    if (link === null) out.push(...runs);
    else if ("anchor" in link) out.push(new InternalHyperlink({ anchor: link.anchor, children: runs }));
    else out.push(new ExternalHyperlink({ link: link.url, children: runs }));
    group = null;
  };
  for (const piece of collapsed) {
    const link: Link | null = piece.kind === "break" ? (group?.link ?? null) : piece.link;
    if (group === null || !sameLink(group.link, link)) {
      close();
      group = { link, runs: [] };
    }
    // A link to a place in the document reads as text (a whole finding is such a link); one to an address outside it looks like a link.
    group.runs.push(pieceRun(piece, link !== null && "url" in link));
  }
  close();
  return out;
}

/** One piece as a Word run. */
function pieceRun(piece: Piece, linked: boolean): ParagraphChild {
  if (piece.kind === "break") return new TextRun({ break: 1 });
  if (piece.kind === "picture") {
    const { picture, alt } = piece;
    return new ImageRun({
      type: picture.type,
      data: picture.data,
      transformation: { width: picture.width, height: picture.height },
      altText: { name: alt.name, title: alt.title, description: alt.description },
    });
  }
  const { style } = piece;
  return new TextRun({
    text: piece.text,
    ...(linked ? { style: "Hyperlink" } : {}),
    ...(style.bold === true ? { bold: true } : {}),
    ...(style.italics === true ? { italics: true } : {}),
    ...(style.color === undefined ? {} : { color: style.color }),
    ...(style.size === undefined ? {} : { size: style.size }),
    ...(style.font === undefined ? {} : { font: style.font }),
    ...(style.shading === undefined ? {} : { shading: { type: ShadingType.CLEAR, fill: style.shading, color: "auto" } }),
    ...(style.boxed === true ? { border: { style: BorderStyle.SINGLE, size: 12, color: GREY.text, space: 1 } } : {}),
  });
}
