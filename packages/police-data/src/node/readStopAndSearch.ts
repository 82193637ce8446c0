import { fileSources, type NodeCsvSource } from "../internal/files.js";
import { readStopAndSearch as readStopAndSearchFromSources, type StopAndSearch, type ReadStopAndSearchOptions } from "../readStopAndSearch.js";
import type { RecordReader } from "../types.js";

/**
 * `readStopAndSearch` of the main entry that also reads files: reads data.police.uk stop-and-search files given as paths or `file:` URLs
 * (streamed in 1 MiB chunks, opened only when read), or any source the main entry takes.
 *
 * @param sources - paths, `file:` URLs or other sources, one or a list.
 * @param options - as for the main entry's `readStopAndSearch`.
 * @returns a record reader of the stop-and-search records, with its statistics.
 * @throws `PoliceDataError` `invalid-argument` when a file is named twice or a URL is not a
 * `file:` URL; otherwise as the main entry's `readStopAndSearch` (while reading).
 * @example
 * ```ts
 * import { readStopAndSearch } from "@crimestats/police-data/node";
 * for await (const record of readStopAndSearch("2024-01-metropolitan-stop-and-search.csv")) console.log(record);
 * ```
 */
export function readStopAndSearch(sources: NodeCsvSource | readonly NodeCsvSource[], options?: ReadStopAndSearchOptions): RecordReader<StopAndSearch> {
  return readStopAndSearchFromSources(fileSources(sources), options);
}
