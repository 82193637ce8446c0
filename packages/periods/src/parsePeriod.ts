import { describeValue } from "@crimestats/internal";
import { readOptions } from "./internal/options.js";
import { PeriodError } from "./PeriodError.js";
import { LONG_MONTHS, SHORT_MONTHS } from "./internal/monthNames.js";
import { MAX_INDEX, MIN_INDEX, calendarQuarterStart, financialQuarterStart, keyOf, monthOf, requireStartMonth } from "./internal/monthIndex.js";
import { KINDS, kindProblem, makePeriod } from "./internal/period.js";
import type { Period, PeriodKind } from "./types.js";

/** Options of {@link parsePeriod}. */
export interface ParsePeriodOptions {
  /**
   * `true` (default): read only the forms {@link formatPeriod} writes, exactly (case, spacing,
   * four-digit years except in the `"Oct 17 - Sep 18"` range form). `false`: also read common
   * variants from publications — any case and spacing, `"Sept"`, `"FY 2018/19"`,
   * `"2017/18 full year"`, two-digit years (`"18/19"`, `"Apr-18"`, read as 20YY), `"2017-8"`,
   * `"Q4 of 2017/18"`, `"Q1 (Apr-Jun) 2018-19"`, `"2006/07 Q2"`, `"2006 Q2"`, `"RY to Dec 2018"`,
   * `"rolling year to Dec 2018"`, `"December 2018 (RY)"`, and the Fingertips quarter ranges
   * `"2006 Q2 - 2007 Q1"`, `"2006/07 Q2 - 2007/08 Q1"` (custom) and `"2006/07 Q1-Q2"` (year to date).
   */
  readonly strict?: boolean;
  /** Start month (2–12) of the financial years in the text; default 4 (April). Financial quarters are always April-based. */
  readonly financialYearStart?: number;
  /**
   * The kind of period the text means, when the text does not say: a range such as
   * `"Oct 2017 – Sep 2018"` names months only, and reads as `custom` unless `kind` says it is, for
   * example, a `rolling` year. The months must fit the kind (a `financial-year` or financial
   * `year-to-date` starts in `financialYearStart`, a calendar `year-to-date` in January);
   * otherwise `parsePeriod` throws `invalid-period`. Text that names a kind is read as `kind` too.
   */
  readonly kind?: PeriodKind;
}

const Y4 = "([1-9]\\d{3})";
const FY = "([1-9]\\d{3})([/-])(\\d{2})";
const DASH = "[-\u2013]";

function exact(source: string, flags = ""): RegExp {
  return new RegExp(`^${source}$`, flags);
}

// Built when a grammar is first needed, not at import: a module does no work at top level.
/** A month name as `formatPeriod` writes it. */
function strictMonth(): string {
  return `(${[...LONG_MONTHS, ...SHORT_MONTHS].join("|")})`;
}

/** A month name as publications write it (also "Sept"); matched case-insensitively. */
function lenientMonth(): string {
  return `(${[...LONG_MONTHS, ...SHORT_MONTHS, "Sept"].join("|")})`;
}

interface Grammar {
  readonly calendarYear: RegExp;
  readonly financialYear: RegExp;
  readonly financialQuarter: RegExp;
  readonly calendarQuarter: RegExp;
  readonly month: RegExp;
  readonly rolling: RegExp;
  readonly yearToDate: RegExp;
  readonly range: RegExp;
  readonly shortRange: RegExp;
}

function grammar(mon: string, flags: string, space: string): Grammar {
  const s = space;
  return {
    calendarYear: exact(Y4, flags),
    financialYear: exact(FY, flags),
    financialQuarter: exact(`Q([1-4])${s}${FY}`, flags),
    calendarQuarter: exact(`Q([1-4])${s}${Y4}`, flags),
    month: exact(`${mon}${s}${Y4}`, flags),
    rolling: exact(`([1-9]\\d*)${s}(months?)${s}to${s}${mon}${s}${Y4}`, flags),
    yearToDate: exact(`(?:${FY}|${Y4})${s}YTD${s}to${s}${mon}${s}${Y4}`, flags),
    range: exact(`${mon}${s}${Y4}${s}${DASH}${s}${mon}${s}${Y4}`, flags),
    shortRange: exact(`${mon}${s}(\\d{2})${s}${DASH}${s}${mon}${s}(\\d{2})`, flags),
  };
}

let strictGrammar: Grammar | undefined;
let lenientGrammar: Grammar | undefined;

