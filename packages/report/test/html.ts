/**
 * A strict well-formedness check for the HTML the report writes (XHTML-compatible: every
 * element closed or one of HTML's void elements, attributes quoted, entities known), returning
 * the problems found. Independent of the renderer, so a broken document cannot pass.
 */
const voidElements = new Set(["meta", "br", "hr", "img", "input", "link", "col", "area", "base", "source", "track", "wbr", "embed", "param"]);

export function wellFormedProblems(html: string): string[] {
  const problems: string[] = [];
  const body = html.replace(/^<!DOCTYPE html>\s*/i, "");
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*(\/?)>|<!--[\s\S]*?-->|<|&(?!(?:amp|lt|gt|quot|#39|#\d+|#x[0-9a-fA-F]+|nbsp);)/g;
  for (const match of body.matchAll(tag)) {
    const [text, closing, name, , selfClosing] = match;
    if (text.startsWith("<!--")) continue;
    if (text === "<") {
      problems.push(`stray "<" at ${match.index}`);
      continue;
    }
    if (text.startsWith("&")) {
      problems.push(`bare "&" at ${match.index}: ${body.slice(match.index, match.index + 12)}`);
      continue;
    }
    const lower = (name ?? "").toLowerCase();
    if (closing === "/") {
      const open = stack.pop();
      if (open !== lower) problems.push(`</${lower}> closes <${open ?? "nothing"}> at ${match.index}`);
    } else if (selfClosing !== "/" && !voidElements.has(lower)) {
      stack.push(lower);
    }
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(" > ")}`);
  return problems;
}

/** Everything in the page that could make a browser fetch something. */
export function externalReferences(html: string): string[] {
  const found: string[] = [];
  // A link to a part of the same document (href="#…") loads nothing.
  for (const m of html.matchAll(/\s(?:src|href|srcset|action|poster|data)\s*=\s*"([^"]*)"/gi))
    if (!/^\s*href\s*=\s*"#[A-Za-z0-9-]+"$/i.test(m[0].trim())) found.push(m[0].trim());
  for (const m of html.matchAll(/<(?:script|link|iframe|object|embed|img|base)\b/gi)) found.push(m[0]);
  // url(#…) names a part of the same document (an SVG clip path), which loads nothing.
  for (const m of html.matchAll(/url\((?!#[A-Za-z0-9-]+\))|@import/gi)) found.push(m[0]);
  return found;
}
