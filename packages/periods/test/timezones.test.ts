import { afterAll, describe, expect, it } from "vitest";
import {
  addMonths,
  calendarQuarter,
  financialQuarter,
  financialYear,
  formatPeriod,
  fromDate,
  monthKeyFromIndex,
  monthsIn,
  parsePeriod,
  previousPeriod,
  rollingYear,
  samePeriodLastYear,
  toDate,
  yearToDate,
  type PeriodStyle,
} from "../src/index.js";

/** The time zones CI runs the tests under. Apia skipped 30 Dec 2011; Sao Paulo's DST began at local midnight. */
const ZONES = ["UTC", "Europe/London", "America/Sao_Paulo", "Pacific/Apia"] as const;

/** Everything the package computes that could, if written carelessly, depend on the process zone. */
function observe(): unknown[] {
  const rows: unknown[] = [];
  const styles: PeriodStyle[] = ["label", "hyphen", "long", "range", "short-range"];
  for (let i = 2008 * 12; i < 2021 * 12; i++) {
    const key = monthKeyFromIndex(i);
    const start = toDate(key);
    const ry = rollingYear(key);
    rows.push([
      key,
      start.getTime(),
      start.toISOString(),
      start.getMonth(),
      start.getDate(),
      fromDate(start),
      fromDate(start.getTime() - 1),
      fromDate(new Date(start.getTime() + 86_399_999)),
      addMonths(key, -12),
      styles.map((s) => formatPeriod(ry, s)),
      parsePeriod(formatPeriod(ry, "long")),
      samePeriodLastYear(yearToDate(key)),
      previousPeriod(ry),
      monthsIn(yearToDate(key, { basis: "calendar" })).length,
    ]);
  }
  for (let y = 2008; y <= 2020; y++) {
    rows.push([financialYear(y), financialQuarter(y, 4), calendarQuarter(y, 1), parsePeriod(`${y}/${String((y + 1) % 100).padStart(2, "0")}`)]);
  }
  return rows;
}

describe("time-zone independence", () => {
  const original = process.env["TZ"];
  afterAll(() => {
    if (original === undefined) delete process.env["TZ"];
    else process.env["TZ"] = original;
  });

  it("the process zone really changes between runs (so this test can fail)", () => {
    const offsets = ZONES.map((zone) => {
      process.env["TZ"] = zone;
      return new Date(2019, 0, 15).getTimezoneOffset();
    });
    // UTC 0, London 0 in January, Sao Paulo +120 (UTC-2 in Jan 2019), Apia -840 (UTC+14 in Jan 2019).
    expect(offsets).toEqual([0, 0, 120, -840]);
  });

  it("every result is identical under UTC, Europe/London, America/Sao_Paulo and Pacific/Apia", () => {
    const results = ZONES.map((zone) => {
      process.env["TZ"] = zone;
      return JSON.stringify(observe());
    });
    for (const result of results) expect(result).toBe(results[0]);
  });

  it("month starts are UTC midnights around the zones' odd days", () => {
    for (const zone of ZONES) {
      process.env["TZ"] = zone;
      // Apia skipped Friday 30 December 2011; London's clocks went forward on 31 March 2019.
      expect(toDate("2011-12").toISOString()).toBe("2011-12-01T00:00:00.000Z");
      expect(toDate("2012-01").toISOString()).toBe("2012-01-01T00:00:00.000Z");
      expect(fromDate(new Date("2011-12-30T12:00:00Z"))).toBe("2011-12");
      expect(fromDate(new Date("2019-03-31T23:30:00Z"))).toBe("2019-03");
      expect(fromDate(new Date("2018-11-04T02:00:00Z"))).toBe("2018-11");
    }
  });
});
