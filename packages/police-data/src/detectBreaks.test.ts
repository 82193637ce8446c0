import type { MonthKey } from "@crimestats/periods";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanCube, plantedMove, seededRandom } from "../test/breakSeries.js";
import { countCube, type CountCube } from "./countCube.js";
import { detectBreaks, type DetectedBreak } from "./detectBreaks.js";
import { dispersion, refine, trimmedWindowMeans } from "./internal/detectBreaksScan.js";
import { PoliceDataError } from "./PoliceDataError.js";

/** Months "2020-01", "2020-02", … */
function monthsFrom(n: number, year = 2020): MonthKey[] {
  return Array.from({ length: n }, (_, t) => `${year + Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, "0")}` as MonthKey);
}

/** A cube area × month (one offence) from plain series. */
function areaMonthCube(series: Record<string, readonly number[]>): CountCube {
  const areas = Object.keys(series);
  const T = series[areas[0]!]!.length;
  const values = new Float64Array(areas.length * T);
  for (let i = 0; i < areas.length; i++) values.set(series[areas[i]!]!, i * T);
  return {
    dims: ["area", "month"],
    labels: { area: areas, month: monthsFrom(T) },
    shape: [areas.length, T],
    values,
    total: values.reduce((s, v) => s + v, 0),
  };
}

/** Counts around `level` that repeat a fixed pattern of Poisson-like noise (deterministic). */
function steady(level: number, n: number, seed = 1): number[] {
  const rng = seededRandom(seed);
  return Array.from({ length: n }, () => Math.max(0, Math.round(level + Math.sqrt(level) * (rng() + rng() + rng() - 1.5) * 2)));
}

/** Area A (about 200 a month) stops after 12 months and area B (about 400) gains `gain` a month from then on, over 24 months. */
function stopAndRise(gain: number, seed: number): CountCube {
  const a = steady(200, 24, seed).map((c, t) => (t >= 12 ? 0 : c));
  const b = steady(400, 24, seed + 1).map((c, t) => (t >= 12 ? c + gain : c));
  return areaMonthCube({ A: a, B: b });
}

