export { DisclosureError, type DisclosureErrorCode } from "./DisclosureError.js";
export { cellStatusCode, type CellStatus, type CellStatusCode } from "./cellStatusCode.js";
export {
  disclosurePolicySchema,
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
