/**
 * The Node.js entry of `@crimestats/police-data`: everything of the main entry, with readers
 * that also take file paths and `file:` URLs. The main entry reads no files, so it runs in
 * browsers; import from here to read files from disk.
 *
 * @module
 */
export * from "./index.js";
export type { NodeCsvSource } from "./internal/files.js";
export { streetCrimeCube } from "./node/streetCrimeCube.js";
export { readStreetCrimes } from "./node/readStreetCrimes.js";
export { readCsv } from "./node/readCsv.js";
export { readMpsWide } from "./node/readMpsWide.js";
export { readLsoaPopulation } from "./node/readLsoaPopulation.js";
export { readOutcomes } from "./node/readOutcomes.js";
export { readStopAndSearch } from "./node/readStopAndSearch.js";
export { readLongCounts } from "./node/readLongCounts.js";
export { readMidYearEstimates } from "./node/readMidYearEstimates.js";
export { policeUkFiles } from "./node/policeUkFiles.js";
