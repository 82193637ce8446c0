import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { rollingSums } from "./rollingSums.js";

function naive(values: readonly number[], window: number): number[] {
  const out: number[] = [];
  for (let i = 0; i + window <= values.length; i++) {
    let s = 0;
    for (let j = i; j < i + window; j++) s += values[j] as number;
    out.push(s);
  }
  return out;
}

describe("rollingSums", () => {
  it("documented examples", () => {
    expect(Array.from(rollingSums(new Float64Array([1, 2, 3, 4, 5]), { window: 3 }))).toEqual([6, 9, 12]);
    const ry = rollingSums({ start: "2017-10", values: [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] });
    expect(ry[0]).toEqual({
      period: { kind: "rolling", first: "2017-10", last: "2018-09", label: "12 months to Sep 2018" },
      sum: 126,
    });
    expect(ry[1]?.sum).toBe(138);
  });

  it("labels non-12 windows with periods' rolling()", () => {
    const r = rollingSums({ start: "2018-01", values: [1, 2, 3, 4] }, { window: 3 });
    expect(r.map((w) => [w.period.first, w.period.last, w.sum])).toEqual([
      ["2018-01", "2018-03", 6],
      ["2018-02", "2018-04", 9],
    ]);
    expect(r[0]?.period.kind).toBe("rolling");
  });

  it("accepts unordered records and reports gaps, duplicates and bad months", () => {
    const records = [
      { month: "2018-03", count: 3 },
      { month: "2018-01", count: 1 },
      { month: "2018-02", count: 2 },
    ];
    expect(rollingSums(records, { window: 2 }).map((w) => w.sum)).toEqual([3, 5]);
    const gap = [
      { month: "2018-01", count: 1 },
      { month: "2018-03", count: 3 },
    ];
    expect(() => rollingSums(gap, { window: 2 })).toThrow(/no value for 2018-02/);
    expect(rollingSums(gap, { window: 2, fill: 0 }).map((w) => w.sum)).toEqual([1, 3]);
    expect(() => rollingSums([...records, { month: "2018-02", count: 9 }], { window: 2 })).toThrow(/more than one value for 2018-02/);
    expect(() => rollingSums([{ month: "2018-13", count: 1 }])).toThrow(/"2018-13"/);
    expect(() => rollingSums({ start: "18-01", values: [1] })).toThrow(RatesError);
    expect(() => rollingSums({ start: "2018-01", values: [1, null, 3] }, { window: 2 })).toThrow(/2018-02/);
    expect(() => rollingSums({ start: "2018-01", values: [1, -1, 3] }, { window: 2 })).toThrow(/2018-02.*-1/);
    try {
      rollingSums(gap, { window: 2 });
    } catch (e) {
      expect((e as RatesError).code).toBe("missing-month");
      expect((e as RatesError).details).toEqual({ month: "2018-02" });
    }
  });

  it("typed arrays: NaN is a missing month unless fill is given; bad values and options throw", () => {
    expect(() => rollingSums(new Float64Array([1, Number.NaN, 3]), { window: 2 })).toThrow(/values\[1\] is NaN/);
    expect(Array.from(rollingSums(new Float64Array([1, Number.NaN, 3]), { window: 2, fill: 0 }))).toEqual([1, 3]);
    expect(() => rollingSums(new Float64Array([1, Number.POSITIVE_INFINITY]), { window: 1 })).toThrow(/Infinity/);
    expect(() => rollingSums(new Float64Array([1, -2]), { window: 1 })).toThrow(/values\[1\].*-2/);
    expect(() => rollingSums(new Float64Array([1]), { window: 0 })).toThrow(/window/);
    expect(() => rollingSums(new Float64Array([1]), { window: 2.5 })).toThrow(/window/);
    expect(() => rollingSums(new Float64Array([1]), { fill: -1 })).toThrow(/fill/);
    expect(rollingSums(new Float64Array(5))).toHaveLength(0);
    expect(Array.from(rollingSums(new Int32Array([1, 2, 3]), { window: 2 }))).toEqual([3, 5]);
    const into = new Float64Array(2);
    expect(rollingSums(new Float64Array([1, 2, 3]), { window: 2, into })).toBe(into);
    expect(Array.from(into)).toEqual([3, 5]);
    expect(() => rollingSums(new Float64Array([1, 2, 3]), { window: 2, into: new Float64Array(3) })).toThrow(/length 2/);
  });

  it("property: equals naive window sums (exactly for counts)", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(100000), { maxLength: 200 }), fc.integer({ min: 1, max: 30 }), (values, window) => {
        expect(Array.from(rollingSums(Float64Array.from(values), { window }))).toEqual(naive(values, window));
      }),
    );
  });

  it("property: close to naive sums for fractional values (compensated path)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { maxLength: 200 }), fc.integer({ min: 1, max: 30 }), (values, window) => {
        const got = rollingSums(Float64Array.from(values), { window });
        naive(values, window).forEach((s, i) => {
          expect(got[i]).toBeCloseTo(s, 6);
        });
      }),
    );
  });

  it("stays exact past 2^53 where a plain running sum would not", () => {
    const big = 2 ** 52;
    const got = rollingSums(new Float64Array([big, big, 1, 0]), { window: 2 });
    expect(Array.from(got)).toEqual([2 ** 53, big + 1, 1]);
  });
});
