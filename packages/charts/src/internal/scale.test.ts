import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dodge, monthStep, niceTop } from "./scale.js";

describe("niceTop", () => {
  it("gives a round top at or above the maximum, within one step of it", () => {
    expect(niceTop(8.03, 5)).toBe(10);
    expect(niceTop(178, 5)).toBe(200);
    expect(niceTop(0.37, 5)).toBe(0.4);
    expect(niceTop(0, 5)).toBe(1);
    expect(niceTop(5e-324, 5)).toBe(5e-324);
    expect(niceTop(Number.MAX_VALUE, 5)).toBe(Number.MAX_VALUE);
    fc.assert(
      fc.property(fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }), fc.integer({ min: 2, max: 20 }), (max, ticks) => {
        const top = niceTop(max, ticks);
        expect(top).toBeGreaterThanOrEqual(max * (1 - 1e-9));
        expect(top).toBeLessThanOrEqual(Math.min(max * 3, Number.MAX_VALUE));
        expect(Number.isFinite(top)).toBe(true);
      }),
    );
  });
});

describe("dodge", () => {
  it("keeps labels where they are when they are far enough apart", () => {
    expect(dodge([10, 100, 50], 14, 260)).toEqual([10, 100, 50]);
  });

  it("moves close labels apart by the gap, keeping their order", () => {
    expect(dodge([100, 101, 102], 14, 260)).toEqual([100, 114, 128]);
  });

  it("keeps labels within the height when there is room, moving them up from the bottom", () => {
    expect(dodge([258, 259, 260], 14, 260)).toEqual([232, 246, 260]);
  });

  it("puts any two labels at least the gap apart, in the order of their wanted places, inside the height when they fit", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 310, noNaN: true }), { minLength: 1, maxLength: 12 }), (wanted) => {
        const placed = dodge(wanted, 14, 260);
        const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
        for (let k = 1; k < order.length; k++) {
          const gap = (placed[(order[k] as { i: number }).i] as number) - (placed[(order[k - 1] as { i: number }).i] as number);
          expect(gap).toBeGreaterThanOrEqual(14 - 1e-9);
        }
        if ((wanted.length - 1) * 14 <= 260) for (const y of placed) expect(y >= -1e-9 && y <= 260 + 1e-9).toBe(true);
      }),
    );
  });
});

describe("monthStep", () => {
  it("labels every month when they fit, and fewer as the months outgrow the width", () => {
    expect(monthStep(12, 560, 45)).toBe(1);
    expect(monthStep(36, 560, 90)).toBe(6);
    expect(monthStep(120, 560, 90)).toBe(24);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1200 }), fc.integer({ min: 100, max: 2000 }), (months, width) => {
        const step = monthStep(months, width, 90);
        expect(Math.ceil(months / step)).toBeLessThanOrEqual(Math.max(1, Math.floor(width / 90)));
      }),
    );
  });
});
