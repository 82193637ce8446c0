import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as XLSX from "@e965/xlsx";
import { describe, expect, it, vi } from "vitest";
import { enc } from "../test/helpers.js";
import { readMidYearEstimates as readMidYearEstimatesFromPath } from "./node/readMidYearEstimates.js";
import { readMidYearEstimates } from "./readMidYearEstimates.js";

const HEAD = ["Code", "Name", "Geography", "All ages", "0", "1", "90+"];
/** Rows of a small MYE2 table: [code, name, geography, all ages, ages...]; ages add up to All ages. */
const TABLE: (string | number)[][] = [
  ["E12000007", "LONDON", "Region", 60, 20, 20, 20],
  ["E09000001", "City of London", "London Borough", 6, 1, 2, 3],
  ["E09000015", "Harrow", "London Borough", 54, 10, 20, 24],
  ["E06000063", "Cumberland", "Unitary Authority", 9, 3, 3, 3],
];
/** The rows readMidYearEstimates should return for TABLE (all kinds of area). */
const EXPECTED = TABLE.map(([code, name, geography, population]) => ({ code, name, geography, population }));
/** ONS puts seven lines of text above the header of "MYE2 - Persons". */
const NOTES = (title: string): string[][] => [
  [title],
  ["This worksheet contains one table. Freeze panes are turned on."],
  ["To turn off freeze panes select the 'View' ribbon then 'Freeze Panes' then 'Unfreeze Panes'"],
  ["Please choose from the links presented in the cells below to e-mail us your opinion on this table: "],
  ["This met my needs, please produce it next year"],
  ["I need something slightly different (please specify)"],
  ["This is not what I need at all (please specify)"],
];

/** CSV text of rows, fields with a comma or quote quoted. */
const csvOf = (rows: readonly (readonly (string | number)[])[], eol = "\n"): string =>
  rows.map((r) => r.map((f) => (/[",]/.test(String(f)) ? `"${String(f).replaceAll('"', '""')}"` : String(f))).join(",")).join(eol);

/** A workbook laid out as ONS publishes it: a cover sheet, the females table, then the persons table with its header on row 8. */
function workbook(
  bookType: "xlsx" | "xls",
  options: { title?: string; cover?: string; sheet?: string; extraRows?: (string | number | null)[][] } = {},
): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([[options.cover ?? "Mid-Year Population Estimates, UK, June 2019"], ["Publication dates"]]),
    "Cover sheet",
  );
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([...NOTES("MYE2: Females, mid-2019"), HEAD, ["E09000015", "Harrow", "London Borough", 1, 1, 0, 0]]),
    "MYE2 - Females",
  );
  const persons = [
    ...NOTES(options.title ?? "MYE2: Persons by single year of age and sex for local authorities in the UK, mid-2020"),
    HEAD,
    ...TABLE,
    ...(options.extraRows ?? []),
  ];
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(persons), options.sheet ?? "MYE2 - Persons");
  return new Uint8Array(XLSX.write(book, { type: "array", bookType }) as ArrayBuffer);
}

