// The headings and figures of the same document in each format, read independently of the
// renderers: the HTML with htmlparser2, the Markdown line by line, the Word file's
// word/document.xml unzipped with fflate, the PDF's text with pdftotext. Figures are the numbers
// as printed (1,234 / 12.3 / 45% / -0.25), so a figure rounded or formatted differently in one
// format shows up as a difference.
import { strFromU8, unzipSync } from "fflate";
import { Parser } from "htmlparser2";
import { isRunning, type PdfPage } from "./browser.js";

/** One part of a document: its heading (with the h2 it is under, "Burglary › Benchmark") and its text up to the next heading. */
interface DocumentSection {
  readonly heading: string;
  readonly text: string;
}

/** A document's headings (in order) and its text (headings and blocks on lines of their own), split at each heading. */
export interface DocumentText {
  readonly headings: readonly string[];
  readonly text: string;
  /** The text before the first heading, then one section per heading. */
  readonly sections: readonly DocumentSection[];
}

const normal = (text: string) => text.replace(/\s+/g, " ").trim();

/** A document's text from its headings (in order) and the text between them, each heading named with the h2 (or h1) above it. */
function sectioned(parts: readonly { level: number; heading: string; text: string }[]): DocumentText {
  let parent = "";
  const sections = parts.map(({ level, heading, text }) => {
    if (level <= 2) parent = heading;
    return { heading: level <= 2 || level > 6 ? heading : `${parent} › ${heading}`, text };
  });
  return { headings: parts.slice(1).map((p) => p.heading), text: parts.map((p, i) => (i === 0 ? p.text : `${p.heading}\n${p.text}`)).join("\n"), sections };
}

/** Elements whose end (or start) separates text: everything but the inline phrasing elements. */
const inline = new Set(["a", "abbr", "b", "strong", "em", "i", "span", "small", "code", "sub", "sup", "mark", "q", "cite", "time"]);

/**
 * The headings (h1 to h3) and text of an HTML document. The text drawn inside the charts' SVG is
 * never read (a chart's labels are pictures in Word and scattered words in a PDF): `charts:
 * "caption"` keeps each chart's caption and key; `"none"` leaves out every figure and what is there only for
 * a map: its key (the choropleth's numbered list `ol.map-key`, the hotspot map's `table.compact`)
 * and a table's "Map" column of the numbers drawn on it (Markdown shows no chart).
 * `<style>`, `<script>` and `<title>` are never text.
 */
export function htmlText(html: string, { charts }: { charts: "caption" | "none" }): DocumentText {
  const parts = [{ level: 7, heading: "(before the first heading)", text: "" }];
  let skip = 0;
  let heading: { level: number; text: string } | null = null;
  // The cell's column in its row, the header cell's text, and the "Map" column of the table being read.
  let column = -1;
  let cellText = "";
  let mapColumn = -1;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const classes = (attributes["class"] ?? "").split(" ");
        if (name === "table") mapColumn = -1;
        if (name === "tr") column = -1;
        if (name === "th" || name === "td") {
          column++;
          cellText = "";
        }
        const mapOnly =
          name === "figure" ||
          (name === "ol" && classes.includes("map-key")) ||
          (name === "table" && classes.includes("compact")) ||
          ((name === "td" || name === "th") && column === mapColumn);
        if (skip > 0 || name === "style" || name === "script" || name === "title" || name === "svg" || (mapOnly && charts === "none")) skip++;
        else if (/^h[1-3]$/.test(name)) heading = { level: Number(name[1]), text: "" };
        if (!inline.has(name)) parts[parts.length - 1]!.text += "\n";
      },
      ontext(data) {
        cellText += data;
        if (skip > 0) return;
        if (heading !== null) heading.text += data;
        else parts[parts.length - 1]!.text += data;
      },
      onclosetag(name) {
        if (name === "th" && normal(cellText) === "Map") mapColumn = column;
        if (skip > 0) {
          skip--;
          return;
        }
        if (/^h[1-3]$/.test(name) && heading !== null) {
          parts.push({ level: heading.level, heading: normal(heading.text), text: "" });
          heading = null;
        }
        if (!inline.has(name)) parts[parts.length - 1]!.text += "\n";
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  return sectioned(parts);
}

