import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarQuarter, financialQuarter, financialYear, isPeriod, month, rolling, yearToDate, type PeriodKind } from "@crimestats/periods";
import { IsoDateSchema, MonthKeySchema, MonthRangeSchema, PeriodSchema } from "./primitives.js";
import { safeParseCountRow } from "./countRow.js";

describe("MonthKeySchema", () => {
  it("doc example", () => {
    expect(MonthKeySchema.safeParse("2019-13").success).toBe(false);
  });
  it("accepts every YYYY-MM from 1000-01 to 9999-12 and rejects near misses", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        expect(MonthKeySchema.safeParse(`${y}-${String(m).padStart(2, "0")}`).success).toBe(true);
        expect(MonthKeySchema.safeParse(`${y}-${m}`).success).toBe(m >= 10);
      }),
    );
    for (const bad of ["2019-00", "2019-1", "201901", "0999-01", "2019-01-01", " 2019-01", 201901, null]) {
      expect(MonthKeySchema.safeParse(bad).success).toBe(false);
    }
  });
  it("a month that is not text still gets the month message", () => {
    const r = safeParseCountRow({ area: "A", month: 201901, offence: "x", count: 1, unit: "offences", source: "s", vintage: "v" });
    expect(r.success ? "" : r.error.details.problems[0]?.message).toBe("201901 is not a month (expected YYYY-MM)");
  });
});

