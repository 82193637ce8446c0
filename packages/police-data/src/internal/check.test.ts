import { describe, expect, it } from "vitest";
import { STREET_HEADER, collect, enc } from "../../test/helpers.js";
import { compareVintages } from "../compareVintages.js";
import { countCube, type CountCube } from "../countCube.js";
import { cubeRows } from "../cubeRows.js";
import { cubeSeries } from "../cubeSeries.js";
import { PoliceDataError } from "../PoliceDataError.js";
import { readCsv } from "../readCsv.js";
import { readLsoaPopulation } from "../readLsoaPopulation.js";
import { readMpsWide } from "../readMpsWide.js";
import { readStopAndSearch } from "../readStopAndSearch.js";
import { streetCrimeCube } from "../streetCrimeCube.js";

const cube = (over: Record<string, unknown> = {}): CountCube =>
  ({
    dims: ["area", "month", "offence"],
    labels: { area: ["Harrow"], month: ["2025-01"], offence: ["All"] },
    shape: [1, 1, 1],
    values: new Float64Array([1268]),
    total: 1268,
    vintage: "v",
    ...over,
  }) as CountCube;

/** The code of the PoliceDataError `f` throws (or rejects with); anything else fails the test. */
async function codeOf(f: () => unknown): Promise<string> {
  try {
    await f();
  } catch (error) {
    expect(error).toBeInstanceOf(PoliceDataError);
    return (error as PoliceDataError).code;
  }
  return "no error";
}

describe("hostile arguments", () => {
  it("bad records, options and sources of any type throw PoliceDataError with the code of their fault, never a TypeError", async () => {
    const street = enc(`${STREET_HEADER}\n`);
    const codes = await Promise.all([
      codeOf(() => countCube(undefined as never)),
      codeOf(() => countCube(0.5 as never)),
      codeOf(() => countCube([null] as never, { vintage: "v" })),
      codeOf(() => countCube([,] as never)),
      codeOf(() => countCube([{ area: "A", month: "2024-01", offence: "x" }], null as never)),
      codeOf(() => countCube([{ area: "A", month: "2024-01", offence: "x" }], { vintage: new Date(NaN) as never })),
      codeOf(() => countCube([{ area: Object.create(null), month: "2024-01", offence: "x" }])),
      codeOf(() => countCube([{ area: -Infinity as never, month: "2024-01", offence: "x" }])),
      codeOf(() => countCube([{ area: "A", month: "2024-01", offence: "x", count: Object.create(null) }])),
      codeOf(() => countCube([{ area: "A", month: "2024-01", offence: Symbol("x") as never }])),
      codeOf(() => countCube([{ area: "A", month: "2024-01", offence: "x" }], { areas: [, "b"] as never })),
      codeOf(() => countCube([{ area: "A", month: "2024-01", offence: "x" }], { months: null as never })),
      codeOf(() => streetCrimeCube(street, null as never)),
      codeOf(() => streetCrimeCube(street, { area: 10n as never })),
      codeOf(() => streetCrimeCube({ name: Infinity as never, data: street })),
      codeOf(() => readMpsWide(enc(""), null as never)),
      codeOf(() => readMpsWide(enc(""), { vintage: 5 as never })),
      codeOf(() => readStopAndSearch(enc(""), null as never)),
      codeOf(() => readStopAndSearch(enc(""), { month: 10n as never })),
      codeOf(() => readLsoaPopulation({ name: "p.csv", data: enc("x\n") }, null as never)),
      codeOf(() => collect(readCsv({ name: NaN as never, data: enc("a\n") }))),
    ]);
    expect(codes).toEqual([
      ...["invalid-argument", "invalid-argument", "invalid-argument", "invalid-argument"], // records that are not records
      ...["invalid-option", "invalid-option"], // options of countCube
      ...["invalid-value", "invalid-value", "invalid-count", "invalid-value"], // record fields
      ...["invalid-option", "invalid-option", "invalid-option", "invalid-option"], // more options
      "invalid-argument", // a source whose name is not text
      ...["invalid-option", "invalid-option", "invalid-option", "invalid-option", "invalid-option"], // reader options
      "invalid-argument", // a source whose name is not text
    ]);
  });

  it("a malformed cube given to cubeSeries, cubeRows or compareVintages is an invalid-argument, never NaN or a TypeError", async () => {
    const population = { Harrow: 1000 };
    const codes = await Promise.all([
      codeOf(() => compareVintages(cube({ shape: [1, 1, "\u0000"] }), cube())),
      codeOf(() => compareVintages(cube(), cube({ shape: Object.assign(Object.create(null), { 0: 1, 1: 1e-10, 2: 1 }) }))),
      codeOf(() => compareVintages(cube({ labels: { area: ["Harrow"], month: [], offence: [[]] } }), undefined as never)),
      codeOf(() => compareVintages(cube({ labels: { area: "x", month: ["2025-01"], offence: ["All"] } }), cube())),
      codeOf(() => compareVintages(cube(), cube({ dims: "\r\r\n" }))),
      codeOf(() => compareVintages(cube(), cube({ labels: { area: ["Harrow"], month: ["2025-01"], offence: [,] } }))),
      codeOf(() => compareVintages(cube(), cube({ values: null }))),
      codeOf(() => compareVintages(cube(), cube({ shape: [1, 1, Symbol("s")] }))),
      codeOf(() => cubeRows(cube({ shape: [1, 1e10, 1] }), { population })),
      codeOf(() => cubeRows("2024-01" as never, { population })),
      codeOf(() => cubeRows(cube(), undefined as never)),
      codeOf(() => cubeRows(cube(), { population, months: 10n as never })),
      codeOf(() => cubeRows(cube({ dims: ["area", "month", Object.create(null)] }), { population })),
      codeOf(() => cubeSeries(cube({ dims: ["area", "area", "month", "offence"] }))),
      codeOf(() => cubeSeries(cube({ labels: { area: " ", month: ["2025-01"], offence: ["All"] } }))),
      codeOf(() => cubeSeries(cube({ dims: undefined }))),
      codeOf(() => cubeSeries(cube(), { area: 10n as never })),
      codeOf(() => cubeSeries(cube({ values: new Float64Array([NaN]) }))),
      codeOf(() => cubeSeries(cube({ labels: { area: ["Harrow"], month: ["2025-13"], offence: ["All"] } }))),
    ]);
    expect(codes).toEqual([
      ...Array<string>(10).fill("invalid-argument"), // malformed cubes, and a cube that is text
      ...["invalid-option", "invalid-option"], // cubeRows without population, months that are not a window
      ...Array<string>(4).fill("invalid-argument"), // malformed cubes
      "invalid-option", // an area label that is not text
      ...["invalid-argument", "invalid-argument"], // a NaN count, a month that is not a month
    ]);
    // a well-formed cube still works
    expect(cubeSeries(cube()).values[0]).toBe(1268);
    expect(compareVintages(cube(), cube({ values: new Float64Array([1289]), total: 1289 })).totalCurrent).toBe(1289);
  });
});
