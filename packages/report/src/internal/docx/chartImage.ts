import { TEXT_HEIGHT_PX, TEXT_WIDTH_PX } from "./page.js";

/** A picture for the Word document: PNG or JPEG bytes and the size to show it at, in CSS pixels (96 to the inch). */
export interface WordPicture {
  readonly type: "png" | "jpg";
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/**
 * The tallest a chart is shown, in CSS pixels: about 62% of the text column's height (some
 * 158 mm), so a tall map keeps its heading and caption on its page.
 */
const MAX_CHART_HEIGHT_PX = Math.round(TEXT_HEIGHT_PX * 0.62);

/**
 * Pixels of the PNG per CSS pixel shown: 2.5, so a chart the width of the text column is drawn
 * 1,682 pixels wide, 240 dots to the inch on paper (lines and 7 pt labels print sharp).
 */
const RASTER_SCALE = 2.5;

/**
 * The size a picture of `width` × `height` CSS pixels is shown at: its own size, made smaller to
 * fit the text column's width and {@link MAX_CHART_HEIGHT_PX}, the aspect ratio kept. It is never
 * enlarged: a chart's text then stays at the size it was drawn at (11 to 12 px, about 8.5 pt)
 * or smaller, never larger than the document's own text, and a narrow chart leaves room for
 * its caption on the page.
 */
export function fittedSize(width: number, height: number, maxWidth = TEXT_WIDTH_PX, maxHeight = MAX_CHART_HEIGHT_PX): { width: number; height: number } {
  const scale = Math.min(1, maxWidth / width, maxHeight / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The width and height an SVG's root element declares (its `width`/`height`, else its `viewBox`), or `null`. */
export function svgSize(svg: string): { width: number; height: number } | null {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const attr = (name: string): number | null => {
    const value = new RegExp(`\\s${name}="\\s*([0-9.]+)(?:px)?\\s*"`).exec(root)?.[1];
    const n = value === undefined ? Number.NaN : Number(value);
    return Number.isFinite(n) && n > 0 ? n : null;
  };
  const width = attr("width");
  const height = attr("height");
  if (width !== null && height !== null) return { width, height };
  const box = /\sviewBox="\s*[-0-9.]+[\s,]+[-0-9.]+[\s,]+([0-9.]+)[\s,]+([0-9.]+)\s*"/.exec(root);
  if (box === null) return null;
  const [w, h] = [Number(box[1]), Number(box[2])];
  return w > 0 && h > 0 ? { width: w, height: h } : null;
}

/**
 * Draws a chart's SVG as a PNG `width` pixels wide (the height in proportion) on a white ground:
 * resvg in Node.js, the browser's own renderer in a page.
 */
export type DrawChart = (svg: string, width: number) => Uint8Array | Promise<Uint8Array>;

/**
 * An SVG drawn as a PNG to be shown at `shown` CSS pixels: `draw` is given the SVG (with its
 * namespace, so it stands alone) and {@link RASTER_SCALE} times the width shown.
 */
export function svgPicture(svg: string, shown: { width: number; height: number }, draw: (svg: string, width: number) => Uint8Array): WordPicture {
  const source = /<svg\b[^>]*\sxmlns=/.test(svg) ? svg : svg.replace(/<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"');
  return { type: "png", data: draw(source, Math.round(shown.width * RASTER_SCALE)), width: shown.width, height: shown.height };
}

/** The pixel size a PNG or JPEG file declares (PNG's IHDR, JPEG's first start-of-frame), or `null`. */
export function bitmapSize(data: Uint8Array): { width: number; height: number } | null {
  const u16 = (i: number): number => ((data[i] ?? 0) << 8) | (data[i + 1] ?? 0);
  if (data[0] === 0x89 && data[1] === 0x50 && data.length >= 24) {
    const u32 = (i: number): number => u16(i) * 65536 + u16(i + 2);
    const size = { width: u32(16), height: u32(20) };
    return size.width > 0 && size.height > 0 ? size : null;
  }
  if (data[0] === 0xff && data[1] === 0xd8) {
    let i = 2;
    while (i + 9 < data.length) {
      if (data[i] !== 0xff) return null;
      const marker = data[i + 1] ?? 0;
      // Start of frame: SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        const size = { width: u16(i + 7), height: u16(i + 5) };
        return size.width > 0 && size.height > 0 ? size : null;
      }
      i += 2 + u16(i + 2);
    }
  }
  return null;
}