describe("MonthRangeSchema", () => {
  /** The message of a rejected value, or "" when it is accepted. */
  const message = (value: unknown): string => {
    const r = MonthRangeSchema.safeParse(value);
    return r.success ? "" : (r.error.issues[0]?.message ?? "");
  };
  it("doc example", () => {
    expect(MonthRangeSchema.safeParse("2017-10/2018-09").success).toBe(true);
  });
  it("accepts a month and a run of months whose first month is not after its last (property)", () => {
    const key = fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`);
    fc.assert(
      fc.property(key, key, (a, b) => {
        expect(MonthRangeSchema.safeParse(a).success).toBe(true);
        expect(MonthRangeSchema.safeParse(`${a}/${b}`).success).toBe(a <= b);
      }),
    );
    expect(message("2018-04/2018-04")).toBe("");
  });
  it("names the value and the forms it expected", () => {
    expect(message("2018-09/2017-10")).toBe('"2018-09/2017-10" ends before it starts (the first month must not be after the last)');
    for (const bad of ["2018", "2018-13", "2018-04/", "2018-04/2018-6", "2018-04 / 2018-06", "2018-04/2018-06/2018-09", "Q1 2018/19"]) {
      expect(message(bad), bad).toBe(`${JSON.stringify(bad)} is not a month or a run of months (expected YYYY-MM or YYYY-MM/YYYY-MM)`);
    }
    expect(message(201804)).toBe("201804 is not a month or a run of months (expected YYYY-MM or YYYY-MM/YYYY-MM)");
  });
});

describe("IsoDateSchema", () => {
  it("doc example", () => {
    expect(IsoDateSchema.safeParse("2019-01-10").success).toBe(true);
  });
  it("knows month lengths and leap years", () => {
    expect(IsoDateSchema.safeParse("2019-02-29").success).toBe(false);
    expect(IsoDateSchema.safeParse("2020-02-29").success).toBe(true);
    expect(IsoDateSchema.safeParse("1900-02-29").success).toBe(false);
    expect(IsoDateSchema.safeParse("2000-02-29").success).toBe(true);
    expect(IsoDateSchema.safeParse("2019-04-31").success).toBe(false);
    expect(IsoDateSchema.safeParse("2019-12-31").success).toBe(true);
  });
  it("agrees with Date.UTC round-trips", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const s = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
        expect(IsoDateSchema.safeParse(s).success).toBe(real);
      }),
    );
  });
});

describe("PeriodSchema", () => {
  it("doc example", () => {
    expect(PeriodSchema.safeParse({ kind: "financial-year", first: "2018-04", last: "2019-03", label: "2018/19" }).success).toBe(true);
  });
  it("rejects periods whose months do not fit the kind", () => {
    const bad = [
      { kind: "month", first: "2019-01", last: "2019-02", label: "x" },
      { kind: "calendar-quarter", first: "2019-02", last: "2019-04", label: "x" },
      { kind: "financial-quarter", first: "2019-04", last: "2019-07", label: "x" },
      { kind: "calendar-year", first: "2019-04", last: "2020-03", label: "x" },
      { kind: "financial-year", first: "2019-04", last: "2020-04", label: "x" },
      { kind: "custom", first: "2019-04", last: "2019-03", label: "x" },
      { kind: "weekly", first: "2019-04", last: "2019-04", label: "x" },
    ];
    for (const p of bad) expect(PeriodSchema.safeParse(p).success, JSON.stringify(p)).toBe(false);
  });
  it("accepts rolling years, year to date and calendar quarters", () => {
    expect(PeriodSchema.safeParse({ kind: "rolling", first: "2017-10", last: "2018-09", label: "12 months to Sep 2018" }).success).toBe(true);
    expect(PeriodSchema.safeParse({ kind: "year-to-date", first: "2018-04", last: "2018-09", label: "2018/19 to Sep" }).success).toBe(true);
    expect(PeriodSchema.safeParse({ kind: "calendar-quarter", first: "2018-10", last: "2018-12", label: "Q4 2018" }).success).toBe(true);
  });
  it("rejects what @crimestats/periods rejects: a financial quarter not starting Jan/Apr/Jul/Oct, a January financial year, a year to date over 12 months", () => {
    const cases: [unknown, string][] = [
      [
        { kind: "financial-quarter", first: "2019-05", last: "2019-07", label: "x" },
        'a financial-quarter starts in January, April, July or October, not "2019-05"',
      ],
      [
        { kind: "financial-year", first: "2019-01", last: "2019-12", label: "x" },
        'a financial year starts in a month other than January (a January start is a calendar-year), not "2019-01"',
      ],
      [{ kind: "year-to-date", first: "2018-04", last: "2019-04", label: "x" }, "a year to date is at most 12 months, not 13 months"],
    ];
    for (const [p, message] of cases) {
      expect(isPeriod(p), JSON.stringify(p)).toBe(false);
      const r = PeriodSchema.safeParse(p);
      expect(r.error?.issues.map((i) => i.message)).toEqual([message]);
    }
  });
  it("accepts the periods @crimestats/periods builds at the edges of those rules", () => {
    const good = [
      financialQuarter(2018, 4),
      financialYear(2018, { financialYearStart: 2 }),
      financialYear(2018, { financialYearStart: 12 }),
      yearToDate("2019-03"),
      yearToDate("2018-12", { basis: "calendar" }),
      calendarQuarter(2018, 1),
      month("2018-12"),
      rolling("2018-09", 36),
    ];
    for (const p of good) expect(PeriodSchema.safeParse(p).success, JSON.stringify(p)).toBe(true);
  });
  it("agrees with isPeriod of @crimestats/periods on any kind and any months (property)", () => {
    const kinds: PeriodKind[] = ["month", "calendar-quarter", "calendar-year", "financial-quarter", "financial-year", "rolling", "year-to-date", "custom"];
    const key = (i: number): string => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.integer({ min: 2000 * 12, max: 2030 * 12 }), fc.integer({ min: -3, max: 26 }), (kind, first, span) => {
        const p = { kind, first: key(first), last: key(first + span - 1), label: "x" };
        expect(PeriodSchema.safeParse(p).success, JSON.stringify(p)).toBe(isPeriod(p));
      }),
      { numRuns: 2000 },
    );
  });
  it("reports a malformed month once, without a meaningless span complaint", () => {
    const r = PeriodSchema.safeParse({ kind: "custom", first: "2019-13", last: "2019-05", label: "x" });
    expect(r.error?.issues.map((i) => i.message)).toEqual(['"2019-13" is not a month (expected YYYY-MM)']);
  });
  it("names the first and last months when they are the wrong way round", () => {
    const r = PeriodSchema.safeParse({ kind: "custom", first: "2019-01", last: "2018-12", label: "x" });
    expect(r.error?.issues[0]?.message).toBe('"2018-12" is before the first month "2019-01"');
  });
});

describe("one problem per bad value", () => {
  it("a malformed date or age band is reported once", async () => {
    const { safeParseDeliveryPlanAction } = await import("./deliveryPlanAction.js");
    const { safeParsePopulation } = await import("./population.js");
    const r = safeParseDeliveryPlanAction({
      objective: "1",
      measures: [],
      action: "a",
      due: { kind: "unknown" },
      leads: [],
      lifecycle: "new",
      rag: "red",
      progress: [{ date: "10 Jan 2019", text: "x" }],
    });
    expect(r.success ? [] : r.error.details.problems.map((p) => p.message)).toEqual(['"10 Jan 2019" is not a date (expected YYYY-MM-DD)']);
    const p = safeParsePopulation({ area: "A", year: 2017, value: 1, ageBand: "under 16", source: "s", vintage: "v" });
    expect(p.success ? [] : p.error.details.problems.map((x) => x.message)).toEqual(['"under 16" is not an age band (expected "all", "10-17" or "65+")']);
  });
});