/**
 * The headings (#, ## and ###) and text of a Markdown document: links' targets, escapes, bold
 * marks and the numbers of numbered lists left out, and the paragraphs that stand for a chart
 * ("Chart (see the HTML version): ...") too, as Markdown shows no chart.
 */
export function markdownText(md: string): DocumentText {
  const parts = [{ level: 7, heading: "(before the first heading)", text: "" }];
  for (const line of md.split("\n")) {
    const heading = /^(#{1,3}) (.+)$/.exec(line);
    if (heading) parts.push({ level: heading[1]!.length, heading: normal(unescapeMarkdown(heading[2]!)), text: "" });
    else if (!line.startsWith("Chart (see the HTML version)"))
      parts[parts.length - 1]!.text += `${unescapeMarkdown(line.replace(/\]\([^)]*\)/g, "]").replace(/^\s*\d+\.\s/, ""))}\n`;
  }
  return sectioned(parts);
}

function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, "$1").replace(/\*\*/g, "");
}

const xmlEntities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (e) =>
    e.startsWith("&#x")
      ? String.fromCodePoint(Number.parseInt(e.slice(3, -1), 16))
      : e.startsWith("&#")
        ? String.fromCodePoint(Number(e.slice(2, -1)))
        : (xmlEntities[e] ?? e),
  );

/**
 * The headings (paragraphs in the Title style, an h1, or Heading 1 to 2, an h2 or h3) and text
 * (one paragraph a line) of the main part of a Word file, word/document.xml (headers and footers
 * left out).
 */
export function wordText(docx: Uint8Array): DocumentText {
  const part = unzipSync(docx, { filter: (file) => file.name === "word/document.xml" })["word/document.xml"];
  if (part === undefined) throw new Error("the .docx has no word/document.xml");
  const xml = strFromU8(part);
  const parts = [{ level: 7, heading: "(before the first heading)", text: "" }];
  for (const p of xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const body = p[1] ?? "";
    const line = unescapeXml([...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\b[^>]*\/>/g)].map((t) => t[1] ?? " ").join(""));
    const style = /<w:pStyle w:val="(Title|Heading[1-3])"/.exec(body)?.[1];
    if (style === undefined) parts[parts.length - 1]!.text += `${line}\n`;
    else parts.push({ level: style === "Title" ? 1 : Number(style.slice(-1)) + 1, heading: normal(line), text: "" });
  }
  return sectioned(parts);
}

/**
 * The text of a PDF's pages (one printed line a line, the running header and footer lines left
 * out, see {@link isRunning}), split at the given headings where they are found in order as lines
 * (a heading may wrap over several lines); the headings not found are returned as `lost`.
 */
export function pdfText(
  pages: readonly PdfPage[],
  running: readonly string[],
  headings: readonly { level: number; heading: string }[],
): DocumentText & { lost: string[] } {
  const lines = pages.flatMap((page) => page.blocks.flat().filter((line) => !isRunning(page, line, running))).map((line) => normal(line.text));
  // The contents' numbers are drawn by the browser, not text of the document (the HTML's <ol> holds none); elsewhere
  // a line may start with a number and a full stop of the text ("… aged 10–" / "17. That is …").
  const text = (from: number, to: number | undefined, heading: string) =>
    lines
      .slice(from, to)
      .map((line) => (heading === "Contents" ? line.replace(/^\d+\.\s/, "") : line))
      .join("\n");
  const parts = [{ level: 7, heading: "(before the first heading)", text: "" }];
  const lost: string[] = [];
  let at = 0;
  for (const { level, heading } of headings) {
    const found = findLines(lines, heading, at);
    if (found === null) {
      lost.push(heading);
      continue;
    }
    parts[parts.length - 1]!.text += text(at, found.start, parts[parts.length - 1]!.heading);
    parts.push({ level, heading, text: "" });
    at = found.end;
  }
  parts[parts.length - 1]!.text += text(at, undefined, parts[parts.length - 1]!.heading);
  return { ...sectioned(parts), lost };
}

