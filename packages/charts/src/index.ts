export { ChartsError, type ChartsErrorCode } from "./ChartsError.js";
export type { AreaRole, AreaStyle, AreaStyles, Chart, ChartKind, ChartOptions, ChartTable, VegaLiteSpec } from "./types.js";
export { palette } from "./palette.js";
export { areaStyles, type AreaStylesInput } from "./areaStyles.js";
