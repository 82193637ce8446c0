import type { MonthKey } from "@crimestats/periods";
import { crosswalk, findCategory, homeOfficeOffenceGroups, metropolitanPoliceCategories } from "@crimestats/taxonomy";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareVintages } from "./compareVintages.js";
import { countCube, type CountCube, type CubeDimension } from "./countCube.js";
import { cubeSeries } from "./cubeSeries.js";
import { joinReleases } from "./joinReleases.js";
import { PoliceDataError } from "./PoliceDataError.js";

type Row = readonly [area: string, month: MonthKey, offence: string, count: number];

/** A release cube from `[area, month, offence, count]` rows. */
async function release(vintage: string, rows: readonly Row[], by?: readonly CubeDimension[]): Promise<CountCube> {
  const records = rows.map(([area, month, offence, count]) => ({ area, month, offence, count }));
  return (await countCube(records, by === undefined ? { vintage } : { vintage, by })).cube;
}

/** The count of one cell of a cube with dims area, month, offence in any order (0 when a label is absent). */
function cell(cube: CountCube, area: string, month: MonthKey, offence: string): number {
  const want: Record<CubeDimension, string> = { area, month, offence };
  let k = 0;
  for (let d = 0; d < cube.dims.length; d++) {
    const dim = cube.dims[d]!;
    const i = (cube.labels[dim]! as readonly string[]).indexOf(want[dim]);
    if (i < 0) return 0;
    k = k * cube.shape[d]! + i;
  }
  return cube.values[k]!;
}

function thrown(f: () => unknown): PoliceDataError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PoliceDataError);
    return e as PoliceDataError;
  }
  throw new Error("expected a throw");
}

