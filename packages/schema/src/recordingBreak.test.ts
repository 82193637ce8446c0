import { describe, expect, it } from "vitest";
import { problemLines } from "../test/problemLines.js";
import { toJSONSchema } from "./toJSONSchema.js";
import {
  RecordingBreakKindSchema,
  RecordingBreakSchema,
  RowSelectionSchema,
  parseRecordingBreaks,
  safeParseRecordingBreaks,
  type RecordingBreak,
} from "./recordingBreak.js";

const AIRPORTS = "London Heathrow and London City Airports";

const airports: RecordingBreak = {
  id: "airport-row-to-hillingdon",
  month: "2024-03",
  kind: "reallocation",
  description: "Offences at the airports are counted in Hillingdon from March 2024.",
  source: { title: "Recorded crime summary", url: "https://data.london.gov.uk/dataset/recorded_crime_summary" },
  affects: { areas: ["Hillingdon", AIRPORTS] },
  likeForLike: { areas: ["Hillingdon", AIRPORTS] },
};

/** The problems `safeParseRecordingBreaks` reports for `input`, as "path: message". */
const problems = (input: unknown): string[] => problemLines(safeParseRecordingBreaks(input, { label: "breaks" }));

describe("RecordingBreakSchema / parseRecordingBreaks / safeParseRecordingBreaks", () => {
  it("doc examples", () => {
    expect(RecordingBreakKindSchema.safeParse("reallocation").success).toBe(true);
    expect(RowSelectionSchema.safeParse({ areas: ["Hillingdon", "Hillingdon"] }).success).toBe(false);
    expect(RecordingBreakSchema.safeParse(airports).success).toBe(true);
    expect(
      parseRecordingBreaks([
        {
          id: "cumberland",
          month: "2023-04",
          kind: "boundary",
          description: "Allerdale, Carlisle and Copeland became Cumberland.",
          source: { title: "The Cumbria (Structural Changes) Order 2022" },
          affects: { areas: ["Allerdale", "Carlisle", "Copeland", "Cumberland"] },
        },
      ])[0]?.kind,
    ).toBe("boundary");
    const r = safeParseRecordingBreaks([{ id: "Airports", month: "2024-03", kind: "reallocation", description: "d", source: { title: "t" }, affects: {} }], {
      label: "breaks",
    });
    expect(r.success ? "" : r.error.details.problems[0]?.path).toBe("breaks[0].id");
  });

  it("accepts a break with only the required fields, and returns the list unchanged", () => {
    const minimal = { id: "x", month: "2020-01", kind: "series-start", description: "A row starts.", source: { title: "t" }, affects: {} };
    expect(parseRecordingBreaks([minimal, airports])).toEqual([minimal, airports]);
    expect(parseRecordingBreaks([])).toEqual([]);
  });

  it("accepts every kind and refuses any other word", () => {
    for (const kind of ["relabelling", "split", "merge", "reallocation", "counting-rules", "boundary", "series-start", "series-end"]) {
      expect(problems([{ ...airports, kind }])).toEqual([]);
    }
    expect(problems([{ ...airports, kind: "reclassification" }])).toEqual([
      'breaks[0].kind: "reclassification" is not one of "relabelling", "split", "merge", "reallocation", "counting-rules", "boundary", "series-start", "series-end"',
    ]);
  });

  it("names the bad id, month, web address and empty description in plain English", () => {
    expect(problems([{ ...airports, id: "Airport Row" }])).toEqual([
      'breaks[0].id: "Airport Row" is not a kebab-case id (expected lower-case words joined by "-")',
    ]);
    expect(problems([{ ...airports, month: "2024-3" }])).toEqual(['breaks[0].month: "2024-3" is not a month (expected YYYY-MM)']);
    expect(problems([{ ...airports, source: { title: "t", url: "data.london.gov.uk" } }])).toEqual([
      'breaks[0].source.url: "data.london.gov.uk" is not a web address (expected http:// or https://…)',
    ]);
    expect(problems([{ ...airports, description: " " }])).toEqual(['breaks[0].description: " " is empty (expected some text)']);
    expect(problems([{ ...airports, source: undefined }])).toEqual(["breaks[0].source: is missing (expected an object)"]);
  });

  it("refuses unknown fields, empty label lists and a label listed twice", () => {
    expect(problems([{ ...airports, from: "2024-03" }])).toEqual(['breaks[0]: has unknown field "from"']);
    expect(problems([{ ...airports, affects: { areas: [] } }])).toEqual(["breaks[0].affects.areas: has 0 items (expected at least 1)"]);
    expect(problems([{ ...airports, affects: { area: ["Hillingdon"] }, likeForLike: undefined }])).toEqual(['breaks[0].affects: has unknown field "area"']);
    expect(problems([{ ...airports, likeForLike: { areas: ["Hillingdon", AIRPORTS, "Hillingdon"] } }])).toEqual([
      'breaks[0].likeForLike.areas[2]: "Hillingdon" is listed twice',
    ]);
  });

  it("requires the like-for-like rows to hold every affected row", () => {
    expect(problems([{ ...airports, likeForLike: { areas: ["Hillingdon"] } }])).toEqual([
      `breaks[0].likeForLike.areas: leaves out "${AIRPORTS}" of affects.areas (the like-for-like set must hold every affected area)`,
    ]);
    expect(problems([{ ...airports, likeForLike: { areas: ["Hillingdon", AIRPORTS], offences: ["BURGLARY"] } }])).toEqual([
      "breaks[0].likeForLike.offences: is given but affects.offences is not (every offence is affected, so no list of offences can hold a like-for-like sum)",
    ]);
    expect(problems([{ ...airports, likeForLike: { areas: ["Hillingdon", AIRPORTS, "Hounslow"] } }])).toEqual([]);
    expect(problems([{ ...airports, likeForLike: {} }])).toEqual([]);
  });

  it("refuses an id used twice and says which break had it first", () => {
    expect(problems([airports, { ...airports, month: "2023-04" }])).toEqual([
      'breaks[1].id: "airport-row-to-hillingdon" is already the id of break [0] (ids must be unique)',
    ]);
  });

  it("refuses a value that is not a list, and throws from parseRecordingBreaks with every problem", () => {
    expect(problems(airports)).toEqual(["breaks: an object is not a list"]);
    expect(() => parseRecordingBreaks([{ ...airports, id: "A", month: "2024-13" }])).toThrow(
      /RecordingBreaks is not valid \(2 problems\):\n\[0\]\.id: "A" is not a kebab-case id.*\n\[0\]\.month: "2024-13" is not a month/,
    );
  });

  it("is exported as JSON Schema with the kinds and the id pattern", () => {
    const doc = toJSONSchema().RecordingBreak;
    expect(doc.required).toEqual(["id", "month", "kind", "description", "source", "affects"]);
    expect(doc.properties?.["kind"]).toMatchObject({
      enum: ["relabelling", "split", "merge", "reallocation", "counting-rules", "boundary", "series-start", "series-end"],
    });
    const id = doc.properties?.["id"];
    const pattern = new RegExp(typeof id === "object" ? (id.pattern ?? "") : "", "u");
    expect(pattern.test("airport-row-to-hillingdon")).toBe(true);
    expect(pattern.test("Airport Row")).toBe(false);
  });
});