describe("detectBreaks", () => {
  it("finds a category renamed in one month as counts moved from the old label to the new (documented example)", async () => {
    const base = [30, 34, 28, 31, 29, 33, 30, 32, 27, 31, 30, 29];
    const old = base.map((c, i) => (i < 6 ? c : 0));
    const renamed = base.map((c, i) => (i < 6 ? 0 : c));
    const months = base.map((_, i) => `2024-${String(i + 1).padStart(2, "0")}` as MonthKey);
    const { cube } = await countCube([
      ...old.map((count, i) => ({ area: "Harrow", month: months[i]!, offence: "Burglary in a dwelling", count })),
      ...renamed.map((count, i) => ({ area: "Harrow", month: months[i]!, offence: "Residential burglary", count })),
    ]);
    const breaks = detectBreaks(cube, { groups: { "Burglary in a dwelling": "Burglary", "Residential burglary": "Burglary" } });
    expect(breaks.map((b) => [b.kind, b.month, b.from?.offence, b.to?.offence])).toEqual([
      ["moved", "2024-07", "Burglary in a dwelling", "Residential burglary"],
    ]);
    expect(breaks[0]!.explanation).toBe(
      "In Harrow, about 30 offences a month moved from Burglary in a dwelling to Residential burglary in July 2024: the first stopped and the second started in the same month, as when a category or area is renamed.",
    );
  });

  it("reports the renamed labels as a start and an end when no groups say they are related", async () => {
    const base = [30, 34, 28, 31, 29, 33, 30, 32, 27, 31, 30, 29];
    const { cube } = await countCube([
      ...base.map((c, i) => ({ area: "Harrow", month: monthsFrom(12, 2024)[i]!, offence: "Old", count: i < 6 ? c : 0 })),
      ...base.map((c, i) => ({ area: "Harrow", month: monthsFrom(12, 2024)[i]!, offence: "New", count: i < 6 ? 0 : c })),
    ]);
    const breaks = detectBreaks(cube);
    expect(breaks.map((b) => [b.kind, b.month, b.from?.offence ?? null, b.to?.offence ?? null])).toEqual([
      ["series-start", "2024-07", null, "New"],
      ["series-end", "2024-07", "Old", null],
    ]);
    const start = breaks[0]!;
    // the trimmed mean of July to December leaves out 27, the month farthest from the median 30
    expect(start.size).toBeCloseTo((30 + 32 + 31 + 30 + 29) / 5, 10);
    expect(start.score).toBeGreaterThan(5);
    expect(breaks[1]!.size).toBeLessThan(0);
  });

  it("finds an area's counts reallocated to another area (a fall and a rise of similar size)", () => {
    const T = 36;
    const airport = [...Array(12).fill(0), ...steady(300, 12, 2), ...Array(12).fill(0)];
    const host = steady(900, T, 3).map((c, t) => (t >= 24 ? c + 300 : c));
    const other = steady(700, T, 4);
    const breaks = detectBreaks(areaMonthCube({ Airport: airport, Host: host, Other: other }));
    const moved = breaks.filter((b) => b.kind === "moved");
    expect(moved.map((b) => [b.month, b.from?.area, b.to?.area])).toEqual([["2022-01", "Airport", "Host"]]);
    expect(moved[0]!.size).toBeGreaterThan(250);
    expect(moved[0]!.size).toBeLessThan(350);
    expect(moved[0]!.explanation).toBe(
      `About ${Math.round(moved[0]!.size)} offences a month moved from Airport to Host in January 2022: the first fell and the second rose by a similar amount, as when offences are reallocated.`,
    );
    // the airport row starting (with no matching fall elsewhere) is a series start
    expect(breaks.filter((b) => b.kind !== "moved").map((b) => [b.kind, b.month, b.to?.area])).toEqual([["series-start", "2021-01", "Airport"]]);
  });

  it("does not take a one-month spike, or a one-month dip, for a break", () => {
    const unknown = steady(1500, 36, 5);
    unknown[10] = 8050;
    unknown[20] = 4786;
    unknown[28] = 0;
    const breaks = detectBreaks(areaMonthCube({ Unknown: unknown, Harrow: steady(1200, 36, 6) }), { unallocated: ["Unknown"] });
    expect(breaks).toEqual([]);
  });

  it("reports a lasting fall in an unallocated row as a level shift, at the month it starts", () => {
    const unknown = steady(1500, 36, 7).map((c, t) => (t >= 20 ? Math.round(c / 5) : c));
    unknown[6] = 4786; // a spike before the shift changes nothing
    const breaks = detectBreaks(areaMonthCube({ Unknown: unknown, Harrow: steady(1200, 36, 8) }), { unallocated: ["Unknown"] });
    expect(breaks.map((b) => [b.kind, b.month, b.from?.area ?? null, b.to])).toEqual([["level-shift", "2021-09", "Unknown", null]]);
    expect(breaks[0]!.size).toBeLessThan(-1000);
    expect(breaks[0]!.score).toBeLessThan(-5);
    expect(breaks[0]!.explanation).toMatch(/^Unknown fell from about 1,\d{3} to about \d{3} offences a month in September 2021; these offences have no area/);
  });

  it("does not report a lasting rise or fall in an ordinary area on its own (it may be a real change in crime)", () => {
    const harrow = steady(500, 36, 9).map((c, t) => (t >= 18 ? c * 2 : c));
    expect(detectBreaks(areaMonthCube({ Harrow: harrow, Brent: steady(800, 36, 10) }))).toEqual([]);
    // the same row declared unallocated is reported
    expect(detectBreaks(areaMonthCube({ Harrow: harrow, Brent: steady(800, 36, 10) }), { unallocated: ["Harrow"] }).map((b) => b.kind)).toEqual([
      "level-shift",
    ]);
  });

  it("matches only rows that related says are related", () => {
    const cube = stopAndRise(200, 11);
    expect(detectBreaks(cube).map((x) => x.kind)).toEqual(["moved"]);
    const never = detectBreaks(cube, { related: () => false });
    expect(never.map((x) => [x.kind, x.from?.area ?? null])).toEqual([["series-end", "A"]]);
    const calls: string[] = [];
    detectBreaks(cube, {
      related: (p, q) => {
        calls.push(`${p.area}->${q.area}`);
        return true;
      },
    });
    expect(calls.length).toBeGreaterThan(0);
  });

  it("needs the sizes of a fall and a rise to be within sizeRatio of each other", () => {
    const cube = stopAndRise(500, 13);
    expect(detectBreaks(cube).map((x) => x.kind)).toEqual(["series-end"]);
    expect(detectBreaks(cube, { sizeRatio: 3 }).map((x) => x.kind)).toEqual(["moved"]);
  });

  it("returns no break for a cube shorter than two windows, or with no counts", () => {
    const cube = areaMonthCube({ A: [0, 0, 0, 20, 20, 20, 20, 20, 20, 20, 20], B: Array(11).fill(0) });
    expect(detectBreaks(cube)).toEqual([]);
    expect(detectBreaks(cube, { window: 3 }).map((b) => [b.kind, b.month])).toEqual([["series-start", "2020-04"]]);
    expect(detectBreaks(areaMonthCube({ A: Array(30).fill(0) }))).toEqual([]);
  });

  it("reads the rows of a cube whatever the order of its dimensions", async () => {
    const base = [30, 34, 28, 31, 29, 33, 30, 32, 27, 31, 30, 29];
    const records = [
      ...base.map((c, i) => ({ area: "Harrow", month: monthsFrom(12)[i]!, offence: "Old", count: i < 6 ? c : 0 })),
      ...base.map((c, i) => ({ area: "Harrow", month: monthsFrom(12)[i]!, offence: "New", count: i < 6 ? 0 : c })),
      ...base.map((c, i) => ({ area: "Brent", month: monthsFrom(12)[i]!, offence: "Old", count: c })),
    ];
    const groups = { Old: "Burglary", New: "Burglary" };
    const shapes = (
      await Promise.all(
        (
          [
            ["area", "month", "offence"],
            ["offence", "area", "month"],
            ["month", "offence", "area"],
          ] as const
        ).map(async (by) => detectBreaks((await countCube(records, { by })).cube, { groups })),
      )
    ).map((b) => b.map((x) => [x.kind, x.month, x.from, x.to]));
    expect(shapes[1]).toEqual(shapes[0]);
    expect(shapes[2]).toEqual(shapes[0]);
    expect(shapes[0]).toEqual([["moved", "2020-07", { area: "Harrow", offence: "Old" }, { area: "Harrow", offence: "New" }]]);
  });

  it("rejects a cube without months or without areas and offences, and bad options, with PoliceDataError", async () => {
    const { cube } = await countCube([{ area: "A", month: "2024-01", offence: "X" }], { by: ["month"] });
    expect(() => detectBreaks(cube)).toThrow(PoliceDataError);
    const { cube: noMonth } = await countCube([{ area: "A", month: "2024-01", offence: "X" }], { by: ["area"] });
    expect(() => detectBreaks(noMonth)).toThrow(/"month" dimension/);
    expect(() => detectBreaks({} as CountCube)).toThrow(expect.objectContaining({ code: "invalid-argument" }));
    const good = areaMonthCube({ A: Array(12).fill(1) });
    for (const bad of [
      { window: 2 },
      { window: 6.5 },
      { minScore: 0 },
      { minScore: Number.NaN },
      { minRelative: 1.5 },
      { sizeRatio: 0.5 },
      { groups: { X: 1 } },
      { unallocated: "Unknown" },
      { related: "yes" },
    ]) {
      expect(() => detectBreaks(good, bad as never)).toThrow(expect.objectContaining({ code: "invalid-option" }));
    }
    expect(() => detectBreaks(good, "x" as never)).toThrow(expect.objectContaining({ code: "invalid-option" }));
    expect(() => detectBreaks(stopAndRise(200, 15), { related: () => 1 as never })).toThrow(expect.objectContaining({ code: "invalid-option" }));
  });

  it("returns finite sizes and scores, months of the cube and rows that exist, on any counts (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(3000), { minLength: 20, maxLength: 20 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 3, max: 8 }),
        (rows, window) => {
          const series: Record<string, number[]> = {};
          rows.forEach((r, i) => {
            series[`A${i}`] = r;
          });
          const cube = areaMonthCube(series);
          for (const b of detectBreaks(cube, { window, unallocated: ["A0"] })) {
            expect(Number.isFinite(b.size) && Number.isFinite(b.score)).toBe(true);
            expect(cube.labels.month).toContain(b.month);
            for (const r of [b.from, b.to]) if (r !== null) expect(cube.labels.area).toContain(r.area);
            expect(Math.abs(b.score)).toBeGreaterThanOrEqual(5);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("gives the same breaks when the areas are listed in another order (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (seed) => {
        const p = plantedMove(seed);
        const T = p.cube.labels.month!.length;
        const rows: Record<string, number[]> = {};
        const areas = p.cube.labels.area!;
        for (let i = areas.length - 1; i >= 0; i--) rows[areas[i]!] = Array.from(p.cube.values.subarray(i * T, (i + 1) * T));
        const key = (b: DetectedBreak) => JSON.stringify([b.kind, b.month, b.from, b.to, b.size]);
        expect(detectBreaks(areaMonthCube(rows)).map(key).sort()).toEqual(detectBreaks(p.cube).map(key).sort());
      }),
      { numRuns: 50 },
    );
  });
});

