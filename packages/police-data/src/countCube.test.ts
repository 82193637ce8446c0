import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countCube, type CountRecord } from "./countCube.js";
import { PoliceDataError } from "./PoliceDataError.js";
import { OUTSIDE_AREA, UNKNOWN_AREA } from "./types.js";

describe("countCube", () => {
  it("doc example", async () => {
    const { cube, reconciliation } = await countCube(
      [
        { area: "Harrow", month: "2024-01", offence: "Burglary" },
        { area: "Harrow", month: "2024-03", offence: "Burglary", count: 2 },
        { area: null, month: "2024-01", offence: "Robbery" },
      ],
      { by: ["area", "month"] },
    );
    expect(cube.labels.area).toEqual(["Harrow", "(unknown)"]);
    expect(cube.labels.month).toEqual(["2024-01", "2024-02", "2024-03"]);
    expect([...cube.values]).toEqual([1, 0, 2, 1, 0, 0]);
    expect([reconciliation.rowsRead, reconciliation.rowsCounted, reconciliation.rowsUnknownArea]).toEqual([3, 2, 1]);
  });

  it("lays out area × month × offence row-major with sorted labels", async () => {
    const { cube } = await countCube([
      { area: "B", month: "2024-02", offence: "y" },
      { area: "A", month: "2024-01", offence: "x" },
      { area: "A", month: "2024-02", offence: "y", count: 3 },
    ]);
    expect(cube.dims).toEqual(["area", "month", "offence"]);
    expect(cube.shape).toEqual([2, 2, 2]);
    // A: 01 x=1 y=0, 02 x=0 y=3; B: 01 0 0, 02 x=0 y=1
    expect([...cube.values]).toEqual([1, 0, 0, 3, 0, 0, 0, 1]);
    expect(cube.total).toBe(5);
  });

  it("orders dimensions as asked, and keeps declared labels with zero counts", async () => {
    const { cube } = await countCube([{ area: "A", month: "2024-01", offence: "x", count: 2 }], {
      by: ["offence", "area"],
      offences: ["z", "x"],
      areas: ["Q", "A"],
    });
    expect(cube.labels).toEqual({ offence: ["z", "x"], area: ["Q", "A"] });
    expect([...cube.values]).toEqual([0, 0, 0, 2]);
  });

  it("maps areas through a look-up; values not in it go to the outside area", async () => {
    const { cube, reconciliation } = await countCube(
      [
        { lsoa: "E01", month: "2024-01", offence: "x" },
        { lsoa: "E02", month: "2024-01", offence: "x" },
        { lsoa: "W99", month: "2024-01", offence: "x" },
        { lsoa: null, month: "2024-01", offence: "x" },
      ],
      {
        area: "lsoa",
        lookup: new Map([
          ["E01", "Harrow"],
          ["E02", "Harrow"],
        ]),
        by: ["area"],
      },
    );
    expect(cube.labels.area).toEqual(["Harrow", UNKNOWN_AREA, OUTSIDE_AREA]);
    expect([...cube.values]).toEqual([2, 1, 1]);
    expect(reconciliation).toMatchObject({ rowsRead: 4, rowsCounted: 2, noArea: 1, outsideLookup: 1, rowsUnknownArea: 2, rowsRejected: 0 });
  });

  it("maps offences, rejects or throws on unmapped text", async () => {
    const recs: CountRecord[] = [
      { area: "A", month: "2024-01", offence: "Burglary" },
      { area: "A", month: "2024-01", offence: "Mystery", file: "f.csv", line: 7 },
    ];
    const offence = (t: string) => (t === "Burglary" ? "burglary" : undefined);
    const err = await countCube(recs, { offence }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PoliceDataError);
    expect((err as PoliceDataError).message).toMatch(/^f\.csv:7: offence category "Mystery" is not mapped/);
    const { cube, reconciliation } = await countCube(recs, { offence, unmapped: "reject" });
    expect(cube.labels.offence).toEqual(["burglary"]);
    expect(reconciliation.rejectedByCode).toEqual({ "unmapped-offence": 1 });
    expect(reconciliation.rejectedExamples[0]).toMatchObject({ file: "f.csv", line: 7, code: "unmapped-offence" });
  });

  it("counts duplicate Crime IDs within a month of a file, keeps or drops them", async () => {
    const recs: CountRecord[] = [
      { area: "A", month: "2024-01", offence: "x", crimeId: "c1", file: "a" },
      { area: "A", month: "2024-01", offence: "x", crimeId: "c1", file: "a" },
      { area: "A", month: "2024-01", offence: "x", crimeId: "", file: "a" },
      { area: "A", month: "2024-02", offence: "x", crimeId: "c1", file: "a" },
      { area: "A", month: "2024-02", offence: "x", crimeId: "c1", file: "b" },
    ];
    const kept = await countCube(recs);
    expect(kept.cube.total).toBe(5);
    expect(kept.reconciliation).toMatchObject({ duplicateCrimeIds: 1, emptyCrimeIds: 1, rowsRejected: 0, files: ["a", "b"] });
    const dropped = await countCube(recs, { duplicates: "drop" });
    expect(dropped.cube.total).toBe(4);
    expect(dropped.reconciliation).toMatchObject({ duplicateCrimeIds: 1, rowsRejected: 1, rejectedByCode: { "duplicate-crime-id": 1 } });
  });

  it("filters months into the reconciliation", async () => {
    const { cube, reconciliation } = await countCube(
      [
        { area: "A", month: "2023-12", offence: "x" },
        { area: "A", month: "2024-01", offence: "x" },
      ],
      { months: { first: "2024-01", last: "2024-12" } },
    );
    expect(cube.labels.month).toEqual(["2024-01"]);
    expect(reconciliation).toMatchObject({ rowsRead: 2, rowsCounted: 1, rowsRejected: 1, rejectedByCode: { filtered: 1 } });
  });

  it("throws on bad input, naming the value", async () => {
    await expect(countCube([{ area: "A", month: "2024-13", offence: "x" }])).rejects.toThrow(/month "2024-13" is not a month/);
    await expect(countCube([{ area: "A", month: "2024-01", offence: "x", count: -1 }])).rejects.toThrow(/count -1 is not a count/);
    // a count that cannot be added exactly is an error, not a total of 1e20
    await expect(countCube([{ area: "A", month: "2024-01", offence: "x", count: 1e20 }])).rejects.toMatchObject({
      code: "invalid-count",
      message: "<records>:1: count 100000000000000000000 is not a count; expected a number from 0 to 9007199254740991",
    });
    await expect(countCube([{ area: "A", month: "2024-01", offence: "x", count: Number.MAX_SAFE_INTEGER }])).resolves.toMatchObject({
      cube: { total: Number.MAX_SAFE_INTEGER },
    });
    await expect(countCube([{ lsoa: "E01", month: "2024-01", offence: "x" }])).rejects.toThrow(/has no field "area"/);
    await expect(countCube([], { by: [] })).rejects.toMatchObject({ code: "invalid-option" });
    await expect(countCube([], { by: ["area", "area"] })).rejects.toThrow(/listed twice/);
    await expect(countCube([], { months: { first: "2024-05", last: "2024-01" } })).rejects.toThrow(/first <= last/);
  });

  it("an empty input gives an empty cube", async () => {
    const { cube, reconciliation } = await countCube([]);
    expect(cube.values.length).toBe(0);
    expect(cube.total).toBe(0);
    expect(reconciliation.rowsRead).toBe(0);
  });

  it("property: totals reconcile and every cell equals a direct count", async () => {
    const rec = fc.record({
      area: fc.option(fc.constantFrom("A", "B", "C", "D"), { nil: null }),
      month: fc.constantFrom("2023-11", "2023-12", "2024-01", "2024-03"),
      offence: fc.constantFrom("x", "y", "z"),
      count: fc.integer({ min: 0, max: 9 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(rec, { maxLength: 60 }), fc.boolean(), async (recs, useLookup) => {
        const lookup = useLookup ? { A: "AB", B: "AB", C: "C" } : undefined;
        const { cube, reconciliation: r } = await countCube(recs, lookup ? { lookup } : {});
        expect(r.rowsRead).toBe(r.rowsCounted + r.rowsUnknownArea + r.rowsRejected);
        expect(r.rowsRead).toBe(recs.length);
        expect(r.noArea).toBe(recs.filter((x) => x.area === null).length);
        expect(r.outsideLookup).toBe(lookup ? recs.filter((x) => x.area === "D").length : 0);
        const direct = recs.reduce((s, x) => s + x.count, 0);
        expect(cube.total).toBe(direct);
        expect(r.total).toBe(direct);
        const [na, nm, no] = cube.shape as [number, number, number];
        for (let a = 0; a < na; a++)
          for (let m = 0; m < nm; m++)
            for (let o = 0; o < no; o++) {
              const area = cube.labels.area![a]!;
              const expected = recs
                .filter((x) => {
                  const label = x.area === null ? UNKNOWN_AREA : lookup ? ((lookup as Record<string, string>)[x.area] ?? OUTSIDE_AREA) : x.area;
                  return label === area && x.month === cube.labels.month![m] && x.offence === cube.labels.offence![o];
                })
                .reduce((s, x) => s + x.count, 0);
              expect(cube.values[(a * nm + m) * no + o]).toBe(expected);
            }
      }),
      { numRuns: 100 },
    );
  });
});

describe("countCube with a taxonomy", () => {
  it("maps category text of two eras to one data.police.uk category code, in taxonomy order", async () => {
    const { policeUkCategories } = await import("@crimestats/taxonomy");
    const { cube } = await countCube(
      [
        { area: "A", month: "2013-04", offence: "Violent crime" },
        { area: "A", month: "2013-05", offence: "Violence and sexual offences" },
        { area: "A", month: "2013-05", offence: "Burglary" },
      ],
      { taxonomy: policeUkCategories, by: ["offence"] },
    );
    expect(cube.labels.offence).toEqual(["burglary", "violent-crime"]);
    expect([...cube.values]).toEqual([1, 2]);
  });

  it("unknown text fails loudly with the taxonomy's explanation, or is rejected as unmapped-offence", async () => {
    const { policeUkCategories } = await import("@crimestats/taxonomy");
    const recs: CountRecord[] = [{ area: "A", month: "2024-01", offence: "Burglarly", file: "t.csv", line: 9 }];
    await expect(countCube(recs, { taxonomy: policeUkCategories })).rejects.toThrow(
      /^t\.csv:9: offence category "Burglarly" is not mapped \("Burglarly" is not a category of/,
    );
    await expect(countCube(recs, { taxonomy: policeUkCategories })).rejects.toMatchObject({
      code: "invalid-value",
      details: { file: "t.csv", line: 9, value: "Burglarly", explanation: expect.stringMatching(/^"Burglarly" is not a category of/) },
    });
    const { reconciliation } = await countCube(recs, { taxonomy: policeUkCategories, unmapped: "reject" });
    expect(reconciliation.rejectedByCode).toEqual({ "unmapped-offence": 1 });
  });

  it("level picks MPS major (1) or minor (2) categories", async () => {
    const { metropolitanPoliceCategories } = await import("@crimestats/taxonomy");
    const recs: CountRecord[] = [{ area: "A", month: "2024-01", offence: "POSSESSION OF WEAPONS" }];
    const major = await countCube(recs, { taxonomy: metropolitanPoliceCategories, level: 1, by: ["offence"] });
    expect(major.cube.labels.offence).toEqual(["possession-of-weapons"]);
    await expect(countCube([{ area: "A", month: "2024-01", offence: "x" }], { taxonomy: {} as never })).rejects.toThrow(/taxonomy: expected a Taxonomy/);
  });
  it("counts the count rows of @crimestats/schema, as a partnership's own data arrives", async () => {
    const { parseCountRow } = await import("@crimestats/schema");
    const rows = [
      parseCountRow({ area: "Harrow", month: "2024-01", offence: "burglary", count: 90 }),
      parseCountRow({ area: "Harrow", month: "2024-02", offence: "burglary", count: 75, vintage: "2024-03" }),
    ];
    const { cube } = await countCube(rows, { by: ["month"] });
    expect([...cube.values]).toEqual([90, 75]);
    expect(cube.labels.month).toEqual(["2024-01", "2024-02"]);
  });
});
