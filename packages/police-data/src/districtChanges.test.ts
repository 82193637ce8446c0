import { describe, expect, it } from "vitest";
import { districtChanges } from "./districtChanges.js";

describe("districtChanges", () => {
  it("gives Cumberland's old districts and Eden's successor (the documented example)", () => {
    expect(districtChanges.filter((c) => c.newName === "Cumberland").map((c) => c.oldName)).toEqual(["Allerdale", "Carlisle", "Copeland"]);
    expect(districtChanges.find((c) => c.oldCode === "E07000030")).toEqual({
      oldCode: "E07000030",
      oldName: "Eden",
      newCode: "E06000064",
      newName: "Westmorland and Furness",
      date: "2023-04-01",
      instrument: "The Cumbria (Structural Changes) Order 2022",
    });
  });

  it("lists each old district once, with GSS codes of district (E07) and unitary (E06) form and a real date", () => {
    const old = districtChanges.map((c) => c.oldCode);
    expect(new Set(old).size).toBe(old.length);
    for (const c of districtChanges) {
      expect(c.oldCode).toMatch(/^E07\d{6}$/);
      expect(c.newCode).toMatch(/^E06\d{6}$/);
      expect(new Date(`${c.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(c.date);
      expect(c.instrument).toMatch(/Order \d{4}$/);
    }
  });

  it("gives one name and one instrument per successor code", () => {
    const byCode = new Map<string, Set<string>>();
    for (const c of districtChanges) byCode.set(c.newCode, (byCode.get(c.newCode) ?? new Set()).add(`${c.newName}|${c.instrument}`));
    expect([...byCode.values()].map((s) => s.size)).toEqual([1, 1, 1, 1]);
    expect([...byCode.keys()]).toEqual(["E06000063", "E06000064", "E06000065", "E06000066"]);
  });
});
