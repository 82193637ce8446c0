import { describe, expect, it } from "vitest";
import { collect, enc, STREET_HEADER } from "../test/helpers.js";
import { readStreetCrimes } from "./readStreetCrimes.js";

describe("readStreetCrimes", () => {
  it("doc example", async () => {
    const csv =
      "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n" +
      ",2024-01,Met,Met,,,No Location,,,Anti-social behaviour,,\n";
    const rows = [];
    for await (const r of readStreetCrimes(new TextEncoder().encode(csv))) rows.push([r.crimeId, r.lsoa, r.location, r.offence]);
    expect(rows).toEqual([[null, null, "No Location", "Anti-social behaviour"]]);
  });

  it("reads every column; quoted fields; several files keep their names and lines", async () => {
    const a = `${STREET_HEADER}\r\nab12,2022-07,City of London Police,City of London Police,-0.116415,51.524797,"On or near Gray'S Inn Road, North",E01000936,Camden 024A,Drugs,Status update unavailable,\r\n`;
    const b = `${STREET_HEADER}\n,2010-12,Met,Met,,,No Location,,,Burglary,,some context\n`;
    const reader = readStreetCrimes([
      { name: "a.csv", data: enc(a) },
      { name: "b.csv", data: enc(b) },
    ]);
    const rows = await collect(reader);
    expect(rows).toEqual([
      {
        crimeId: "ab12",
        month: "2022-07",
        reportedBy: "City of London Police",
        force: "City of London Police",
        longitude: -0.116415,
        latitude: 51.524797,
        location: "On or near Gray'S Inn Road, North",
        lsoa: "E01000936",
        lsoaName: "Camden 024A",
        district: "Camden",
        offence: "Drugs",
        lastOutcome: "Status update unavailable",
        context: null,
        file: "a.csv",
        line: 2,
      },
      {
        crimeId: null,
        month: "2010-12",
        reportedBy: "Met",
        force: "Met",
        longitude: null,
        latitude: null,
        location: "No Location",
        lsoa: null,
        lsoaName: null,
        district: null,
        offence: "Burglary",
        lastOutcome: null,
        context: "some context",
        file: "b.csv",
        line: 2,
      },
    ]);
    expect(reader.stats).toMatchObject({ files: ["a.csv", "b.csv"], rowsRead: 2, rowsRejected: 0 });
  });

  it("the header error names the file", async () => {
    await expect(collect(readStreetCrimes({ name: "z.csv", data: enc("Crime ID,Month\n") }))).rejects.toThrow(
      /^z\.csv:1: not a data\.police\.uk street-level crime file: expected column 3 to be "Reported by", got undefined/,
    );
  });
});