describe("the window statistics", () => {
  it("leaves out the month farthest from the window's median", () => {
    const out = new Float64Array(2);
    trimmedWindowMeans(Float64Array.from([10, 12, 11, 900, 9, 10, 11]), 6, out, new Float64Array(6));
    expect([...out]).toEqual([(10 + 12 + 11 + 9 + 10) / 5, (12 + 11 + 9 + 10 + 11) / 5]);
    const dip = new Float64Array(1);
    trimmedWindowMeans(Float64Array.from([100, 0, 101, 99, 102]), 5, dip, new Float64Array(5));
    expect(dip[0]).toBe((100 + 101 + 99 + 102) / 4);
  });

  it("estimates a dispersion of about 1 for Poisson counts and more for overdispersed ones", () => {
    const rng = seededRandom(3);
    const poissonLike = Float64Array.from({ length: 400 }, () => {
      // Poisson(50) by counting uniform arrivals
      let k = 0;
      let p = rng();
      while (p > Math.exp(-50)) {
        k++;
        p *= rng();
      }
      return k;
    });
    expect(dispersion(poissonLike)).toBeLessThan(1.4);
    const wide = Float64Array.from(poissonLike, (v, i) => v * (i % 2 === 0 ? 1.5 : 0.5));
    expect(dispersion(wide)).toBeGreaterThan(5);
    expect(dispersion(Float64Array.from([0, 0, 0]))).toBe(1);
  });

  it("places a step at its first month even when trimming moves the peak of the statistic", () => {
    const x = Float64Array.from([100, 104, 98, 101, 99, 103, 100, 97, 30, 29, 31, 33, 28, 30, 32, 29]);
    expect(refine(x, 9, 6)).toBe(8);
    expect(refine(x, 7, 6)).toBe(8);
  });
});

