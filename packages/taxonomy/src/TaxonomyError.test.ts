import { describe, expect, it } from "vitest";
import { TaxonomyError } from "./TaxonomyError.js";
import { findCategory } from "./findCategory.js";
import { policeUkCategories } from "./data/policeUkCategories.js";

describe("TaxonomyError", () => {
  it("doc example: an unknown category is an error with a stable code", () => {
    let caught: unknown;
    try {
      findCategory(policeUkCategories, "Littering");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TaxonomyError);
    expect((caught as TaxonomyError).code).toBe("unknown-category");
  });
  it("doc example: constructor", () => {
    const e = new TaxonomyError("invalid-month", '"2019-13" is not a month; expected "YYYY-MM".', { month: "2019-13" });
    expect(e.code).toBe("invalid-month");
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("TaxonomyError");
    expect(e.details).toEqual({ month: "2019-13" });
  });
});
