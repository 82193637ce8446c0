import fc from "fast-check";
import { calendarQuarter } from "../calendarQuarter.js";
import { calendarYear } from "../calendarYear.js";
import { customPeriod } from "../customPeriod.js";
import { financialQuarter } from "../financialQuarter.js";
import { financialYear } from "../financialYear.js";
import { month } from "../month.js";
import { monthKeyFromIndex } from "../monthKeyFromIndex.js";
import { rolling } from "../rolling.js";
import { yearToDate } from "../yearToDate.js";
import type { Period } from "../types.js";

/** Test-only: an arbitrary period of any kind with all months in the years [minYear, maxYear]. */
export function arbitraryPeriod(minYear = 1001, maxYear = 9998): fc.Arbitrary<Period> {
  const year = fc.integer({ min: minYear, max: maxYear - 1 });
  const quarter = fc.integer({ min: 1, max: 4 });
  const index = fc.integer({ min: minYear * 12 + 11, max: (maxYear - 1) * 12 + 11 });
  return fc.oneof(
    index.map((i) => month(monthKeyFromIndex(i))),
    year.map((y) => calendarYear(y)),
    fc.tuple(year, quarter).map(([y, q]) => calendarQuarter(y, q)),
    year.map((y) => financialYear(y)),
    fc.tuple(year, quarter).map(([y, q]) => financialQuarter(y, q)),
    fc.tuple(index, fc.integer({ min: 1, max: 11 * 12 })).map(([i, n]) => rolling(monthKeyFromIndex(i), Math.min(n, i - minYear * 12 + 1))),
    index.map((i) => yearToDate(monthKeyFromIndex(i))),
    index.map((i) => yearToDate(monthKeyFromIndex(i), { basis: "calendar" })),
    fc.tuple(index, fc.integer({ min: 0, max: 11 * 12 })).map(([i, n]) => customPeriod(monthKeyFromIndex(Math.max(i - n, minYear * 12)), monthKeyFromIndex(i))),
  );
}
