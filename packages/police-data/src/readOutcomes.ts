import { describeValue } from "@crimestats/internal";
import { checkHeader, districtOfLsoaName } from "./internal/header.js";
import { monthIndexOf } from "./internal/month.js";
import { numberOrNull, recordReader, textOrNull } from "./internal/reader.js";
import type { MonthKey } from "@crimestats/periods";
import type { CsvSource, RecordReader } from "./types.js";

/** One row of a data.police.uk outcomes file. Empty fields are `null`. */
export interface CrimeOutcome {
  /** Crime ID of the crime the outcome belongs to (joins the street files). */
  readonly crimeId: string | null;
  /** Month `"YYYY-MM"` in which the outcome was recorded (not the month of the crime). */
  readonly month: MonthKey;
  /** "Reported by" force. */
  readonly reportedBy: string;
  /** "Falls within" force. */
  readonly force: string;
  /** Longitude of the anonymised map point. */
  readonly longitude: number | null;
  /** Latitude of the anonymised map point. */
  readonly latitude: number | null;
  /** "On or near …", or "No location". */
  readonly location: string;
  /** LSOA code; `null` when there is no location. */
  readonly lsoa: string | null;
  /** LSOA name. */
  readonly lsoaName: string | null;
  /** Local authority district from the LSOA name. */
  readonly district: string | null;
  /** "Outcome type", e.g. "Suspect charged". */
  readonly outcome: string;
  /** File the row came from. */
  readonly file: string;
  /** Line of the row in its file. */
  readonly line: number;
}

const OUTCOME_COLUMNS = [
  "Crime ID",
  "Month",
  "Reported by",
  "Falls within",
  "Longitude",
  "Latitude",
  "Location",
  "LSOA code",
  "LSOA name",
  "Outcome type",
] as const;

/**
 * Stream the rows of data.police.uk outcomes files (`YYYY-MM-<force>-outcomes.csv`, 10
 * columns) as records, in constant memory. An outcome's month is when it was recorded; join it
 * to its crime by `crimeId`. Rows with a wrong number of fields or a bad month are counted in
 * `stats` as rejected.
 *
 * @param sources - one outcomes file or several.
 * @returns a {@link RecordReader} of {@link CrimeOutcome}.
 * @throws {@link PoliceDataError} `invalid-header` (while iterating) when a file does not have the
 * 10 outcomes columns.
 * @example
 * ```ts
 * const csv = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type\n" +
 *   "c6dc,2023-06,Met,Met,,,No location,,,Suspect charged\n";
 * const rows = [];
 * for await (const r of readOutcomes(new TextEncoder().encode(csv))) rows.push([r.crimeId, r.month, r.lsoa, r.outcome]);
 * rows;
 * //=> [["c6dc", "2023-06", null, "Suspect charged"]]
 * ```
 */
export function readOutcomes(sources: CsvSource | readonly CsvSource[]): RecordReader<CrimeOutcome> {
  return recordReader<CrimeOutcome>(sources, {
    name: "data.police.uk outcomes",
    header(file, fields) {
      checkHeader(file, "data.police.uk outcomes", fields, OUTCOME_COLUMNS);
    },
    row(f, file, line, _state, out, reject) {
      if (f.length !== 10) {
        reject("field-count", `expected 10 fields, got ${f.length}`);
        return;
      }
      if (monthIndexOf(f[1]!) < 0) {
        reject("invalid-month", `Month ${describeValue(f[1])} is not "YYYY-MM"`);
        return;
      }
      const lsoaName = textOrNull(f[8]!);
      out.push({
        crimeId: textOrNull(f[0]!),
        month: f[1]! as MonthKey,
        reportedBy: f[2]!,
        force: f[3]!,
        longitude: numberOrNull(f[4]!),
        latitude: numberOrNull(f[5]!),
        location: f[6]!,
        lsoa: textOrNull(f[7]!),
        lsoaName,
        district: lsoaName === null ? null : districtOfLsoaName(lsoaName),
        outcome: f[9]!,
        file,
        line,
      });
    },
  });
}
