import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { rate } from "./rate.js";

describe("RatesError", () => {
  it("documented example: a stable code", () => {
    let caught: unknown;
    try {
      rate(-1, 1000);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(RatesError);
    expect(caught).toBeInstanceOf(Error);
    expect((caught as RatesError).code).toBe("invalid-count");
    expect((caught as RatesError).name).toBe("RatesError");
  });

  it("defaults details to an empty object", () => {
    expect(new RatesError("invalid-number", "x").details).toEqual({});
  });
});
