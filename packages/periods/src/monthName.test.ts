import { describe, expect, it } from "vitest";
import { expectPeriodError } from "./internal/expectPeriodError.js";
import { month } from "./month.js";
import { monthName } from "./monthName.js";
import { formatPeriod } from "./formatPeriod.js";

describe("monthName", () => {
  it("doc example: September in full and in three letters", () => {
    expect(monthName(9)).toBe("September");
    expect(monthName(9, "short")).toBe("Sep");
  });

  it("names January to December in order, the short name being the first three letters of the long one", () => {
    const long = Array.from({ length: 12 }, (_, i) => monthName(i + 1));
    expect(long[0]).toBe("January");
    expect(long[11]).toBe("December");
    expect(new Set(long).size).toBe(12);
    for (let m = 1; m <= 12; m++) expect(monthName(m, "short")).toBe(monthName(m, "long").slice(0, 3));
  });

  it("writes the same names as the period labels", () => {
    for (let m = 1; m <= 12; m++) {
      const key = `2018-${String(m).padStart(2, "0")}`;
      expect(month(key).label).toBe(`${monthName(m, "short")} 2018`);
      expect(formatPeriod(month(key), "long")).toBe(`${monthName(m)} 2018`);
    }
  });

  it("rejects a month number that is not an integer from 1 to 12 with invalid-month", () => {
    for (const bad of [0, 13, 1.5, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expectPeriodError(() => monthName(bad), "invalid-month", "from 1 (January) to 12 (December)");
    }
    expectPeriodError(() => monthName("9" as unknown as number), "invalid-month", '"9"');
    expectPeriodError(() => monthName(undefined as unknown as number), "invalid-month", "undefined");
  });

  it("rejects an unknown style with invalid-style", () => {
    expectPeriodError(() => monthName(9, "medium" as "long"), "invalid-style", '"medium"');
  });
});
