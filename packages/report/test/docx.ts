import { strFromU8, unzipSync } from "fflate";
import { parseDocument } from "htmlparser2";

/** The parts of a .docx file (a zip) by path, as text: word/document.xml, the headers and footers, styles, properties. */
export function docxParts(docx: Uint8Array): Record<string, string> {
  const files = unzipSync(docx);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([path]) => path.endsWith(".xml") || path.endsWith(".rels"))
      .map(([path, bytes]) => [path, strFromU8(bytes)]),
  );
}

/** The pictures of a .docx file (word/media/…) by path. */
export function docxMedia(docx: Uint8Array): Record<string, Uint8Array> {
  return Object.fromEntries(Object.entries(unzipSync(docx)).filter(([path]) => path.startsWith("word/media/")));
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text with its five entities (and numeric references) undone. */
function xmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name.startsWith("#x")
      ? String.fromCodePoint(Number.parseInt(name.slice(2), 16))
      : name.startsWith("#")
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name] ?? whole),
  );
}

/** The text of a WordprocessingML part: each paragraph's runs joined, paragraphs, tabs and breaks as spaces. */
export function wordText(xml: string): string {
  const marked = xml.replace(/<w:tab\/>|<w:br\/>|<\/w:p>|<\/w:tc>/g, "<w:t> </w:t>");
  return xmlText([...marked.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? "").join(""));
}

/** Elements whose text a browser sets apart from the text round it (blocks, cells, list items). */
const SEPARATE = new Set([
  "p",
  "li",
  "dt",
  "dd",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "th",
  "td",
  "caption",
  "figcaption",
  "tr",
  "section",
  "header",
  "footer",
  "nav",
  "main",
  "ul",
  "ol",
  "dl",
  "table",
  "figure",
]);

/**
 * The words a reader sees in an HTML document: the text of its body, charts (SVG) left out (they
 * are pictures in Word).
 */
export function htmlWords(html: string): string[] {
  const dom = parseDocument(html);
  const parts: string[] = [];
  type Node = (typeof dom.children)[number];
  const walk = (nodes: readonly Node[]): void => {
    for (const node of nodes) {
      if (node.type === "text") parts.push((node as { data: string }).data);
      if (!("attribs" in node)) continue;
      if (node.name === "head" || node.name === "svg") continue;
      const separate = SEPARATE.has(node.name);
      if (separate) parts.push(" ");
      walk(node.children);
      if (separate) parts.push(" ");
    }
  };
  walk(dom.children);
  return words(parts.join(""));
}

/** Text as its words (split at whitespace). */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== "");
}

/** The words one list has more of than the other (a multiset difference), each with how many more. */
export function missingWords(expected: readonly string[], actual: readonly string[]): Record<string, number> {
  const count = new Map<string, number>();
  for (const w of expected) count.set(w, (count.get(w) ?? 0) + 1);
  for (const w of actual) count.set(w, (count.get(w) ?? 0) - 1);
  return Object.fromEntries([...count].filter(([, n]) => n > 0));
}