/** Lenient-only patterns (compiled on first use). */
interface Extras {
  readonly twoDigitFinancialYear: RegExp;
  readonly oneDigitFinancialYear: RegExp;
  readonly namedFinancialYear: RegExp;
  readonly quarterOf: RegExp;
  readonly quarterWithMonths: RegExp;
  readonly yearThenQuarter: RegExp;
  readonly calendarYearThenQuarter: RegExp;
  readonly monthTwoDigitYear: RegExp;
  readonly rollingYearTo: RegExp;
  readonly rollingYearSuffix: RegExp;
  readonly bareYearToDate: RegExp;
  readonly calendarQuarterRange: RegExp;
  readonly financialQuarterRange: RegExp;
  readonly cumulativeQuarters: RegExp;
}
let extras: Extras | undefined;

function getExtras(): Extras {
  if (extras !== undefined) return extras;
  const m = lenientMonth();
  extras = {
    twoDigitFinancialYear: exact(`(?:FY ?)?(\\d{2})([/-])(\\d{2})`, "i"),
    oneDigitFinancialYear: exact(`(?:FY ?)?${Y4}([/-])(\\d)`, "i"),
    namedFinancialYear: exact(`(?:FY ?)?${FY}(?: full year)?`, "i"),
    quarterOf: exact(`Q([1-4]) of ${FY}`, "i"),
    quarterWithMonths: exact(`Q([1-4]) ?\\(${m} ?${DASH} ?${m}\\) ?${FY}`, "i"),
    yearThenQuarter: exact(`${FY} Q([1-4])`, "i"),
    calendarYearThenQuarter: exact(`${Y4} Q([1-4])`, "i"),
    monthTwoDigitYear: exact(`${m}[- ](\\d{2})`, "i"),
    rollingYearTo: exact(`(?:rolling year|RY|12 months) to ${m} ${Y4}`, "i"),
    rollingYearSuffix: exact(`${m} ${Y4} \\(RY\\)`, "i"),
    bareYearToDate: /\b(?:YTD|year to date)\b/i,
    calendarQuarterRange: exact(`${Y4} Q([1-4]) ?${DASH} ?${Y4} Q([1-4])`, "i"),
    financialQuarterRange: exact(`${FY} Q([1-4]) ?${DASH} ?${FY} Q([1-4])`, "i"),
    cumulativeQuarters: exact(`${FY} Q([1-4]) ?${DASH} ?Q([1-4])`, "i"),
  };
  return extras;
}

function fail(text: string, options: ParsePeriodOptions): never {
  throw new PeriodError(
    "unparseable-period",
    `The period text ${JSON.stringify(text)} is not in a recognised form; expected one of "2018", "2018/19", "2018-19", "Q1 2018/19", "Q4 2018", "Sep 2018", "12 months to Sep 2018", "2018/19 YTD to Nov 2018", "Oct 2017 – Sep 2018", "Oct 17 - Sep 18"${options.strict === false ? "" : " (pass { strict: false } for more variants)"}.`,
    { value: text, strict: options.strict !== false },
  );
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  if (lower === "sept") return 9;
  for (let i = 0; i < 12; i++) {
    if (SHORT_MONTHS[i]!.toLowerCase() === lower || LONG_MONTHS[i]!.toLowerCase() === lower) return i + 1;
  }
  return 0;
}

/** Month index of the month named `name` (any case, `"Sept"` too) in `year`. */
function monthAt(year: string | number, name: string): number {
  return Number(year) * 12 + monthNumber(name) - 1;
}

/** What the text says: a kind and its first and last month indices, checked to fit each other. */
interface Read {
  readonly kind: PeriodKind;
  readonly first: number;
  readonly last: number;
}

function build(text: string, kind: PeriodKind, first: number, last: number): Read {
  if (first < MIN_INDEX || last > MAX_INDEX) {
    throw new PeriodError(
      "unparseable-period",
      `The period text ${JSON.stringify(text)} falls outside the supported years 1000–9999; expected a period within them.`,
      { value: text },
    );
  }
  if (first > last) {
    throw new PeriodError("invalid-range", `The period text ${JSON.stringify(text)} starts after it ends; expected the first month on or before the last.`, {
      value: text,
    });
  }
  const problem = kindProblem(kind, first, last);
  if (problem !== null) {
    throw new PeriodError("unparseable-period", `The period text ${JSON.stringify(text)} is not a valid ${kind}: ${problem}.`, {
      value: text,
      kind,
    });
  }
  return { kind, first, last };
}

