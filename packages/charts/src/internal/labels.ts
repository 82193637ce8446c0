import { formatNumber } from "@crimestats/internal";

/** Advance widths of Arial/Helvetica glyphs in em (what the charts' font falls back to), by character class. */
const narrow = new Set([..."fijlrtI.,:;'!|()[] "]);
const wide = new Set([..."mwMW%@"]);
const capitals = /[A-Z]/;
const digits = /[0-9]/;

/**
 * The width in pixels a line of text takes in the charts' font (Arial or Helvetica) at a font
 * size, estimated on the generous side (for placing labels so they do not overlap or leave the
 * plot). `renderSvg` gives Vega the same estimate when it has no canvas to measure with.
 *
 * @param bold - Whether the text is set bold (a title).
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) {
    if (narrow.has(char)) em += 0.3;
    else if (wide.has(char)) em += 0.89;
    else if (digits.test(char)) em += 0.56;
    else if (capitals.test(char)) em += 0.7;
    else em += 0.56;
  }
  // Arial Bold and Helvetica Bold run about a tenth wider than their regular faces.
  return em * fontSize * (bold ? 1.1 : 1);
}

/** A confidence level as a reader sees it: 0.95 → "95%", 0.998 → "99.8%" (up to two decimals, none trailing). */
export function levelWords(confidence: number): string {
  return `${formatNumber(confidence * 100, 2, { trim: true })}%`;
}

/** Names in a sentence: "Barnet", "Barnet and Brent", "Barnet, Brent and Ealing". */
export function listWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** Text as it reads inside a sentence: a capital first letter lowered when the word is not an acronym ("Crimes per …" → "crimes per …", "ASB" kept). */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}
