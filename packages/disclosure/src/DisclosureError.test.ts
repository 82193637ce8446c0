import { describe, expect, it } from "vitest";
import { DisclosureError, discloseCount, disclosurePreset } from "./index.js";

describe("DisclosureError", () => {
  it("doc examples", () => {
    let code: string | undefined;
    try {
      discloseCount(-1, disclosurePreset("suppress-1-4-round-5"));
    } catch (error) {
      code = (error as DisclosureError).code;
    }
    expect(code).toBe("invalid-count");
    expect(new DisclosureError("duplicate-cell", 'Cell "a" appears twice; expected unique ids.', { cell: "a" }).code).toBe("duplicate-cell");
  });
  it("is an Error with name, message and details", () => {
    const e = new DisclosureError("unknown-cell", "m", { cell: "b" });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("DisclosureError");
    expect(e.details).toEqual({ cell: "b" });
  });
});
