import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LevelFormat,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type FileChild,
} from "docx";
import type { FilledDocumentOptions } from "../document/documentOptions.js";
import { ORDERED_LIST, SIZE } from "./htmlToDocx.js";
import { mmToTwips, PAGE_MM, TEXT_WIDTH_TWIPS } from "./page.js";

/** The font of the Word document: Arial (Liberation Sans, its metric twin, where Arial is not installed). */
const FONT = "Arial";

/**
 * The Word file of a converted document: A4 with the printed HTML's margins; Arial throughout;
 * Title and Heading 1–3 in the accent colour (Heading 1 ruled below, as the HTML's h2), kept with
 * what follows; captions never split across pages; a running header (`margins.header`, the
 * printed HTML's: the partnership and title, and the date produced at the right) from the second
 * page on; a footer on every page with `margins.footer` (the footer text, or the SYNTHETIC warning)
 * and "Page X of Y" (Word fields). `margins` default to the title and the footer option.
 */
export async function docxFile(
  body: readonly FileChild[],
  title: string,
  options: FilledDocumentOptions,
  margins: { readonly header: string; readonly footer: string } = { header: title, footer: options.footer ?? "" },
): Promise<Uint8Array> {
  const accent = options.accentColour.replace(/^#/, "").toUpperCase();
  const rightTab = [{ type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIPS }];
  const small = { size: 16, color: "404040", font: FONT };
  const header = new Header({
    children: [
      new Paragraph({
        tabStops: rightTab,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: "8A8A8A", space: 2 } },
        children: [new TextRun({ text: margins.header, ...small }), new TextRun({ children: [new Tab(), options.dateText], ...small })],
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        tabStops: rightTab,
        children: [
          ...(margins.footer === "" ? [] : [new TextRun({ text: margins.footer, ...small })]),
          new TextRun({ children: [new Tab(), "Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], ...small }),
        ],
      }),
    ],
  });
  const heading = (size: number, extra: object = {}) => ({
    run: { font: FONT, size, bold: true, color: accent },
    paragraph: { keepNext: true, keepLines: true, ...extra },
  });
  const document = new Document({
    title,
    creator: options.partnership ?? "crimestats",
    description: title,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, color: "1B1B1B", language: { value: "en-GB" } },
          paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
        },
        title: heading(52, { spacing: { before: 0, after: 160 } }),
        heading1: heading(32, {
          spacing: { before: 360, after: 160 },
          border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: accent, space: 2 } },
        }),
        heading2: heading(24, { spacing: { before: 240, after: 100 } }),
        heading3: heading(22, { spacing: { before: 200, after: 80 } }),
        caption: { run: { font: FONT, size: 18, color: "404040", italics: false }, paragraph: { spacing: { before: 60, after: 160 }, keepLines: true } },
        hyperlink: { run: { color: accent, underline: {} } },
      },
    },
    numbering: {
      config: [
        {
          reference: ORDERED_LIST,
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mmToTwips(PAGE_MM.width), height: mmToTwips(PAGE_MM.height), orientation: PageOrientation.PORTRAIT },
            margin: {
              top: mmToTwips(PAGE_MM.top),
              right: mmToTwips(PAGE_MM.right),
              bottom: mmToTwips(PAGE_MM.bottom),
              left: mmToTwips(PAGE_MM.left),
              header: mmToTwips(PAGE_MM.header),
              footer: mmToTwips(PAGE_MM.footer),
            },
          },
        },
        headers: { default: header, first: new Header({ children: [] }) },
        footers: { default: footer, first: footer },
        children: [...body],
      },
    ],
  });
  // An ArrayBuffer, not toBuffer's Node.js Buffer, so the file is made in browsers too.
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
