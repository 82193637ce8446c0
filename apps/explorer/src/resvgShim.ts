// Stands in for "@resvg/resvg-js" (a native Node.js module) in the worker's bundle: vite.config.ts
// aliases that package here. renderDocx draws each chart as a PNG synchronously through it; a
// worker cannot draw an SVG (no DOM), so the worker runs renderDocx twice: the first run records
// every chart asked for (and gets a blank picture), the page draws them on a canvas, and the
// second run gets those pictures (see wordFile in src/worker.ts).

import type { PictureToDraw } from "./protocol.js";

/** A valid 1 × 1 white PNG, the picture of a chart not drawn yet. */
const BLANK_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=";

/** The pictures drawn, by {@link pictureKey}; and the charts asked for that are not among them. */
const book = { drawn: new Map<string, Uint8Array>(), wanted: new Map<string, PictureToDraw>() };

/** The key of a chart drawn `width` pixels wide. */
function pictureKey(svg: string, width: number): string {
  return `${width}\n${svg}`;
}

/** The charts asked for since the last call that have no picture yet (and forgets them). */
export function takeWantedPictures(): readonly PictureToDraw[] {
  const wanted = [...book.wanted.values()];
  book.wanted.clear();
  return wanted;
}

/** Gives the PNG of each chart in `wanted`, in the same order, for the next run of renderDocx. */
export function givePictures(wanted: readonly PictureToDraw[], pngs: readonly ArrayBuffer[]): void {
  wanted.forEach((picture, i) => {
    const png = pngs[i];
    if (png !== undefined) book.drawn.set(pictureKey(picture.svg, picture.width), new Uint8Array(png));
  });
}

/** Forgets every picture (between two assessments). */
export function forgetPictures(): void {
  book.drawn.clear();
  book.wanted.clear();
}

/** The options of resvg that renderDocx passes; only the width matters here. */
interface ResvgOptions {
  readonly fitTo?: { readonly mode: string; readonly value: number };
}

/** The part of resvg's `Resvg` class that renderDocx uses: `new Resvg(svg, options).render().asPng()`. */
export class Resvg {
  readonly #svg: string;
  readonly #width: number;

  constructor(svg: string, options?: ResvgOptions) {
    this.#svg = svg;
    this.#width = Math.max(1, Math.round(options?.fitTo?.value ?? 800));
  }

  render(): { asPng(): Uint8Array } {
    const key = pictureKey(this.#svg, this.#width);
    const drawn = book.drawn.get(key);
    if (drawn === undefined) book.wanted.set(key, { svg: this.#svg, width: this.#width });
    return { asPng: () => drawn ?? Uint8Array.from(atob(BLANK_PNG), (c) => c.charCodeAt(0)) };
  }
}
