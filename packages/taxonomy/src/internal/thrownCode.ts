import { expect } from "vitest";
import { TaxonomyError } from "../TaxonomyError.js";

/** For tests: the code of the TaxonomyError `f` throws (failing on any other error), or `"returned"`. */
export function thrownCode(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(TaxonomyError);
    return (e as TaxonomyError).code;
  }
  return "returned";
}
