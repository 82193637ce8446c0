import { fileSources, type NodeCsvSource } from "../internal/files.js";
import { readMpsWide as readMpsWideFromSources, type MpsCount, type ReadMpsWideOptions } from "../readMpsWide.js";
import type { RecordReader } from "../types.js";

/**
 * `readMpsWide` of the main entry that also reads files: reads London Datastore MPS wide tables given as paths or `file:` URLs
 * (streamed in 1 MiB chunks, opened only when read), or any source the main entry takes.
 *
 * @param sources - paths, `file:` URLs or other sources, one or a list.
 * @param options - as for the main entry's `readMpsWide`.
 * @returns a record reader of one record per area, offence and month, with its statistics.
 * @throws `PoliceDataError` `invalid-argument` when a file is named twice or a URL is not a
 * `file:` URL; otherwise as the main entry's `readMpsWide` (while reading).
 * @example
 * ```ts
 * import { readMpsWide } from "@crimestats/police-data/node";
 * for await (const record of readMpsWide("MPS Ward Level Crime (most recent 24 months).csv")) console.log(record);
 * ```
 */
export function readMpsWide(sources: NodeCsvSource | readonly NodeCsvSource[], options?: ReadMpsWideOptions): RecordReader<MpsCount> {
  return readMpsWideFromSources(fileSources(sources), options);
}
