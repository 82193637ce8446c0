import { describeValue } from "@crimestats/internal";
import { PoliceDataError } from "./PoliceDataError.js";
import { isStringList, optionsOf } from "./internal/check.js";
import { checkHeaderText, rowFields } from "./internal/header.js";
import { StatsBuilder } from "./internal/reconcile.js";
import { scanSource } from "./internal/source.js";
import type { ReaderStats } from "./types.js";

/** One area of an ONS mid-year population estimates table. */
export interface MidYearEstimate {
  /** ONS area code, e.g. "E09000015". */
  readonly code: string;
  /** Area name as published, e.g. "Harrow", "LONDON". */
  readonly name: string;
  /** Kind of area as published, e.g. "London Borough", "Region", "Country". */
  readonly geography: string;
  /** Residents of all ages (the `All ages` column). */
  readonly population: number;
}

/** An ONS mid-year population estimates table by local authority, read by {@link readMidYearEstimates}. */
export interface MidYearEstimates {
  /** Year of the estimates (mid-year, 30 June). */
  readonly year: number;
  /** One row per area, in table order (countries, regions, counties and districts alike: filter on `geography` before summing). */
  readonly rows: readonly MidYearEstimate[];
  /** The first line of text above the table (the table's title in ONS workbooks), or `null` when the table starts on the first row. */
  readonly title: string | null;
  /**
   * Data rows read and rejected: an `All ages` value that is not a whole number from 0 to
   * `Number.MAX_SAFE_INTEGER` (`invalid-count`), an empty code, name or geography
   * (`invalid-value`), a second row for a code already read (`duplicate-row`), a row outside the
   * `geography` asked for (`filtered`), a CSV row with the wrong number of fields (`field-count`).
   * Blank rows are not data rows. Lines are CSV lines or worksheet row numbers.
   */
  readonly stats: ReaderStats;
}

/** Options of {@link readMidYearEstimates}. */
export interface ReadMidYearEstimatesOptions {
  /** Year of the estimates, when the table's title, the cover sheet and the file name do not state it (or to override them). */
  readonly year?: number;
  /** Keep only rows of these kinds of area (the `Geography` column, compared without regard to case), e.g. `["London Borough", "Region"]`; other rows are rejected as `filtered`. */
  readonly geography?: readonly string[];
  /** File name, used in messages, in `stats.files` and to find the year (`mye24…` → 2024, `…mid2021…` → 2021); default `"<input>"`. */
  readonly fileName?: string;
}

/** The cells of one row: text, a number, or `null` for an empty cell. */
type Cells = readonly (string | number | null)[];

/** A table as rows of cells, with each row's line (CSV) or worksheet row number. */
interface Table {
  readonly rows: readonly Cells[];
  readonly lines: readonly number[];
  /** Text of the workbook's cover sheet, searched for the year after the table's own text. */
  readonly cover: readonly string[];
  /** Whether rows are CSV lines, which must have as many fields as the header. */
  readonly csv: boolean;
}

const MAX_YEAR = 9999;
const MIN_YEAR = 1000;

/**
 * Read an ONS mid-year population estimates table by local authority ("MYE2 - Persons": columns
 * `Code, Name, Geography, All ages, 0, 1, …, 90+`) from an `.xls` or `.xlsx` workbook as ONS
 * publishes it, or from a CSV save of that table (UTF-8, with or without a byte-order mark, LF or
 * CRLF). The format is told from the bytes (a zip archive is `.xlsx`, an OLE2 compound file is
 * `.xls`, anything else is read as CSV text). In a workbook the sheet "MYE2 - Persons" is read
 * (or the only sheet); the header row is found wherever it is (ONS puts notes above it). Only the
 * `All ages` column is kept. Workbooks are read with the SheetJS library, loaded only when a
 * workbook is given, so reading CSV (and bundles that never read a workbook) stay small.
 *
 * The year is `options.year`, else the first year stated in the text above the table ("…, mid-2022")
 * or on the cover sheet ("June 2021"), else the file name (`mye24tablesew.csv` → 2024,
 * `ukpopestimatesmid2021on2021geographyfinal.xls` → 2021).
 *
 * @param source - the file's bytes.
 * @param options - the year, the kinds of area to keep and the file name.
 * @returns the year, one row per area, the title and the row statistics.
 * @throws {@link PoliceDataError} `invalid-header` when no row has the columns `Code` and `Name`,
 * when the `Geography` or `All ages` column is missing or appears twice, or when a workbook has
 * no "MYE2 - Persons" sheet and more than one sheet; `invalid-data` when the year is stated
 * nowhere (or twice, differently, in one line of the title) and `options.year` is not given;
 * `invalid-option` for a bad option, or a `geography` that no row has (naming those the table
 * has); `invalid-argument` when `source` is not bytes; `invalid-csv` for malformed CSV text;
 * `invalid-data` for a workbook that cannot be read (damaged, or protected by a password).
 * @example
 * ```ts
 * const csv = "Code,Name,Geography,All ages,0,1\r\n" +
 *   "E12000007,LONDON,Region,9089736,100,200\r\n" +
 *   "E09000015,Harrow,London Borough,270724,10,20";
 * const mye = await readMidYearEstimates(new TextEncoder().encode(csv), { fileName: "mye24tablesew.csv", geography: ["London Borough"] });
 * [mye.year, mye.rows, mye.stats.rejectedByCode];
 * //=> [2024, [{ code: "E09000015", name: "Harrow", geography: "London Borough", population: 270724 }], { filtered: 1 }]
 * ```
 */
