import { contrastRatio } from "@crimestats/charts";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ReportError } from "../../ReportError.js";
import { defaultAccentColour, documentOptions } from "./documentOptions.js";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const SVG = new TextEncoder().encode('<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>');

/** The ReportError `documentOptions` throws for these options (fails the test when it throws none). */
function errorOf(options: unknown): ReportError {
  try {
    documentOptions("renderHtml", options);
  } catch (error) {
    if (error instanceof ReportError) return error;
    throw error;
  }
  throw new Error("no error thrown");
}

describe("documentOptions", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("fills the defaults: no title (the result's), no branding, the dark blue accent, today's date in UTC", () => {
    vi.useFakeTimers();
    // 23:30 on 6 December in London's winter is 6 December in UTC; in Apia it is already the 7th.
    vi.setSystemTime(new Date("2026-12-06T23:30:00Z"));
    expect(documentOptions("renderHtml", undefined)).toEqual({
      title: null,
      partnership: null,
      logo: null,
      introduction: [],
      accentColour: "#1d4f91",
      footer: null,
      contact: null,
      date: "2026-12-06",
      dateText: "6 December 2026",
    });
    expect(documentOptions("renderHtml", {})).toEqual(documentOptions("renderHtml", undefined));
  });

  it("keeps the default accent colour readable as text on white (at least 4.5:1)", () => {
    expect(contrastRatio(defaultAccentColour, "#ffffff")).toBeGreaterThanOrEqual(7);
  });

  it("takes every field: texts trimmed, the introduction split into paragraphs at blank lines, the colour in lower case, the date in words", () => {
    const filled = documentOptions("renderMarkdown", {
      title: "  Harrow Strategic Assessment 2026 ",
      partnership: "Safer Harrow",
      introduction: "First paragraph,\non two lines.\n\n  \nSecond paragraph.\r\n\r\nThird.",
      accentColour: "#00703C",
      footer: "OFFICIAL",
      contact: "community.safety@harrow.gov.uk",
      date: "2027-01-09",
    });
    expect(filled).toEqual({
      title: "Harrow Strategic Assessment 2026",
      partnership: "Safer Harrow",
      logo: null,
      introduction: ["First paragraph, on two lines.", "Second paragraph.", "Third."],
      accentColour: "#00703c",
      footer: "OFFICIAL",
      contact: "community.safety@harrow.gov.uk",
      date: "2027-01-09",
      dateText: "9 January 2027",
    });
  });

  it("counts a field set to undefined as not given", () => {
    expect(documentOptions("renderHtml", { title: undefined, logo: undefined, date: "2026-12-07" }).title).toBeNull();
  });

  it("embeds a PNG, JPEG or SVG logo as a data: URI, checked against its bytes", () => {
    const png = documentOptions("renderHtml", { logo: { data: PNG, type: "image/png", alt: " Safer Harrow logo " } }).logo;
    expect(png?.alt).toBe("Safer Harrow logo");
    expect(png?.dataUri).toBe(`data:image/png;base64,${Buffer.from(PNG).toString("base64")}`);
    expect(documentOptions("renderHtml", { logo: { data: JPEG, type: "image/jpeg", alt: "Logo" } }).logo?.dataUri).toMatch(/^data:image\/jpeg;base64,\/9j\//);
    const svg = documentOptions("renderHtml", { logo: { data: SVG, type: "image/svg+xml", alt: "Logo" } }).logo;
    expect(Buffer.from(svg?.dataUri.split(",")[1] ?? "", "base64").toString("utf8")).toBe(new TextDecoder().decode(SVG));
  });

  it("encodes a large logo whole (more bytes than one call can spread)", () => {
    const big = new Uint8Array(200_000);
    big.set(PNG);
    for (let i = PNG.length; i < big.length; i += 1) big[i] = i % 251;
    const logo = documentOptions("renderHtml", { logo: { data: big, type: "image/png", alt: "Logo" } }).logo;
    expect(Buffer.from(logo?.dataUri.split(",")[1] ?? "", "base64").equals(Buffer.from(big))).toBe(true);
  });

  it("refuses options that are not an object, and a field that is not an option, listing the options", () => {
    expect(errorOf(null).message).toBe("renderHtml: the options are null: expected an object (or nothing).");
    expect(errorOf(null).code).toBe("invalid-option");
    expect(errorOf("Safer Harrow").code).toBe("invalid-option");
    const unknown = errorOf({ colour: "#000000" });
    expect(unknown).toMatchObject({ code: "invalid-option", details: { field: "colour" } });
    expect(unknown.message).toBe(
      "renderHtml: options.colour is not an option: expected one of title, partnership, logo, introduction, accentColour, footer, contact, date.",
    );
  });

  it("refuses an empty or non-text title, partnership, introduction, footer or contact", () => {
    for (const field of ["title", "partnership", "introduction", "footer", "contact"]) {
      expect(errorOf({ [field]: "  " })).toMatchObject({ code: "invalid-option", details: { field } });
      expect(errorOf({ [field]: 12 }).message).toBe(`renderHtml: options.${field} is 12: expected a text that is not empty.`);
    }
  });

  it("refuses an accent colour that is not #rrggbb, and one too light to read on white, saying its contrast", () => {
    expect(errorOf({ accentColour: "blue" }).message).toBe('renderHtml: options.accentColour is "blue": expected a colour "#rrggbb".');
    expect(errorOf({ accentColour: "#12f" }).code).toBe("invalid-option");
    // #ffbf47 (a light amber) gives 1.64:1 against white (WCAG 2 contrast ratio).
    const light = errorOf({ accentColour: "#ffbf47" });
    expect(light).toMatchObject({ code: "invalid-option", details: { field: "accentColour" } });
    expect(light.message).toBe(
      'renderHtml: options.accentColour "#ffbf47" gives 1.64:1 against white: expected at least 4.5:1, so headings in it can be read (choose a darker colour).',
    );
    // #767676 is the lightest grey at 4.5:1 (4.54:1); #777777 is 4.48:1.
    expect(documentOptions("renderHtml", { accentColour: "#767676" }).accentColour).toBe("#767676");
    expect(errorOf({ accentColour: "#777777" }).message).toContain("gives 4.48:1");
  });

  it("refuses a date that is not a real YYYY-MM-DD day", () => {
    for (const date of ["2026-02-29", "2026-13-01", "2026-12-7", "7 December 2026", "2026-12-07T00:00:00Z", "0000-01-01"]) {
      expect(errorOf({ date }), date).toMatchObject({ code: "invalid-option", details: { field: "date" } });
    }
    expect(errorOf({ date: "2026-02-30" }).message).toBe('renderHtml: options.date is "2026-02-30": expected a real date "YYYY-MM-DD".');
    expect(documentOptions("renderHtml", { date: "2028-02-29" }).dateText).toBe("29 February 2028");
  });

  it("refuses a logo whose bytes are not of its type, of an unknown type, without a text alternative, or with an unknown field", () => {
    const jpegAsPng = errorOf({ logo: { data: JPEG, type: "image/png", alt: "Logo" } });
    expect(jpegAsPng).toMatchObject({ code: "invalid-option", details: { field: "logo.data" } });
    expect(jpegAsPng.message).toBe(
      "renderHtml: options.logo.data does not start as a PNG file does: expected the bytes of the PNG image that logo.type names.",
    );
    expect(errorOf({ logo: { data: PNG, type: "image/svg+xml", alt: "Logo" } }).details).toEqual({ field: "logo.data" });
    expect(errorOf({ logo: { data: PNG, type: "image/gif", alt: "Logo" } }).message).toBe(
      'renderHtml: options.logo.type is "image/gif": expected "image/png", "image/jpeg" or "image/svg+xml".',
    );
    expect(errorOf({ logo: { data: new Uint8Array(), type: "image/png", alt: "Logo" } }).details).toEqual({ field: "logo.data" });
    expect(errorOf({ logo: { data: [0x89, 0x50], type: "image/png", alt: "Logo" } }).details).toEqual({ field: "logo.data" });
    expect(errorOf({ logo: { data: PNG, type: "image/png", alt: " " } }).details).toEqual({ field: "logo.alt" });
    expect(errorOf({ logo: { data: PNG, type: "image/png" } }).details).toEqual({ field: "logo.alt" });
    expect(errorOf({ logo: { data: PNG, type: "image/png", alt: "Logo", width: 100 } }).details).toEqual({ field: "logo.width" });
    expect(errorOf({ logo: "logo.png" }).code).toBe("invalid-option");
  });
});
