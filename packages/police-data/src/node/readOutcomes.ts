import { fileSources, type NodeCsvSource } from "../internal/files.js";
import { readOutcomes as readOutcomesFromSources, type CrimeOutcome } from "../readOutcomes.js";
import type { RecordReader } from "../types.js";

/**
 * `readOutcomes` of the main entry that also reads files: reads data.police.uk outcomes files given as paths or `file:` URLs
 * (streamed in 1 MiB chunks, opened only when read), or any source the main entry takes.
 *
 * @param sources - paths, `file:` URLs or other sources, one or a list.
 * @returns a record reader of the outcome records, with its statistics.
 * @throws `PoliceDataError` `invalid-argument` when a file is named twice or a URL is not a
 * `file:` URL; otherwise as the main entry's `readOutcomes` (while reading).
 * @example
 * ```ts
 * import { readOutcomes } from "@crimestats/police-data/node";
 * for await (const record of readOutcomes("2024-01-metropolitan-outcomes.csv")) console.log(record);
 * ```
 */
export function readOutcomes(sources: NodeCsvSource | readonly NodeCsvSource[]): RecordReader<CrimeOutcome> {
  return readOutcomesFromSources(fileSources(sources));
}
