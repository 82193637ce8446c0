import { describe, expect, it } from "vitest";
import { describeValue } from "./describeValue.js";

describe("describeValue", () => {
  it("writes values a test can paste back in: -0, NaN, BigInt, symbols, holes, prototype-less objects, dates, typed arrays", () => {
    expect(describeValue([-0, Number.NaN, 10n, Symbol("x"), undefined, null])).toBe('[-0, NaN, 10n, Symbol("x"), undefined, null]');
    expect(describeValue([, 1, ,])).toBe("[, 1, ,]"); // eslint-disable-line no-sparse-arrays
    expect(describeValue(Object.assign(Object.create(null), { a: 1 }))).toBe("Object.assign(Object.create(null), { a: 1 })");
    expect(describeValue({ "odd key": new Date(0), f: new Float64Array([1.5]) })).toBe(
      '{ "odd key": new Date("1970-01-01T00:00:00.000Z"), f: new Float64Array([1.5]) }',
    );
    expect(describeValue(new Date(Number.NaN))).toBe("new Date(NaN)");
  });

  it("rebuilds the value it describes", () => {
    const value = { a: [1, -0, "x\ny"], b: { c: 10n }, d: [, 2] }; // eslint-disable-line no-sparse-arrays
    const rebuilt: unknown = new Function(`return ${describeValue(value)};`)();
    expect(rebuilt).toEqual(value);
    expect(Object.is((rebuilt as typeof value).a[1], -0)).toBe(true);
  });

  it("shortens long strings: one repeated character as .repeat, others cut with a note", () => {
    expect(describeValue("9".repeat(200_000))).toBe('"9".repeat(200000)');
    expect(describeValue("ab".repeat(200))).toBe(`${JSON.stringify("ab".repeat(60))} /* …cut, 400 characters in all */`);
  });
});
