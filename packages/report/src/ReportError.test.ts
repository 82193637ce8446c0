import { describe, expect, it } from "vitest";
import { ReportError } from "./ReportError.js";

describe("ReportError", () => {
  it("doc example: carries a stable code, the message and details", () => {
    const error = new ReportError("unknown-area", 'Unknown area "Harow": expected one of the areas in the data.', { area: "Harow" });
    expect(error.code).toBe("unknown-area");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ReportError");
    expect(error.message).toBe('Unknown area "Harow": expected one of the areas in the data.');
    expect(error.details).toEqual({ area: "Harow" });
    expect(new ReportError("invalid-data", "x").details).toEqual({});
  });
});