export async function readMidYearEstimates(source: Uint8Array | ArrayBuffer, options?: ReadMidYearEstimatesOptions): Promise<MidYearEstimates> {
  options = optionsOf("readMidYearEstimates", options);
  const { year, geography, fileName } = options;
  if (year !== undefined && !(Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR)) {
    throw new PoliceDataError(
      "invalid-option",
      `readMidYearEstimates: year: expected a whole number from ${MIN_YEAR} to ${MAX_YEAR}, got ${describeValue(year)}`,
      {
        year: describeValue(year),
      },
    );
  }
  if (geography !== undefined && !(isStringList(geography) && geography.every((g) => g.trim() !== ""))) {
    throw new PoliceDataError(
      "invalid-option",
      `readMidYearEstimates: geography: expected a list of kinds of area (e.g. ["London Borough"]), got ${describeValue(geography)}`,
      {
        geography: describeValue(geography),
      },
    );
  }
  if (fileName !== undefined && typeof fileName !== "string") {
    throw new PoliceDataError("invalid-option", `readMidYearEstimates: fileName: expected text, got ${describeValue(fileName)}`, {
      fileName: describeValue(fileName),
    });
  }
  const bytes = source instanceof ArrayBuffer ? new Uint8Array(source) : source;
  if (!(bytes instanceof Uint8Array)) {
    throw new PoliceDataError(
      "invalid-argument",
      `readMidYearEstimates: expected the bytes of a file (a Uint8Array or an ArrayBuffer), got ${describeValue(source)}`,
      {
        value: describeValue(source),
      },
    );
  }
  const file = fileName ?? "<input>";
  const table = isWorkbook(bytes) ? await workbookTable(bytes, file) : await csvTable(bytes, file);
  return estimatesOf(table, file, year, geography);
}

/** Whether the bytes are a zip archive (`.xlsx`, `.ods`) or an OLE2 compound file (`.xls`). */
function isWorkbook(b: Uint8Array): boolean {
  const zip = b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
  const ole = b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0 && b[4] === 0xa1 && b[5] === 0xb1 && b[6] === 0x1a && b[7] === 0xe1;
  return zip || ole;
}

/** The rows of a CSV file, each field as text. */
async function csvTable(bytes: Uint8Array, file: string): Promise<Table> {
  const rows: string[][] = [];
  const lines: number[] = [];
  await scanSource({ name: file, data: bytes }, (buf, starts, ends, kinds, n, line) => {
    const fields = rowFields(buf, starts, ends, kinds, n);
    if (rows.length === 0) checkHeaderText(file, fields, kinds);
    rows.push(fields);
    lines.push(line);
  });
  return { rows, lines, cover: [], csv: true };
}

/** Whether a sheet name is that of the persons table ("MYE2 - Persons", "MYE 2 Persons"). */
const PERSONS_SHEET = /^\s*MYE\s*2\b.*\bpersons\b/i;

