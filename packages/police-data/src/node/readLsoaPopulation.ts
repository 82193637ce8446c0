import { fileSources, type NodeCsvSource } from "../internal/files.js";
import { readLsoaPopulation as readLsoaPopulationFromSource, type LsoaPopulation, type ReadLsoaPopulationOptions } from "../readLsoaPopulation.js";

/**
 * `readLsoaPopulation` of the main entry that also reads files: reads an ONS small-area (LSOA)
 * population table given as a path or `file:` URL, or any source the main entry takes.
 *
 * @param source - a path, a `file:` URL or another source.
 * @param options - as for the main entry's `readLsoaPopulation`.
 * @returns the table with its look-ups and sums.
 * @throws `PoliceDataError` `invalid-argument` when a URL is not a `file:` URL; otherwise as the
 * main entry's `readLsoaPopulation`.
 * @example
 * ```ts
 * import { readLsoaPopulation } from "@crimestats/police-data/node";
 * const population = await readLsoaPopulation("sapelsoasyoa20192020.csv");
 * population.column;
 * //=> "Persons_All-Ages"
 * ```
 */
export function readLsoaPopulation(source: NodeCsvSource, options?: ReadLsoaPopulationOptions): Promise<LsoaPopulation> {
  return Promise.resolve().then(() => readLsoaPopulationFromSource(fileSources(source)[0]!, options));
}