/** Checks that the two-digit second year follows the first ("2018/19"), returns the start year. */
function financialStart(text: string, year: string, next: string): number {
  const y = Number(year);
  const expected = String((y + 1) % 100).padStart(2, "0");
  if (next !== expected) {
    const hint = /^\d{4}-\d{2}$/.test(text) ? ` (month keys such as ${JSON.stringify(text)} are read by parseMonthKey or month)` : "";
    throw new PeriodError(
      "unparseable-period",
      `The financial year in ${JSON.stringify(text)} is not valid: ${year} must be followed by ${expected}; expected a form like "${year}/${expected}"${hint}.`,
      { value: text },
    );
  }
  return y;
}

function ambiguous(text: string, why: string, expected: string): never {
  throw new PeriodError("ambiguous-period", `The period text ${JSON.stringify(text)} is ambiguous: ${why}; expected ${expected}.`, {
    value: text,
  });
}

/**
 * Reads a period label back into a {@link Period}: every style {@link formatPeriod} writes, and with
 * `{ strict: false }` common variants from publications. It never guesses: text that could mean
 * more than one period, or that is malformed, throws.
 *
 * `"YYYY-YY"` is read as a financial year (`"2010-11"` is 2010/11, not November 2010: month keys
 * are read by {@link parseMonthKey}, not here). A range (`"Oct 2017 – Sep 2018"`,
 * `"Oct 17 - Sep 18"`) says which months but not what kind of period they are, so it is read as a
 * `custom` period unless `options.kind` says which kind it is; two-digit years in the short range
 * form are 2000–2099. With `kind`, every style {@link formatPeriod} writes reads back as the period
 * it was written from: `parsePeriod(formatPeriod(p, style), { kind: p.kind })` equals `p`.
 *
 * @param text - The period text.
 * @param options - `strict` (default `true`), `financialYearStart` (default 4, April) and `kind`,
 * the kind the text means when it does not say (a range).
 * @returns The period, with its canonical label.
 * @throws {@link PeriodError} with code `unparseable-period` for text in no supported form or naming
 * an impossible period (`"2018/20"`, `"Q5 2018/19"`, a YTD whose end is outside its year),
 * `ambiguous-period` for text that does not determine one period (`"18/19"` when strict,
 * `"2018/19 YTD"` without an end month), `invalid-range` for a range that ends before it starts,
 * `invalid-option` for options that are not an object (`null`), a bad `financialYearStart` or `kind`, `invalid-period` for months that do
 * not fit the `kind` given.
 * @example
 * ```ts
 * parsePeriod("2018/19");
 * //=> { kind: "financial-year", first: "2018-04", last: "2019-03", label: "2018/19" }
 * parsePeriod("Q1 2018/19").first;
 * //=> "2018-04"
 * parsePeriod("12 months to September 2018");
 * //=> { kind: "rolling", first: "2017-10", last: "2018-09", label: "12 months to Sep 2018" }
 * parsePeriod("Oct 17 - Sep 18").label;
 * //=> "Oct 2017 – Sep 2018"
 * parsePeriod("Oct 2017 – Sep 2018", { kind: "rolling" }).label;
 * //=> "12 months to Sep 2018"
 * parsePeriod("18/19");
 * //=> throws PeriodError (code "ambiguous-period")
 * parsePeriod("18/19", { strict: false }).label;
 * //=> "2018/19"
 * ```
 */
export function parsePeriod(text: string, options?: ParsePeriodOptions): Period {
  const opts: ParsePeriodOptions = readOptions(options, "parsePeriod", "{ strict: false }");
  const read = readPeriod(text, opts);
  const kind = opts.kind === undefined || opts.kind === read.kind ? read.kind : kindAs(text, read, opts.kind, opts);
  return makePeriod(kind, read.first, read.last);
}

/** The kind the caller names (see `options.kind`), once checked to fit the months read. */
function kindAs(text: string, read: Read, kind: unknown, options: ParsePeriodOptions): PeriodKind {
  if (typeof kind !== "string" || !KINDS.has(kind)) {
    throw new PeriodError("invalid-option", `The kind ${describeValue(kind)} is not a period kind; expected one of ${[...KINDS].join(", ")}.`, {
      value: kind,
    });
  }
  const start = options.financialYearStart === undefined ? 4 : requireStartMonth(options.financialYearStart);
  const { first, last } = read;
  const firstMonth = monthOf(first);
  let problem = kindProblem(kind as PeriodKind, first, last);
  if (problem === null && kind === "financial-year" && firstMonth !== start) {
    problem = `a financial year starts in month ${start} (financialYearStart)`;
  }
  if (problem === null && kind === "year-to-date" && firstMonth !== start && firstMonth !== 1) {
    problem = `a year to date starts in month ${start} (financialYearStart) or in January`;
  }
  if (problem !== null) {
    throw new PeriodError(
      "invalid-period",
      `The period text ${JSON.stringify(text)} names ${keyOf(first)} to ${keyOf(last)}, which is not a ${kind}: ${problem}.`,
      { value: text, kind, first: keyOf(first), last: keyOf(last) },
    );
  }
  return kind as PeriodKind;
}

