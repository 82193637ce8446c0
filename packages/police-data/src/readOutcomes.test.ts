import { describe, expect, it } from "vitest";
import { collect, enc } from "../test/helpers.js";
import { readOutcomes } from "./readOutcomes.js";

describe("readOutcomes", () => {
  it("doc example", async () => {
    const csv =
      "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type\n" +
      "c6dc,2023-06,Met,Met,,,No location,,,Suspect charged\n";
    const rows = [];
    for await (const r of readOutcomes(new TextEncoder().encode(csv))) rows.push([r.crimeId, r.month, r.lsoa, r.outcome]);
    expect(rows).toEqual([["c6dc", "2023-06", null, "Suspect charged"]]);
  });

  it("parses coordinates and district; rejects bad rows; validates the header", async () => {
    const head = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type";
    const reader = readOutcomes({
      name: "o.csv",
      data: enc(`${head}\nx,2023-06,M,M,-0.1,51.5,On or near A,E01,Harrow 012B,"Unable to prosecute suspect"\ny,06/2023,M,M,,,,,,Z\n`),
    });
    const rows = await collect(reader);
    expect(rows).toEqual([
      {
        crimeId: "x",
        month: "2023-06",
        reportedBy: "M",
        force: "M",
        longitude: -0.1,
        latitude: 51.5,
        location: "On or near A",
        lsoa: "E01",
        lsoaName: "Harrow 012B",
        district: "Harrow",
        outcome: "Unable to prosecute suspect",
        file: "o.csv",
        line: 2,
      },
    ]);
    expect(reader.stats).toMatchObject({ rowsRead: 2, rowsRejected: 1, rejectedByCode: { "invalid-month": 1 } });
    await expect(collect(readOutcomes({ name: "o.csv", data: enc(`${head.replace("Outcome type", "Crime type")}\n`) }))).rejects.toThrow(
      /^o\.csv:1: not a data\.police\.uk outcomes file: expected column 10 to be "Outcome type", got "Crime type"/,
    );
  });
});