/** The "MYE2 - Persons" sheet of a workbook (or its only sheet), with the cover sheet's text. */
async function workbookTable(bytes: Uint8Array, file: string): Promise<Table> {
  // loaded here only, so that reading CSV never loads the spreadsheet library
  const XLSX = await import("@e965/xlsx");
  const settings = { type: "array", dense: true, cellFormula: false, cellHTML: false, cellStyles: false, cellText: false } as const;
  const read = (sheets: (string | number)[]): ReturnType<typeof XLSX.read> => {
    try {
      return XLSX.read(bytes, { ...settings, sheets });
    } catch (error) {
      throw new PoliceDataError(
        "invalid-data",
        `${file}: the workbook cannot be read (${error instanceof Error ? error.message : describeValue(error)}); expected an .xls or .xlsx workbook as published, not damaged or protected by a password`,
        { file },
      );
    }
  };
  let book = read([0, "MYE2 - Persons"]);
  const names = book.SheetNames;
  const name = names.find((n) => PERSONS_SHEET.test(n)) ?? (names.length === 1 ? names[0] : undefined);
  if (name === undefined) {
    throw new PoliceDataError(
      "invalid-header",
      `${file}: no sheet "MYE2 - Persons" in the workbook (its sheets are ${names.map((n) => describeValue(n)).join(", ")}); expected the ONS mid-year estimates table of persons`,
      { file, sheets: [...names] },
    );
  }
  if (book.Sheets[name] === undefined) book = read([0, name]);
  const cells = (sheetName: string): (string | number | null)[][] =>
    // dense rows and cells have holes where a worksheet row or cell is empty
    Array.from(book.Sheets[sheetName]?.["!data"] ?? [], (row) => Array.from(row ?? [], (c) => (c === undefined ? null : cellValue(c.v))));
  const rows = cells(name);
  const cover = names[0] === name ? [] : cells(names[0]!).flatMap((r) => r.filter((c): c is string => typeof c === "string"));
  return { rows, lines: rows.map((_, i) => i + 1), cover, csv: false };
}

/** A cell's value as text or a number (`null` when empty). */
function cellValue(v: unknown): string | number | null {
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "number" || typeof v === "string") return v;
  return String(v);
}

