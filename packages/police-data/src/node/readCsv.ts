import { fileSources, type NodeCsvSource } from "../internal/files.js";
import { readCsv as readCsvFromSources, type CsvRow } from "../readCsv.js";
import type { RecordReader } from "../types.js";

/**
 * `readCsv` of the main entry that also reads files: reads CSV files given as paths or `file:` URLs
 * (streamed in 1 MiB chunks, opened only when read), or any source the main entry takes.
 *
 * @param sources - paths, `file:` URLs or other sources, one or a list.
 * @returns a record reader of the rows as lists of fields, with its statistics.
 * @throws `PoliceDataError` `invalid-argument` when a file is named twice or a URL is not a
 * `file:` URL; otherwise as the main entry's `readCsv` (while reading).
 * @example
 * ```ts
 * import { readCsv } from "@crimestats/police-data/node";
 * for await (const record of readCsv("any.csv")) console.log(record);
 * ```
 */
export function readCsv(sources: NodeCsvSource | readonly NodeCsvSource[]): RecordReader<CsvRow> {
  return readCsvFromSources(fileSources(sources));
}
