import { addMonths, type MonthKey } from "@crimestats/periods";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import MarkdownIt from "markdown-it";
import { standardScheme } from "@crimestats/rag";
import { describe, expect, it } from "vitest";
import { renderHtml } from "../src/renderHtml.js";
import { renderMarkdown } from "../src/renderMarkdown.js";
import type { CountRow } from "@crimestats/schema";
import { strategicAssessment } from "../src/strategicAssessment.js";
import { externalReferences, wellFormedProblems } from "./html.js";
import { run } from "./runCli.js";
import { london } from "./fixtures.js";

/** Text a crafted data file or option can carry: HTML, Markdown inline and block markup, table pipes, line breaks. */
const crafted =
  '\u0001\uD800<script>alert(1)</script> " onmouseover="alert(2)" \' |*b*_i_ [l](javascript:alert(1)) `c` ~~s~~ <img src=x onerror=alert(1)> &amp; #h\n# Heading\r\n<div>\n- item\n1. one\n    code';
const area = `Area ${crafted}`;
const ward = `1. Ward ${crafted}`;
const offence = `- Offence ${crafted}`;

function months(): MonthKey[] {
  const out: MonthKey[] = [];
  for (let m = 0; m < 24; m += 1) out.push(addMonths("2023-01", m));
  return out;
}

const counts: CountRow[] = months().flatMap((month, i) => [
  { area, month, offence, count: 30 + (i % 5) },
  { area: "Barnet", month, offence, count: 40 + (i % 3) },
]);
const wardCounts: CountRow[] = months().flatMap((month, i) => [
  { area: ward, month, offence, count: 2 + (i % 2) },
  { area: "Quiet Ward", month, offence, count: 20 },
]);

const result = strategicAssessment({
  counts,
  populations: { [area]: 250_000, Barnet: 400_000 },
  area,
  benchmarkArea: london,
  comparatorGroup: { name: "neighbours", members: ["Barnet"] },
  priorities: [{ id: "crafted", name: `Priority ${crafted}`, offences: [offence] }],
  wards: { counts: wardCounts },
  notes: [`- Note ${crafted}`],
  sources: [`Source ${crafted}`],
});

/** The tags markdown-it makes from the document (raw HTML allowed, as many renderers do). */
function renderedTags(md: string): string[] {
  const html = new MarkdownIt({ html: true, linkify: true }).render(md);
  return [...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => (m[1] ?? "").toLowerCase());
}

