import fc from "fast-check";
import { describe as suite, expect, it } from "vitest";
import { describe } from "./common.js";

suite("describe (the value named in an error message)", () => {
  it("describes BigInts, symbols, prototype-less objects and objects holding them without throwing", () => {
    expect(describe(10n)).toBe("10n");
    expect(describe(Symbol("s"))).toBe("a symbol");
    expect(describe(Object.assign(Object.create(null), { a: 1 }))).toBe('{"a":1}');
    expect(describe({ n: 2n ** 70n })).toBe('{"n":"1180591620717411303424n"}');
    const cycle: Record<string, unknown> = {};
    cycle["self"] = cycle;
    expect(describe(cycle)).toBe("an object");
    expect(describe("9".repeat(1000))).toHaveLength(200);
  });

  it("returns text for any value", () => {
    const any = fc.anything({ withBigInt: true, withNullPrototype: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true });
    fc.assert(
      fc.property(fc.oneof(any, fc.constant(Symbol("s"))), (v) => {
        expect(typeof describe(v)).toBe("string");
      }),
    );
  });
});
