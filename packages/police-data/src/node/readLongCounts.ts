import { fileSources, type NodeCsvSource } from "../internal/files.js";
import { readLongCounts as readLongCountsFromSources, type LongCount } from "../readLongCounts.js";
import type { RecordReader } from "../types.js";

/**
 * `readLongCounts` of the main entry that also reads files: reads long count tables (area, month, offence, count) given as paths or `file:` URLs
 * (streamed in 1 MiB chunks, opened only when read), or any source the main entry takes.
 *
 * @param sources - paths, `file:` URLs or other sources, one or a list.
 * @returns a record reader of one record per row, with its statistics.
 * @throws `PoliceDataError` `invalid-argument` when a file is named twice or a URL is not a
 * `file:` URL; otherwise as the main entry's `readLongCounts` (while reading).
 * @example
 * ```ts
 * import { readLongCounts } from "@crimestats/police-data/node";
 * for await (const record of readLongCounts("counts.csv")) console.log(record);
 * ```
 */
export function readLongCounts(sources: NodeCsvSource | readonly NodeCsvSource[]): RecordReader<LongCount> {
  return readLongCountsFromSources(fileSources(sources));
}