/**
 * How well the defaults find planted moves and how rarely they report breaks in clean series:
 * seeded generated series (see test/breakSeries.ts), printed in the test output and quoted in
 * the method notes.
 */
describe("evaluation on generated seasonal series with planted breaks", () => {
  const LENGTHS = [24, 36, 48, 60];
  const PLANTED = 400;
  const CLEAN = 300;

  it("finds most planted moves of a tenth of a series or more and reports few breaks in clean series", () => {
    let found = 0;
    let partial = 0;
    let reports = 0;
    let truePositive = 0;
    const bands = new Map<string, { found: number; n: number }>();
    for (let i = 0; i < PLANTED; i++) {
      const months = LENGTHS[i % LENGTHS.length]!;
      const p = plantedMove(1000 + i, 4, months);
      const at = (b: DetectedBreak) => Math.abs(p.cube.labels.month!.indexOf(b.month) - p.month) <= 1;
      const breaks = detectBreaks(p.cube);
      reports += breaks.length;
      const hit = breaks.some((b) => b.kind === "moved" && b.from?.area === p.from && b.to?.area === p.to && at(b));
      // a report of one of the two planted rows at the planted month is true, though incomplete
      const half = breaks.filter(
        (b) => b.kind !== "moved" && at(b) && ((b.from !== null && b.from.area === p.from) || (b.to !== null && b.to.area === p.to)),
      ).length;
      truePositive += (hit ? 1 : 0) + half;
      if (hit) found++;
      else if (half > 0) partial++;
      // the expected statistic of the planted change in the row that gains (Poisson, 6 months each side)
      const T = months;
      let before = 0;
      const to = Number(p.to.slice(1)) - 1;
      for (let t = p.month - 6; t < p.month; t++) before += p.cube.values[to * T + t]!;
      before /= 6;
      const z = p.moved / Math.sqrt((2 * before + p.moved + 1) / 5);
      const band =
        z < 5 ? "expected statistic below 5" : z < 10 ? "expected statistic 5 to 10" : z < 20 ? "expected statistic 10 to 20" : "expected statistic 20 or more";
      const entry = bands.get(band) ?? { found: 0, n: 0 };
      entry.n++;
      if (hit) entry.found++;
      bands.set(band, entry);
    }
    let cleanReports = 0;
    let cleanCubes = 0;
    for (let i = 0; i < CLEAN; i++) {
      const n = detectBreaks(cleanCube(5000 + i, 4, LENGTHS[i % LENGTHS.length]!)).length;
      cleanReports += n;
      if (n > 0) cleanCubes++;
    }
    let unallocatedReports = 0;
    for (let i = 0; i < CLEAN; i++) {
      if (detectBreaks(cleanCube(9000 + i, 1, LENGTHS[i % LENGTHS.length]!), { unallocated: ["A1"] }).length > 0) unallocatedReports++;
    }
    const recall = found / PLANTED;
    const precision = truePositive / reports;
    const lines = [
      `planted moves: ${PLANTED} (4 related areas, 24 to 60 months; 25% relabellings, else 10% to 100% of one area moved to another)`,
      `  found as a move with the right rows and month ± 1: ${found} (recall ${recall.toFixed(3)}); only one of the two rows reported: ${partial}`,
      ...[...bands].sort().map(([band, e]) => `    ${band}: ${e.found} of ${e.n}`),
      `  reports: ${reports}, of which true (the planted move, or one of its rows at its month): ${truePositive} (precision ${precision.toFixed(3)})`,
      `clean cubes: ${CLEAN} × 4 series: ${cleanReports} reports, in ${cleanCubes} cubes`,
      `clean series in an unallocated row: ${CLEAN}: ${unallocatedReports} with a report (false-positive rate ${(unallocatedReports / CLEAN).toFixed(3)})`,
    ];
    console.log(lines.join("\n"));
    expect(precision).toBeGreaterThan(0.9);
    expect(cleanReports / (CLEAN * 4)).toBeLessThan(0.01);
    expect(unallocatedReports / CLEAN).toBeLessThan(0.02);
    expect(bands.get("expected statistic 20 or more")!.found / bands.get("expected statistic 20 or more")!.n).toBeGreaterThan(0.9);
  }, 60_000);
});