/** The strict grammar, built on first use. */
function strictGrammarOnce(): Grammar {
  strictGrammar ??= grammar(strictMonth(), "", " ");
  return strictGrammar;
}

/** The lenient grammar, built on first use. */
function lenientGrammarOnce(): Grammar {
  lenientGrammar ??= grammar(lenientMonth(), "i", " ?");
  return lenientGrammar;
}

/** Reads the text as the kind it names (a range is `custom`). */
function readPeriod(text: string, options: ParsePeriodOptions): Read {
  if (typeof text !== "string") {
    throw new PeriodError("unparseable-period", `The period text ${describeValue(text)} is not a string; expected text such as "2018/19".`, {
      value: text,
    });
  }
  const strict = options.strict !== false;
  const start = options.financialYearStart === undefined ? 4 : requireStartMonth(options.financialYearStart);
  const input = strict
    ? text
    : text
        .trim()
        .replace(/\s+/g, " ")
        .replace(/\s*[\u2012\u2013\u2014\u2212]\s*/g, "-");
  const g = strict ? strictGrammarOnce() : lenientGrammarOnce();

  let m: RegExpExecArray | null;
  m = g.calendarYear.exec(input);
  if (m) {
    const first = Number(m[1]) * 12;
    return build(text, "calendar-year", first, first + 11);
  }
  m = g.financialYear.exec(input);
  if (m) {
    const first = financialStart(text, m[1]!, m[3]!) * 12 + start - 1;
    return build(text, "financial-year", first, first + 11);
  }
  m = g.financialQuarter.exec(input);
  if (m) {
    const first = financialQuarterStart(financialStart(text, m[2]!, m[4]!), Number(m[1]));
    return build(text, "financial-quarter", first, first + 2);
  }
  m = g.calendarQuarter.exec(input);
  if (m) {
    const first = calendarQuarterStart(Number(m[2]), Number(m[1]));
    return build(text, "calendar-quarter", first, first + 2);
  }
  m = g.month.exec(input);
  if (m) {
    const index = monthAt(m[2]!, m[1]!);
    return build(text, "month", index, index);
  }
  m = g.rolling.exec(input);
  if (m) {
    const n = Number(m[1]);
    if ((n === 1) !== (m[2]!.toLowerCase() === "month")) {
      if (strict) fail(text, options);
    }
    const last = monthAt(m[4]!, m[3]!);
    return build(text, "rolling", last - n + 1, last);
  }
  m = g.yearToDate.exec(input);
  if (m) {
    const last = monthAt(m[6]!, m[5]!);
    const first = m[1] !== undefined ? financialStart(text, m[1], m[3]!) * 12 + start - 1 : Number(m[4]) * 12;
    if (last < first || last - first > 11) {
      throw new PeriodError(
        "unparseable-period",
        `The period text ${JSON.stringify(text)} ends outside the year it names; expected an end month within that year.`,
        { value: text },
      );
    }
    return build(text, "year-to-date", first, last);
  }
  m = g.range.exec(input);
  if (m) {
    return build(text, "custom", monthAt(m[2]!, m[1]!), monthAt(m[4]!, m[3]!));
  }
  m = g.shortRange.exec(input);
  if (m) {
    return build(text, "custom", monthAt(2000 + Number(m[2]), m[1]!), monthAt(2000 + Number(m[4]), m[3]!));
  }
  return strict ? strictFallback(text) : lenient(text, input, start, options);
}

/** In strict mode, explains the near misses that have a specific reason, or fails. */
function strictFallback(text: string): never {
  if (/^\d{2}[/-]\d{2}$/.test(text)) {
    ambiguous(
      text,
      "a two-digit year does not say the century",
      `a four-digit year such as "20${text.slice(0, 2)}/${text.slice(3)}" (or { strict: false } to read 20YY)`,
    );
  }
  if (/\b(?:YTD|year to date)\b/i.test(text) && !/ to /.test(text)) {
    ambiguous(text, "a year to date needs its latest month", 'a form like "2018/19 YTD to Nov 2018"');
  }
  fail(text, { strict: true });
}

