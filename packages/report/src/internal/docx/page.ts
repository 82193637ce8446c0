/**
 * The page of the Word document: A4 with the margins of the printed HTML document (20 mm top,
 * 16 mm at the sides, 22 mm at the foot), in the units Word counts (twips, 1/1440 inch) and in
 * CSS pixels (1/96 inch), which the `docx` library takes for an image's size.
 */

/** Twips in a millimetre (1,440 to the inch, 25.4 mm to the inch). */
const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres as whole twips. */
export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** The page's size and margins in millimetres. */
export const PAGE_MM = { width: 210, height: 297, top: 20, right: 16, bottom: 22, left: 16, header: 9, footer: 9 } as const;

/** The width of the text column in twips (A4 less the side margins: 178 mm). */
export const TEXT_WIDTH_TWIPS = mmToTwips(PAGE_MM.width - PAGE_MM.left - PAGE_MM.right);

/** The width of the text column in CSS pixels (96 to the inch): about 673 px. */
export const TEXT_WIDTH_PX = ((PAGE_MM.width - PAGE_MM.left - PAGE_MM.right) / 25.4) * 96;

/** The height of the text column in CSS pixels (A4 less the top and bottom margins: 255 mm). */
export const TEXT_HEIGHT_PX = ((PAGE_MM.height - PAGE_MM.top - PAGE_MM.bottom) / 25.4) * 96;
