import { describe, expect, it } from "vitest";
import { AreaSchema, parseArea, safeParseArea } from "./area.js";

describe("AreaSchema / parseArea / safeParseArea", () => {
  it("doc examples", () => {
    expect(AreaSchema.safeParse({ code: "E09000015", name: "Harrow", level: "borough" }).success).toBe(true);
    expect(AreaSchema.safeParse({ code: "E05000015", name: "Harrow", level: "borough" }).success).toBe(false);
    expect(parseArea({ code: "E09000015", name: "Harrow", level: "borough", parent: "E12000007" }).name).toBe("Harrow");
    expect(safeParseArea({ code: "E12000007", name: "London", level: "ward" }).success).toBe(false);
  });

  it("accepts ONS GSS codes and the real files", () => {
    const ok: [string, string][] = [
      ["E01000006", "lsoa"], // Barking and Dagenham 016A (ons-lsoa-population-london)
      ["E02000017", "msoa"],
      ["E05013544", "ward"], // Harrow Centenary (MPS ward file)
      ["E09000003", "borough"],
      ["E09000005", "borough"],
      ["E09000009", "borough"],
      ["E09000015", "borough"],
      ["E09000017", "borough"],
      ["E06000001", "borough"],
      ["W06000015", "borough"],
      ["E12000007", "region"],
      ["E92000001", "country"],
      ["W92000004", "country"],
      ["K04000001", "country"],
      ["E23000001", "force"],
      ["W15000001", "force"],
      ["W01000001", "lsoa"],
      ["W02000001", "msoa"],
      ["W05000001", "ward"],
      ["North West", "bcu"],
      ["Harrow town centre", "custom"],
    ];
    for (const [code, level] of ok) expect(safeParseArea({ code, name: "x", level }).success, `${code} ${level}`).toBe(true);
  });

  it("rejects a code that does not fit its level, naming what was expected", () => {
    const r = safeParseArea({ code: "E01000006", name: "x", level: "ward" });
    expect(r.success ? "" : r.error.details.problems[0]?.message).toBe(
      '"E01000006" is not a ward code (expected E05 or W05 followed by 6 digits (an electoral ward))',
    );
    for (const [code, level] of [
      ["E0900015", "borough"],
      ["e09000015", "borough"],
      ["S12000033", "borough"],
      ["E12000007 ", "region"],
      ["E09000015", "region"],
    ]) {
      expect(safeParseArea({ code, name: "x", level }).success, `${code} ${level}`).toBe(false);
    }
  });

  it("rejects unknown levels and validTo before validFrom", () => {
    expect(safeParseArea({ code: "x", name: "x", level: "neighbourhood" }).success).toBe(false);
    expect(safeParseArea({ code: "E05000300", name: "Greenhill", level: "ward", validFrom: "2002-05", validTo: "2001-05" }).success).toBe(false);
    expect(safeParseArea({ code: "E05000300", name: "Greenhill", level: "ward", aliases: ["Green Hill"], validTo: "2022-04" }).success).toBe(true);
  });
});
