import type { StreetCrime } from "@crimestats/police-data";
import { describe, expect, it } from "vitest";
import { asbFromStreetCrimes, isAsbWithoutDistrict, mergeAsbCounts } from "./asbFromStreetCrimes.js";

/** A street-level row with only what the counting reads filled in. */
function crime(month: string, district: string | null, offence = "Anti-social behaviour"): StreetCrime {
  return {
    crimeId: null,
    month: month as StreetCrime["month"],
    reportedBy: "Force",
    force: "Force",
    longitude: district === null ? null : -3,
    latitude: district === null ? null : 54,
    location: district === null ? "No Location" : "On or near High Street",
    lsoa: district === null ? null : "E01000001",
    lsoaName: district === null ? null : `${district} 001A`,
    district,
    offence,
    lastOutcome: null,
    context: null,
    file: "f.csv",
    line: 2,
  };
}

describe("asbFromStreetCrimes", () => {
  it("counts anti-social behaviour rows by district and month as incident counts, leaving out other crime types and rows without a district", () => {
    const rows = asbFromStreetCrimes([
      crime("2022-02", "Carlisle"),
      crime("2022-01", "Carlisle"),
      crime("2022-01", "Carlisle"),
      crime("2022-01", "Allerdale"),
      crime("2022-01", "Carlisle", "Burglary"),
      crime("2022-01", null),
    ]);
    expect(rows).toEqual([
      { measure: "asb", area: "Allerdale", period: "2022-01", flags: [], count: 1, unit: "incidents", source: "data.police.uk street-level data" },
      { measure: "asb", area: "Carlisle", period: "2022-01", flags: [], count: 2, unit: "incidents", source: "data.police.uk street-level data" },
      { measure: "asb", area: "Carlisle", period: "2022-02", flags: [], count: 1, unit: "incidents", source: "data.police.uk street-level data" },
    ]);
    expect([crime("2022-01", null), crime("2022-01", null, "Burglary"), crime("2022-01", "Carlisle")].map(isAsbWithoutDistrict)).toEqual([true, false, false]);
  });

  it("returns no rows when there is no anti-social behaviour", () => {
    expect(asbFromStreetCrimes([crime("2022-01", "Carlisle", "Burglary")])).toEqual([]);
  });

  it("adds the counts of the same district and month from several files", () => {
    const a = asbFromStreetCrimes([crime("2022-01", "Carlisle"), crime("2022-01", "Eden")]);
    const b = asbFromStreetCrimes([crime("2022-01", "Carlisle"), crime("2022-02", "Carlisle")]);
    expect(mergeAsbCounts([a, b]).map((r) => [r.area, r.period, r.count])).toEqual([
      ["Carlisle", "2022-01", 2],
      ["Carlisle", "2022-02", 1],
      ["Eden", "2022-01", 1],
    ]);
  });
});