describe("readMidYearEstimates", () => {
  it("doc example", async () => {
    const csv = "Code,Name,Geography,All ages,0,1\r\n" + "E12000007,LONDON,Region,9089736,100,200\r\n" + "E09000015,Harrow,London Borough,270724,10,20";
    const mye = await readMidYearEstimates(new TextEncoder().encode(csv), { fileName: "mye24tablesew.csv", geography: ["London Borough"] });
    expect([mye.year, mye.rows, mye.stats.rejectedByCode]).toEqual([
      2024,
      [{ code: "E09000015", name: "Harrow", geography: "London Borough", population: 270724 }],
      { filtered: 1 },
    ]);
  });

  it("reads the CSV layout with a byte-order mark, CRLF line ends and no final line end", async () => {
    const mye = await readMidYearEstimates(enc(`\uFEFF${csvOf([HEAD, ...TABLE], "\r\n")}`), { fileName: "mye24tablesew.csv" });
    expect(mye).toMatchObject({ year: 2024, title: null, rows: EXPECTED });
    expect(mye.stats).toEqual({ files: ["mye24tablesew.csv"], rowsRead: TABLE.length, rowsRejected: 0, rejectedByCode: {}, rejectedExamples: [] });
  });

  it("finds the header below lines of text in a CSV; the first line is the title and states the year", async () => {
    const lines = [...NOTES("MYE2: Persons, mid-2019"), HEAD, ...TABLE];
    const mye = await readMidYearEstimates(enc(`${csvOf(lines)}\n`), { fileName: "table.csv" });
    expect([mye.year, mye.title, mye.rows]).toEqual([2019, "MYE2: Persons, mid-2019", EXPECTED]);
  });

  it("reads a generated .xlsx and .xls workbook: the persons sheet, header on row 8, blank rows after the table skipped", async () => {
    for (const bookType of ["xlsx", "xls"] as const) {
      const mye = await readMidYearEstimates(workbook(bookType, { extraRows: [[], [null, null], []] }), { fileName: `estimates.${bookType}` });
      expect(mye).toMatchObject({ year: 2020, title: "MYE2: Persons by single year of age and sex for local authorities in the UK, mid-2020", rows: EXPECTED });
      expect([mye.stats.rowsRead, mye.stats.rowsRejected]).toEqual([TABLE.length, 0]);
    }
  });

  it("a note below the table in a workbook is rejected with its row number, not read as an area", async () => {
    const mye = await readMidYearEstimates(workbook("xlsx", { extraRows: [[], ["Source: Office for National Statistics"]] }), { fileName: "w.xlsx" });
    expect(mye.rows).toEqual(EXPECTED);
    expect(mye.stats).toMatchObject({ rowsRead: TABLE.length + 1, rowsRejected: 1, rejectedByCode: { "invalid-count": 1 } });
    expect(mye.stats.rejectedExamples).toEqual([
      {
        file: "w.xlsx",
        line: 8 + TABLE.length + 2,
        code: "invalid-count",
        message: 'All ages "" of "Source: Office for National Statistics" is not a whole number from 0 to 9007199254740991',
      },
    ]);
  });

  it("tells workbooks from CSV by their bytes, not by the file name", async () => {
    const mye = await readMidYearEstimates(workbook("xls").buffer as ArrayBuffer, { fileName: "saved-as.csv" });
    expect([mye.year, mye.rows.length]).toEqual([2020, TABLE.length]);
  });

  it("reads the only sheet of a workbook whatever its name; with several sheets and none named MYE2 - Persons it is an invalid-header naming them", async () => {
    const one = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(one, XLSX.utils.aoa_to_sheet([HEAD, ...TABLE]), "Sheet1");
    const bytes = new Uint8Array(XLSX.write(one, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    expect((await readMidYearEstimates(bytes, { year: 2023 })).rows).toEqual(EXPECTED);
    await expect(readMidYearEstimates(workbook("xlsx", { sheet: "Table 2" }), { fileName: "w.xlsx" })).rejects.toMatchObject({
      code: "invalid-header",
      message:
        'w.xlsx: no sheet "MYE2 - Persons" in the workbook (its sheets are "Cover sheet", "MYE2 - Females", "Table 2"); expected the ONS mid-year estimates table of persons',
    });
  });

  it("a damaged workbook is an invalid-data naming the file, not an error of the spreadsheet library", async () => {
    for (const bookType of ["xlsx", "xls"] as const) {
      const bytes = workbook(bookType);
      await expect(readMidYearEstimates(bytes.slice(0, 600), { fileName: `cut.${bookType}` })).rejects.toMatchObject({
        name: "PoliceDataError",
        code: "invalid-data",
        message: new RegExp(`^cut\\.${bookType}: the workbook cannot be read \\(.+\\); expected an \\.xls or \\.xlsx workbook as published`),
      });
    }
  });

  it("rejects bad rows with a code and line: invalid-count, invalid-value, duplicate-row, field-count", async () => {
    const lines = [
      HEAD,
      ["E09000015", "Harrow", "London Borough", 54, 10, 20, 24],
      ["E09000002", "Barking and Dagenham", "London Borough", "n/a", 1, 1, 1],
      ["E09000003", "Barnet", "London Borough", -3, 1, 1, 1],
      ["E09000004", "Bexley", "London Borough", 2.5, 1, 1, 1],
      ["E09000005", "Brent", "London Borough", "99999999999999999999", 1, 1, 1],
      ["", "Nowhere", "London Borough", 3, 1, 1, 1],
      ["E09000015", "Harrow", "London Borough", 54, 10, 20, 24],
      ["E09000006", "Bromley", "London Borough", 7],
      ["E09000007", "Camden", "London Borough", "12.0", 4, 4, 4],
    ];
    const read = await readMidYearEstimates(enc(csvOf(lines)), { fileName: "p.csv", year: 2024 });
    expect(read.rows.map((r) => [r.code, r.population])).toEqual([
      ["E09000015", 54],
      ["E09000007", 12],
    ]);
    expect(read.stats).toMatchObject({
      rowsRead: 9,
      rowsRejected: 7,
      rejectedByCode: { "invalid-count": 4, "invalid-value": 1, "duplicate-row": 1, "field-count": 1 },
    });
    expect(read.stats.rejectedExamples.map((e) => [e.line, e.code])).toEqual([
      [3, "invalid-count"],
      [4, "invalid-count"],
      [5, "invalid-count"],
      [6, "invalid-count"],
      [7, "invalid-value"],
      [8, "duplicate-row"],
      [9, "field-count"],
    ]);
    expect(read.stats.rejectedExamples[4]!.message).toBe("the Code of a row with All ages 3 is empty; expected an area code, name and kind of area");
    expect(read.stats.rejectedExamples[5]!.message).toBe("area E09000015 already has a row; expected one row per area");
  });

  it("no header row, or a header without All ages or Geography, is an invalid-header that says what was expected", async () => {
    await expect(readMidYearEstimates(enc("a,b\n1,2\n"), { fileName: "x.csv", year: 2024 })).rejects.toMatchObject({
      code: "invalid-header",
      message:
        'x.csv: no header row found in 2 rows; expected a row with the columns Code, Name, Geography and All ages (the ONS mid-year estimates table "MYE2 - Persons")',
    });
    await expect(
      readMidYearEstimates(enc("Title, mid-2020\nCode,Name,Geography,Total\nE09000015,Harrow,London Borough,1\n"), { fileName: "x.csv" }),
    ).rejects.toMatchObject({
      code: "invalid-header",
      message:
        'x.csv:2: the header has no "All ages" column (its columns are Code, Name, Geography, Total); expected the ONS columns Code, Name, Geography, All ages',
    });
    await expect(readMidYearEstimates(enc("Code,Name,All ages\n"), { year: 2024 })).rejects.toMatchObject({
      code: "invalid-header",
      message: /no "Geography" column/,
    });
    await expect(readMidYearEstimates(enc("Code,Name,Geography,All ages,All ages\n"), { year: 2024 })).rejects.toMatchObject({
      message: '<input>:1: the header has the column "All ages" twice (columns 4 and 5); expected it once',
    });
    await expect(readMidYearEstimates(enc(""), { year: 2024 })).rejects.toMatchObject({ code: "invalid-header", message: /no header row found in 0 rows/ });
  });

  it("reads headers with footnote markers and another case (Geography1, All Ages [note 2])", async () => {
    const mye = await readMidYearEstimates(enc("CODE,Name,Geography1,All Ages [note 2]\nE09000015,Harrow,London Borough,54\n"), { year: 2024 });
    expect(mye.rows).toEqual([{ code: "E09000015", name: "Harrow", geography: "London Borough", population: 54 }]);
  });

  describe("year", () => {
    const plain = enc(csvOf([HEAD, ...TABLE]));
    it("the option wins over the title and the file name", async () => {
      expect((await readMidYearEstimates(enc(csvOf([["Estimates, mid-2019"], HEAD, ...TABLE])), { year: 2018, fileName: "mye24.csv" })).year).toBe(2018);
    });
    it("the title text wins over the file name: mid-2022, Mid 2021, June 2020", async () => {
      for (const [title, year] of [
        ["Persons, Mid-2022", 2022],
        ["Persons, mid 2021", 2021],
        ["Population estimates, June 2020", 2020],
      ] as const) {
        expect((await readMidYearEstimates(enc(csvOf([[title], HEAD, ...TABLE])), { fileName: "mye24tablesew.csv" })).year).toBe(year);
      }
    });
    it("the workbook's cover sheet when the table's title states no year", async () => {
      const mye = await readMidYearEstimates(
        workbook("xlsx", { title: "MYE2: Persons by single year of age", cover: "Mid-Year Population Estimates, UK, June 2017" }),
      );
      expect([mye.year, mye.title]).toEqual([2017, "MYE2: Persons by single year of age"]);
    });
    it("the file name: mye24… → 2024, …mid2021… → 2021, a path's folders ignored", async () => {
      for (const [fileName, year] of [
        ["mye24tablesew.csv", 2024],
        ["mye22final.csv", 2022],
        ["ukpopestimatesmid2021on2021geographyfinal.csv", 2021],
        ["/data/mid-2016/estimates-mid-2019.csv", 2019],
        ["C:\\mye10\\Persons mid_2015.csv", 2015],
      ] as const) {
        expect((await readMidYearEstimates(plain, { fileName })).year).toBe(year);
      }
    });
    it("stated nowhere, or twice differently in one line of the title, is an invalid-data asking for the option", async () => {
      await expect(readMidYearEstimates(plain, { fileName: "persons.csv" })).rejects.toMatchObject({
        code: "invalid-data",
        message:
          "persons.csv: the year of the estimates is not stated in the text above the table, on a cover sheet or in the file name; pass it as the option year (e.g. { year: 2024 })",
      });
      await expect(readMidYearEstimates(plain)).rejects.toMatchObject({ code: "invalid-data" });
      await expect(readMidYearEstimates(enc(csvOf([["Persons, mid-2011 to mid-2022"], HEAD, ...TABLE])))).rejects.toMatchObject({
        code: "invalid-data",
        message: /states more than one year \(2011, 2022\); pass the year of the estimates as the option year/,
      });
    });
  });

  describe("geography", () => {
    const bytes = enc(csvOf([HEAD, ...TABLE]));
    it("keeps the kinds of area asked for (without regard to case); the others are counted as filtered", async () => {
      const mye = await readMidYearEstimates(bytes, { year: 2024, geography: ["london borough", "Region"] });
      expect(mye.rows.map((r) => r.code)).toEqual(["E12000007", "E09000001", "E09000015"]);
      expect(mye.stats).toMatchObject({ rowsRead: 4, rowsRejected: 1, rejectedByCode: { filtered: 1 } });
      expect(mye.stats.rejectedExamples[0]).toEqual({
        file: "<input>",
        line: 5,
        code: "filtered",
        message: 'E06000063 Cumberland is a "Unitary Authority", not one of the kinds of area asked for',
      });
    });
    it("a kind of area that no row has is an invalid-option naming those the table has", async () => {
      await expect(readMidYearEstimates(bytes, { year: 2024, geography: ["London Borough", "London Boroughs"] })).rejects.toMatchObject({
        code: "invalid-option",
        message: 'readMidYearEstimates: geography: no row of <input> is a "London Boroughs"; the table has "Region", "London Borough", "Unitary Authority"',
      });
    });
  });

  it("bad options and sources are invalid-option and invalid-argument errors", async () => {
    const bytes = enc(csvOf([HEAD, ...TABLE]));
    for (const options of [{ year: 2024.5 }, { year: "2024" }, { year: 99 }, { geography: "London Borough" }, { geography: [""] }, { fileName: 3 }, "2024"]) {
      await expect(readMidYearEstimates(bytes, options as never)).rejects.toMatchObject({ code: "invalid-option" });
    }
    await expect(readMidYearEstimates("mye24tablesew.csv" as never)).rejects.toMatchObject({
      code: "invalid-argument",
      message: /expected the bytes of a file/,
    });
  });

  it("reading CSV never loads the spreadsheet library (it is loaded only for workbooks)", async () => {
    let loads = 0;
    vi.resetModules();
    vi.doMock("@e965/xlsx", async (importOriginal) => {
      loads++;
      return importOriginal();
    });
    try {
      const { readMidYearEstimates: fresh } = await import("./readMidYearEstimates.js");
      expect((await fresh(enc(csvOf([HEAD, ...TABLE])), { year: 2024 })).rows).toEqual(EXPECTED);
      expect(loads).toBe(0);
      expect((await fresh(workbook("xlsx"))).rows).toEqual(EXPECTED);
      expect(loads).toBe(1);
    } finally {
      vi.doUnmock("@e965/xlsx");
      vi.resetModules();
    }
  });
});

describe("readMidYearEstimates of @crimestats/police-data/node", () => {
  const dir = mkdtempSync(join(tmpdir(), "police-data-mye-"));
  it("reads a path or a file: URL; the path is the file name that gives the year", async () => {
    const path = join(dir, "mye23tablesew.csv");
    writeFileSync(path, csvOf([HEAD, ...TABLE]));
    const mye = await readMidYearEstimatesFromPath(path);
    expect([mye.year, mye.rows, mye.stats.files]).toEqual([2023, EXPECTED, [path]]);
    const xls = join(dir, "estimates.xls");
    writeFileSync(xls, workbook("xls"));
    expect((await readMidYearEstimatesFromPath(pathToFileURL(xls), { geography: ["Unitary Authority"] })).rows).toEqual([EXPECTED[3]]);
    expect((await readMidYearEstimatesFromPath(path, { fileName: "mye19.csv" })).year).toBe(2019);
  });
  it("takes bytes as the main entry does; a URL that is not a file: URL is an invalid-argument", async () => {
    expect((await readMidYearEstimatesFromPath(enc(csvOf([HEAD, ...TABLE])), { year: 2024 })).rows).toEqual(EXPECTED);
    await expect(readMidYearEstimatesFromPath(new URL("https://www.ons.gov.uk/mye24tablesew.xlsx"))).rejects.toMatchObject({ code: "invalid-argument" });
  });
});