describe("text from data files and options is shown as typed, never as markup", () => {
  const md = renderMarkdown(result);

  it("Markdown: no HTML, link, code, list or heading comes from the crafted text when rendered by a CommonMark renderer", () => {
    const html = new MarkdownIt({ html: true, linkify: true }).render(md);
    expect(md).not.toMatch(/<(script|img|div)/i);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach the Markdown
    expect(md).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const tags = new Set(renderedTags(md));
    for (const tag of tags)
      expect(["h1", "h2", "h3", "p", "ul", "li", "strong", "em", "table", "thead", "tbody", "tr", "th", "td", "blockquote", "a"]).toContain(tag);
    // The only links are the key findings' links to the document's own sections (and their anchors).
    for (const a of html.match(/<a\b[^>]*>/g) ?? []) expect(a).toMatch(/^<a (href="#[A-Za-z0-9-]+"|id="[A-Za-z0-9-]+")>$/);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    // The crafted text is there, as text, in the title, the headings, the tables and the lists.
    const shown = html.match(
      /&lt;script&gt;alert\(1\)&lt;\/script&gt; &quot; onmouseover=&quot;alert\(2\)&quot; ' \|\*b\*_i_ \[l\]\(javascript:alert\(1\)\) `c` ~~s~~ &lt;img src=x onerror=alert\(1\)&gt; &amp;amp; #h # Heading &lt;div&gt; - item 1\. one\s+code/g,
    );
    expect(shown?.length ?? 0).toBeGreaterThanOrEqual(10);
  });

  it("Markdown: every table row keeps its cells (a | in a name does not split a cell)", () => {
    const html = new MarkdownIt().render(md);
    for (const table of html.match(/<table>[\s\S]*?<\/table>/g) ?? []) {
      const rows = table.match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
      const widths = new Set(rows.map((r) => (r.match(/<t[hd][ >]/g) ?? []).length));
      expect(widths.size, table.slice(0, 200)).toBe(1);
    }
    expect(html.match(/<table>/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
  });

  it("Markdown: a name starting with a list marker or number stays in its list item", () => {
    expect(md).toContain("- \\- Note ");
    expect(md).toMatch(/^\| 1\\\. Ward|^\| 1\. Ward/m);
    expect(renderedTags(md)).not.toContain("ol");
  });

  it("HTML: well-formed, nothing loaded, no element or attribute from the crafted text (SVG chart labels included)", async () => {
    const html = await renderHtml(result);
    expect(wellFormedProblems(html)).toEqual([]);
    expect(externalReferences(html)).toEqual([]);
    expect(html.match(/<(script|img|iframe|object|embed)\b.{0,80}/gi) ?? []).toEqual([]);
    // The only links are the key findings' links to the document's own sections.
    for (const a of html.match(/<a\b[^>]*>/g) ?? []) expect(a).toMatch(/^<a href="#[A-Za-z0-9-]+">$/);
    // No element gets an event attribute: with the quoted attribute values removed, no on…= is left inside a tag.
    for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) expect(tag.replace(/="[^"]*"/g, "")).not.toMatch(/\son\w+\s*=/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    // Characters XML does not allow (a control character, an unpaired surrogate) are not written.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters XML forbids must not be written
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("HTML: a RAG colour that is not a colour cannot add CSS (no url(), no further declarations)", async () => {
    const hostile = { ...standardScheme.green, colour: "red;background-image:url(https://example.org/x.png)", textColour: '#fff" onmouseover="alert(1)' };
    const scheme = { ...standardScheme, green: hostile, red: hostile, amber: hostile };
    const html = await renderHtml(
      strategicAssessment({
        counts,
        populations: { [area]: 250_000, Barnet: 400_000 },
        area,
        benchmarkArea: london,
        comparatorGroup: { name: "neighbours", members: ["Barnet"] },
        priorities: [{ id: "p", name: "P", offences: [offence] }],
        ragRule: () => ({ kind: "change", polarity: "lower-is-better" }),
        ragScheme: scheme,
      }),
    );
    expect(externalReferences(html)).toEqual([]);
    expect(html).not.toContain("url(");
    // The badges keep their words and symbol, without the hostile colours.
    expect(html.match(/<span class="rag"[^>]*>/g)).toEqual(['<span class="rag">']);
    expect(wellFormedProblems(html)).toEqual([]);
  });
});

describe("crimestats assess on files whose area name is crafted HTML", () => {
  it("writes Markdown and HTML in which the name is text, never an element", { timeout: 120_000 }, async () => {
    // The embedded demonstration files, with Harrow renamed to a name that is HTML and Markdown.
    const name = "<script>alert(1)</script> *x* |y| <img src=x onerror=alert(2)>";
    const demo = resolve(dirname(fileURLToPath(import.meta.url)), "../data");
    const dir = mkdtempSync(join(tmpdir(), "crimestats-crafted-"));
    for (const file of readdirSync(demo).filter((f) => f.endsWith(".csv"))) {
      writeFileSync(join(dir, file), readFileSync(join(demo, file), "utf8").replaceAll("Harrow", name));
    }
    const out = join(dir, "out");
    const result = await run(["assess", "--data", dir, "--area", name, "--comparators", "Barnet,Brent", "--out", out, "--quiet"]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const md = readFileSync(join(out, "strategic-assessment.md"), "utf8");
    expect(md.match(/<script>/g) ?? []).toEqual([]);
    expect(md.match(/&lt;script&gt;alert\(1\)&lt;\/script&gt; \\\*x\\\* \\\|y\\\| &lt;img src=x onerror=alert\(2\)&gt;/g)?.length ?? 0).toBeGreaterThan(10);
    expect(new Set(renderedTags(md)).has("script")).toBe(false);
    expect(new Set(renderedTags(md)).has("img")).toBe(false);
    const html = readFileSync(join(out, "strategic-assessment.html"), "utf8");
    expect(html.match(/<(script|img)\b/g) ?? []).toEqual([]);
    expect(wellFormedProblems(html)).toEqual([]);
  });
});
