import { describe, expect, it } from "vitest";
import { RatesError } from "../RatesError.js";
import { assertCount, assertCountAndPopulation, readOptions } from "./validate.js";

describe("argument checks", () => {
  it("name a bad value as JavaScript writes it, undefined included", () => {
    expect(() => assertCount("count", undefined)).toThrow(/got undefined\.$/);
    expect(() => assertCount("count", -0.5)).toThrow(/got -0\.5\.$/);
    expect(() => assertCount("count", 3n)).toThrow(/got 3n\.$/);
    expect(() => assertCount("count", "12")).toThrow(/got "12"\.$/);
  });

  it("give invalid-argument for a value of the wrong shape and invalid-option for options that are not an object", () => {
    expect(() => assertCountAndPopulation("previous", 12)).toThrow(
      expect.objectContaining({ name: "RatesError", code: "invalid-argument", message: expect.stringMatching(/previous must be an object/) }),
    );
    expect(() => readOptions("rate", null as unknown as object)).toThrow(expect.objectContaining({ code: "invalid-option" }));
    expect(() => readOptions("rate", [] as unknown as object)).toThrow(RatesError);
    expect(readOptions("rate", undefined)).toEqual({});
  });
});
