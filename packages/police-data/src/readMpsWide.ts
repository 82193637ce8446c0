import { describeValue } from "@crimestats/internal";
import { PoliceDataError } from "./PoliceDataError.js";
import { checkHeader } from "./internal/header.js";
import { recordReader } from "./internal/reader.js";
import { LAST_MONTH, monthKeyOf } from "./internal/month.js";
import type { MonthKey } from "@crimestats/periods";
import type { CsvSource, RecordReader } from "./types.js";
import { optionsOf } from "./internal/check.js";

/** One month cell of a Metropolitan Police borough or ward table, in long form. */
export interface MpsCount {
  /** `MajorText`, e.g. "BURGLARY". */
  readonly major: string;
  /** `MinorText`, e.g. "BURGLARY IN A DWELLING". */
  readonly minor: string;
  /** The offence label chosen with the `offence` option. */
  readonly offence: string;
  /** The area counted: the borough name (borough tables) or the ward code (ward tables). */
  readonly area: string;
  /** Borough name (`BoroughName`, or `LookUp_BoroughName` in ward tables). */
  readonly borough: string;
  /** Ward name (ward tables), else `null`. */
  readonly wardName: string | null;
  /** Ward code, e.g. "E05013544" (ward tables), else `null`. */
  readonly ward: string | null;
  /** Month `"YYYY-MM"`. */
  readonly month: MonthKey;
  /** Recorded offences. */
  readonly count: number;
  /** Release the count comes from. */
  readonly vintage: string;
  /** File the row came from. */
  readonly file: string;
  /** Line of the row in its file. */
  readonly line: number;
}

/** Options of {@link readMpsWide}. */
export interface ReadMpsWideOptions {
  /** Offence label: `"major"` (default), `"minor"` or `"major/minor"` (both, joined by " / "). */
  readonly offence?: "major" | "minor" | "major/minor";
  /** Vintage label of the release (default: its month range, e.g. `"2023-03_2025-02"`). */
  readonly vintage?: string;
}

const BOROUGH = ["MajorText", "MinorText", "BoroughName"] as const;
const WARD = ["MajorText", "MinorText", "WardName", "WardCode", "LookUp_BoroughName"] as const;

interface WideState {
  readonly ward: boolean;
  readonly months: readonly MonthKey[];
  readonly vintage: string;
  /** Offence × area keys of the rows read so far in the files of this release (months), with where each was read. */
  readonly keys: Map<string, string>;
}

/**
 * Stream the London Datastore "MPS Borough Level Crime" and "MPS Ward Level Crime" tables (one
 * row per MajorText × MinorText × area, one column per month `YYYYMM`) as one record per month
 * cell. Both category eras are read as published (the offence text is kept; map it with
 * `countCube`'s `offence` option). Each record carries the release's vintage, so two releases
 * that overlap stay apart: count each one and compare them with `compareVintages`. In
 * `stats`, each month cell is one row read; a row with the wrong number of fields rejects all
 * its cells (`field-count`), and so does a second row for the same offence and area in the
 * files of one release (`duplicate-row`, so nothing is counted twice, even when a file is given
 * twice); a cell that is not a whole number from 0 to
 * `Number.MAX_SAFE_INTEGER` is rejected alone (`invalid-count`).
 *
 * @param sources - one table or several of the same release (paths, bytes, streams, `{ name, data }`).
 * @param options - offence label and vintage.
 * @returns a {@link RecordReader} of {@link MpsCount}.
 * @throws {@link PoliceDataError} `invalid-header` (while iterating) when the header is neither the
 * borough nor the ward layout, a month column is not `YYYYMM` (year 1000 to 9999), or the month
 * columns do not run one after the other (a month repeated, missing or out of order), or the
 * header row appears again further down (two files joined); `invalid-option` for a bad option.
 * @example
 * ```ts
 * const csv = "MajorText,MinorText,BoroughName,202401,202402\nBURGLARY,BURGLARY - RESIDENTIAL,Harrow,90,85\n";
 * const rows = [];
 * for await (const r of readMpsWide(new TextEncoder().encode(csv))) rows.push([r.area, r.month, r.offence, r.count, r.vintage]);
 * rows;
 * //=> [["Harrow", "2024-01", "BURGLARY", 90, "2024-01_2024-02"], ["Harrow", "2024-02", "BURGLARY", 85, "2024-01_2024-02"]]
 * ```
 */