/** Header text without case, footnote markers ("Geography1", "All ages [note 2]") or extra spaces. */
function headerKey(cell: string | number | null): string {
  return String(cell ?? "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/(?<=[a-z])\d+$/i, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** Whether a row has no value in any cell. */
function isBlank(row: Cells): boolean {
  return row.every((c) => c === null || (typeof c === "string" && c.trim() === ""));
}

/** The year stated in a line of text ("mid-2022", "Mid 2021", "June 2021"); `undefined` when none; `invalid-data` when two differ. */
function yearInText(text: string, file: string): number | undefined {
  const years = new Set([...text.matchAll(/\b(?:mid[-\s]?|june\s+)(\d{4})\b/gi)].map((m) => Number(m[1])));
  if (years.size > 1) {
    throw new PoliceDataError(
      "invalid-data",
      `${file}: the title ${describeValue(text)} states more than one year (${[...years].join(", ")}); pass the year of the estimates as the option year`,
      { file, title: text, years: [...years] },
    );
  }
  return years.size === 1 ? [...years][0] : undefined;
}

/** The year in a file name: `mye24…` → 2024, `…mid2021…` / `…mid-2021…` → 2021. */
function yearInFileName(file: string): number | undefined {
  const base = file.split(/[\\/]/).pop() ?? file;
  const mid = /mid[-_\s]?(\d{4})(?!\d)/i.exec(base);
  if (mid !== null) return Number(mid[1]);
  const mye = /mye(\d{2})(?!\d)/i.exec(base);
  return mye === null ? undefined : 2000 + Number(mye[1]);
}

/** The whole number of an `All ages` cell, or `null` when it is not one from 0 to `Number.MAX_SAFE_INTEGER`. */
function countOf(cell: string | number | null): number | null {
  if (typeof cell === "number") return Number.isSafeInteger(cell) && cell >= 0 ? cell : null;
  if (cell === null || !/^\d{1,16}(\.0+)?$/.test(cell.trim())) return null;
  const n = Number(cell.trim());
  return Number.isSafeInteger(n) ? n : null;
}

/** The rows of the table below its header, checked, filtered and with the year found. */
function estimatesOf(table: Table, file: string, optionYear: number | undefined, geography: readonly string[] | undefined): MidYearEstimates {
  const { rows, lines } = table;
  const h = rows.findIndex((r) => r.some((c) => headerKey(c) === "code") && r.some((c) => headerKey(c) === "name"));
  if (h < 0) {
    throw new PoliceDataError(
      "invalid-header",
      `${file}: no header row found in ${rows.length} rows; expected a row with the columns Code, Name, Geography and All ages (the ONS mid-year estimates table "MYE2 - Persons")`,
      { file, rows: rows.length },
    );
  }
  const header = rows[h]!;
  const headerLine = lines[h]!;
  const column = (key: string, label: string): number => {
    const at = header.findIndex((c) => headerKey(c) === key);
    const again = header.findIndex((c, i) => i > at && headerKey(c) === key);
    if (at < 0 || again >= 0) {
      const seen = header.filter((c) => c !== null && String(c).trim() !== "").map(String);
      const cols = seen.length > 8 ? `${seen.slice(0, 8).join(", ")}, …` : seen.join(", ");
      throw new PoliceDataError(
        "invalid-header",
        at < 0
          ? `${file}:${headerLine}: the header has no ${describeValue(label)} column (its columns are ${cols}); expected the ONS columns Code, Name, Geography, All ages`
          : `${file}:${headerLine}: the header has the column ${describeValue(label)} twice (columns ${at + 1} and ${again + 1}); expected it once`,
        { file, line: headerLine, column: label },
      );
    }
    return at;
  };
  const cols = { code: column("code", "Code"), name: column("name", "Name"), geography: column("geography", "Geography"), all: column("all ages", "All ages") };

  const above = rows.slice(0, h).flatMap((r) => r.filter((c) => c !== null && String(c).trim() !== "").map((c) => String(c).trim()));
  const title = above[0] ?? null;
  let year = optionYear;
  for (const text of [...above, ...table.cover]) {
    if (year !== undefined) break;
    year = yearInText(text, file);
  }
  year ??= yearInFileName(file);
  if (year === undefined) {
    throw new PoliceDataError(
      "invalid-data",
      `${file}: the year of the estimates is not stated in the text above the table, on a cover sheet or in the file name; pass it as the option year (e.g. { year: 2024 })`,
      { file },
    );
  }

  const keep = geography === undefined ? null : new Set(geography.map((g) => g.trim().toLowerCase()));
  const stats = new StatsBuilder();
  stats.files.push(file);
  const out: MidYearEstimate[] = [];
  const codes = new Set<string>();
  const kinds = new Set<string>();
  for (let i = h + 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (isBlank(row)) continue;
    const line = lines[i]!;
    stats.rowsRead++;
    const text = (at: number): string => String(row[at] ?? "").trim();
    if (table.csv && row.length !== header.length) {
      stats.reject("field-count", file, line, `expected ${header.length} fields, got ${row.length}`);
      continue;
    }
    const [code, name, kind] = [text(cols.code), text(cols.name), text(cols.geography)];
    kinds.add(kind);
    if (keep !== null && !keep.has(kind.toLowerCase())) {
      stats.reject("filtered", file, line, `${code} ${name} is a ${describeValue(kind)}, not one of the kinds of area asked for`);
      continue;
    }
    const population = countOf(row[cols.all] ?? null);
    if (population === null) {
      stats.reject(
        "invalid-count",
        file,
        line,
        `All ages ${describeValue(row[cols.all] ?? "")} of ${describeValue(code)} is not a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`,
      );
      continue;
    }
    if (code === "" || name === "" || kind === "") {
      const missing = code === "" ? "Code" : name === "" ? "Name" : "Geography";
      stats.reject("invalid-value", file, line, `the ${missing} of a row with All ages ${population} is empty; expected an area code, name and kind of area`);
      continue;
    }
    if (codes.has(code)) {
      stats.reject("duplicate-row", file, line, `area ${code} already has a row; expected one row per area`);
      continue;
    }
    codes.add(code);
    out.push({ code, name, geography: kind, population });
  }
  if (keep !== null) {
    const present = new Set([...kinds].map((k) => k.toLowerCase()));
    const absent = geography!.filter((g) => !present.has(g.trim().toLowerCase()));
    if (absent.length > 0) {
      throw new PoliceDataError(
        "invalid-option",
        `readMidYearEstimates: geography: no row of ${file} is a ${absent.map((g) => describeValue(g)).join(" or ")}; the table has ${[...kinds]
          .filter((k) => k !== "")
          .map((k) => describeValue(k))
          .join(", ")}`,
        { file, geography: absent, available: [...kinds] },
      );
    }
  }
  return { year, rows: out, title, stats };
}
