// Functions that run inside the page (puppeteer serialises them with `toString()`), so they may
// use only the page's own globals. The package is type-checked without the DOM library; the few
// DOM shapes used here are declared for this file alone.

interface Rect {
  readonly left: number;
  readonly right: number;
  readonly width: number;
  readonly height: number;
}
interface DomElement {
  readonly tagName: string;
  readonly id: string;
  readonly classList: Iterable<string>;
  readonly parentElement: DomElement | null;
  readonly children: Iterable<DomElement>;
  readonly scrollWidth: number;
  readonly textContent: string | null;
  getBoundingClientRect(): Rect;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  closest(selector: string): DomElement | null;
}
declare const document: {
  readonly scrollingElement: { readonly scrollWidth: number } | null;
  readonly body: DomElement & { querySelectorAll(selector: string): Iterable<DomElement> };
  querySelectorAll(selector: string): Iterable<DomElement>;
};
declare const window: { readonly innerWidth: number };
declare function getComputedStyle(element: DomElement): { readonly overflowX: string; readonly fontSize: string };

/**
 * In the page: nothing when the page does not scroll sideways; otherwise the page's scroll width
 * and each element that makes it scroll: the innermost element whose box or text sticks out of
 * the viewport (one inside a box that clips or scrolls is not counted), named by its table or
 * figure when it is inside one, with its section, the right edge of what sticks out and the start
 * of its text.
 */
export function sidewaysOverflow(): string[] {
  const width = window.innerWidth;
  const scrollWidth = document.scrollingElement?.scrollWidth ?? 0;
  if (scrollWidth <= width) return [];
  const clipped = (e: DomElement) => {
    for (let a = e.parentElement; a !== null && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== "visible") return true;
    return false;
  };
  // How far right the element's box, or its content where it does not clip it (a long word), reaches.
  const reach = (e: DomElement) => {
    const r = e.getBoundingClientRect();
    return Math.max(r.right, getComputedStyle(e).overflowX === "visible" ? r.left + e.scrollWidth : r.right);
  };
  const sticksOut = (e: DomElement) => e.getBoundingClientRect().left < -0.5 || reach(e) > width + 0.5;
  const candidates = [...document.body.querySelectorAll("*")].filter((e) => sticksOut(e) && !clipped(e));
  const set = new Set(candidates);
  const innermost = candidates.filter((e) => ![...e.children].some((c) => set.has(c)));
  const found = new Map<DomElement, string>();
  for (const e of innermost) {
    const shown = e.closest("table, figure, pre") ?? e;
    if (found.has(shown)) continue;
    const section = shown.closest("section[id]")?.getAttribute("id");
    const caption = shown.querySelector("caption, figcaption")?.textContent;
    const own = `${shown.tagName.toLowerCase()}${shown.id ? `#${shown.id}` : ""}${[...shown.classList].map((c) => `.${c}`).join("")}`;
    const text = (caption ?? shown.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 60);
    found.set(shown, `${section ? `section#${section} ` : ""}${own}: reaches ${Math.round(reach(shown))} px${text ? ` ("${text}")` : ""}`);
  }
  return [`the page scrolls sideways: document.scrollingElement.scrollWidth ${scrollWidth} px > innerWidth ${width} px`, ...found.values()];
}

/**
 * In the page: the smallest height on screen of a chart's text (an SVG `<text>` inside a figure),
 * in CSS pixels, and the figure it is in; null when the page has no chart text.
 */
export function smallestChartText(): { px: number; figure: string } | null {
  let smallest: { px: number; figure: string } | null = null;
  for (const t of document.querySelectorAll("figure svg text")) {
    const r = t.getBoundingClientRect();
    if (r.height === 0 || (t.textContent ?? "").trim() === "") continue;
    // The drawn size of the font: its CSS size scaled like the text's box (the SVG's scale).
    const fontSize = Number.parseFloat(getComputedStyle(t).fontSize);
    const svg = t.closest("svg");
    const svgBox = svg?.getBoundingClientRect();
    const viewBox = svg
      ?.getAttribute("viewBox")
      ?.split(/[\s,]+/)
      .map(Number);
    const viewWidth = viewBox?.[2];
    const scale = svgBox !== undefined && viewWidth ? svgBox.width / viewWidth : 1;
    const px = fontSize * scale;
    if (smallest === null || px < smallest.px) smallest = { px, figure: t.closest("figure")?.getAttribute("id") ?? "(a figure without id)" };
  }
  return smallest;
}

/** In the page: the texts of its h2 and h3 headings, whitespace collapsed. */
export function headingTexts(): string[] {
  return [...document.querySelectorAll("h2, h3")].map((h) => (h.textContent ?? "").replace(/\s+/g, " ").trim());
}

/** In the page: each chart's figure id, its drawn title (the lines of the SVG's `…-title` text, joined by spaces) and its caption. */
export function figureTexts(): { id: string; title: string; caption: string }[] {
  const squash = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();
  return [...document.querySelectorAll("figure[id]")].map((f) => {
    const id = f.getAttribute("id") ?? "";
    const title = f.querySelector(`[id="${id}-title"]`);
    const lines = title === null ? [] : [...title.querySelectorAll("tspan")].map((t) => squash(t.textContent));
    return { id, title: lines.length > 0 ? lines.join(" ") : squash(title?.textContent), caption: squash(f.querySelector("figcaption")?.textContent) };
  });
}

/** In the page: each map key (`ol.map-key`) by its first and last entries (an area's name and value, the entry's number left out). */
export function mapKeyEntries(): { first: string; last: string }[] {
  const entry = (li: DomElement | undefined) =>
    (li?.textContent ?? "")
      .replace(li?.querySelector("b")?.textContent ?? "", "")
      .replace(/\s+/g, " ")
      .trim();
  return [...document.querySelectorAll("ol.map-key")].map((ol) => {
    const items = [...ol.querySelectorAll("li")];
    return { first: entry(items[0]), last: entry(items[items.length - 1]) };
  });
}

/** In the page: each table with a header row: its caption, its header cells' texts and each body row's first cell. */
export function tableTexts(): { caption: string; header: string[]; rows: string[] }[] {
  const squash = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();
  return [...document.querySelectorAll("table")]
    .filter((t) => t.querySelector("thead") !== null)
    .map((t) => ({
      caption: squash(t.querySelector("caption")?.textContent),
      header: [...t.querySelectorAll("thead th")].map((th) => squash(th.textContent)),
      rows: [...t.querySelectorAll("tbody tr")].map((tr) => squash(tr.querySelector("th, td")?.textContent)),
    }));
}
