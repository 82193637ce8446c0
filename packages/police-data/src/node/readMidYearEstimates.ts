import { fileSources } from "../internal/files.js";
import { sourceChunks } from "../internal/source.js";
import { readMidYearEstimates as readMidYearEstimatesFromBytes, type MidYearEstimates, type ReadMidYearEstimatesOptions } from "../readMidYearEstimates.js";

/**
 * `readMidYearEstimates` of the main entry that also reads files: reads an ONS mid-year population
 * estimates table (`.xls`, `.xlsx` or CSV) given as a path or `file:` URL, or the bytes the main
 * entry takes. The path is the file name used for messages and to find the year, unless
 * `options.fileName` is given.
 *
 * @param source - a path, a `file:` URL, or the file's bytes.
 * @param options - as for the main entry's `readMidYearEstimates`.
 * @returns the year, one row per area, the title and the row statistics.
 * @throws `PoliceDataError` `invalid-argument` when a URL is not a `file:` URL; otherwise as the
 * main entry's `readMidYearEstimates`.
 * @example
 * ```ts
 * import { readMidYearEstimates } from "@crimestats/police-data/node";
 * const mye = await readMidYearEstimates("mye24tablesew.csv", { geography: ["London Borough"] });
 * [mye.year, mye.rows.length];
 * //=> [2024, 33]
 * ```
 */
export async function readMidYearEstimates(source: string | URL | Uint8Array | ArrayBuffer, options?: ReadMidYearEstimatesOptions): Promise<MidYearEstimates> {
  if (typeof source !== "string" && !(source instanceof URL)) return readMidYearEstimatesFromBytes(source, options);
  const file = fileSources(source)[0]!;
  const chunks: Uint8Array[] = [];
  for await (const chunk of sourceChunks(file)) chunks.push(chunk);
  const fileName = (file as { readonly name: string }).name;
  return readMidYearEstimatesFromBytes(Buffer.concat(chunks), { fileName, ...options });
}
