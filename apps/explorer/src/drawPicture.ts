/**
 * Draws an SVG chart as a PNG `width` pixels wide (the height keeps the chart's proportions) on
 * a white ground, with the browser's own SVG renderer and fonts: what the worker asks for to put
 * the charts in the Word file (renderDocx's drawChart; a worker cannot draw an SVG).
 *
 * @param svg - The chart's SVG source, standing alone (with its namespace).
 * @param width - The width of the PNG in pixels.
 * @returns The PNG file's bytes.
 * @throws Error when the browser cannot decode the SVG or make the PNG.
 * @example
 * ```ts
 * const png = await drawPicture('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"/>', 80);
 * // a PNG 80 × 40 pixels
 * ```
 */
export async function drawPicture(svg: string, width: number): Promise<ArrayBuffer> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const ratio = image.naturalWidth > 0 && image.naturalHeight > 0 ? image.naturalHeight / image.naturalWidth : 0.5;
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(width));
  canvas.height = Math.max(1, Math.round(width * ratio));
  const context = canvas.getContext("2d");
  if (context === null) throw new Error("The browser gave no canvas to draw the chart on.");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (blob === null) throw new Error("The browser could not make a PNG of a chart.");
  return blob.arrayBuffer();
}
