export { PoliceDataError, type PoliceDataErrorCode } from "./PoliceDataError.js";
export {
  OUTSIDE_AREA,
  UNKNOWN_AREA,
  type CsvSource,
  type ReaderStats,
  type RecordReader,
  type Reconciliation,
  type RejectCode,
  type RejectedRow,
} from "./types.js";
export {
  countCube,
  type AreaField,
  type CountCube,
  type CountCubeOptions,
  type CountCubeResult,
  type CountRecord,
  type CubeDimension,
} from "./countCube.js";
export { streetCrimeCube, type StreetCrimeCubeOptions } from "./streetCrimeCube.js";
export { readStreetCrimes, type StreetCrime } from "./readStreetCrimes.js";
export { readCsv, type CsvRow } from "./readCsv.js";
export { cubeSeries, type CubeSeriesOptions, type CubeSeriesResult } from "./cubeSeries.js";
export { cubeRows, type AreaCountRow, type CubeRowsOptions } from "./cubeRows.js";
export { readMpsWide, type MpsCount, type ReadMpsWideOptions } from "./readMpsWide.js";
export { compareVintages, type Revision, type VintageComparison } from "./compareVintages.js";
export { joinReleases, type DroppedLabel, type JoinedReleases, type JoinReleasesOptions, type MappedLabel, type ReleaseRun } from "./joinReleases.js";
export {
  readLsoaPopulation,
  type LsoaPopulation,
  type LsoaPopulationRow,
  type ReadLsoaPopulationOptions,
} from "./readLsoaPopulation.js";
export { readOutcomes, type CrimeOutcome } from "./readOutcomes.js";
export { readStopAndSearch, type ReadStopAndSearchOptions, type StopAndSearch } from "./readStopAndSearch.js";
export { readLongCounts, type LongCount } from "./readLongCounts.js";
export { readMidYearEstimates, type MidYearEstimate, type MidYearEstimates, type ReadMidYearEstimatesOptions } from "./readMidYearEstimates.js";
export { districtChanges, type DistrictChange } from "./districtChanges.js";
export { detectBreaks, type BreakRow, type DetectBreaksOptions, type DetectedBreak } from "./detectBreaks.js";
export { cubeToParquet } from "./cubeToParquet.js";
export { cubeFromParquet } from "./cubeFromParquet.js";
export { policeUkFiles, type PoliceUkFile, type PoliceUkFileKind, type PoliceUkFiles, type PoliceUkFilesOptions } from "./policeUkFiles.js";
