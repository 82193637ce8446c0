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
    const all: CellStatus[] = ["published", "rounded", "primary-suppressed", "secondary-suppressed", "suppressed", "structural-zero"];
    expect(all.map((s) => cellStatusCode(s).code)).toEqual(["s", "r", "u", "x", "c", "z"]);
  });
  it("the published 'suppressed' status has a footnote that does not say which kind of suppression", () => {
    expect(cellStatusCode("suppressed")).toEqual({ code: "c", footnote: "suppressed: a small number, or hidden so that small numbers cannot be worked out" });
  });
  it("unknown status throws", () => {
    expect(() => cellStatusCode("hidden" as CellStatus)).toThrow(DisclosureError);
    expect(() => cellStatusCode("toString" as CellStatus)).toThrow(DisclosureError);
    // never a TypeError while the message is built
    expect(() => cellStatusCode(Object.create(null) as CellStatus)).toThrow(DisclosureError);
    expect(() => cellStatusCode(1n as unknown as CellStatus)).toThrow(DisclosureError);
    expect(() => cellStatusCode(Symbol("s") as unknown as CellStatus)).toThrow(DisclosureError);
  });
});
