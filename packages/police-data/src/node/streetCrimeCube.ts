import type { CountCubeResult } from "../countCube.js";
import { fileSources, type NodeCsvSource } from "../internal/files.js";
import { streetCrimeCube as streetCrimeCubeFromSources, type StreetCrimeCubeOptions } from "../streetCrimeCube.js";

/**
 * `streetCrimeCube` of the main entry that also reads files: counts data.police.uk street-level
 * crime files given as paths or `file:` URLs (streamed in 1 MiB chunks, opened only when read),
 * or any source the main entry takes, into an area × month × offence cube.
 *
 * @param sources - paths, `file:` URLs or other sources, one or a list.
 * @param options - as for the main entry's `streetCrimeCube`.
 * @returns the cube and its reconciliation.
 * @throws `PoliceDataError` `invalid-argument` when a file is named twice or a URL is not a
 * `file:` URL; otherwise as the main entry's `streetCrimeCube`.
 * @example
 * ```ts
 * import { streetCrimeCube } from "@crimestats/police-data/node";
 * const { cube } = await streetCrimeCube(["2024-01-metropolitan-street.csv"], { area: "district" });
 * cube.dims;
 * //=> ["area", "month", "offence"]
 * ```
 */
export function streetCrimeCube(sources: NodeCsvSource | readonly NodeCsvSource[], options?: StreetCrimeCubeOptions): Promise<CountCubeResult> {
  // A bad source is reported by the promise, as the main entry reports its own faults.
  return Promise.resolve().then(() => streetCrimeCubeFromSources(fileSources(sources), options));
}
