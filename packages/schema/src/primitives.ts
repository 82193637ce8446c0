import { describeValue } from "@crimestats/internal";
import * as z from "zod/mini";
import { isMonthKey, isPeriod, monthIndex, type MonthKey, type Period, type PeriodKind } from "@crimestats/periods";

const MONTH_RE = /^[1-9]\d{3}-(0[1-9]|1[0-2])$/;
const DATE_RE = /^([1-9]\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const notAMonth = (iss: { readonly input?: unknown }): string => `${describeValue(iss.input)} is not a month (expected YYYY-MM)`;
const notADate = (iss: { readonly input?: unknown }): string => `${describeValue(iss.input)} is not a date (expected YYYY-MM-DD)`;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * A month `"YYYY-MM"` (year 1000–9999, month 01–12), the form data.police.uk uses; the same
 * `MonthKey` as `@crimestats/periods`.
 *
 * @example
 * ```ts
 * MonthKeySchema.safeParse("2019-13").success;
 * //=> false
 * ```
 */
export const MonthKeySchema = /* @__PURE__ */ z
  .string({ error: notAMonth })
  .check(/* @__PURE__ */ z.regex(MONTH_RE, { error: notAMonth })) as unknown as z.ZodMiniType<MonthKey, MonthKey>;

/**
 * A calendar date `"YYYY-MM-DD"` that exists (`"2019-02-29"` does not).
 *
 * @example
 * ```ts
 * IsoDateSchema.safeParse("2019-01-10").success;
 * //=> true
 * ```
 */
export const IsoDateSchema = /* @__PURE__ */ z.string({ error: notADate }).check(
  /* @__PURE__ */ z.regex(DATE_RE, { abort: true }),
  /* @__PURE__ */ z.refine(
    (s) => {
      const m = DATE_RE.exec(s);
      return m !== null && Number(m[3]) <= daysInMonth(Number(m[1]), Number(m[2]));
    },
    { error: notADate },
  ),
);

/**
 * The kinds of reporting period, as in `@crimestats/periods`.
 *
 * @example
 * ```ts
 * PeriodKindSchema.safeParse("rolling").success;
 * //=> true
 * ```
 */
export const PeriodKindSchema: z.ZodMiniEnum<{
  [K in PeriodKind]: K;
}> = /* @__PURE__ */ z.enum(["month", "calendar-quarter", "calendar-year", "financial-quarter", "financial-year", "rolling", "year-to-date", "custom"]);

/**
 * A reporting period `{ kind, first, last, label }` with inclusive first and last months, the
 * `Period` of `@crimestats/periods`, and it accepts exactly the periods that package's `isPeriod`
 * accepts. Checks: `first` is not after `last`; a `month` is one month; a calendar or financial
 * quarter is three months starting in January, April, July or October; a calendar year runs January
 * to December; a financial year is twelve months starting in a month other than January; a year to
 * date is at most twelve months. (Build periods with `@crimestats/periods`, which also writes the
 * label.)
 *
 * @example
 * ```ts
 * PeriodSchema.safeParse({ kind: "financial-year", first: "2018-04", last: "2019-03", label: "2018/19" }).success;
 * //=> true
 * ```
 */
export const PeriodSchema = /* @__PURE__ */ z
  .strictObject({
    kind: PeriodKindSchema,
    first: MonthKeySchema,
    last: MonthKeySchema,
    label: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  })
  .check(
    /* @__PURE__ */ z.superRefine((p, ctx) => {
      // A malformed month is reported by MonthKeySchema; the span of such a key means nothing.
      if (!isMonthKey(p.first) || !isMonthKey(p.last)) return;
      const span = monthIndex(p.last) - monthIndex(p.first) + 1;
      const fail = (message: string): void => {
        ctx.issues.push({ code: "custom", message, input: p, path: ["last"] });
      };
      if (span < 1) {
        fail(`${describeValue(p.last)} is before the first month ${describeValue(p.first)}`);
        return;
      }
      const months = `${span} month${span === 1 ? "" : "s"}`;
      if (p.kind === "month" && span !== 1) fail(`a month period must be one month, not ${months}`);
      if ((p.kind === "calendar-quarter" || p.kind === "financial-quarter") && span !== 3) {
        fail(`a ${p.kind} must be 3 months, not ${months}`);
      }
      if ((p.kind === "calendar-quarter" || p.kind === "financial-quarter") && monthIndex(p.first) % 3 !== 0) {
        fail(`a ${p.kind} starts in January, April, July or October, not ${describeValue(p.first)}`);
      }
      if (p.kind === "calendar-year" && (!p.first.endsWith("-01") || span !== 12)) {
        fail(`a calendar year runs from January to December, not ${describeValue(p.first)} to ${describeValue(p.last)}`);
      }
      if (p.kind === "financial-year" && span !== 12) fail(`a financial year must be 12 months, not ${months}`);
      if (p.kind === "financial-year" && p.first.endsWith("-01")) {
        fail(`a financial year starts in a month other than January (a January start is a calendar-year), not ${describeValue(p.first)}`);
      }
      if (p.kind === "year-to-date" && span > 12) fail(`a year to date is at most 12 months, not ${months}`);
      // Backstop: whatever @crimestats/periods rejects, the schema rejects too (only when no other
      // problem was found in this period, so a bad field is not reported twice).
      const what = `${describeValue(p.first)} to ${describeValue(p.last)} is not a valid ${p.kind} period (as @crimestats/periods defines it)`;
      if (ctx.issues.length === 0 && !isPeriod(p)) {
        fail(what);
      }
    }),
  ) as unknown as z.ZodMiniType<Period, Period>;

/**
 * The unit a count is in (docs/methods.md#counting-units); carry it on every figure.
 *
 * @example
 * ```ts
 * CountingUnitSchema.safeParse("crimes").success;
 * //=> false
 * ```
 */
export const CountingUnitSchema: z.ZodMiniEnum<{ [K in CountingUnit]: K }> = /* @__PURE__ */ z.enum([
  "offences",
  "incidents",
  "victims",
  "calls",
  "referrals",
  "people",
  "cases",
  "attendances",
]);

/**
 * The unit a count is in: `offences`, `incidents`, `victims`, `calls`, `referrals`, `people`
 * (distinct individuals), `cases` or `attendances` (visits to a service: one person may attend
 * several times).
 */
export type CountingUnit = "offences" | "incidents" | "victims" | "calls" | "referrals" | "people" | "cases" | "attendances";

/**
 * Which direction of an indicator is good. Polarity belongs to an indicator, never to an offence
 * (docs/methods.md#polarity): fewer burglaries is good, more hate-crime reports can be good.
 *
 * @example
 * ```ts
 * PolaritySchema.safeParse("no-judgement").success;
 * //=> true
 * ```
 */
export const PolaritySchema: z.ZodMiniEnum<{ [K in Polarity]: K }> = /* @__PURE__ */ z.enum(["lower-is-better", "higher-is-better", "no-judgement"]);

/** Which direction of an indicator is good: `lower-is-better`, `higher-is-better` or `no-judgement`. */
export type Polarity = "lower-is-better" | "higher-is-better" | "no-judgement";

/**
 * Text with at least one character that is not white space.
 *
 * @example
 * ```ts
 * NonEmptyStringSchema.safeParse("  ").success;
 * //=> false
 * ```
 */
export const NonEmptyStringSchema = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.regex(/\S/, { error: (iss) => `${describeValue(iss.input)} is empty (expected some text)` }));

