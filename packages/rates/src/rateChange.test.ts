import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { rate } from "./rate.js";
import { rateChange } from "./rateChange.js";
import { roundHalfUp } from "./roundHalfUp.js";

// docs/methods.md#rate-per-1000-residents: fixture populations (ONS mid-2017, one vintage for both years) and the range
// of populations that reproduces every published rate.
const POPULATION = {
  Barnet: { fixture: 387810, range: [387790, 387831] },
  Brent: { fixture: 329110, range: [329101, 329114] },
  Ealing: { fixture: 342720, range: [342700, 342737] },
  Harrow: { fixture: 248880, range: [248866, 248899] },
  Hillingdon: { fixture: 302340, range: [302324, 302355] },
  London: { fixture: 8824800, range: [8824492, 8825044] },
} as const;
type Area = keyof typeof POPULATION;

// Total Offences and Burglary tables of the Harrow 2019 Strategy's strategic assessment, as printed:
// area, 2017 offences, 2017 rate, 2018 offences, 2018 rate, offences change, rate change.
type Row = readonly [Area, number, number, number, number, number, number];
const TOTAL_OFFENCES: readonly Row[] = [
  ["Barnet", 26996, 69.61, 28236, 72.81, 1240, 3.2],
  ["Brent", 29759, 90.42, 30705, 93.3, 946, 2.87],
  ["Ealing", 28319, 82.63, 28233, 82.38, -86, -0.25],
  ["Harrow", 13957, 56.08, 14866, 59.73, 909, 3.65],
  ["Hillingdon", 24777, 81.95, 24973, 82.6, 196, 0.65],
  ["London", 824568, 93.44, 838895, 95.06, 14327, 1.62],
];
const BURGLARY: readonly Row[] = [
  ["Barnet", 4038, 10.41, 4432, 11.43, 394, 1.02],
  ["Brent", 3359, 10.21, 3721, 11.31, 362, 1.1],
  ["Ealing", 3040, 8.87, 3018, 8.81, -22, -0.06],
  ["Harrow", 2386, 9.59, 2240, 9.0, -146, -0.59],
  ["Hillingdon", 3016, 9.98, 2743, 9.07, -273, -0.9],
  ["London", 91777, 10.4, 97643, 11.06, 5866, 0.66],
];

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
    check(TOTAL_OFFENCES, (area) => POPULATION[area].fixture);
  });

  it("Harrow 2019 Strategy Burglary table reproduced exactly (fixture populations)", () => {
    check(BURGLARY, (area) => POPULATION[area].fixture);
  });

  it("every population in the stated ranges reproduces both tables, bar five end points", () => {
    // Recomputing shows the ranges in docs/methods.md#rate-per-1000-residents are off by one at five end points: these
    // populations give a different rounded figure (e.g. Brent 29,759 / 329,101 → 90.43, not
    // 90.42). The exact ranges are Barnet 387,790–387,830, Brent 329,102–329,117, Ealing
    // 342,700–342,737, Harrow 248,866–248,898, Hillingdon 302,325–302,354, London
    // 8,824,492–8,825,044; the fixture values are well inside all of them.
    const outside = new Set([387831, 329101, 248899, 302324, 302355]);
    for (const area of Object.keys(POPULATION) as Area[]) {
      const [lo, hi] = POPULATION[area].range;
      for (let population = lo; population <= hi; population++) {
        const both = () => {
          check(
            TOTAL_OFFENCES.filter((r) => r[0] === area),
            () => population,
          );
          check(
            BURGLARY.filter((r) => r[0] === area),
            () => population,
          );
        };
        if (outside.has(population)) expect(both, `${area} ${population}`).toThrow();
        else both();
      }
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
