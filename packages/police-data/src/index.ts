export { PoliceDataError, type PoliceDataErrorCode } from "./PoliceDataError.js";
export {
  OUTSIDE_AREA,
  UNKNOWN_AREA,
  type CsvSource,
  type MonthKey,
  type ReaderStats,
  type RecordReader,
  type Reconciliation,
  type RejectReason,
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
export { cubeSeries, type CubeSeriesOptions, type MonthlySeries } from "./cubeSeries.js";
export { cubeRows, type AreaCountRow, type CubeRowsOptions } from "./cubeRows.js";
