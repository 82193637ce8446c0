import { describe, expect, it } from "vitest";
import { type CellStatus, DisclosureError, cellStatusCode } from "./index.js";

describe("cellStatusCode", () => {
  it("doc example", () => {
    expect(cellStatusCode("secondary-suppressed")).toEqual({
      code: "x",
      footnote: "suppressed so that other suppressed figures cannot be derived",
    });
  });
  it("codes are distinct and follow sdcTable for s/u/x", () => {
    const all: CellStatus[] = ["published", "rounded", "primary-suppressed", "secondary-suppressed", "structural-zero"];
    expect(all.map((s) => cellStatusCode(s).code)).toEqual(["s", "r", "u", "x", "z"]);
  });
  it("unknown status throws", () => {
    expect(() => cellStatusCode("hidden" as CellStatus)).toThrow(DisclosureError);
    expect(() => cellStatusCode("toString" as CellStatus)).toThrow(DisclosureError);
  });
});
