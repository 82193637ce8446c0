export { DisclosureError, type DisclosureErrorCode } from "./DisclosureError.js";
export { cellStatusCode, type CellStatus, type CellStatusCode } from "./cellStatusCode.js";
export {
  DisclosurePolicySchema,
  type DisclosurePolicy,
  type RecodeRule,
  type RoundRule,
  type SuppressRule,
} from "./disclosurePolicySchema.js";
export { parseDisclosurePolicy } from "./parseDisclosurePolicy.js";
export { disclosurePreset, type DisclosurePresetName, type DisclosurePresetOptions } from "./disclosurePreset.js";
export { discloseCount, type DiscloseCountOptions, type DisclosedCount } from "./discloseCount.js";
export { discloseRatio, type DiscloseRatioOptions, type DisclosedRatio, type RatioInput } from "./discloseRatio.js";
export { possibleCounts, type CountRange } from "./possibleCounts.js";
export type { CountTable, ReleasedCell, ReleasedTable, TableCell, TableRelation } from "./tableTypes.js";
export { oneWayTable, type OneWayTableOptions } from "./oneWayTable.js";
export { twoWayTable, type TwoWayTableInput, type TwoWayTableOptions } from "./twoWayTable.js";
export { hierarchicalTable, type HierarchyNode } from "./hierarchicalTable.js";
export { discloseTable } from "./discloseTable.js";
export { auditTable, type AuditTableOptions, type AuditTableResult, type AuditedCell } from "./auditTable.js";
export { protectTable, type ProtectTableOptions, type ProtectedTable } from "./protectTable.js";
export type { CountSeries, ReleasedSeries, SeriesFigure } from "./seriesTypes.js";
export { auditSeries, type AuditSeriesOptions, type AuditSeriesResult, type AuditedFigure } from "./auditSeries.js";
export { protectSeries, type ProtectSeriesOptions, type ProtectedSeries } from "./protectSeries.js";
export { publishTable } from "./publishTable.js";
export { publishSeries } from "./publishSeries.js";
