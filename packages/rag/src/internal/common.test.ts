import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RagError } from "../RagError.js";
import { thrown } from "../../test/thrown.js";
import { optionalNumber, requireObject } from "./common.js";

describe("input checks (the value named in an error message)", () => {
  it("names a bad value as the suite does: undefined as undefined, BigInts with n, arrays and objects by kind", () => {
    expect(thrown(() => requireObject(undefined, "plan", "a plan")).message).toBe("plan is undefined; expected a plan.");
    expect(thrown(() => optionalNumber(10n, "input.value")).message).toBe("input.value is 10n; expected a finite number, or null for missing data.");
    expect(thrown(() => requireObject([1, 2], "input", "an object")).message).toBe("input is an array of 2 items; expected an object.");
    expect(thrown(() => optionalNumber(Object.create(null), "input.value")).message).toBe(
      "input.value is an object; expected a finite number, or null for missing data.",
    );
  });

  it("gives a number that is not finite the code invalid-number, and a value that is not a number invalid-argument", () => {
    expect(thrown(() => optionalNumber(Number.NaN, "input.value")).code).toBe("invalid-number");
    expect(thrown(() => optionalNumber(Infinity, "input.value")).code).toBe("invalid-number");
    expect(thrown(() => optionalNumber("12", "input.value")).code).toBe("invalid-argument");
    expect(optionalNumber(null, "input.value")).toBeNull();
  });

  it("throws only RagError with a message, whatever the value", () => {
    const any = fc.anything({
      withBigInt: true,
      withNullPrototype: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
    });
    fc.assert(
      fc.property(fc.oneof(any, fc.constant(Symbol("s"))), (v) => {
        try {
          optionalNumber(v, "x");
        } catch (error) {
          expect(error).toBeInstanceOf(RagError);
          expect((error as RagError).message).toMatch(/^x is .+; expected/);
        }
      }),
    );
  });
});
