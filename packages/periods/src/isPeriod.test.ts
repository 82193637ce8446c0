import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { financialYear } from "./financialYear.js";
import { arbitraryPeriod } from "./internal/arbitraries.js";
import { isPeriod } from "./isPeriod.js";

describe("isPeriod", () => {
  it("doc example", () => {
    expect(isPeriod(financialYear(2018))).toBe(true);
    expect(isPeriod({ kind: "financial-quarter", first: "2018-05", last: "2018-07", label: "Q1 2018/19" })).toBe(false);
  });

  it.each([
    [null],
    ["2018/19"],
    [{ kind: "financial-year", first: "2018-04", last: "2019-03" }],
    [{ kind: "financial-year", first: "2018-04", last: "2019-03", label: "" }],
    [{ kind: "financial-year", first: "2018-01", last: "2018-12", label: "2018/19" }],
    [{ kind: "financial-year", first: "2018-04", last: "2019-04", label: "2018/19" }],
    [{ kind: "calendar-year", first: "2018-02", last: "2019-01", label: "2018" }],
    [{ kind: "year-to-date", first: "2018-04", last: "2019-04", label: "x" }],
    [{ kind: "custom", first: "2018-04", last: "2018-03", label: "x" }],
    [{ kind: "custom", first: "2018-4", last: "2018-05", label: "x" }],
    [{ kind: "week", first: "2018-04", last: "2018-04", label: "x" }],
  ])("rejects %j", (value) => {
    expect(isPeriod(value)).toBe(false);
  });

  it("property: every constructed period is a Period, also after a JSON round trip", () => {
    fc.assert(
      fc.property(arbitraryPeriod(), (p) => {
        expect(isPeriod(p)).toBe(true);
        expect(isPeriod(JSON.parse(JSON.stringify(p)))).toBe(true);
      }),
    );
  });
});
