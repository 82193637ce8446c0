import { readFileSync } from "node:fs";
import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { rate } from "./rate.js";
import { rateChange } from "./rateChange.js";
import { roundHalfUp } from "./roundHalfUp.js";

// The Total Offences and Burglary tables of the Harrow 2019 Strategy's strategic assessment, as
// printed, from the suite's one copy (examples/data/harrow/golden-2019.json, which names its
// source), with the working populations (one for both years) and the ranges of populations that
// reproduce every printed rate (docs/methods.md#rate-per-1000-residents).
interface GoldenRow {
  readonly area: string;
  readonly previous: { readonly count: number; readonly rate: number };
  readonly current: { readonly count: number; readonly rate: number };
  readonly change: { readonly count?: number; readonly rate: number };
}
const golden = JSON.parse(readFileSync(new URL("../../../examples/data/harrow/golden-2019.json", import.meta.url), "utf8")) as {
  readonly populations: { readonly values: Record<string, number>; readonly ranges: { readonly values: Record<string, [number, number]> } };
  readonly tables: readonly { readonly id: string; readonly rows: readonly GoldenRow[] }[];
};
type Area = string;
const POPULATION: Record<Area, { fixture: number; range: readonly [number, number] }> = Object.fromEntries(
  Object.entries(golden.populations.values).map(([area, fixture]) => [area, { fixture, range: golden.populations.ranges.values[area] ?? [fixture, fixture] }]),
);

// area, 2017 offences, 2017 rate, 2018 offences, 2018 rate, offences change, rate change. The Total
// Offences table prints no offences change: there it is the difference of the printed counts.
type Row = readonly [Area, number, number, number, number, number, number];
const rows = (id: string): readonly Row[] =>
  (golden.tables.find((t) => t.id === id)?.rows ?? []).map((r) => [
    r.area,
    r.previous.count,
    r.previous.rate,
    r.current.count,
    r.current.rate,
    r.change.count ?? r.current.count - r.previous.count,
    r.change.rate,
  ]);
const TOTAL_OFFENCES = rows("total-offences");
const BURGLARY = rows("burglary");

function check(rows: readonly Row[], populationOf: (area: Area) => number) {
  for (const [area, c17, r17, c18, r18, dc, dr] of rows) {
    const population = populationOf(area);
    const c = rateChange({ count: c17, population }, { count: c18, population });
    expect(roundHalfUp(c.previous.value, 2), `${area} 2017 rate`).toBe(r17);
    expect(roundHalfUp(c.current.value, 2), `${area} 2018 rate`).toBe(r18);
    expect(c.change.count, `${area} offences change`).toBe(dc);
    expect(roundHalfUp(c.change.value, 2), `${area} rate change`).toBe(dr);
  }
}