const RANGE_RE = /^([1-9]\d{3}-(?:0[1-9]|1[0-2]))(?:\/([1-9]\d{3}-(?:0[1-9]|1[0-2])))?$/;

const notAMonthRange = (iss: { readonly input?: unknown }): string =>
  iss.input === undefined
    ? "is missing (expected a month or a run of months, YYYY-MM or YYYY-MM/YYYY-MM)"
    : `${describeValue(iss.input)} is not a month or a run of months (expected YYYY-MM or YYYY-MM/YYYY-MM)`;

/**
 * The period of a local-data row: one month `"YYYY-MM"`, or an inclusive run of months
 * `"YYYY-MM/YYYY-MM"` whose first month is not after its last (`"2018-04/2018-06"` is the first
 * quarter of 2018/19, `"2017-10/2018-09"` the 12 months October 2017 to September 2018). The same
 * text in CSV and JSON; see {@link MonthRange}.
 *
 * @example
 * ```ts
 * MonthRangeSchema.safeParse("2017-10/2018-09").success;
 * //=> true
 * ```
 */
export const MonthRangeSchema = /* @__PURE__ */ z.string({ error: notAMonthRange }).check(
  /* @__PURE__ */ z.regex(RANGE_RE, { error: notAMonthRange, abort: true }),
  /* @__PURE__ */ z.refine(
    (s) => {
      const m = RANGE_RE.exec(s);
      return m === null || m[2] === undefined || (m[1] ?? "") <= m[2];
    },
    { error: (iss) => `${describeValue(iss.input)} ends before it starts (the first month must not be after the last)` },
  ),
);

/** A month `"YYYY-MM"` or an inclusive run of months `"YYYY-MM/YYYY-MM"`; see {@link MonthRangeSchema}. */
export type MonthRange = string;
