import { recordReader } from "./internal/reader.js";
import type { CsvSource, RecordReader } from "./types.js";

/** One CSV row with where it came from. */
export interface CsvRow {
  /** The fields, decoded as UTF-8, quotes removed and doubled quotes undone. */
  readonly fields: readonly string[];
  /** File the row came from. */
  readonly file: string;
  /** Physical line where the row starts (the header is line 1). */
  readonly line: number;
}

/**
 * Stream the data rows of any CSV file, with the header as the first row of each file
 * (`line` 1). The tokenizer behind every reader of this package: comma-separated, rows ended by
 * LF or CRLF, double-quoted fields may hold commas, line breaks and doubled quotes, a UTF-8
 * byte-order mark is skipped, blank lines are skipped.
 *
 * @param sources - one CSV file or several (paths, bytes, streams, `{ name, data }`).
 * @returns a {@link RecordReader} of {@link CsvRow}.
 * @throws {@link PoliceDataError} `invalid-csv` (while iterating) when a quoted field is not closed;
 * `invalid-header` for an empty file.
 * @example
 * ```ts
 * const text = '\uFEFFWardName,Count\r\n"Mottingham, Coldharbour & New Eltham",3\r\n"St Mary\'s ""A""",4\r\n';
 * const rows = [];
 * for await (const row of readCsv({ name: "wards.csv", data: new TextEncoder().encode(text) })) rows.push([row.line, ...row.fields]);
 * rows;
 * //=> [[1, "WardName", "Count"], [2, "Mottingham, Coldharbour & New Eltham", "3"], [3, 'St Mary\'s "A"', "4"]]
 * ```
 */
export function readCsv(sources: CsvSource | readonly CsvSource[]): RecordReader<CsvRow> {
  return recordReader<CsvRow>(sources, {
    name: "CSV",
    keepHeader: true,
    header(file, fields) {
      return { file, fields };
    },
    row(fields, file, line, _state, out) {
      out.push({ fields, file, line });
    },
  });
}
