import { describe, expect, it } from "vitest";
import { PoliceDataError } from "./PoliceDataError.js";

describe("PoliceDataError", () => {
  it("doc example", () => {
    const error = new PoliceDataError("invalid-header", 'a.csv:1: expected column 2 to be "Month", got "Date"', { file: "a.csv", line: 1 });
    expect(error.code).toBe("invalid-header");
  });

  it("is an Error with a name, message and details", () => {
    const error = new PoliceDataError("invalid-value", "m", { value: 1 });
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.message, error.details]).toEqual(["PoliceDataError", "m", { value: 1 }]);
    expect(new PoliceDataError("invalid-csv", "x").details).toEqual({});
  });
});
