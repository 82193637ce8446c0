import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { show } from "./validate.js";

describe("show (the value in an error message)", () => {
  it("names BigInts, symbols, negative zero, prototype-less and cyclic objects without throwing", () => {
    expect(show(1n)).toBe("1n");
    expect(show(Symbol("s"))).toBe("Symbol(s)");
    expect(show(-0)).toBe("-0");
    expect(show(Object.create(null))).toBe("{}");
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    expect(show(cyclic)).toBe("[object Object]");
    expect(show(Object.assign(Object.create(null), { n: 1n }))).toBe("[object Object]");
    expect(show("x".repeat(200))).toHaveLength(80);
  });

  it("property: returns a string for any value", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withBigInt: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true }), fc.constant(Symbol("s"))), (value) => {
        expect(typeof show(value)).toBe("string");
      }),
    );
  });
});
