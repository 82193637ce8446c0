import { describe, expect, it } from "vitest";
import { discloseCount, disclosurePreset } from "./index.js";

describe("README example", () => {
  it("matches", () => {
    const policy = disclosurePreset("suppress-1-4-round-5");
    expect(discloseCount(3, policy)).toEqual({ value: null, display: "*", status: "primary-suppressed" });
    expect(discloseCount(13, policy)).toEqual({ value: 15, display: "15", status: "rounded" });
  });
});
