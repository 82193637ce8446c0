/** Control characters other than tab and line feed. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what markdownInline replaces
const controlCharacters = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/**
 * Escapes text for inline Markdown (CommonMark and GitHub Flavored Markdown), so that whatever
 * it holds (an area or ward name from a data file, a priority name, a note) is shown as typed
 * and is never markup: `&`, `<` and `>` become entities, so no HTML tag (`<script>`, `<img>`) or
 * autolink (`<https://…>`) can form, even in renderers that ignore backslash escapes; the other
 * inline markers (`\` `` ` `` `*` `_` `[` `]` `|` `~` `#` `$`) are backslash-escaped, which also
 * keeps a `|` inside a table cell; line breaks and other control characters become spaces, so
 * the text cannot end its line and start a heading, a list, an HTML block or a table row.
 */
export function markdownInline(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, " ")
    .replace(controlCharacters, " ")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~#$]/g, (c) => `\\${c}`);
}

/**
 * {@link markdownInline} for text that starts a block (a paragraph, a list item's content):
 * also escapes a leading `-`, `+`, `=` or `1.`/`1)` that would make it a list, a thematic break
 * or a heading underline, and drops leading spaces that would make it a code block.
 */
export function markdownBlock(text: string): string {
  return markdownInline(text.replace(/^[\s\u0085\u2028\u2029]+/, "")).replace(
    /^([-+=])|^(\d{1,9})([.)])/,
    (_m, marker?: string, digits?: string, dot?: string) => (marker !== undefined ? `\\${marker}` : `${digits ?? ""}\\${dot ?? ""}`),
  );
}
