import { describeValue } from "@crimestats/internal";
import { checkHeader, districtOfLsoaName, STREET_COLUMNS } from "./internal/header.js";
import { numberOrNull, recordReader, textOrNull } from "./internal/reader.js";
import { monthIndexOf } from "./internal/month.js";
import type { MonthKey } from "@crimestats/periods";
import type { CsvSource, RecordReader } from "./types.js";

/** One row of a data.police.uk street-level crime file. Empty fields are `null`. */
export interface StreetCrime {
  /** Crime ID (64 hex characters); `null` for anti-social behaviour and the early months. */
  readonly crimeId: string | null;
  /** Month `"YYYY-MM"`. */
  readonly month: MonthKey;
  /** "Reported by" force. */
  readonly reportedBy: string;
  /** "Falls within" force. */
  readonly force: string;
  /** Longitude of the anonymised map point. */
  readonly longitude: number | null;
  /** Latitude of the anonymised map point. */
  readonly latitude: number | null;
  /** "On or near …", or "No Location". */
  readonly location: string;
  /** LSOA code (2011 or 2021 LSOAs, depending on the month); `null` when there is no location. */
  readonly lsoa: string | null;
  /** LSOA name, e.g. "Harrow 012B". */
  readonly lsoaName: string | null;
  /** Local authority district from the LSOA name ("Harrow 012B" → "Harrow"). */
  readonly district: string | null;
  /** "Crime type", the data.police.uk category label. */
  readonly offence: string;
  /** "Last outcome category". */
  readonly lastOutcome: string | null;
  /** "Context" (almost always empty). */
  readonly context: string | null;
  /** File the row came from. */
  readonly file: string;
  /** Line of the row in its file (the header is line 1). */
  readonly line: number;
}

/**
 * Stream the rows of data.police.uk street-level crime files (`YYYY-MM-<force>-street.csv`,
 * 12 columns) as records, in constant memory. Handles CRLF or LF, a UTF-8 byte-order mark and
 * quoted fields. Rows with a wrong number of fields or a bad month are not yielded but counted
 * in `stats` (code, file and line). To count, pass the reader to `countCube`, or use
 * `streetCrimeCube`, which is faster.
 *
 * @param sources - one street file or several (paths, bytes, streams, `{ name, data }`).
 * @returns a {@link RecordReader} of {@link StreetCrime}.
 * @throws {@link PoliceDataError} `invalid-header` (while iterating) when a file does not start with
 * the 12 street columns, naming the file and column; `invalid-csv` for an unterminated quote.
 * @example
 * ```ts
 * const csv =
 *   "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n" +
 *   ",2024-01,Met,Met,,,No Location,,,Anti-social behaviour,,\n";
 * const rows = [];
 * for await (const r of readStreetCrimes(new TextEncoder().encode(csv))) rows.push([r.crimeId, r.lsoa, r.location, r.offence]);
 * rows;
 * //=> [[null, null, "No Location", "Anti-social behaviour"]]
 * ```
 */
export function readStreetCrimes(sources: CsvSource | readonly CsvSource[]): RecordReader<StreetCrime> {
  return recordReader<StreetCrime>(sources, {
    name: "data.police.uk street-level crime",
    header(file, fields) {
      checkHeader(file, "data.police.uk street-level crime", fields, STREET_COLUMNS);
    },
    row(f, file, line, _state, out, reject) {
      if (f.length !== 12) {
        reject("field-count", `expected 12 fields, got ${f.length}`);
        return;
      }
      const month = f[1]!;
      if (monthIndexOf(month) < 0) {
        reject("invalid-month", `Month ${describeValue(month)} is not "YYYY-MM"`);
        return;
      }
      const lsoaName = textOrNull(f[8]!);
      out.push({
        crimeId: textOrNull(f[0]!),
        month: month as MonthKey,
        reportedBy: f[2]!,
        force: f[3]!,
        longitude: numberOrNull(f[4]!),
        latitude: numberOrNull(f[5]!),
        location: f[6]!,
        lsoa: textOrNull(f[7]!),
        lsoaName,
        district: lsoaName === null ? null : districtOfLsoaName(lsoaName),
        offence: f[9]!,
        lastOutcome: textOrNull(f[10]!),
        context: textOrNull(f[11]!),
        file,
        line,
      });
    },
  });
}
