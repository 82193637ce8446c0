import { describeValue } from "@crimestats/internal";
import { ChartsError } from "./ChartsError.js";

const hex = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/**
 * The contrast ratio of two colours as WCAG 2 defines it: (L1 + 0.05) / (L2 + 0.05), where L1 is
 * the relative luminance of the lighter colour and L2 of the darker, each the weighted sum
 * 0.2126 R + 0.7152 G + 0.0722 B of the sRGB channels made linear (WCAG 2.2, "contrast ratio"
 * and "relative luminance", https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio). The ratio runs
 * from 1 (the same colour) to 21 (black on white); WCAG asks 3:1 for graphical objects and large
 * text, 4.5:1 for text. The ratio is not rounded: compare it with the threshold, and round only
 * to show it.
 *
 * @param a - A colour, `#rgb` or `#rrggbb` (either case).
 * @param b - Another colour, in the same form.
 * @returns The contrast ratio, from 1 to 21 (the same for `(a, b)` and `(b, a)`).
 * @throws {@link ChartsError} `invalid-argument` when a colour is not `#rgb` or `#rrggbb`.
 * @example
 * ```ts
 * contrastRatio("#000", "#ffffff");
 * //=> 21
 * contrastRatio("#0072B2", "#ffffff") >= 3;
 * //=> true
 * ```
 */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a, "a");
  const lb = luminance(b, "b");
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The WCAG 2 relative luminance of a `#rgb` or `#rrggbb` colour. */
function luminance(colour: unknown, what: string): number {
  if (typeof colour !== "string" || !hex.test(colour)) {
    throw new ChartsError("invalid-argument", `contrastRatio: ${what} is ${describeValue(colour)}: expected a colour "#rgb" or "#rrggbb".`, {
      field: what,
    });
  }
  const digits = colour.length === 4 ? [...colour.slice(1)].map((d) => d + d).join("") : colour.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = Number.parseInt(digits.slice(i, i + 2), 16) / 255;
    // The sRGB transfer function inverted (WCAG 2 gives 0.03928; IEC 61966-2-1 has 0.04045: no 8-bit channel lies between them).
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
