import { Resvg } from "@resvg/resvg-js";

/**
 * The fonts a chart's text is drawn in. The charts ask for "Arial, Helvetica, sans-serif": Arial
 * where it is installed (Windows, macOS), else the generic sans-serif, which is Liberation Sans
 * (Arial's metric twin, on most Linux systems), so labels keep the widths they were laid out for.
 */
const FONTS = { loadSystemFonts: true, defaultFontFamily: "Liberation Sans", sansSerifFamily: "Liberation Sans" } as const;

/** A chart's SVG drawn as a PNG `width` pixels wide on a white ground by resvg (Node.js), with the system's fonts. */
export function resvgChart(svg: string, width: number): Uint8Array {
  const png = new Resvg(svg, { fitTo: { mode: "width", value: width }, background: "#ffffff", font: FONTS }).render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
