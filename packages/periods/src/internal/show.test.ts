import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { show } from "./monthIndex.js";

describe("show (the value named in a PeriodError message)", () => {
  it("describes BigInts, symbols and prototype-less objects without throwing", () => {
    expect(show(10n)).toBe("10");
    expect(show(Symbol("s"))).toBe("symbol");
    expect(show(Object.create(null))).toBe("object");
    expect(show(new Date(Number.NaN))).toBe("Invalid Date");
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
