export { SchemaError, type SchemaErrorDetails, type SchemaProblem } from "./SchemaError.js";
export type { ParseOptions, SafeParseResult } from "./ParseOptions.js";
export {
  MonthKeySchema,
  IsoDateSchema,
  PeriodKindSchema,
  PeriodSchema,
  CountingUnitSchema,
  PolaritySchema,
  NonEmptyStringSchema,
  MonthRangeSchema,
  type CountingUnit,
  type Polarity,
  type MonthRange,
} from "./primitives.js";
export {
  CategorySchema,
  TaxonomySchema,
  parseCategory,
  safeParseCategory,
  parseTaxonomy,
  safeParseTaxonomy,
  type Category,
  type Taxonomy,
} from "./taxonomy.js";
export {
  AreaLevelSchema,
  AreaSchema,
  gssCodePatterns,
  parseArea,
  safeParseArea,
  type Area,
  type AreaLevel,
  type GssCodeRule,
  type GssCodePatterns,
} from "./area.js";
export { AgeBandSchema, PopulationSchema, parsePopulation, safeParsePopulation, type Population } from "./population.js";
export { CountRowSchema, parseCountRow, safeParseCountRow, type CountRow } from "./countRow.js";
export {
  OffenceSelectionSchema,
  PopulationSpecSchema,
  IndicatorSchema,
  parseIndicator,
  safeParseIndicator,
  type OffenceSelection,
  type PopulationSpec,
  type IndicatorNumerator,
  type Indicator,
} from "./indicator.js";
export {
  TargetSchema,
  parseTarget,
  safeParseTarget,
  type Target,
  type TargetCommon,
  type ValueTarget,
  type PercentReductionTarget,
  type SamePeriodLastYearTarget,
  type RangeTarget,
} from "./target.js";
export {
  PriorityKindSchema,
  PriorityTargetSchema,
  PrioritySchema,
  parsePriority,
  safeParsePriority,
  type PriorityKind,
  type PriorityTarget,
  type Priority,
} from "./priority.js";
export {
  MandatoryPrioritySchema,
  StrategySchema,
  parseStrategy,
  safeParseStrategy,
  type MandatoryPriority,
  type Strategy,
} from "./strategy.js";
export {
  AggregationSchema,
  ComparatorGroupSchema,
  parseComparatorGroup,
  safeParseComparatorGroup,
  type Aggregation,
  type ComparatorGroup,
} from "./comparatorGroup.js";
export {
  LifecycleSchema,
  RagRatingSchema,
  DueSchema,
  LeadSchema,
  ProgressUpdateSchema,
  DeliveryPlanActionSchema,
  parseDeliveryPlanAction,
  safeParseDeliveryPlanAction,
  type Lifecycle,
  type RagRating,
  type Due,
  type DueText,
  type DueMonth,
  type DueMonths,
  type DueOngoing,
  type DueCadence,
  type DueUnknown,
  type Lead,
  type ProgressUpdate,
  type DeliveryPlanAction,
} from "./deliveryPlanAction.js";
export {
  RecordingBreakKindSchema,
  RowSelectionSchema,
  RecordingBreakSchema,
  parseRecordingBreaks,
  safeParseRecordingBreaks,
  type RecordingBreak,
  type RecordingBreakKind,
  type RecordingBreakSource,
  type RowSelection,
} from "./recordingBreak.js";
export {
  IncidentMeasureSchema,
  IncidentCountSchema,
  parseIncidentCount,
  safeParseIncidentCount,
  type IncidentMeasure,
  type IncidentCount,
} from "./incidentCount.js";
export { YouthJusticeRecordSchema, parseYouthJusticeRecord, safeParseYouthJusticeRecord, type YouthJusticeRecord } from "./youthJusticeRecord.js";
export { SurveyResultSchema, parseSurveyResult, safeParseSurveyResult, type SurveyResult } from "./surveyResult.js";
export { ServiceVolumeSchema, parseServiceVolume, safeParseServiceVolume, type ServiceVolume } from "./serviceVolume.js";
export { LocalKindSchema, type LocalKind } from "./localKind.js";
export { localLayout, type LocalLayout, type LocalColumn } from "./localLayout.js";
export { localRowFromCsv, type LocalRowTypes } from "./localRowFromCsv.js";
export { localKindOf } from "./localKindOf.js";
export { toJSONSchema, type JsonSchema, type SchemaName } from "./toJSONSchema.js";
