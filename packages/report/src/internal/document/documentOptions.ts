import { contrastRatio } from "@crimestats/charts";
import { describeValue, formatNumber } from "@crimestats/internal";
import { monthName } from "@crimestats/periods";
import { ReportError } from "../../ReportError.js";
import { isRecord } from "../assessmentInput.js";
import type { DocumentLogo, DocumentOptions } from "../../types.js";

/** The accent colour of a document that names none: a dark blue, 8.1:1 against white. */
export const defaultAccentColour = "#1d4f91";

/** The least contrast against white an accent colour must give: WCAG's 4.5:1 for text. */
const MIN_ACCENT_CONTRAST = 4.5;

/** A document's logo, checked, with its `data:` URI. */
interface FilledLogo extends DocumentLogo {
  /** The image as a `data:` URI (base64), for an `<img src>`. */
  readonly dataUri: string;
}

/** {@link DocumentOptions} checked and filled in: what every renderer of the document reads. */
export interface FilledDocumentOptions {
  /** The title given, or `null` for the result's own title. */
  readonly title: string | null;
  /** The partnership, or `null`. */
  readonly partnership: string | null;
  /** The logo, or `null`. */
  readonly logo: FilledLogo | null;
  /** The introduction's paragraphs (none when not given), each on one line. */
  readonly introduction: readonly string[];
  /** The accent colour, `#rrggbb` in lower case. */
  readonly accentColour: string;
  /** The footer text, or `null`. */
  readonly footer: string | null;
  /** The contact line, or `null`. */
  readonly contact: string | null;
  /** The date produced, `YYYY-MM-DD`. */
  readonly date: string;
  /** The date produced as printed: "7 December 2026". */
  readonly dateText: string;
}

/** The fields of {@link DocumentOptions}, in the order an error lists them. */
const KNOWN = ["title", "partnership", "logo", "introduction", "accentColour", "footer", "contact", "date"] as const;

/**
 * Checks the options of a document renderer (`fn` names it in messages) and fills in the
 * defaults: no title (the result's), no partnership, logo, introduction, footer or contact, the
 * accent colour {@link defaultAccentColour}, today's date (UTC). A field set to `undefined` counts
 * as not given.
 *
 * @throws {@link ReportError} `invalid-option` when `options` is not an object, has a field that
 * is not one of {@link DocumentOptions}, or a field is malformed (an empty text, an accent colour
 * that is not `#rrggbb` or gives less than 4.5:1 against white, a date that is not a real
 * `YYYY-MM-DD` date, a logo whose bytes are not of its type or with no text alternative).
 */
export function documentOptions(fn: string, options: unknown): FilledDocumentOptions {
  const bad = (field: string, value: unknown, expected: string): ReportError =>
    new ReportError("invalid-option", `${fn}: options.${field} is ${describeValue(value)}: expected ${expected}.`, { field });
  if (options === undefined) options = {};
  if (!isRecord(options)) {
    throw new ReportError("invalid-option", `${fn}: the options are ${describeValue(options)}: expected an object (or nothing).`, { field: "options" });
  }
  for (const key of Object.keys(options)) {
    if (!(KNOWN as readonly string[]).includes(key)) {
      throw new ReportError("invalid-option", `${fn}: options.${key} is not an option: expected one of ${KNOWN.join(", ")}.`, { field: key });
    }
  }
  const text = (field: (typeof KNOWN)[number]): string | null => {
    const value = options[field];
    if (value === undefined) return null;
    if (typeof value !== "string" || value.trim() === "") throw bad(field, value, "a text that is not empty");
    return value.trim();
  };
  const accent = options["accentColour"] ?? defaultAccentColour;
  if (typeof accent !== "string" || !/^#[0-9a-fA-F]{6}$/.test(accent)) throw bad("accentColour", accent, 'a colour "#rrggbb"');
  const ratio = contrastRatio(accent, "#ffffff");
  if (ratio < MIN_ACCENT_CONTRAST) {
    const shown = `${formatNumber(ratio, 2)}:1`;
    throw new ReportError(
      "invalid-option",
      `${fn}: options.accentColour "${accent}" gives ${shown} against white: expected at least 4.5:1, so headings in it can be read (choose a darker colour).`,
      { field: "accentColour", contrast: ratio },
    );
  }
  const date = options["date"] ?? todayUtc();
  if (typeof date !== "string" || !isRealDate(date)) throw bad("date", date, 'a real date "YYYY-MM-DD"');
  const introduction = options["introduction"] === undefined ? [] : paragraphs(text("introduction") ?? "");
  return {
    title: text("title"),
    partnership: text("partnership"),
    logo: options["logo"] === undefined ? null : checkLogo(fn, options["logo"], (field, value, expected) => bad(`logo.${field}`, value, expected)),
    introduction,
    accentColour: accent.toLowerCase(),
    footer: text("footer"),
    contact: text("contact"),
    date,
    dateText: `${Number(date.slice(8, 10))} ${monthName(Number(date.slice(5, 7)))} ${date.slice(0, 4)}`,
  };
}

/** Today's date in UTC, `YYYY-MM-DD`. */
function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** True for `YYYY-MM-DD` naming a day of the calendar (not 2026-02-30). */
function isRealDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Plain text as paragraphs: split at blank lines, each paragraph's lines joined with a space. */
function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p !== "");
}

/** The signature each logo type's bytes start with (SVG: `<svg` near the start, after any XML declaration or comment). */
function hasSignature(data: Uint8Array, type: DocumentLogo["type"]): boolean {
  if (type === "image/png") return [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => data[i] === b);
  if (type === "image/jpeg") return data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff;
  return /<svg[\s>]/.test(new TextDecoder("utf-8", { fatal: false }).decode(data.subarray(0, 4096)));
}

const LOGO_TYPES: readonly DocumentLogo["type"][] = ["image/png", "image/jpeg", "image/svg+xml"];

/** The logo checked, with its `data:` URI; `bad` makes the error of one of its fields. */
function checkLogo(fn: string, logo: unknown, bad: (field: string, value: unknown, expected: string) => ReportError): FilledLogo {
  if (!isRecord(logo)) throw bad("", logo, "an object { data, type, alt }");
  for (const key of Object.keys(logo)) if (!["data", "type", "alt"].includes(key)) throw bad(key, logo[key], "no such field (a logo has data, type and alt)");
  const { data, type, alt } = logo;
  if (typeof type !== "string" || !(LOGO_TYPES as readonly string[]).includes(type))
    throw bad(
      "type",
      type,
      LOGO_TYPES.map((t) => `"${t}"`)
        .join(", ")
        .replace(/, ([^,]*)$/, " or $1"),
    );
  if (!(data instanceof Uint8Array) || data.length === 0) throw bad("data", data, "the image's bytes, a Uint8Array that is not empty");
  const logoType = type as DocumentLogo["type"];
  if (!hasSignature(data, logoType)) {
    const kind = logoType.slice(6).replace("+xml", "").toUpperCase();
    throw new ReportError(
      "invalid-option",
      `${fn}: options.logo.data does not start as a ${kind} file does: expected the bytes of the ${kind} image that logo.type names.`,
      {
        field: "logo.data",
      },
    );
  }
  if (typeof alt !== "string" || alt.trim() === "") throw bad("alt", alt, 'a text alternative that is not empty (e.g. "Safer Harrow logo")');
  return { data, type: logoType, alt: alt.trim(), dataUri: `data:${logoType};base64,${base64(data)}` };
}

/** Bytes in base64 (btoa runs in browsers and Node alike). */
function base64(data: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
  return btoa(binary);
}
