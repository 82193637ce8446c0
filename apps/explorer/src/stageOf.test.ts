import { describe, expect, it } from "vitest";
import { stageOf } from "./stageOf.js";

describe("stageOf", () => {
  it("goes from reading to computing on the line 'Computing …' (the doc example)", () => {
    expect(stageOf("Computing the assessment for Harrow against Barnet and London...", "reading")).toBe("computing");
  });

  it("stays reading on a line that reads a file or counts what was kept", () => {
    expect(stageOf("Reading mye24tablesew.csv...", "reading")).toBe("reading");
    expect(stageOf("Kept 20,581 street-level crimes in Cumberland of the 318,002 rows read.", "reading")).toBe("reading");
  });

  it("never goes back to reading once computing or writing", () => {
    expect(stageOf("Reading london-boroughs-2021.geojson...", "computing")).toBe("computing");
    expect(stageOf("Computing the assessment for Harrow...", "writing")).toBe("writing");
  });
});
