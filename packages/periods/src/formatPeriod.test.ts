import { describe, expect, it } from "vitest";
import { calendarQuarter } from "./calendarQuarter.js";
import { calendarYear } from "./calendarYear.js";
import { customPeriod } from "./customPeriod.js";
import { financialQuarter } from "./financialQuarter.js";
import { financialYear } from "./financialYear.js";
import { formatPeriod, type PeriodStyle } from "./formatPeriod.js";
import { expectPeriodError } from "./internal/expectPeriodError.js";
import { month } from "./month.js";
import { rolling } from "./rolling.js";
import { rollingYear } from "./rollingYear.js";
import type { Period } from "./types.js";
import { yearToDate } from "./yearToDate.js";

describe("formatPeriod", () => {
  it("doc example: one label of each style", () => {
    expect(formatPeriod(financialYear(2018))).toBe("2018/19");
    expect(formatPeriod(financialYear(2018), "hyphen")).toBe("2018-19");
    expect(formatPeriod(financialQuarter(2018, 1))).toBe("Q1 2018/19");
    expect(formatPeriod(rollingYear("2018-09"), "range")).toBe("Oct 2017 \u2013 Sep 2018");
    expect(formatPeriod(rollingYear("2018-09"), "short-range")).toBe("Oct 17 - Sep 18");
    expect(formatPeriod(rollingYear("2018-09"), "long")).toBe("12 months to September 2018");
    expect(formatPeriod(calendarYear(2018))).toBe("2018");
  });

  it("every kind in every style", () => {
    const periods: Period[] = [
      month("2018-09"),
      calendarQuarter(2018, 4),
      calendarYear(2018),
      financialQuarter(2017, 4),
      financialYear(2018),
      rolling("2018-09", 1),
      yearToDate("2018-11"),
      yearToDate("2018-11", { basis: "calendar" }),
      customPeriod("2017-01", "2017-03"),
    ];
    const styles: PeriodStyle[] = ["label", "hyphen", "long", "range", "short-range"];
    const table = periods.map((p) => styles.map((s) => formatPeriod(p, s)));
    expect(table).toEqual([
      ["Sep 2018", "Sep 2018", "September 2018", "Sep 2018 \u2013 Sep 2018", "Sep 18 - Sep 18"],
      ["Q4 2018", "Q4 2018", "Q4 2018", "Oct 2018 \u2013 Dec 2018", "Oct 18 - Dec 18"],
      ["2018", "2018", "2018", "Jan 2018 \u2013 Dec 2018", "Jan 18 - Dec 18"],
      ["Q4 2017/18", "Q4 2017-18", "Q4 2017/18", "Jan 2018 \u2013 Mar 2018", "Jan 18 - Mar 18"],
      ["2018/19", "2018-19", "2018/19", "Apr 2018 \u2013 Mar 2019", "Apr 18 - Mar 19"],
      ["1 month to Sep 2018", "1 month to Sep 2018", "1 month to September 2018", "Sep 2018 \u2013 Sep 2018", "Sep 18 - Sep 18"],
      ["2018/19 YTD to Nov 2018", "2018-19 YTD to Nov 2018", "2018/19 YTD to November 2018", "Apr 2018 \u2013 Nov 2018", "Apr 18 - Nov 18"],
      ["2018 YTD to Nov 2018", "2018 YTD to Nov 2018", "2018 YTD to November 2018", "Jan 2018 \u2013 Nov 2018", "Jan 18 - Nov 18"],
      ["Jan 2017 \u2013 Mar 2017", "Jan 2017 \u2013 Mar 2017", "January 2017 \u2013 March 2017", "Jan 2017 \u2013 Mar 2017", "Jan 17 - Mar 17"],
    ]);
  });

  it("the label style is the period's own label", () => {
    for (const p of [financialYear(1999), financialQuarter(2009, 4), rollingYear("2020-01")]) {
      expect(formatPeriod(p)).toBe(p.label);
    }
    expect(formatPeriod(financialYear(1999), "hyphen")).toBe("1999-00");
  });

  it("regenerates text from the months, ignoring a hand-edited label", () => {
    expect(formatPeriod({ ...financialYear(2018), label: "whatever" })).toBe("2018/19");
  });

  it("throws for unknown styles and short ranges outside 2000–2099", () => {
    expectPeriodError(() => formatPeriod(financialYear(2018), "slash" as PeriodStyle), "invalid-style", '"slash"');
    expectPeriodError(() => formatPeriod(financialYear(1999), "short-range"), "invalid-style", "1999-04", "2000 to 2099");
    expectPeriodError(() => formatPeriod(financialYear(2099), "short-range"), "invalid-style");
    expectPeriodError(() => formatPeriod({ kind: "month", first: "2018-01", last: "2018-03", label: "" }), "invalid-period");
  });
});
