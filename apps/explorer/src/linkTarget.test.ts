import { describe, expect, it } from "vitest";
import { linkTarget } from "./linkTarget.js";

describe("linkTarget", () => {
  it("follows a section link inside the document and a web address outside it (the doc example)", () => {
    expect([linkTarget("#priority-burglary"), linkTarget("https://data.police.uk/about/")]).toEqual([
      { inside: "priority-burglary" },
      { outside: "https://data.police.uk/about/" },
    ]);
  });

  it("reads an id written with escapes", () => {
    expect(linkTarget("#ward%20tables")).toEqual({ inside: "ward tables" });
  });

  it("follows no empty fragment, no missing href and no other kind of address", () => {
    expect(linkTarget("#")).toBeNull();
    expect(linkTarget(null)).toBeNull();
    expect(linkTarget("javascript:alert(1)")).toBeNull();
    expect(linkTarget("strategic-assessment.md")).toBeNull();
  });
});