export function readMpsWide(sources: CsvSource | readonly CsvSource[], options?: ReadMpsWideOptions): RecordReader<MpsCount> {
  options = optionsOf("readMpsWide", options);
  const offence = options.offence ?? "major";
  if (offence !== "major" && offence !== "minor" && offence !== "major/minor") {
    throw new PoliceDataError("invalid-option", `offence: expected "major", "minor" or "major/minor", got ${describeValue(offence)}`, {
      offence: describeValue(offence),
    });
  }
  if (options.vintage !== undefined && typeof options.vintage !== "string") {
    throw new PoliceDataError("invalid-option", `vintage: expected a release label (text), got ${describeValue(options.vintage)}`, {
      vintage: describeValue(options.vintage),
    });
  }
  const vintageOption = options.vintage;
  // rows already read, per release (span of months), across the files of one iteration
  const released = new Map<string, Map<string, string>>();
  return recordReader<MpsCount>(sources, {
    name: "MPS borough or ward crime",
    begin: () => released.clear(),
    header(file, fields): WideState {
      const ward = fields[2]?.trim() === "WardName";
      const labels = ward ? WARD : BOROUGH;
      checkHeader(file, `MPS ${ward ? "ward" : "borough"} crime`, fields, labels, true);
      const months: MonthKey[] = [];
      let previous = -1;
      for (let i = labels.length; i < fields.length; i++) {
        const text = fields[i]!.trim();
        const m = /^([1-9]\d{3})(0[1-9]|1[0-2])$/.exec(text);
        if (m === null) {
          throw new PoliceDataError("invalid-header", `${file}:1: column ${i + 1} ${describeValue(text)} is not a month; expected YYYYMM (year 1000 to 9999)`, {
            file,
            line: 1,
            column: i + 1,
            actual: text,
          });
        }
        const index = Number(m[1]) * 12 + Number(m[2]) - 1;
        if (previous >= 0 && index !== previous + 1) {
          // a repeated, missing or misplaced month would be summed twice or read as zero
          // December 9999 is the last month there is (as @crimestats/periods reads months)
          const expected = previous + 1 <= LAST_MONTH ? monthKeyOf(previous + 1) : "none after 9999-12";
          throw new PoliceDataError(
            "invalid-header",
            `${file}:1: column ${i + 1} is ${monthKeyOf(index)}${months.includes(monthKeyOf(index)) ? " again" : ""}; expected the next month, ${expected} (month columns must run one after the other without gaps or repeats)`,
            { file, line: 1, column: i + 1, actual: monthKeyOf(index), expected },
          );
        }
        previous = index;
        months.push(monthKeyOf(index));
      }
      if (months.length === 0) {
        throw new PoliceDataError("invalid-header", `${file}:1: expected month columns (YYYYMM) after ${labels.join(",")}, got none`, { file, line: 1 });
      }
      const vintage = vintageOption ?? `${months[0]!}_${months[months.length - 1]!}`;
      const span = `${months[0]!}_${months[months.length - 1]!}`;
      let keys = released.get(span);
      if (keys === undefined) {
        keys = new Map();
        released.set(span, keys);
      }
      return { ward, months, vintage, keys };
    },
    rowsPerRow: (state) => (state as WideState).months.length,
    row(f, file, line, state, out, reject) {
      const s = state as WideState;
      const lead = s.ward ? WARD.length : BOROUGH.length;
      if (f.length !== lead + s.months.length) {
        reject("field-count", `expected ${lead + s.months.length} fields, got ${f.length}`, s.months.length);
        return;
      }
      if (f[0]!.trim() === "MajorText" && f[1]!.trim() === "MinorText") {
        // two tables joined into one file: the second one's months need not be the first one's
        throw new PoliceDataError(
          "invalid-header",
          `${file}:${line}: the header row appears again; expected one table per file (read each release as its own file)`,
          { file, line },
        );
      }
      const major = f[0]!;
      const minor = f[1]!;
      const label = offence === "major" ? major : offence === "minor" ? minor : `${major} / ${minor}`;
      const borough = s.ward ? f[4]! : f[2]!;
      const ward = s.ward ? f[3]! : null;
      const wardName = s.ward ? f[2]! : null;
      const area = s.ward ? f[3]! : f[2]!;
      const key = `${major}\u0000${minor}\u0000${area}`;
      const seen = s.keys.get(key);
      if (seen !== undefined) {
        reject(
          "duplicate-row",
          `${major} / ${minor} in ${area} already has a row (${seen}); expected one row per offence and ${s.ward ? "ward" : "borough"}`,
          s.months.length,
        );
        return;
      }
      s.keys.set(key, `${file}:${line}`);
      for (let i = 0; i < s.months.length; i++) {
        const text = f[lead + i]!;
        const count = /^\d{1,16}$/.test(text) ? Number(text) : NaN;
        if (!Number.isSafeInteger(count)) {
          reject("invalid-count", `${s.months[i]!}: count ${describeValue(text)} is not a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`);
          continue;
        }
        out.push({ major, minor, offence: label, area, borough, wardName, ward, month: s.months[i]!, count, vintage: s.vintage, file, line });
      }
    },
  });
}
