/** Characters XML does not allow: control characters other than tab, line feed and carriage return, unpaired surrogates, U+FFFE and U+FFFF. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters XML forbids are what this matches
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces each character XML does not allow with U+FFFD (markup is left as it is). */
function replaceNonXml(text: string): string {
  return text.replace(notXml, "\uFFFD");
}

/**
 * Escapes text for XML (and HTML) content and attribute values: `&`, `<`, `>`, `"` and `'`
 * become entities, and characters XML does not allow become U+FFFD ({@link replaceNonXml}), so
 * a name from a data file can neither add markup nor make the document ill-formed.
 */
export function escapeXml(text: string): string {
  return replaceNonXml(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