function lenient(text: string, input: string, start: number, options: ParsePeriodOptions): Read {
  const x = getExtras();
  let m: RegExpExecArray | null;
  m = x.namedFinancialYear.exec(input);
  if (m) {
    const first = financialStart(text, m[1]!, m[3]!) * 12 + start - 1;
    return build(text, "financial-year", first, first + 11);
  }
  m = x.twoDigitFinancialYear.exec(input);
  if (m) {
    const first = financialStart(text, String(2000 + Number(m[1])), m[3]!) * 12 + start - 1;
    return build(text, "financial-year", first, first + 11);
  }
  m = x.oneDigitFinancialYear.exec(input);
  if (m) {
    const y = Number(m[1]);
    if ((y + 1) % 10 !== Number(m[3])) {
      throw new PeriodError(
        "unparseable-period",
        `The financial year in ${JSON.stringify(text)} is not valid: ${y} must be followed by ${(y + 1) % 10}; expected a form like "${y}-${(y + 1) % 10}".`,
        { value: text },
      );
    }
    const first = y * 12 + start - 1;
    return build(text, "financial-year", first, first + 11);
  }
  // Fingertips quarter ranges (docs/periods.md): months only, so custom; "2006/07 Q1-Q2" is cumulative (YTD).
  m = x.calendarQuarterRange.exec(input);
  if (m) {
    const first = calendarQuarterStart(Number(m[1]), Number(m[2]));
    const last = calendarQuarterStart(Number(m[3]), Number(m[4])) + 2;
    return build(text, "custom", first, last);
  }
  m = x.financialQuarterRange.exec(input);
  if (m) {
    const first = financialQuarterStart(financialStart(text, m[1]!, m[3]!), Number(m[4]));
    const last = financialQuarterStart(financialStart(text, m[5]!, m[7]!), Number(m[8])) + 2;
    return build(text, "custom", first, last);
  }
  m = x.cumulativeQuarters.exec(input);
  if (m) {
    const year = financialStart(text, m[1]!, m[3]!);
    const from = Number(m[4]);
    const first = financialQuarterStart(year, from);
    const last = financialQuarterStart(year, Number(m[5])) + 2;
    return build(text, from === 1 ? "year-to-date" : "custom", first, last);
  }
  // A financial quarter: its number and the financial year's two year fields ("2018", "19").
  let q = 0;
  let year = "";
  let next = "";
  const quarterOf = x.quarterOf.exec(input);
  const yearThenQuarter = quarterOf === null ? x.yearThenQuarter.exec(input) : null;
  m = quarterOf === null && yearThenQuarter === null ? x.quarterWithMonths.exec(input) : null;
  if (quarterOf) {
    [q, year, next] = [Number(quarterOf[1]), quarterOf[2]!, quarterOf[4]!];
  } else if (yearThenQuarter) {
    [q, year, next] = [Number(yearThenQuarter[4]), yearThenQuarter[1]!, yearThenQuarter[3]!];
  } else if (m) {
    q = Number(m[1]);
    const from = monthNumber(m[2]!);
    const to = monthNumber(m[3]!);
    const expectedFrom = ((q * 3) % 12) + 1;
    if (from !== expectedFrom || to !== ((expectedFrom + 1) % 12) + 1) {
      throw new PeriodError(
        "unparseable-period",
        `The period text ${JSON.stringify(text)} names months that are not Q${q} of a financial year; expected ${SHORT_MONTHS[expectedFrom - 1]!}-${SHORT_MONTHS[(expectedFrom + 1) % 12]!}.`,
        { value: text },
      );
    }
    [year, next] = [m[4]!, m[6]!];
  }
  if (q !== 0) {
    const first = financialQuarterStart(financialStart(text, year, next), q);
    return build(text, "financial-quarter", first, first + 2);
  }
  m = x.calendarYearThenQuarter.exec(input);
  if (m) {
    const first = calendarQuarterStart(Number(m[1]), Number(m[2]));
    return build(text, "calendar-quarter", first, first + 2);
  }
  m = x.monthTwoDigitYear.exec(input);
  if (m) {
    const index = monthAt(2000 + Number(m[2]), m[1]!);
    return build(text, "month", index, index);
  }
  m = x.rollingYearTo.exec(input) ?? x.rollingYearSuffix.exec(input);
  if (m) {
    const last = monthAt(m[2]!, m[1]!);
    return build(text, "rolling", last - 11, last);
  }
  if (x.bareYearToDate.test(input)) {
    ambiguous(text, "a year to date needs its latest month", 'a form like "2018/19 YTD to Nov 2018"');
  }
  return fail(text, options);
}