describe("joinReleases", () => {
  it("doc example", async () => {
    const toHomeOffice = (label: string) => {
      const target = crosswalk(metropolitanPoliceCategories, homeOfficeOffenceGroups, label)?.target;
      return target === undefined || target.code === "action-fraud" ? null : target.name;
    };
    const older = await countCube(
      [
        { area: "Harrow", month: "2023-12", offence: "BURGLARY IN A DWELLING", count: 60 },
        { area: "Harrow", month: "2024-01", offence: "BURGLARY IN A DWELLING", count: 55 },
        { area: "Harrow", month: "2024-01", offence: "NFIB", count: 4 },
      ],
      { vintage: "2023-03_2025-02" },
    );
    const newer = await countCube(
      [
        { area: "Harrow", month: "2024-01", offence: "RES BURGLARY OF A HOME", count: 50 },
        { area: "Harrow", month: "2024-01", offence: "RES BURGLARY OF UNCONNECTED BUILDING", count: 6 },
        { area: "Harrow", month: "2024-02", offence: "RES BURGLARY OF A HOME", count: 57 },
      ],
      { vintage: "2024-01_2025-12" },
    );
    const joined = joinReleases([older.cube, newer.cube], { offence: toHomeOffice });
    expect([joined.cube.labels.month, joined.cube.labels.offence, [...joined.cube.values]]).toEqual([
      ["2023-12", "2024-01", "2024-02"],
      ["Residential burglary"],
      [60, 56, 57],
    ]);
    expect(joined.sources).toEqual([
      { first: "2023-12", last: "2023-12", vintage: "2023-03_2025-02" },
      { first: "2024-01", last: "2024-02", vintage: "2024-01_2025-12" },
    ]);
    expect(joined.revisions[0]!.revisions).toEqual([
      { area: "Harrow", month: "2024-01", offence: "Residential burglary", previous: 55, current: 56, change: 1 },
    ]);
    expect(joined.dropped).toEqual([{ vintage: "2023-03_2025-02", label: "NFIB", count: 4 }]);
    expect(joined.mapped.map((m) => m.from)).toEqual(["BURGLARY IN A DWELLING", "RES BURGLARY OF A HOME", "RES BURGLARY OF UNCONNECTED BUILDING"]);
  });

  it("takes each month from the newest release holding it, whatever the order of the list", async () => {
    const hist = await release("hist", [
      ["A", "2024-01", "x", 1],
      ["A", "2024-02", "x", 2],
      ["A", "2024-03", "x", 3],
    ]);
    const mid = await release("mid", [
      ["A", "2024-03", "x", 30],
      ["A", "2024-04", "x", 40],
      ["A", "2024-05", "x", 50],
    ]);
    const last = await release("last", [
      ["A", "2024-04", "x", 400],
      ["A", "2024-06", "x", 600],
    ]);
    for (const list of [
      [hist, mid, last],
      [last, hist, mid],
      [mid, last, hist],
    ]) {
      const j = joinReleases(list);
      expect(cubeSeries(j.cube)).toEqual({ start: "2024-01", values: new Float64Array([1, 2, 30, 400, 0, 600]) });
      expect(j.sources).toEqual([
        { first: "2024-01", last: "2024-02", vintage: "hist" },
        { first: "2024-03", last: "2024-03", vintage: "mid" },
        { first: "2024-04", last: "2024-06", vintage: "last" },
      ]);
      expect(j.cube.vintage).toBe("joined");
      expect(j.cube.dims).toEqual(["area", "month", "offence"]);
    }
  });

  it("refuses months no release covers and names them", async () => {
    const a = await release("a", [["A", "2023-11", "x", 1]]);
    const b = await release("b", [
      ["A", "2024-01", "x", 1],
      ["A", "2024-02", "x", 1],
    ]);
    const c = await release("c", [["A", "2024-06", "x", 1]]);
    const e = thrown(() => joinReleases([a, b, c]));
    expect(e.code).toBe("invalid-data");
    expect(e.message).toBe(
      "releases: 4 months (2023-12, 2024-03..2024-05) are in no release; expected releases that together cover every month from 2023-11 to 2024-06",
    );
    expect(e.details["missing"]).toEqual([
      { first: "2023-12", last: "2023-12" },
      { first: "2024-03", last: "2024-05" },
    ]);
  });

  it("maps the labels of each release, adds the labels mapped together and lists only those renamed", async () => {
    const old = await release("old", [
      ["A", "2024-01", "BURGLARY IN A DWELLING", 10],
      ["A", "2024-01", "ROBBERY OF PERSONAL PROPERTY", 2],
    ]);
    const recent = await release("new", [
      ["A", "2024-02", "RES BURGLARY OF A HOME", 7],
      ["A", "2024-02", "RES BURGLARY OF UNCONNECTED BUILDING", 1],
      ["A", "2024-02", "ROBBERY OF PERSONAL PROPERTY", 3],
    ]);
    const calls: string[] = [];
    // MinorText of either era → its MajorText, through the MPS classification
    const major = (label: string, vintage: string): string => {
      calls.push(`${vintage}:${label}`);
      const parent = findCategory(metropolitanPoliceCategories, label, { level: 2 }).parent!;
      return findCategory(metropolitanPoliceCategories, parent).name;
    };
    const j = joinReleases([old, recent], { offence: major });
    expect(j.cube.labels.offence).toEqual(["BURGLARY", "ROBBERY"]);
    expect(cubeSeries(j.cube, { offence: "BURGLARY" }).values).toEqual(new Float64Array([10, 8]));
    expect(cubeSeries(j.cube, { offence: "ROBBERY" }).values).toEqual(new Float64Array([2, 3]));
    expect(j.mapped).toEqual([
      { vintage: "old", from: "BURGLARY IN A DWELLING", to: "BURGLARY" },
      { vintage: "old", from: "ROBBERY OF PERSONAL PROPERTY", to: "ROBBERY" },
      { vintage: "new", from: "RES BURGLARY OF A HOME", to: "BURGLARY" },
      { vintage: "new", from: "RES BURGLARY OF UNCONNECTED BUILDING", to: "BURGLARY" },
      { vintage: "new", from: "ROBBERY OF PERSONAL PROPERTY", to: "ROBBERY" },
    ]);
    // once per label and release
    expect(calls.length).toBe(5);
    expect(j.dropped).toEqual([]);
    // a label mapped to itself is not reported as mapped
    expect(joinReleases([old, recent], { offence: (l) => l }).mapped).toEqual([]);
  });

  it("reports the labels mapped to null with the count each release loses, and leaves them out of the cube", async () => {
    const old = await release("old", [
      ["A", "2024-01", "x", 5],
      ["A", "2024-01", "NFIB", 3],
      ["B", "2024-02", "NFIB", 4],
    ]);
    const recent = await release("new", [
      ["A", "2024-02", "x", 6],
      ["A", "2024-03", "NFIB", 9],
    ]);
    const j = joinReleases([old, recent], { offence: (l) => (l === "NFIB" ? null : l) });
    expect(j.cube.labels.offence).toEqual(["x"]);
    expect(j.dropped).toEqual([
      { vintage: "old", label: "NFIB", count: 7 },
      { vintage: "new", label: "NFIB", count: 9 },
    ]);
    expect(j.cube.total).toBe(11);
    // what each release holds = what it keeps + what was dropped from it
    expect(old.total).toBe(5 + 7);
  });

  it("on a tie of last months, the release later in the list wins", async () => {
    const a = await release("a", [
      ["A", "2024-01", "x", 1],
      ["A", "2024-02", "x", 2],
    ]);
    const b = await release("b", [["A", "2024-02", "x", 20]]);
    expect(cubeSeries(joinReleases([a, b]).cube).values).toEqual(new Float64Array([1, 20]));
    expect(joinReleases([a, b]).sources.map((s) => s.vintage)).toEqual(["a", "b"]);
    const reversed = joinReleases([b, a]);
    expect(cubeSeries(reversed.cube).values).toEqual(new Float64Array([1, 2]));
    expect(reversed.sources).toEqual([{ first: "2024-01", last: "2024-02", vintage: "a" }]);
    // b was replaced by a in 2024-02
    expect(reversed.revisions.map((r) => r.vintages)).toEqual([["b", "a"]]);
  });

  it("gives zeros where an area or offence is absent from the release that supplies a month; labels in order of first appearance, oldest release first", async () => {
    const recent = await release("new", [
      ["Airport", "2024-02", "x", 7],
      ["Brent", "2024-02", "a", 1],
    ]);
    const old = await release("old", [
      ["Brent", "2024-01", "y", 4],
      ["Harrow", "2024-01", "x", 2],
    ]);
    const j = joinReleases([recent, old]);
    expect(j.cube.labels.area).toEqual(["Brent", "Harrow", "Airport"]);
    expect(j.cube.labels.offence).toEqual(["x", "y", "a"]);
    expect(j.cube.values.length).toBe(3 * 2 * 3);
    expect(cell(j.cube, "Airport", "2024-01", "x")).toBe(0);
    expect(cell(j.cube, "Airport", "2024-02", "x")).toBe(7);
    expect(cell(j.cube, "Harrow", "2024-02", "x")).toBe(0);
    expect(cell(j.cube, "Brent", "2024-02", "y")).toBe(0);
    expect(cell(j.cube, "Brent", "2024-01", "a")).toBe(0);
    expect(cell(j.cube, "Brent", "2024-02", "a")).toBe(1);
    expect(j.cube.total).toBe(14);
  });

  it("compares each older release with each release that replaced it, over the months both hold, after mapping", async () => {
    const hist = await release("hist", [
      ["A", "2023-12", "old x", 1],
      ["A", "2024-01", "old x", 2],
    ]);
    const a = await release("a", [
      ["A", "2024-02", "x", 5],
      ["A", "2024-03", "x", 6],
      ["A", "2024-04", "x", 7],
    ]);
    const b = await release("b", [
      ["A", "2024-03", "x", 6],
      ["A", "2024-04", "x", 8],
      ["A", "2024-05", "x", 9],
    ]);
    const j = joinReleases([hist, a, b], { offence: (l) => l.replace("old ", "") });
    // the historical release was replaced by nobody: not compared
    expect(j.revisions.length).toBe(1);
    const r = j.revisions[0]!;
    expect(r).toEqual(compareVintages({ ...a }, { ...b }));
    expect([r.vintages, r.months, r.cellsCompared, r.cellsRevised, r.totalPrevious, r.totalCurrent]).toEqual([
      ["a", "b"],
      { first: "2024-03", last: "2024-04" },
      2,
      1,
      13,
      14,
    ]);
    // three releases over one month: the oldest is compared with each release that replaced it
    const c = await release("c", [
      ["A", "2024-01", "x", 3],
      ["A", "2024-06", "x", 1],
    ]);
    const k = joinReleases([a, b, c, hist], { offence: (l) => l.replace("old ", "") });
    expect(k.revisions.map((v) => [v.vintages, v.months])).toEqual([
      [["hist", "c"], { first: "2024-01", last: "2024-01" }],
      [["a", "c"], { first: "2024-02", last: "2024-04" }],
      [["b", "c"], { first: "2024-03", last: "2024-05" }],
    ]);
    expect(k.revisions[0]!.revisions).toEqual([{ area: "A", month: "2024-01", offence: "x", previous: 2, current: 3, change: 1 }]);
    expect(k.sources).toEqual([
      { first: "2023-12", last: "2023-12", vintage: "hist" },
      { first: "2024-01", last: "2024-06", vintage: "c" },
    ]);
  });

  it("reads releases whose dimensions come in another order", async () => {
    const a = await release(
      "a",
      [
        ["A", "2024-01", "x", 1],
        ["B", "2024-01", "y", 2],
      ],
      ["offence", "month", "area"],
    );
    const b = await release("b", [["B", "2024-02", "x", 3]], ["month", "area", "offence"]);
    const j = joinReleases([a, b]);
    expect([cell(j.cube, "A", "2024-01", "x"), cell(j.cube, "B", "2024-01", "y"), cell(j.cube, "B", "2024-02", "x")]).toEqual([1, 2, 3]);
    expect(j.cube.total).toBe(6);
  });

  it("keeps every count of the months a release supplies, and their sum (property)", async () => {
    const month = fc.integer({ min: 0, max: 7 });
    const rel = fc.record({
      first: month,
      length: fc.integer({ min: 1, max: 5 }),
      rows: fc.array(
        fc.tuple(fc.constantFrom("A", "B", "C"), fc.integer({ min: 0, max: 4 }), fc.constantFrom("x", "y", "z"), fc.integer({ min: 0, max: 99 })),
        { maxLength: 20 },
      ),
    });
    const key = (i: number) => `2024-${String(i + 1).padStart(2, "0")}` as MonthKey;
    await fc.assert(
      fc.asyncProperty(fc.array(rel, { minLength: 1, maxLength: 4 }), async (specs) => {
        // rows inside each release's months, plus a zero row on its first and last month so the cube spans them
        const cubes = await Promise.all(
          specs.map((s, i) => {
            const last = Math.min(11, s.first + s.length - 1);
            const rows: Row[] = [
              ["A", key(s.first), "x", 0],
              ["A", key(last), "x", 0],
              ...s.rows.map(([a, m, o, n]) => [a, key(Math.min(last, s.first + m)), o, n] as const),
            ];
            return release(`r${i}`, rows);
          }),
        );
        const span = (c: CountCube) => [c.labels.month![0]!, c.labels.month![c.labels.month!.length - 1]!] as const;
        const months = [...new Set(cubes.flatMap((c) => c.labels.month!))].sort();
        const first = months[0]!;
        const last = months[months.length - 1]!;
        const all = Array.from({ length: 12 }, (_, i) => key(i)).filter((m) => m >= first && m <= last);
        if (all.length !== months.length) {
          expect(() => joinReleases(cubes)).toThrow(PoliceDataError);
          return;
        }
        const j = joinReleases(cubes);
        // reference winner: among the releases holding the month, the latest last month, then the later in the list
        const winner = (m: MonthKey) => {
          let w = -1;
          cubes.forEach((c, i) => {
            const [f, l] = span(c);
            if (f <= m && m <= l && (w < 0 || l >= span(cubes[w]!)[1])) w = i;
          });
          return w;
        };
        let sum = 0;
        for (const m of all) {
          const w = cubes[winner(m)]!;
          for (const a of j.cube.labels.area!) for (const o of j.cube.labels.offence!) expect(cell(j.cube, a, m, o)).toBe(cell(w, a, m, o));
          sum += cubeSeries(w).values[w.labels.month!.indexOf(m)]!;
        }
        expect(j.cube.total).toBe(sum);
        for (const s of j.sources) {
          const w = cubes.find((c) => c.vintage === s.vintage)!;
          const ws = cubeSeries(w).values;
          const js = cubeSeries(j.cube).values;
          let a = 0;
          let b = 0;
          for (let m = all.indexOf(s.first); m <= all.indexOf(s.last); m++) {
            a += js[m]!;
            b += ws[w.labels.month!.indexOf(all[m]!)]!;
          }
          expect(a).toBe(b);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("rejects what is not a list of releases, cubes without a vintage or the three dimensions, and a vintage given twice", async () => {
    const a = await release("a", [["A", "2024-01", "x", 1]]);
    const noVintage = (await countCube([{ area: "A", month: "2024-01", offence: "x" }])).cube;
    const twoDims = (await countCube([{ area: "A", month: "2024-01", offence: "x" }], { by: ["area", "month"], vintage: "b" })).cube;
    const cases: [unknown, string, RegExp][] = [
      [[], "invalid-argument", /releases: expected a non-empty list of count cubes \(one per release\), got an array of 0 items/],
      [a, "invalid-argument", /releases: expected a non-empty list/],
      [[{ dims: ["area"] }], "invalid-argument", /releases\[0\]: expected a count cube/],
      [[a, noVintage], "invalid-argument", /releases\[1\]: the cube has no vintage/],
      [[twoDims], "invalid-argument", /releases\[0\]: the cube has dims \[area, month\]; expected area, month and offence/],
      [[a, a], "invalid-argument", /releases\[1\]: the vintage "a" is also that of releases\[0\]/],
      [[{ ...a, labels: { ...a.labels, month: [] }, shape: [1, 0, 1], values: new Float64Array(0), total: 0 }], "invalid-argument", /no release holds a month/],
    ];
    for (const [arg, code, message] of cases) {
      const e = thrown(() => joinReleases(arg as CountCube[]));
      expect([e.code, e.message]).toEqual([code, expect.stringMatching(message)]);
    }
    const dup = { ...a, labels: { area: ["A", "A"], month: ["2024-01"], offence: ["x"] }, shape: [2, 1, 1], values: new Float64Array(2) } as CountCube;
    expect(thrown(() => joinReleases([dup])).message).toMatch(/releases\[0\]: the area label "A" appears twice/);
  });

  it("rejects options that are not an object and an offence mapping that is not a function, throws or returns neither text nor null", async () => {
    const a = await release("a", [["A", "2024-01", "Mugging", 1]]);
    const bad: [unknown, RegExp][] = [
      [5, /joinReleases: options: expected an object/],
      [{ offence: "x" }, /offence: expected a function \(label, vintage\) => label or null, got "x"/],
      [{ offence: () => undefined }, /offence: the function returned undefined for "Mugging" of release "a"; expected a label \(text\) or null/],
      [
        { offence: (l: string) => findCategory(metropolitanPoliceCategories, l).name },
        /offence: the function threw for "Mugging" of release "a" \(.*"Mugging" is not a category of .*\); expected a label or null/,
      ],
    ];
    for (const [options, message] of bad) {
      const e = thrown(() => joinReleases([a], options as never));
      expect([e.code, e.message]).toEqual(["invalid-option", expect.stringMatching(message)]);
    }
  });
});