/** Where `text` is printed as whole lines at or after line `from`: the first line and the line after the last. */
function findLines(lines: readonly string[], text: string, from: number): { start: number; end: number } | null {
  for (let i = from; i < lines.length; i++) {
    let joined = lines[i] ?? "";
    if (joined === "" || !text.startsWith(joined)) continue;
    let j = i + 1;
    for (; joined.length < text.length && j < lines.length; j++) joined = `${joined} ${lines[j]}`;
    if (joined === text) return { start: i, end: j };
  }
  return null;
}

/**
 * The figures of a text as printed: numbers with their thousands separators, decimals, sign and
 * percent sign (the minus sign U+2212 read as "-"), in order. A hyphen after a letter or digit
 * ("2024-01", "mid-2024") joins words and is not a sign, so a line broken after it reads the same.
 */
export function figures(text: string): string[] {
  return [...text.replace(/\u2212/g, "-").matchAll(/(?:(?<![\p{L}\p{N}])[-+])?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?/gu)].map((m) => m[0]);
}

/**
 * What differs between two lists of figures taken as multisets: each figure the reference has
 * more often than the other ("missing") or less often ("extra"), with how many times.
 */
export function figureDifferences(reference: readonly string[], other: readonly string[]): { missing: string[]; extra: string[] } {
  const count = (list: readonly string[]) => list.reduce((m, f) => m.set(f, (m.get(f) ?? 0) + 1), new Map<string, number>());
  const a = count(reference);
  const b = count(other);
  const missing: string[] = [];
  const extra: string[] = [];
  for (const [f, n] of a) if (n > (b.get(f) ?? 0)) missing.push(`${f} ×${n - (b.get(f) ?? 0)}`);
  for (const [f, n] of b) if (n > (a.get(f) ?? 0)) extra.push(`${f} ×${n - (a.get(f) ?? 0)}`);
  return { missing, extra };
}

/**
 * The figures that differ between a document and the reference, section by section: the sections
 * are paired by heading (the longest common sequence of headings; a section whose heading the
 * other lacks is counted with the section before it). One line per pair that differs: what the
 * document lacks and, unless `extras` is false, what it has more of.
 */
export function sectionDifferences(reference: DocumentText, other: DocumentText, { extras = true }: { extras?: boolean } = {}): string[] {
  const a = reference.sections;
  const b = other.sections;
  // Longest common subsequence of the headings, from the end.
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i]!.heading === b[j]!.heading ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const pairs: { heading: string; a: string; b: string }[] = [];
  for (let i = 0, j = 0; i < a.length || j < b.length; ) {
    const last = pairs[pairs.length - 1];
    if (i < a.length && j < b.length && a[i]!.heading === b[j]!.heading) pairs.push({ heading: a[i]!.heading, a: a[i++]!.text, b: b[j++]!.text });
    else if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      if (last === undefined) pairs.push({ heading: a[i]!.heading, a: a[i]!.text, b: "" });
      else last.a += `\n${a[i]!.heading}\n${a[i]!.text}`;
      i++;
    } else {
      if (last === undefined) pairs.push({ heading: b[j]!.heading, a: "", b: b[j]!.text });
      else last.b += `\n${b[j]!.heading}\n${b[j]!.text}`;
      j++;
    }
  }
  return pairs.flatMap(({ heading, a: textA, b: textB }) => {
    const { missing, extra } = figureDifferences(figures(textA), figures(textB));
    const more = extras ? extra : [];
    if (missing.length === 0 && more.length === 0) return [];
    return [
      `"${heading}":${missing.length > 0 ? ` lacks ${missing.join(", ")}` : ""}${missing.length > 0 && more.length > 0 ? ";" : ""}${more.length > 0 ? ` has more ${more.join(", ")}` : ""}`,
    ];
  });
}
