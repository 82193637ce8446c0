import { describe, expect, it } from "vitest";
import { enc } from "../test/helpers.js";
import { readLsoaPopulation } from "./readLsoaPopulation.js";

const HEAD = "LSOA11CD,LSOA11NM,MSOA11CD,MSOA11NM,LAD11CD,LAD11NM,Persons_All-Ages,Persons_0-15";

describe("readLsoaPopulation", () => {
  it("doc example", async () => {
    const csv =
      "LSOA11CD,LSOA11NM,MSOA11CD,MSOA11NM,LAD11CD,LAD11NM,Persons_All-Ages\n" +
      "E01002000,Harrow 012B,E02000400,Harrow 012,E09000015,Harrow,1500\n" +
      "E01002001,Harrow 012C,E02000400,Harrow 012,E09000015,Harrow,1700\n";
    const pop = await readLsoaPopulation(new TextEncoder().encode(csv));
    expect([pop.lsoaToDistrict.get("E01002001"), pop.districtPopulation.get("Harrow"), pop.total]).toEqual(["Harrow", 3200, 3200]);
  });

  it("sums by MSOA and borough, reads another column, handles 2021 codes and a BOM", async () => {
    const csv =
      "\uFEFF" +
      HEAD.replaceAll("11", "21") +
      "\r\nE01000001,A 001A,E02000001,A 001,E09000001,A,10,2\r\nE01000002,A 001B,E02000001,A 001,E09000001,A,20,3\r\nE01000003,B 001A,E02000002,B 001,E09000002,B,5,1\r\n";
    const pop = await readLsoaPopulation(enc(csv), { column: "Persons_0-15" });
    expect(pop.geography).toBe("21");
    expect(pop.column).toBe("Persons_0-15");
    expect([...pop.msoaPopulation]).toEqual([
      ["E02000001", 5],
      ["E02000002", 1],
    ]);
    expect([...pop.districtCodePopulation]).toEqual([
      ["E09000001", 5],
      ["E09000002", 1],
    ]);
    expect(pop.lsoaToMsoa.get("E01000003")).toBe("E02000002");
    expect(pop.lsoaToDistrictCode.get("E01000003")).toBe("E09000002");
    expect(pop.total).toBe(6);
  });

  it("rejects bad populations into stats; validates the header", async () => {
    const pop = await readLsoaPopulation({ name: "p.csv", data: enc(`${HEAD}\nE01,x,E02,x,E09,A,12,1\nE01b,x,E02,x,E09,A,n/a,1\n`) });
    expect(pop.total).toBe(12);
    expect(pop.stats).toMatchObject({ rowsRead: 2, rowsRejected: 1, rejectedByCode: { "invalid-count": 1 } });
    expect(pop.stats.rejectedExamples[0]).toMatchObject({ file: "p.csv", line: 3 });
    await expect(readLsoaPopulation({ name: "p.csv", data: enc("LSOA11CD,LSOA11NM,MSOA11CD,X\n") })).rejects.toThrow(
      /^p\.csv:1: not an ONS LSOA population file: expected column 4 to be "MSOA11NM", got "X"/,
    );
    await expect(readLsoaPopulation({ name: "p.csv", data: enc(`${HEAD}\n`) }, { column: "Total" })).rejects.toThrow(/population column "Total" not found/);
  });

  it("a repeated LSOA row is rejected (duplicate-row), so it does not inflate its MSOA and borough", async () => {
    const a = "E01000001,City of London 001A,E02000001,City of London 001,E09000001,City of London,1749,296";
    const b = "E01000002,City of London 001B,E02000001,City of London 001,E09000001,City of London,1678,264";
    const pop = await readLsoaPopulation({ name: "p.csv", data: enc([HEAD, a, b, a, b].join("\n")) });
    expect([pop.districtPopulation.get("City of London"), pop.msoaPopulation.get("E02000001"), pop.total, pop.rows.length]).toEqual([3427, 3427, 3427, 2]);
    expect(pop.stats).toMatchObject({ rowsRead: 4, rowsRejected: 2, rejectedByCode: { "duplicate-row": 2 } });
    expect(pop.stats.rejectedExamples[0]).toEqual({
      file: "p.csv",
      line: 4,
      code: "duplicate-row",
      message: "LSOA E01000001 already has a row; expected one row per LSOA (a repeated row would be counted twice in its MSOA and borough)",
    });
  });

  it("a population beyond Number.MAX_SAFE_INTEGER is rejected; a population column given twice is an invalid-header", async () => {
    const pop = await readLsoaPopulation({ name: "p.csv", data: enc(`${HEAD}\nE01,x,E02,x,E09,A,99999999999999999999,1\nE01b,x,E02,x,E09,A,7.0,1\n`) });
    expect([pop.total, pop.stats.rejectedByCode]).toEqual([7, { "invalid-count": 1 }]);
    await expect(readLsoaPopulation({ name: "p.csv", data: enc(`${HEAD},Persons_All-Ages\n`) })).rejects.toMatchObject({
      code: "invalid-header",
      message: 'p.csv:1: population column "Persons_All-Ages" appears twice (columns 7 and 9); expected it once',
    });
  });
});
