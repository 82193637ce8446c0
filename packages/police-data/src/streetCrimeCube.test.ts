import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chunked, enc, STREET_HEADER } from "../test/helpers.js";
import { countCube } from "./countCube.js";
import { PoliceDataError } from "./PoliceDataError.js";
import { readStreetCrimes } from "./readStreetCrimes.js";
import { streetCrimeCube } from "./streetCrimeCube.js";

const row = (id: string, month: string, lsoa: string, lsoaName: string, type: string, location = "On or near X") =>
  `${id},${month},Met,Metropolitan Police Service,${lsoa ? "-0.3" : ""},${lsoa ? "51.5" : ""},${location},${lsoa},${lsoaName},${type},,`;

describe("streetCrimeCube", () => {
  it("doc example", async () => {
    const csv =
      "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\r\n" +
      "a1,2024-01,Met,Met,-0.3,51.6,On or near X,E01002000,Harrow 001A,Burglary,,\r\n" +
      ",2024-01,Met,Met,,,No Location,,,Anti-social behaviour,,\r\n";
    const { cube, reconciliation } = await streetCrimeCube({ name: "2024-01-street.csv", data: new TextEncoder().encode(csv) }, { area: "district" });
    expect(cube.labels.area).toEqual(["Harrow", "(unknown)"]);
    expect(cube.labels.offence).toEqual(["Anti-social behaviour", "Burglary"]);
    expect([...cube.values]).toEqual([0, 1, 1, 0]);
    expect(reconciliation.emptyCrimeIds).toBe(1);
  });

  it("counts by LSOA, district or force; keeps No Location rows in the unknown area", async () => {
    const csv = [
      STREET_HEADER,
      row("a", "2024-08", "E01000001", "City of London 001A", "Burglary"),
      row("b", "2024-08", "E01000002", "City of London 001B", "Burglary"),
      row("c", "2024-09", "E01002000", "Harrow 012B", "Robbery"),
      row("", "2024-09", "", "", "Anti-social behaviour", "No Location"),
      "",
    ].join("\n");
    const byLsoa = await streetCrimeCube(enc(csv), { by: ["area"] });
    expect(byLsoa.cube.labels.area).toEqual(["E01000001", "E01000002", "E01002000", "(unknown)"]);
    expect([...byLsoa.cube.values]).toEqual([1, 1, 1, 1]);
    const byDistrict = await streetCrimeCube(enc(csv), { by: ["area", "month"], area: "district" });
    expect(byDistrict.cube.labels).toEqual({ area: ["City of London", "Harrow", "(unknown)"], month: ["2024-08", "2024-09"] });
    expect([...byDistrict.cube.values]).toEqual([2, 0, 0, 1, 0, 1]);
    const byForce = await streetCrimeCube(enc(csv), { by: ["area"], area: "force" });
    expect(byForce.cube.labels.area).toEqual(["Metropolitan Police Service"]);
    expect(byForce.reconciliation).toMatchObject({ rowsRead: 4, rowsCounted: 4, noArea: 0 });
    expect(byDistrict.reconciliation).toMatchObject({ rowsRead: 4, rowsCounted: 3, noArea: 1, emptyCrimeIds: 1 });
  });

  it("maps LSOAs through a look-up; LSOAs outside it are counted apart", async () => {
    const csv = [
      STREET_HEADER,
      row("a", "2024-01", "E01000001", "City of London 001A", "Burglary"),
      row("b", "2024-01", "W01000001", "Cardiff 001A", "Burglary"),
    ].join("\n");
    const { cube, reconciliation } = await streetCrimeCube(enc(csv), { by: ["area"], lookup: { E01000001: "City of London" } });
    expect(cube.labels.area).toEqual(["City of London", "(outside look-up)"]);
    expect(reconciliation).toMatchObject({ rowsCounted: 1, outsideLookup: 1, rowsUnknownArea: 1 });
  });

  it("rejects bad rows with file and line, and the totals still add up", async () => {
    const csv = [
      STREET_HEADER,
      row("a", "2024-01", "E01", "X 001A", "Burglary"),
      "short,row",
      row("b", "Jan 2024", "E01", "X 001A", "Burglary"),
      row("c", "2024-01", "E01", "X 001A", "Burglary"),
    ].join("\r\n");
    const { cube, reconciliation: r } = await streetCrimeCube({ name: "m.csv", data: enc(csv) });
    expect(cube.total).toBe(2);
    expect(r).toMatchObject({ rowsRead: 4, rowsCounted: 2, rowsRejected: 2, rejectedByCode: { "field-count": 1, "invalid-month": 1 } });
    expect(r.rejectedExamples).toEqual([
      { file: "m.csv", line: 3, code: "field-count", message: "expected 12 fields, got 2" },
      { file: "m.csv", line: 4, code: "invalid-month", message: 'Month "Jan 2024" is not "YYYY-MM"' },
    ]);
    expect(r.rowsRead).toBe(r.rowsCounted + r.rowsUnknownArea + r.rowsRejected);
  });

  it("a month before year 1000 (0999-01) is an invalid-month rejection in both street readers, not an error of another package", async () => {
    const csv = [STREET_HEADER, row("a", "0999-01", "E01", "X 001A", "Burglary"), row("b", "1000-01", "E01", "X 001A", "Burglary")].join("\n");
    const { cube, reconciliation: r } = await streetCrimeCube({ name: "m.csv", data: enc(csv) }, { by: ["month"], area: "lsoa" });
    expect([cube.labels.month, [...cube.values]]).toEqual([["1000-01"], [1]]);
    expect(r.rejectedExamples).toEqual([{ file: "m.csv", line: 2, code: "invalid-month", message: 'Month "0999-01" is not "YYYY-MM"' }]);
    const slow = await countCube(readStreetCrimes({ name: "m.csv", data: enc(csv) }), { by: ["month"], area: "lsoa" });
    expect(slow.reconciliation).toEqual(r);
  });

  it("rows ended by CR CR LF count like CRLF; a file with CR-only line breaks is an invalid-csv", async () => {
    const lines = [
      STREET_HEADER,
      row("a", "2024-01", "E01", "X 001A", "Burglary"),
      row("b", "2024-02", "", "", "Robbery", "No Location"),
      row("c", "2024-02", "E02", "Y 001A", '"Other ""theft"""'),
    ];
    const crlf = await streetCrimeCube(enc(`${lines.join("\r\n")}\r\n`), { area: "district" });
    const crcrlf = await streetCrimeCube(enc(`${lines.join("\r\r\n")}\r\r\n`), { area: "district" });
    expect(crcrlf).toEqual(crlf);
    expect(crcrlf.reconciliation.rowsRejected).toBe(0);
    expect(crcrlf.cube.labels.area).toEqual(["X", "Y", "(unknown)"]);
    await expect(streetCrimeCube({ name: "cr.csv", data: enc(lines.join("\r")) })).rejects.toMatchObject({
      code: "invalid-csv",
      details: { file: "cr.csv", line: 1, column: 12 },
    });
  });

  it("validates the header, naming file and column", async () => {
    const bad = `${STREET_HEADER.replace("Month", "Date")}\n`;
    const err = await streetCrimeCube({ name: "x.csv", data: enc(bad) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PoliceDataError);
    expect((err as PoliceDataError).code).toBe("invalid-header");
    expect((err as PoliceDataError).message).toMatch(/^x\.csv:1: not a data\.police\.uk street-level crime file: expected column 2 to be "Month", got "Date"/);
    await expect(streetCrimeCube({ name: "e.csv", data: enc("") })).rejects.toThrow(
      /e\.csv: expected a data\.police\.uk street-level crime file with a header row/,
    );
    await expect(streetCrimeCube(enc(`${STREET_HEADER},Extra\n`))).rejects.toThrow(/expected 12 columns, got 13/);
  });

  it("duplicate Crime IDs: counted, kept or dropped", async () => {
    const csv = [
      STREET_HEADER,
      row("a", "2024-01", "E01", "X 001A", "Burglary"),
      row("a", "2024-01", "E01", "X 001A", "Burglary"),
      row("b", "2024-01", "E01", "X 001A", "Burglary"),
    ].join("\n");
    const kept = await streetCrimeCube(enc(csv));
    expect([kept.cube.total, kept.reconciliation.duplicateCrimeIds]).toEqual([3, 1]);
    const dropped = await streetCrimeCube(enc(csv), { duplicates: "drop" });
    expect([dropped.cube.total, dropped.reconciliation.duplicateCrimeIds, dropped.reconciliation.rowsRejected]).toEqual([2, 1, 1]);
  });

  it("maps categories with the offence option (once per distinct text)", async () => {
    const csv = [
      STREET_HEADER,
      row("a", "2024-01", "E01", "X 001A", "Burglary"),
      row("b", "2024-01", "E01", "X 001A", "Burglary"),
      row("c", "2024-01", "E01", "X 001A", "Public disorder and weapons"),
    ].join("\n");
    const seen: string[] = [];
    const offence = (t: string) => {
      seen.push(t);
      return t === "Burglary" ? "burglary" : undefined;
    };
    await expect(streetCrimeCube({ name: "f.csv", data: enc(csv) }, { offence })).rejects.toThrow(
      /^f\.csv:4: offence category "Public disorder and weapons" is not mapped/,
    );
    seen.length = 0;
    const { cube, reconciliation } = await streetCrimeCube(enc(csv), { offence, unmapped: "reject" });
    expect(seen).toEqual(["Burglary", "Public disorder and weapons"]);
    expect(cube.labels.offence).toEqual(["burglary"]);
    expect(reconciliation.rejectedByCode).toEqual({ "unmapped-offence": 1 });
  });

  it("property: equals countCube(readStreetCrimes(...)) for any chunking, line ending, BOM and quoting", async () => {
    const arbRow = fc.record({
      id: fc.constantFrom("", "a", "b", "c", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"),
      month: fc.constantFrom("2024-01", "2024-02", "2023-12", "2024-13", "bad", "0999-01", "1000-01"),
      lsoa: fc.constantFrom("", "E01000001", "E01000002", '"E01000003"', "W01000001"),
      name: fc.constantFrom("", "Harrow 001A", '"Brent, North 002B"', "Odd name"),
      type: fc.constantFrom("Burglary", "Robbery", '"Violence and sexual offences"', '"Other ""theft"""', "Drugs"),
      location: fc.constantFrom("On or near A", '"On or near A, B"', "No Location", '"multi\nline"'),
      short: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbRow, { maxLength: 25 }),
        fc.constantFrom("\n", "\r\n", "\r\r\n"),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom("lsoa", "district", "force") as fc.Arbitrary<"lsoa" | "district" | "force">,
        fc.constantFrom("keep", "drop") as fc.Arbitrary<"keep" | "drop">,
        async (rows, eol, bom, sizes, area, duplicates) => {
          const lines = rows.map((r) => (r.short ? `${r.id},${r.month}` : `${r.id},${r.month},Met,Met,,,${r.location},${r.lsoa},${r.name},${r.type},,`));
          const bytes = enc((bom ? "\uFEFF" : "") + [STREET_HEADER, ...lines].join(eol) + eol);
          const lookup = area === "lsoa" ? { E01000001: "Harrow", E01000003: "Brent" } : undefined;
          const options = { area, duplicates, ...(lookup ? { lookup } : {}) };
          const fast = await streetCrimeCube({ name: "p.csv", data: chunked(bytes, sizes) }, options);
          const slow = await countCube(readStreetCrimes({ name: "p.csv", data: chunked(bytes, [1000]) }), options);
          expect(fast.cube).toEqual(slow.cube);
          expect(fast.reconciliation).toEqual(slow.reconciliation);
          const r = fast.reconciliation;
          expect(r.rowsRead).toBe(rows.length);
          expect(r.rowsRead).toBe(r.rowsCounted + r.rowsUnknownArea + r.rowsRejected);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});
