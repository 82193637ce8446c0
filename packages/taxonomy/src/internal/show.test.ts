import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { show } from "./show.js";

describe("show (the value named in a TaxonomyError message)", () => {
  it("describes BigInts, symbols, prototype-less objects and long strings without throwing", () => {
    expect(show(10n)).toBe("10n");
    expect(show(Symbol("s"))).toBe("a symbol");
    expect(show(Object.create(null))).toBe("an object");
    expect(show([1])).toBe("an array");
    expect(show("x".repeat(100))).toBe(JSON.stringify(`${"x".repeat(77)}...`));
  });

  it("returns text for any value", () => {
    const any = fc.anything({ withBigInt: true, withNullPrototype: true, withDate: true, withMap: true, withTypedArray: true, withSparseArray: true });
    fc.assert(
      fc.property(fc.oneof(any, fc.constant(Symbol("s"))), (v) => {
        expect(typeof show(v)).toBe("string");
      }),
    );
  });
});
