/** Where a link of the shown document leads: a place in the document (by id), or a web page outside it. */
export type LinkTarget = { readonly inside: string } | { readonly outside: string };

/**
 * Where a link of the document shown in the page leads, from its `href` as written. The document
 * is shown in a `srcdoc` frame whose address is the page's own, so the frame cannot follow a link
 * itself: a "#section" link would load the page's file in it (refused by the page's security
 * policy, leaving an error in place of the document). The page follows the link instead: a place
 * in the document is scrolled to, a web page (http, https, mailto) is opened in a new tab.
 *
 * @param href - The link's `href` attribute as written.
 * @returns The place or the page, or `null` for a link the page does not follow (none, or another kind).
 * @throws Never.
 * @example
 * ```ts
 * [linkTarget("#priority-burglary"), linkTarget("https://data.police.uk/about/")];
 * //=> [{ inside: "priority-burglary" }, { outside: "https://data.police.uk/about/" }]
 * ```
 */
export function linkTarget(href: string | null): LinkTarget | null {
  if (href === null) return null;
  const written = href.trim();
  if (written.startsWith("#")) return written.length > 1 ? { inside: decodeURIComponent(written.slice(1)) } : null;
  return /^(?:https?|mailto):/i.test(written) ? { outside: written } : null;
}
