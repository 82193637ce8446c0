/**
 * Where a CSV file comes from (the main entry reads no files, so it runs in browsers too):
 *
 * - the bytes of the whole file (`Uint8Array`, e.g. a `Buffer` or the body of a `fetch`);
 * - a web `ReadableStream` of chunks (`response.body`, `file.stream()`);
 * - any async iterable of chunks, such as a Node `Readable` (chunks may be bytes or strings);
 * - `{ name, data }` to give bytes or a stream the name used in error messages and
 *   reconciliations (otherwise `"<input>"`).
 *
 * File paths and `file:` URLs are read by the functions of `@crimestats/police-data/node`.
 */
export type CsvSource =
  | Uint8Array
  | ReadableStream<Uint8Array | string>
  | AsyncIterable<Uint8Array | string>
  | {
      readonly name: string;
      readonly data: Uint8Array | ReadableStream<Uint8Array | string> | AsyncIterable<Uint8Array | string>;
    };

/**
 * Why a row was rejected (not counted), as a code:
 *
 * - `field-count`: the row has the wrong number of fields (e.g. a file cut short);
 * - `invalid-month`: the month or date is not a real calendar month or date;
 * - `invalid-count`: a count or population is not a whole number from 0 to 2^53 − 1
 *   (`Number.MAX_SAFE_INTEGER`), so it could not be added exactly;
 * - `invalid-value`: a field the row needs (e.g. the area code of a population table) is empty;
 * - `unmapped-offence`: the offence text is not mapped (with `unmapped: "reject"`);
 * - `duplicate-crime-id`: a Crime ID already seen (with `duplicates: "drop"`);
 * - `duplicate-row`: a row whose key (e.g. offence and area of an MPS table, LSOA code of a
 *   population table) was already read in the same file, which would otherwise be counted twice;
 * - `filtered`: outside the months (or kinds of area) asked for.
 */
export type RejectCode =
  | "field-count"
  | "invalid-month"
  | "invalid-count"
  | "invalid-value"
  | "unmapped-offence"
  | "duplicate-crime-id"
  | "duplicate-row"
  | "filtered";

/** One rejected row kept as an example. */
export interface RejectedRow {
  /** File name or path the row came from. */
  readonly file: string;
  /** Physical line number of the row (the header is line 1). */
  readonly line: number;
  /** Why the row was rejected, as a code. */
  readonly code: RejectCode;
  /** The offending value and what was expected. */
  readonly message: string;
}

/**
 * How every row read was accounted for. Always
 * `rowsRead === rowsCounted + rowsUnknownArea + rowsRejected`, and the counts in
 * `rejectedByCode` add up to `rowsRejected`.
 */
export interface Reconciliation {
  /** Files (or inputs) read, in order. */
  readonly files: readonly string[];
  /** Data rows read (header excluded; for wide tables, one per month cell). */
  readonly rowsRead: number;
  /** Rows counted in a known area. */
  readonly rowsCounted: number;
  /** Rows counted in the explicit unknown areas (`noArea + outsideLookup`). */
  readonly rowsUnknownArea: number;
  /** Rows with no area at all (e.g. "No Location", empty LSOA code), counted in {@link UNKNOWN_AREA}. */
  readonly noArea: number;
  /** Rows whose area is not in the area look-up, counted in {@link OUTSIDE_AREA}. */
  readonly outsideLookup: number;
  /** Rows not counted. */
  readonly rowsRejected: number;
  /** Number of rejected rows per code. */
  readonly rejectedByCode: Readonly<Partial<Record<RejectCode, number>>>;
  /** The first rejected rows (at most 20 per code), with file and line. */
  readonly rejectedExamples: readonly RejectedRow[];
  /** Rows whose non-empty Crime ID was already seen in the same run of rows of one month in the same file (kept or dropped per option). */
  readonly duplicateCrimeIds: number;
  /** Rows with an empty Crime ID (anti-social behaviour, early months). */
  readonly emptyCrimeIds: number;
  /** Sum of the counts added to the cube (equals the cube's total). */
  readonly total: number;
}

/** Area label of rows without any location (no LSOA code). */
export const UNKNOWN_AREA = "(unknown)";
/** Area label of rows whose LSOA or area is not in the look-up given. */
export const OUTSIDE_AREA = "(outside look-up)";

/** What a record reader saw: the files, the data rows read and the rows it rejected itself. */
export interface ReaderStats {
  /** Files (or inputs) read so far, in order. */
  readonly files: readonly string[];
  /** Data rows read so far (header excluded). */
  readonly rowsRead: number;
  /** Rows the reader did not yield. */
  readonly rowsRejected: number;
  /** Number of rejected rows per code. */
  readonly rejectedByCode: Readonly<Partial<Record<RejectCode, number>>>;
  /** The first rejected rows (at most 20 per code). */
  readonly rejectedExamples: readonly RejectedRow[];
}

/**
 * A streaming reader: iterate it with `for await` to get its records one by one (constant
 * memory); `stats` tells, at any time, how many rows were read and which were rejected. Each
 * iteration reads the files again and restarts the statistics.
 * `countCube` merges these statistics into its reconciliation.
 */
export interface RecordReader<T> extends AsyncIterable<T> {
  /** Rows read and rejected so far. */
  readonly stats: ReaderStats;
}