describe("rateChange", () => {
  it("documented example", () => {
    const c = rateChange({ count: 29759, population: 329110 }, { count: 30705, population: 329110 });
    expect(c.change.count).toBe(946);
    expect(roundHalfUp(c.change.value, 2)).toBe(2.87);
    expect(roundHalfUp(c.current.value, 2)).toBe(93.3);
    expect(roundHalfUp(c.change.percent as number, 1)).toBe(3.2);
  });

  it("Harrow 2019 Strategy Total Offences table reproduced exactly (fixture populations)", () => {
    check(TOTAL_OFFENCES, (area) => POPULATION[area]?.fixture ?? 0);
  });

  it("Harrow 2019 Strategy Burglary table reproduced exactly (fixture populations)", () => {
    check(BURGLARY, (area) => POPULATION[area]?.fixture ?? 0);
  });

  it("every population in the ranges reproduces both tables, and the one just outside each end does not", () => {
    const both = (area: Area, population: number) => () => {
      check(
        TOTAL_OFFENCES.filter((r) => r[0] === area),
        () => population,
      );
      check(
        BURGLARY.filter((r) => r[0] === area),
        () => population,
      );
    };
    for (const area of Object.keys(POPULATION)) {
      const [lo, hi] = POPULATION[area]?.range ?? [0, 0];
      for (let population = lo; population <= hi; population++) both(area, population)();
      expect(both(area, lo - 1), `${area} ${lo - 1}`).toThrow();
      expect(both(area, hi + 1), `${area} ${hi + 1}`).toThrow();
    }
  });

  it("Brent 2.87 not 2.88 and Hillingdon −0.90 not −0.91 (difference of unrounded rates)", () => {
    const brent = rateChange({ count: 29759, population: 329110 }, { count: 30705, population: 329110 });
    expect(brent.change.value).toBeCloseTo(2.8744, 4);
    expect(roundHalfUp(brent.change.value, 2)).toBe(2.87);
    const naive = roundHalfUp(roundHalfUp(brent.current.value, 2) - roundHalfUp(brent.previous.value, 2), 2);
    expect(naive).toBe(2.88);
    const hillingdon = rateChange({ count: 3016, population: 302340 }, { count: 2743, population: 302340 });
    expect(hillingdon.change.value).toBeCloseTo(-0.903, 3);
    expect(roundHalfUp(hillingdon.change.value, 2)).toBe(-0.9);
  });

  it("nests each period's rate as rate() gives it, with the same options, and carries per", () => {
    const c = rateChange({ count: 7, population: 5000 }, { count: 9, population: 5100 }, { per: 100000 });
    expect(c.previous).toEqual(rate(7, 5000, { per: 100000 }));
    expect(c.current).toEqual(rate(9, 5100, { per: 100000 }));
    expect(c.per).toBe(100000);
    const options = { confidence: [0.95, 0.998], method: "exact" } as const;
    const d = rateChange({ count: 12, population: 5000 }, { count: 30, population: 5000 }, options);
    expect(d.previous).toEqual(rate(12, 5000, options));
    expect(d.current.intervals.map((i) => i.confidence)).toEqual([0.95, 0.998]);
    expect(d.current.method).toBe("exact");
  });

  it("nests the changes: count, rate (of the unrounded rates) and percent change of the rate", () => {
    const c = rateChange({ count: 2386, population: 248880 }, { count: 2240, population: 250000 });
    expect(c.change.count).toBe(2240 - 2386);
    expect(c.change.value).toBe(c.current.value - c.previous.value);
    expect(c.change.percent).toBe(((c.current.value - c.previous.value) / c.previous.value) * 100);
    // From no events the percent change is not computable.
    expect(rateChange({ count: 0, population: 100 }, { count: 2, population: 100 }).change.percent).toBeNull();
  });

  it("property: antisymmetric", () => {
    fc.assert(
      fc.property(fc.nat(100000), fc.nat(100000), fc.integer({ min: 1, max: 1e7 }), (a, b, p) => {
        const x = rateChange({ count: a, population: p }, { count: b, population: p });
        const y = rateChange({ count: b, population: p }, { count: a, population: p });
        expect(x.change.value + y.change.value).toBe(0);
        expect(x.change.count + y.change.count).toBe(0);
      }),
    );
  });

  it("throws RatesError naming the bad period", () => {
    expect(() => rateChange({ count: -1, population: 10 }, { count: 1, population: 10 })).toThrow(/previous\.count/);
    expect(() => rateChange({ count: 1, population: 10 }, { count: 1, population: 0 })).toThrow(/current\.population.*got 0/);
    // @ts-expect-error not an object
    expect(() => rateChange(null, { count: 1, population: 10 })).toThrow(
      expect.objectContaining({ code: "invalid-argument", message: "previous must be an object { count, population }, got null." }),
    );
    expect(() => rateChange({ count: 1, population: 10 }, { count: 1, population: 10 }, { per: -1 })).toThrow(/per/);
  });

  it("a population of 5e-324 gives a RatesError when the rate overflows, and the rate when it does not", () => {
    const tiny = { count: 1, population: 5e-324 };
    const one = { count: 1, population: 1 };
    expect(() => rateChange(tiny, one)).toThrow(RatesError);
    expect(() => rateChange(one, tiny)).toThrow(/current rate/);
    // 1 / 5e-324 overflows, but 1 × (1e-300 / 5e-324) does not.
    expect(rateChange(tiny, one, { per: 1e-300 }).previous.value).toBe(1e-300 / 5e-324);
    // Two finite rates whose difference overflows.
    expect(() => rateChange({ count: 1, population: 1e-300 }, { count: 0, population: 1 }, { per: 1e308 })).toThrow(RatesError);
  });

  it("null options throw RatesError invalid-option", () => {
    const one = { count: 1, population: 1 };
    // @ts-expect-error null is not an options object
    expect(() => rateChange(one, one, null)).toThrow(expect.objectContaining({ code: "invalid-option" }));
  });
});

describe("rateChange in a REPL or notebook", () => {
  it("prints both rates, the rate change, its percent and the count change, and keeps its data unchanged", () => {
    const c = rateChange({ count: 29759, population: 329110 }, { count: 30705, population: 329110 });
    expect(inspect(c)).toBe("90.42 → 93.30 per 1,000: +2.87 per 1,000 (+3.2%), count 29,759 → 30,705 (+946)");
    expect(inspect(rateChange({ count: 0, population: 1000 }, { count: 3, population: 1000 }))).toBe(
      "0.00 → 3.00 per 1,000: +3.00 per 1,000, count 0 → 3 (+3)",
    );
    expect(c).toEqual({ ...c });
    expect(JSON.parse(JSON.stringify(c))).toEqual(JSON.parse(JSON.stringify({ ...c })));
    expect(Object.keys(c)).toEqual(["previous", "current", "change", "per"]);
  });
});
