import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarQuarter } from "./calendarQuarter.js";
import { calendarYear } from "./calendarYear.js";
import { customPeriod } from "./customPeriod.js";
import { financialQuarter } from "./financialQuarter.js";
import { financialYear } from "./financialYear.js";
import { formatPeriod, type PeriodStyle } from "./formatPeriod.js";
import { arbitraryPeriod } from "./internal/arbitraries.js";
import { expectPeriodError } from "./internal/expectPeriodError.js";
import { month } from "./month.js";
import { monthKeyFromIndex } from "./monthKeyFromIndex.js";
import { parsePeriod } from "./parsePeriod.js";
import { rolling } from "./rolling.js";
import { rollingYear } from "./rollingYear.js";
import type { PeriodKind } from "./types.js";
import { yearToDate } from "./yearToDate.js";

describe("parsePeriod", () => {
  it("doc example", () => {
    expect(parsePeriod("2018/19")).toEqual({ kind: "financial-year", first: "2018-04", last: "2019-03", label: "2018/19" });
    expect(parsePeriod("Q1 2018/19").first).toBe("2018-04");
    expect(parsePeriod("12 months to September 2018")).toEqual({ kind: "rolling", first: "2017-10", last: "2018-09", label: "12 months to Sep 2018" });
    expect(parsePeriod("Oct 17 - Sep 18").label).toBe("Oct 2017 \u2013 Sep 2018");
    expectPeriodError(() => parsePeriod("18/19"), "ambiguous-period", '"18/19"', "2018/19");
    expect(parsePeriod("18/19", { strict: false }).label).toBe("2018/19");
  });

  it("reads every label form seen in UK community-safety publications", () => {
    expect(parsePeriod("2018/19")).toEqual(financialYear(2018));
    expect(parsePeriod("2018-19")).toEqual(financialYear(2018));
    expect(parsePeriod("Q1 2018/19")).toEqual(financialQuarter(2018, 1));
    expect(parsePeriod("Oct 2017 \u2013 Sep 2018")).toEqual(customPeriod("2017-10", "2018-09"));
    expect(parsePeriod("Oct 17 - Sep 18")).toEqual(customPeriod("2017-10", "2018-09"));
    expect(parsePeriod("12 months to September 2018")).toEqual(rollingYear("2018-09"));
    expect(parsePeriod("2018")).toEqual(calendarYear(2018));
  });

  it("reads the other canonical labels", () => {
    expect(parsePeriod("Sep 2018")).toEqual(month("2018-09"));
    expect(parsePeriod("September 2018")).toEqual(month("2018-09"));
    expect(parsePeriod("Q4 2018")).toEqual(calendarQuarter(2018, 4));
    expect(parsePeriod("Q4 2017/18")).toEqual(financialQuarter(2017, 4));
    expect(parsePeriod("1 month to Sep 2018")).toEqual(rolling("2018-09", 1));
    expect(parsePeriod("2018/19 YTD to Nov 2018")).toEqual(yearToDate("2018-11"));
    expect(parsePeriod("2018/19 YTD to Feb 2019")).toEqual(yearToDate("2019-02"));
    expect(parsePeriod("2018 YTD to Nov 2018")).toEqual(yearToDate("2018-11", { basis: "calendar" }));
    expect(parsePeriod("1999/00")).toEqual(financialYear(1999));
    expect(parsePeriod("2010-11")).toEqual(financialYear(2010));
  });

  it("financialYearStart option", () => {
    expect(parsePeriod("2018/19", { financialYearStart: 9 })).toEqual(financialYear(2018, { financialYearStart: 9 }));
    expect(parsePeriod("2018/19 YTD to Nov 2018", { financialYearStart: 9 })).toEqual(yearToDate("2018-11", { financialYearStart: 9 }));
    expectPeriodError(() => parsePeriod("2018/19", { financialYearStart: 1 }), "invalid-option", "1");
  });

  it.each([
    ["2018/20", "unparseable-period", "2018 must be followed by 19"],
    ["2018-09", "unparseable-period", "parseMonthKey"],
    ["Q5 2018/19", "unparseable-period", '"Q5 2018/19"'],
    ["Q0 2018", "unparseable-period", '"Q0 2018"'],
    ["0 months to Sep 2018", "unparseable-period", '"0 months to Sep 2018"'],
    ["12 month to Sep 2018", "unparseable-period", "12 month to"],
    ["1 months to Sep 2018", "unparseable-period", "1 months"],
    ["Sep 2018 \u2013 Aug 2018", "invalid-range", "starts after it ends"],
    ["2018/19 YTD to Nov 2019", "unparseable-period", "outside the year"],
    ["2018/19 YTD to Mar 2018", "unparseable-period", "outside the year"],
    ["2018/19 YTD", "ambiguous-period", "latest month"],
    ["18/19", "ambiguous-period", "century"],
    ["18-19", "ambiguous-period", "century"],
    ["2017-8", "unparseable-period", "strict: false"],
    ["sep 2018", "unparseable-period", "recognised form"],
    [" 2018/19", "unparseable-period", "recognised form"],
    ["0999", "unparseable-period", "recognised form"],
    ["", "unparseable-period", "recognised form"],
    ["Sept 2018", "unparseable-period", "recognised form"],
  ] as const)("strict: rejects %j (%s)", (text, code, fragment) => {
    expectPeriodError(() => parsePeriod(text), code, fragment);
  });

  it("rejects non-strings", () => {
    expectPeriodError(() => parsePeriod(2018 as unknown as string), "unparseable-period", "2018");
    expectPeriodError(() => parsePeriod({} as unknown as string), "unparseable-period", "object");
  });

  it("lenient: variants seen in publications", () => {
    const lenient = (text: string) => parsePeriod(text, { strict: false });
    expect(lenient("18/19")).toEqual(financialYear(2018));
    expect(lenient("18-19")).toEqual(financialYear(2018));
    expect(lenient("2017-8")).toEqual(financialYear(2017));
    expect(lenient("2019-0")).toEqual(financialYear(2019));
    expect(lenient("2017/18 full year")).toEqual(financialYear(2017));
    expect(lenient("FY 2018/19")).toEqual(financialYear(2018));
    expect(lenient("  2018/19 ")).toEqual(financialYear(2018));
    expect(lenient("Q4 of 2017/18")).toEqual(financialQuarter(2017, 4));
    expect(lenient("Q4 of 2017/18").first).toBe("2018-01");
    expect(lenient("Q1 (Apr-Jun) 2018-19")).toEqual(financialQuarter(2018, 1));
    expect(lenient("Q3 2018/19 ")).toEqual(financialQuarter(2018, 3));
    expect(lenient("2006/07 Q2")).toEqual(financialQuarter(2006, 2));
    expect(lenient("2006 Q2")).toEqual(calendarQuarter(2006, 2));
    expect(lenient("Apr-18")).toEqual(month("2018-04"));
    expect(lenient("Mar-19")).toEqual(month("2019-03"));
    expect(lenient("sept 2018")).toEqual(month("2018-09"));
    expect(lenient("December 2018 (RY)")).toEqual(rollingYear("2018-12"));
    expect(lenient("RY to Dec 2018")).toEqual(rollingYear("2018-12"));
    expect(lenient("rolling year to Dec 2018")).toEqual(rollingYear("2018-12"));
    expect(lenient("Jan 17 - Mar 17")).toEqual(customPeriod("2017-01", "2017-03"));
    expect(lenient("Oct 2017\u2014Sep 2018")).toEqual(customPeriod("2017-10", "2018-09"));
    expect(lenient("12 MONTHS TO SEP 2018")).toEqual(rollingYear("2018-09"));
  });

  it("lenient: a financial year or quarter range written with an en dash, em dash or minus sign", () => {
    const lenient = (text: string) => parsePeriod(text, { strict: false });
    expect(lenient("2018\u201319")).toEqual(financialYear(2018));
    expect(lenient("2018 \u2013 19")).toEqual(financialYear(2018));
    expect(lenient("Q1 2018\u201319")).toEqual(financialQuarter(2018, 1));
    expect(lenient("2018\u201419 YTD to Nov 2018")).toEqual(yearToDate("2018-11"));
    expect(lenient("2006/07 Q1\u2212Q2")).toEqual(yearToDate("2006-09"));
    expect(lenient("Oct 17 \u2013 Sep 18")).toEqual(customPeriod("2017-10", "2018-09"));
    expectPeriodError(() => lenient("2018\u201320"), "unparseable-period", "2018 must be followed by 19");
  });

  it("lenient: Fingertips label goldens", () => {
    // Source: labels of Fingertips' TimePeriodFormatterTest.cs (github.com/ukhsa-collaboration/fingertips-open,
    // PholioVisualisationWS/FormattingTest).
    const lenient = (text: string) => parsePeriod(text, { strict: false });
    // CalendarRollingYearQuarterly 2006 range 1 Q2; range 3 Q4.
    expect(lenient("2006 Q2 - 2007 Q1")).toEqual(customPeriod("2006-04", "2007-03"));
    expect(lenient("2006 Q4 - 2009 Q3")).toEqual(customPeriod("2006-10", "2009-09"));
    // FinancialRollingYearQuarterly 2006 range 1 Q2; range 3 Q1.
    expect(lenient("2006/07 Q2 - 2007/08 Q1")).toEqual(customPeriod("2006-07", "2007-06"));
    expect(lenient("2006/07 Q1 - 2008/09 Q4")).toEqual(customPeriod("2006-04", "2009-03"));
    // FinancialSingleYearCumulativeQuarter 2006 Q2: April to September 2006.
    expect(lenient("2006/07 Q1-Q2")).toEqual(yearToDate("2006-09"));
    expect(lenient("2006/07 Q2-Q3")).toEqual(customPeriod("2006-07", "2006-12"));
    expectPeriodError(() => lenient("2006/07 Q3-Q2"), "invalid-range");
    expectPeriodError(() => lenient("2006/08 Q1-Q2"), "unparseable-period", "2006 must be followed by 07");
    expectPeriodError(() => parsePeriod("2006 Q2 - 2007 Q1"), "unparseable-period", "strict: false");
  });

  it("lenient: still throws for what it cannot know or what is wrong", () => {
    const lenient = (text: string) => parsePeriod(text, { strict: false });
    expectPeriodError(() => lenient("18/19 (YTD)"), "ambiguous-period", "latest month");
    expectPeriodError(() => lenient("YTD"), "ambiguous-period");
    expectPeriodError(() => lenient("2017-9"), "unparseable-period", "2017 must be followed by 8");
    expectPeriodError(() => lenient("Q1 (Jul-Sep) 2018-19"), "unparseable-period", "Apr-Jun");
    expectPeriodError(() => lenient("18/20"), "unparseable-period", "2018 must be followed by 19");
    expectPeriodError(() => lenient("Michaelmas 2018"), "unparseable-period", "recognised form");
  });

  const exactStyles: PeriodStyle[] = ["label", "hyphen", "long"];
  it.each(exactStyles)("property: parsePeriod(formatPeriod(p, %j)) equals p", (style) => {
    fc.assert(
      fc.property(arbitraryPeriod(), (p) => {
        expect(parsePeriod(formatPeriod(p, style))).toEqual(p);
      }),
      { numRuns: 2000 },
    );
  });

  it.each(["range", "short-range"] as const)("property: %j names the months only, so it reads back as the custom period of the same months", (style) => {
    fc.assert(
      fc.property(arbitraryPeriod(2000, 2099), (p) => {
        expect(parsePeriod(formatPeriod(p, style))).toEqual(customPeriod(p.first, p.last));
      }),
      { numRuns: 2000 },
    );
  });

  const allStyles: PeriodStyle[] = ["label", "hyphen", "long", "range", "short-range"];
  it.each(allStyles)("property: parsePeriod(formatPeriod(p, %j), { kind: p.kind }) equals p", (style) => {
    fc.assert(
      fc.property(arbitraryPeriod(2000, 2099), (p) => {
        expect(parsePeriod(formatPeriod(p, style), { kind: p.kind })).toEqual(p);
      }),
      { numRuns: 2000 },
    );
  });

  it("kind: a range read as the kind of period it is", () => {
    expect(parsePeriod("Oct 2017 \u2013 Sep 2018", { kind: "rolling" })).toEqual(rollingYear("2018-09"));
    expect(parsePeriod("Apr 18 - Mar 19", { kind: "financial-year" })).toEqual(financialYear(2018));
    expect(parsePeriod("Apr 2018 \u2013 Nov 2018", { kind: "year-to-date" })).toEqual(yearToDate("2018-11"));
    expect(parsePeriod("Jan 2018 \u2013 Nov 2018", { kind: "year-to-date" })).toEqual(yearToDate("2018-11", { basis: "calendar" }));
    expect(parsePeriod("Jul 2018 \u2013 Jun 2019", { kind: "financial-year", financialYearStart: 7 })).toEqual(financialYear(2018, { financialYearStart: 7 }));
    expect(parsePeriod("2018/19", { kind: "custom" })).toEqual(customPeriod("2018-04", "2019-03"));
    expect(parsePeriod("2018/19", { kind: "financial-year" })).toEqual(financialYear(2018));
  });

  it("kind: months that do not fit the kind, and unknown kinds, throw", () => {
    expectPeriodError(() => parsePeriod("Oct 2017 \u2013 Sep 2018", { kind: "financial-year" }), "invalid-period", "starts in month 4");
    expectPeriodError(() => parsePeriod("Oct 2017 \u2013 Sep 2018", { kind: "calendar-year" }), "invalid-period", "January to December");
    expectPeriodError(() => parsePeriod("Oct 2017 \u2013 Sep 2018", { kind: "month" }), "invalid-period", "2017-10 to 2018-09");
    expectPeriodError(() => parsePeriod("May 2018 \u2013 Nov 2018", { kind: "year-to-date" }), "invalid-period", "or in January");
    expectPeriodError(() => parsePeriod("Oct 2017 \u2013 Sep 2018", { kind: "annual" as PeriodKind }), "invalid-option", "annual");
  });

  it("property: custom periods round-trip exactly through every style", () => {
    const styles: PeriodStyle[] = ["label", "hyphen", "long", "range", "short-range"];
    fc.assert(
      fc.property(fc.integer({ min: 2000 * 12, max: 2099 * 12 + 11 }), fc.integer({ min: 2000 * 12, max: 2099 * 12 + 11 }), (a, b) => {
        const p = customPeriod(monthKeyFromIndex(Math.min(a, b)), monthKeyFromIndex(Math.max(a, b)));
        for (const style of styles) expect(parsePeriod(formatPeriod(p, style))).toEqual(p);
      }),
    );
  });

  it("property: lenient mode reads everything strict mode reads, identically", () => {
    fc.assert(
      fc.property(arbitraryPeriod(), fc.constantFrom<PeriodStyle>("label", "hyphen", "long", "range"), (p, style) => {
        const text = formatPeriod(p, style);
        expect(parsePeriod(text, { strict: false })).toEqual(parsePeriod(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("property: a non-April financial year round-trips with the same financialYearStart", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9998 }), fc.integer({ min: 2, max: 12 }), (y, start) => {
        const p = financialYear(y, { financialYearStart: start });
        expect(parsePeriod(formatPeriod(p), { financialYearStart: start })).toEqual(p);
        expect(parsePeriod(formatPeriod(p, "hyphen"), { financialYearStart: start })).toEqual(p);
      }),
    );
  });

  it("options that are not an object (null, true, a BigInt) throw invalid-option naming them, not a TypeError", () => {
    expectPeriodError(() => parsePeriod("2024/25", null as never), "invalid-option", "parsePeriod", "null");
    expectPeriodError(() => parsePeriod("2024/25", true as never), "invalid-option", "true");
    expectPeriodError(() => parsePeriod("2024/25", 10n as never), "invalid-option", "10");
  });
});
