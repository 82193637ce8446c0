import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PoliceDataError } from "./PoliceDataError.js";
import { collect, enc } from "../test/helpers.js";
import { countCube } from "./countCube.js";
import { readMpsWide } from "./readMpsWide.js";
import { readMpsWide as readMpsWideFiles } from "./node/readMpsWide.js";

describe("readMpsWide", () => {
  it("doc example", async () => {
    const csv = "MajorText,MinorText,BoroughName,202401,202402\nBURGLARY,BURGLARY - RESIDENTIAL,Harrow,90,85\n";
    const rows = [];
    for await (const r of readMpsWide(new TextEncoder().encode(csv))) rows.push([r.area, r.month, r.offence, r.count, r.vintage]);
    expect(rows).toEqual([
      ["Harrow", "2024-01", "BURGLARY", 90, "2024-01_2024-02"],
      ["Harrow", "2024-02", "BURGLARY", 85, "2024-01_2024-02"],
    ]);
  });

  it("reads the ward layout with quoted ward names (CRLF)", async () => {
    const csv =
      'MajorText,MinorText,WardName,WardCode,LookUp_BoroughName,202412,202501\r\nTHEFT,SHOPLIFTING,"Mottingham, Coldharbour & New Eltham",E05013999,Bromley,3,4\r\n' +
      'THEFT,SHOPLIFTING,"St Mary\'s & St James",E05014000,Islington,1,0\r\n';
    const rows = await collect(readMpsWide(enc(csv), { offence: "major/minor", vintage: "v1" }));
    expect(rows[0]).toMatchObject({
      area: "E05013999",
      ward: "E05013999",
      wardName: "Mottingham, Coldharbour & New Eltham",
      borough: "Bromley",
      month: "2024-12",
      count: 3,
      offence: "THEFT / SHOPLIFTING",
      vintage: "v1",
      line: 2,
    });
    expect(rows.map((r) => r.wardName)).toEqual([
      "Mottingham, Coldharbour & New Eltham",
      "Mottingham, Coldharbour & New Eltham",
      "St Mary's & St James",
      "St Mary's & St James",
    ]);
  });

  it("counts cells in the reconciliation; bad cells and rows are rejected with file and line", async () => {
    const csv = "MajorText,MinorText,BoroughName,202401,202402\nA,a,X,1,2\nA,a,Y,3,-1\nA,a,Z,1\n";
    const reader = readMpsWide({ name: "w.csv", data: enc(csv) }, { offence: "minor" });
    const { cube, reconciliation: r } = await countCube(reader, { by: ["area"] });
    expect(cube.labels.area).toEqual(["X", "Y"]);
    expect([...cube.values]).toEqual([3, 3]);
    expect(r).toMatchObject({ rowsRead: 6, rowsCounted: 3, rowsRejected: 3, rejectedByCode: { "invalid-count": 1, "field-count": 2 }, files: ["w.csv"] });
    expect(r.rejectedExamples.map((e) => [e.line, e.code])).toEqual([
      [3, "invalid-count"],
      [4, "field-count"],
    ]);
    expect(cube.vintage).toBe("2024-01_2024-02");
  });

  it("validates the header", async () => {
    await expect(collect(readMpsWide({ name: "h.csv", data: enc("Major,MinorText,BoroughName,202401\n") }))).rejects.toThrow(
      /^h\.csv:1: not a MPS borough crime file: expected column 1 to be "MajorText", got "Major"/,
    );
    await expect(collect(readMpsWide({ name: "h.csv", data: enc("MajorText,MinorText,BoroughName,2024-01\n") }))).rejects.toThrow(
      /^h\.csv:1: column 4 "2024-01" is not a month; expected YYYYMM/,
    );
    await expect(collect(readMpsWide({ name: "h.csv", data: enc("MajorText,MinorText,BoroughName\n") }))).rejects.toThrow(/expected month columns/);
    expect(() => readMpsWide(enc(""), { offence: "x" as "major" })).toThrow(/offence: expected "major", "minor" or "major\/minor", got "x"/);
  });

  it("a count beyond Number.MAX_SAFE_INTEGER is rejected as invalid-count, never read as 1e20", async () => {
    const csv = "MajorText,MinorText,BoroughName,202401,202402\nA,a,X,99999999999999999999,2\nA,a,Y,9007199254740991,9007199254740992\n";
    const reader = readMpsWide({ name: "w.csv", data: enc(csv) });
    const rows = await collect(reader);
    expect(rows.map((r) => [r.area, r.month, r.count])).toEqual([
      ["X", "2024-02", 2],
      ["Y", "2024-01", Number.MAX_SAFE_INTEGER],
    ]);
    expect(reader.stats).toMatchObject({ rowsRead: 4, rowsRejected: 2, rejectedByCode: { "invalid-count": 2 } });
    expect(reader.stats.rejectedExamples.map((e) => [e.line, e.message])).toEqual([
      [2, '2024-01: count "99999999999999999999" is not a whole number from 0 to 9007199254740991'],
      [3, '2024-02: count "9007199254740992" is not a whole number from 0 to 9007199254740991'],
    ]);
  });

  it("a repeated offence and area row is rejected whole (duplicate-row), so it is counted once", async () => {
    const row = "BURGLARY,BURGLARY - RESIDENTIAL,Harrow,90,85";
    const csv = `MajorText,MinorText,BoroughName,202401,202402\n${row}\nROBBERY,ROBBERY OF PERSONAL PROPERTY,Harrow,5,6\n${row}\n`;
    const { cube, reconciliation: r } = await countCube(readMpsWide({ name: "w.csv", data: enc(csv) }, { offence: "minor" }), { by: ["offence"] });
    expect(cube.labels.offence).toEqual(["BURGLARY - RESIDENTIAL", "ROBBERY OF PERSONAL PROPERTY"]);
    expect([...cube.values]).toEqual([175, 11]);
    expect(r).toMatchObject({ rowsRead: 6, rowsCounted: 4, rowsRejected: 2, rejectedByCode: { "duplicate-row": 2 } });
    expect(r.rejectedExamples).toEqual([
      {
        file: "w.csv",
        line: 4,
        code: "duplicate-row",
        message: "BURGLARY / BURGLARY - RESIDENTIAL in Harrow already has a row (w.csv:2); expected one row per offence and borough",
      },
    ]);
    // the same key in a ward table is the ward code
    const ward =
      "MajorText,MinorText,WardName,WardCode,LookUp_BoroughName,202401\nA,a,W1,E05000001,Harrow,1\nA,a,W1,E05000002,Harrow,2\nA,a,W1,E05000001,Harrow,1\n";
    const w = readMpsWide(enc(ward));
    expect((await collect(w)).map((x) => x.count)).toEqual([1, 2]);
    expect(w.stats.rejectedByCode).toEqual({ "duplicate-row": 1 });
  });

  it("the same release read from two files (or one file given twice) counts each offence and area once", async () => {
    const csv = "MajorText,MinorText,BoroughName,202401,202402\nA,a,X,1,2\n";
    const reader = readMpsWide([
      { name: "one.csv", data: enc(csv) },
      { name: "copy.csv", data: enc(csv) },
    ]);
    const { cube, reconciliation: r } = await countCube(reader, { by: ["area"] });
    expect([...cube.values]).toEqual([3]);
    expect(r.rejectedExamples).toEqual([
      { file: "copy.csv", line: 2, code: "duplicate-row", message: "A / a in X already has a row (one.csv:2); expected one row per offence and borough" },
    ]);
    // iterating again starts afresh
    expect((await countCube(reader, { by: ["area"] })).cube.total).toBe(3);
    const dir = mkdtempSync(join(tmpdir(), "police-data-twice-"));
    const path = join(dir, "b.csv");
    writeFileSync(path, csv);
    let thrown: unknown;
    try {
      readMpsWideFiles([path, join(dir, ".", "b.csv")]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PoliceDataError);
    expect(thrown).toMatchObject({
      code: "invalid-argument",
      message: `the file ${JSON.stringify(path)} is given twice; expected each file once (its rows would be counted twice)`,
    });
  });

  it("month columns that repeat, skip or go back are an invalid-header naming the month expected", async () => {
    const read = (months: string) => collect(readMpsWide({ name: "h.csv", data: enc(`MajorText,MinorText,BoroughName,${months}\nA,a,X,1,2,3\n`) }));
    await expect(read("202401,202401,202403")).rejects.toMatchObject({
      name: "PoliceDataError",
      code: "invalid-header",
      message: "h.csv:1: column 5 is 2024-01 again; expected the next month, 2024-02 (month columns must run one after the other without gaps or repeats)",
    });
    await expect(read("202401,202403,202404")).rejects.toMatchObject({
      code: "invalid-header",
      details: { column: 5, actual: "2024-03", expected: "2024-02" },
    });
    await expect(read("202402,202401,202403")).rejects.toMatchObject({
      code: "invalid-header",
      details: { column: 5, actual: "2024-01", expected: "2024-03" },
    });
    await expect(read("202412,202501,202502")).resolves.toHaveLength(3);
  });

  it("a month column after December 9999 is an invalid-header, not an error of another package", async () => {
    const read = (months: string) => collect(readMpsWide({ name: "h.csv", data: enc(`MajorText,MinorText,BoroughName,${months}\nA,a,X,1,2\n`) }));
    await expect(read("999912,999912")).rejects.toMatchObject({
      name: "PoliceDataError",
      code: "invalid-header",
      message: expect.stringContaining("none after 9999-12"),
    });
  });

  it("a month column before year 1000 (099901) is an invalid-header, not an error of another package", async () => {
    await expect(collect(readMpsWide({ name: "h.csv", data: enc("MajorText,MinorText,BoroughName,099901\nA,a,X,1\n") }))).rejects.toMatchObject({
      name: "PoliceDataError",
      code: "invalid-header",
      message: 'h.csv:1: column 4 "099901" is not a month; expected YYYYMM (year 1000 to 9999)',
    });
  });

  it("rows ended by CR CR LF read like CRLF (the last month's counts are kept); CR alone is an invalid-csv", async () => {
    const lf = "MajorText,MinorText,BoroughName,202511,202512\nA,a,X,1,2\nA,a,Y,3,4\n";
    const expected = await collect(readMpsWide(enc(lf)));
    for (const eol of ["\r\n", "\r\r\n"]) {
      const reader = readMpsWide(enc(lf.replaceAll("\n", eol)));
      expect(await collect(reader)).toEqual(expected);
      expect(reader.stats.rowsRejected).toBe(0);
    }
    expect(expected.map((r) => r.count)).toEqual([1, 2, 3, 4]);
    await expect(collect(readMpsWide({ name: "cr.csv", data: enc(lf.replaceAll("\n", "\r")) }))).rejects.toMatchObject({
      code: "invalid-csv",
      message: expect.stringMatching(/^cr\.csv:1: column 5 of the header holds a carriage return .*expected rows ended by LF or CRLF, not by CR alone$/),
    });
  });

  it("a header row further down (two releases joined into one file) is an invalid-header, not counts of 202401", async () => {
    const a = "MajorText,MinorText,BoroughName,202401,202402\nA,a,X,1,2\n";
    const b = "MajorText,MinorText,BoroughName,202402,202403\nA,a,X,3,4\n";
    await expect(collect(readMpsWide({ name: "joined.csv", data: enc(a + b) }))).rejects.toMatchObject({
      code: "invalid-header",
      message: "joined.csv:3: the header row appears again; expected one table per file (read each release as its own file)",
    });
  });

  it("never mixes two vintages in one cube", async () => {
    const a = "MajorText,MinorText,BoroughName,202401\nA,a,X,1\n";
    const b = "MajorText,MinorText,BoroughName,202401,202402\nA,a,X,2,2\n";
    await expect(countCube(readMpsWide([enc(a), enc(b)]))).rejects.toThrow(/vintage "2024-01_2024-02" mixed with "2024-01_2024-01"/);
  });
});
