import { describeValue } from "@crimestats/internal";
import { PoliceDataError } from "./PoliceDataError.js";
import { checkHeader } from "./internal/header.js";
import { londonOffset } from "./internal/london.js";
import { monthKeyOf } from "./internal/month.js";
import { numberOrNull, recordReader, textOrNull } from "./internal/reader.js";
import type { MonthKey } from "@crimestats/periods";
import type { CsvSource, RecordReader } from "./types.js";
import { optionsOf } from "./internal/check.js";

/** One row of a data.police.uk stop-and-search file. Empty fields are `null`. */
export interface StopAndSearch {
  /** "Person search", "Vehicle search" or "Person and Vehicle search". */
  readonly type: string;
  /** The date and time as published (ISO 8601 with its offset, e.g. "2024-06-30T23:04:00+00:00"). */
  readonly date: string;
  /** The instant, in milliseconds since 1970 (UTC). */
  readonly time: number;
  /** Month of the search, by the clock chosen with the `month` option. */
  readonly month: MonthKey;
  /** "Part of a policing operation" (`null` when empty). */
  readonly partOfOperation: boolean | null;
  /** "Policing operation". */
  readonly operation: string | null;
  /** Latitude. */
  readonly latitude: number | null;
  /** Longitude. */
  readonly longitude: number | null;
  /** Gender. */
  readonly gender: string | null;
  /** Age range, e.g. "10-17". */
  readonly ageRange: string | null;
  /** Self-defined ethnicity. */
  readonly selfDefinedEthnicity: string | null;
  /** Officer-defined ethnicity. */
  readonly officerDefinedEthnicity: string | null;
  /** Legislation. */
  readonly legislation: string | null;
  /** Object of search. */
  readonly objectOfSearch: string | null;
  /** Outcome. */
  readonly outcome: string | null;
  /** "Outcome linked to object of search" (`null` when empty). */
  readonly outcomeLinkedToObject: boolean | null;
  /** "Removal of more than just outer clothing" (`null` when empty). */
  readonly removalOfMoreThanOuterClothing: boolean | null;
  /** File the row came from. */
  readonly file: string;
  /** Line of the row in its file. */
  readonly line: number;
}

/** Options of {@link readStopAndSearch}. */
export interface ReadStopAndSearchOptions {
  /**
   * Clock of the `month` field: `"london"` (default) for UK local time, so a search at
   * 00:04 BST on 1 July (published as `2024-06-30T23:04:00+00:00`) is in 2024-07, as in the
   * file it was published in; `"utc"` for the published UTC date.
   */
  readonly month?: "london" | "utc";
}

const COLUMNS = [
  "Type",
  "Date",
  "Part of a policing operation",
  "Policing operation",
  "Latitude",
  "Longitude",
  "Gender",
  "Age range",
  "Self-defined ethnicity",
  "Officer-defined ethnicity",
  "Legislation",
  "Object of search",
  "Outcome",
  "Outcome linked to object of search",
  "Removal of more than just outer clothing",
] as const;

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * The instant of an ISO 8601 date-time with an offset, or `NaN` when it is not one or names a
 * day, hour, minute or offset that does not exist (`2024-02-30`, `24:00`): `Date.parse` would
 * roll those over into the next month.
 */
function instant(text: string): number {
  const m = DATE_TIME.exec(text);
  if (m === null) return NaN;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return NaN;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59 || Number(m[7] ?? 0) > 23 || Number(m[8] ?? 0) > 59) return NaN;
  return Date.parse(text);
}

function bool(text: string): boolean | null {
  const t = text.toLowerCase();
  return t === "true" ? true : t === "false" ? false : null;
}

/**
 * Stream the rows of data.police.uk stop-and-search files (15 columns) as records, in constant
 * memory. Dates are published in UTC (`+00:00`); the `month` of each record follows UK local
 * time by default, so in summer months the first rows of a file (before 01:00 BST on the 1st,
 * dated the previous day in UTC) stay in the file's month. Rows with a wrong number of fields
 * or a date that is not a real ISO 8601 date-time (`2024-02-30`, `25:00`, a year before 1000)
 * are counted in `stats` as rejected (`invalid-month`), never rolled over into another month.
 *
 * @param sources - one stop-and-search file or several.
 * @param options - the clock of the month.
 * @returns a {@link RecordReader} of {@link StopAndSearch}.
 * @throws {@link PoliceDataError} `invalid-header` (while iterating) when a file does not have the
 * 15 stop-and-search columns; `invalid-option` for a bad option.
 * @example
 * ```ts
 * const csv = "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing\n" +
 *   "Person search,2024-06-30T23:04:00+00:00,False,,51.5,0.2,Male,10-17,,White,,Controlled drugs,Arrest,False,False\n";
 * const london = [];
 * for await (const r of readStopAndSearch(new TextEncoder().encode(csv))) london.push(r.month);
 * const utc = [];
 * for await (const r of readStopAndSearch(new TextEncoder().encode(csv), { month: "utc" })) utc.push(r.month);
 * [london, utc];
 * //=> [["2024-07"], ["2024-06"]]
 * ```
 */
export function readStopAndSearch(sources: CsvSource | readonly CsvSource[], options?: ReadStopAndSearchOptions): RecordReader<StopAndSearch> {
  options = optionsOf("readStopAndSearch", options);
  const clock = options.month ?? "london";
  if (clock !== "london" && clock !== "utc") {
    throw new PoliceDataError("invalid-option", `month: expected "london" or "utc", got ${describeValue(clock)}`, { month: describeValue(clock) });
  }
  return recordReader<StopAndSearch>(sources, {
    name: "data.police.uk stop and search",
    header(file, fields) {
      checkHeader(file, "data.police.uk stop and search", fields, COLUMNS);
    },
    row(f, file, line, _state, out, reject) {
      if (f.length !== 15) {
        reject("field-count", `expected 15 fields, got ${f.length}`);
        return;
      }
      const date = f[1]!;
      const time = instant(date);
      const local = new Date(clock === "utc" ? time : time + londonOffset(time));
      const monthIndex = local.getUTCFullYear() * 12 + local.getUTCMonth();
      if (!(monthIndex >= 1000 * 12)) {
        reject("invalid-month", `Date ${describeValue(date)} is not a real ISO 8601 date-time with an offset (year 1000 or later)`);
        return;
      }
      out.push({
        type: f[0]!,
        date,
        time,
        month: monthKeyOf(monthIndex),
        partOfOperation: bool(f[2]!),
        operation: textOrNull(f[3]!),
        latitude: numberOrNull(f[4]!),
        longitude: numberOrNull(f[5]!),
        gender: textOrNull(f[6]!),
        ageRange: textOrNull(f[7]!),
        selfDefinedEthnicity: textOrNull(f[8]!),
        officerDefinedEthnicity: textOrNull(f[9]!),
        legislation: textOrNull(f[10]!),
        objectOfSearch: textOrNull(f[11]!),
        outcome: textOrNull(f[12]!),
        outcomeLinkedToObject: bool(f[13]!),
        removalOfMoreThanOuterClothing: bool(f[14]!),
        file,
        line,
      });
    },
  });
}
