import { describe, expect, it } from "vitest";
import { findNonFinite, reachableObjects } from "./findNonFinite.js";

describe("findNonFinite", () => {
  it("finds NaN, ±Infinity and Invalid Dates anywhere in a result, with the path", () => {
    expect(findNonFinite({ rows: [{ rate: 1 }, { rate: Number.NaN }] })).toBe("$.rows[1].rate is NaN");
    expect(findNonFinite({ values: new Float64Array([1, Number.NEGATIVE_INFINITY]) })).toBe("$.values[1] is -Infinity");
    expect(findNonFinite(new Map([["a", { x: Number.POSITIVE_INFINITY }]]))).toBe("$.get(a).x is Infinity");
    expect(findNonFinite(new Set([2, Number.NaN]))).toBe("$.values[1] is NaN");
    expect(findNonFinite({ when: new Date(Number.NaN) })).toBe("$.when is an Invalid Date");
    expect(findNonFinite({ "odd key": [Number.NaN] })).toBe('$["odd key"][0] is NaN');
  });

  it("passes finite results, valid dates, holes, strings and cycles", () => {
    const cycle: Record<string, unknown> = { n: 1, when: new Date(0), text: "NaN", list: [1, , 3] }; // eslint-disable-line no-sparse-arrays
    cycle["self"] = cycle;
    expect(findNonFinite(cycle)).toBeNull();
    expect(findNonFinite(null)).toBeNull();
  });

  it("does not walk objects the caller passed in (returned by reference), but does walk copies of them", () => {
    const input = { value: 1, extra: Number.NEGATIVE_INFINITY };
    const given = reachableObjects([{ nested: input }]);
    expect(findNonFinite({ inputs: input }, given)).toBeNull();
    expect(findNonFinite({ inputs: { ...input } }, given)).toBe("$.inputs.extra is -Infinity");
  });
});
