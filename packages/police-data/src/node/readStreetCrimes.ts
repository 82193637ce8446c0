import { fileSources, type NodeCsvSource } from "../internal/files.js";
import { readStreetCrimes as readStreetCrimesFromSources, type StreetCrime } from "../readStreetCrimes.js";
import type { RecordReader } from "../types.js";

/**
 * `readStreetCrimes` of the main entry that also reads files: reads data.police.uk street-level crime files given as paths or `file:` URLs
 * (streamed in 1 MiB chunks, opened only when read), or any source the main entry takes.
 *
 * @param sources - paths, `file:` URLs or other sources, one or a list.
 * @returns a record reader of the street-level crime records of every file, in order, with its statistics.
 * @throws `PoliceDataError` `invalid-argument` when a file is named twice or a URL is not a
 * `file:` URL; otherwise as the main entry's `readStreetCrimes` (while reading).
 * @example
 * ```ts
 * import { readStreetCrimes } from "@crimestats/police-data/node";
 * for await (const record of readStreetCrimes(["2024-01-metropolitan-street.csv", "2024-02-metropolitan-street.csv"])) console.log(record);
 * ```
 */
export function readStreetCrimes(sources: NodeCsvSource | readonly NodeCsvSource[]): RecordReader<StreetCrime> {
  return readStreetCrimesFromSources(fileSources(sources));
}
