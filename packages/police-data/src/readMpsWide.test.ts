import { describe, expect, it } from "vitest";
import { collect, enc } from "../test/helpers.js";
import { countCube } from "./countCube.js";
import { readMpsWide } from "./readMpsWide.js";

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
    expect(rows[0]).toMatchObject({ area: "E05013999", ward: "E05013999", wardName: "Mottingham, Coldharbour & New Eltham", borough: "Bromley", month: "2024-12", count: 3, offence: "THEFT / SHOPLIFTING", vintage: "v1", line: 2 });
    expect(rows.map((r) => r.wardName)).toEqual(["Mottingham, Coldharbour & New Eltham", "Mottingham, Coldharbour & New Eltham", "St Mary's & St James", "St Mary's & St James"]);
  });

  it("counts cells in the reconciliation; bad cells and rows are rejected with file and line", async () => {
    const csv = "MajorText,MinorText,BoroughName,202401,202402\nA,a,X,1,2\nA,a,Y,3,-1\nA,a,Z,1\n";
    const reader = readMpsWide({ name: "w.csv", data: enc(csv) }, { offence: "minor" });
    const { cube, reconciliation: r } = await countCube(reader, { by: ["area"] });
    expect(cube.labels.area).toEqual(["X", "Y"]);
    expect([...cube.values]).toEqual([3, 3]);
    expect(r).toMatchObject({ rowsRead: 6, rowsCounted: 3, rowsRejected: 3, rejectedByReason: { "bad-count": 1, "field-count": 2 }, files: ["w.csv"] });
    expect(r.rejectedExamples.map((e) => [e.line, e.reason])).toEqual([[3, "bad-count"], [4, "field-count"]]);
    expect(cube.vintage).toBe("2024-01_2024-02");
  });

  it("validates the header", async () => {
    await expect(collect(readMpsWide({ name: "h.csv", data: enc("Major,MinorText,BoroughName,202401\n") }))).rejects.toThrow(/^h\.csv:1: not a MPS borough crime file: expected column 1 to be "MajorText", got "Major"/);
    await expect(collect(readMpsWide({ name: "h.csv", data: enc("MajorText,MinorText,BoroughName,2024-01\n") }))).rejects.toThrow(/^h\.csv:1: column 4 "2024-01" is not a month; expected YYYYMM/);
    await expect(collect(readMpsWide({ name: "h.csv", data: enc("MajorText,MinorText,BoroughName\n") }))).rejects.toThrow(/expected month columns/);
    expect(() => readMpsWide(enc(""), { offence: "x" as "major" })).toThrow(/offence: expected "major", "minor" or "major\/minor", got "x"/);
  });

  it("never mixes two vintages in one cube", async () => {
    const a = "MajorText,MinorText,BoroughName,202401\nA,a,X,1\n";
    const b = "MajorText,MinorText,BoroughName,202401,202402\nA,a,X,2,2\n";
    await expect(countCube(readMpsWide([enc(a), enc(b)]))).rejects.toThrow(/vintage "2024-01_2024-02" mixed with "2024-01_2024-01"/);
  });
});
