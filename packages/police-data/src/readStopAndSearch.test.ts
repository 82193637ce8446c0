import { describe, expect, it } from "vitest";
import { collect, enc } from "../test/helpers.js";
import { readStopAndSearch } from "./readStopAndSearch.js";

const HEAD =
  "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing";
const at = (date: string) => `Person search,${date},False,,51.5,0.2,Male,10-17,,White,,Controlled drugs,Arrest,True,`;

describe("readStopAndSearch", () => {
  it("doc example", async () => {
    const csv = `${HEAD}\nPerson search,2024-06-30T23:04:00+00:00,False,,51.5,0.2,Male,10-17,,White,,Controlled drugs,Arrest,False,False\n`;
    const london = [];
    for await (const r of readStopAndSearch(new TextEncoder().encode(csv))) london.push(r.month);
    const utc = [];
    for await (const r of readStopAndSearch(new TextEncoder().encode(csv), { month: "utc" })) utc.push(r.month);
    expect([london, utc]).toEqual([["2024-07"], ["2024-06"]]);
  });

  it("UK clock changes: BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October", async () => {
    const dates = [
      "2024-03-31T00:59:59+00:00", // GMT: 31 March 00:59 → March
      "2024-10-31T23:30:00+00:00", // GMT after 27 Oct: 31 Oct 23:30 → October
      "2024-09-30T23:30:00+00:00", // BST: 1 Oct 00:30 → October
      "2024-10-27T00:59:00+00:00", // still BST: 27 Oct 01:59 → October
      "2023-12-31T23:59:00+00:00", // GMT → December
      "2024-04-30T23:00:00Z", // BST: 1 May 00:00 → May
    ];
    const csv = [HEAD, ...dates.map(at)].join("\n");
    const rows = await collect(readStopAndSearch(enc(csv)));
    expect(rows.map((r) => r.month)).toEqual(["2024-03", "2024-10", "2024-10", "2024-10", "2023-12", "2024-05"]);
    expect(rows[0]).toMatchObject({
      partOfOperation: false,
      outcomeLinkedToObject: true,
      removalOfMoreThanOuterClothing: null,
      operation: null,
      latitude: 51.5,
    });
    const utc = await collect(readStopAndSearch(enc(csv), { month: "utc" }));
    expect(utc.map((r) => r.month)).toEqual(["2024-03", "2024-10", "2024-09", "2024-10", "2023-12", "2024-04"]);
  });

  it("rejects rows without a valid date; validates header and options", async () => {
    const reader = readStopAndSearch({ name: "s.csv", data: enc([HEAD, at("2024-06-01"), at("2024-06-01T10:00:00+00:00")].join("\n")) });
    expect((await collect(reader)).length).toBe(1);
    expect(reader.stats.rejectedExamples).toEqual([
      { file: "s.csv", line: 2, code: "invalid-month", message: 'Date "2024-06-01" is not a real ISO 8601 date-time with an offset (year 1000 or later)' },
    ]);
    await expect(collect(readStopAndSearch({ name: "s.csv", data: enc("Type,When\n") }))).rejects.toThrow(
      /^s\.csv:1: .*expected column 2 to be "Date", got "When"/,
    );
    expect(() => readStopAndSearch(enc(""), { month: "bst" as "utc" })).toThrow(/month: expected "london" or "utc", got "bst"/);
  });

  it("a date that does not exist (30 February, hour 24, year 999) is rejected, never rolled into the next month", async () => {
    const bad = [
      "2024-02-30T10:00:00+00:00",
      "2023-02-29T10:00:00+00:00",
      "2024-04-31T10:00:00+00:00",
      "2024-03-01T24:00:00+00:00",
      "2024-03-01T10:60:00+00:00",
      "2024-03-01T10:00:00+24:00",
      "0999-03-01T10:00:00+00:00",
      "2024-00-10T10:00:00Z",
    ];
    const good = ["2024-02-29T10:00:00+00:00", "2024-03-31T23:59:59+00:00", "2024-02-01T00:00:00.5Z"];
    const reader = readStopAndSearch({ name: "s.csv", data: enc([HEAD, ...[...bad, ...good].map(at)].join("\n")) });
    const rows = await collect(reader);
    expect(rows.map((r) => r.date)).toEqual(good);
    expect(rows.map((r) => r.month)).toEqual(["2024-02", "2024-04", "2024-02"]);
    expect(reader.stats.rejectedByCode).toEqual({ "invalid-month": bad.length });
    expect(reader.stats.rejectedExamples.map((e) => e.line)).toEqual(bad.map((_, i) => i + 2));
  });
});
