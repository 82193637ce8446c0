export { RagError, type RagErrorCode } from "./RagError.js";
export type {
  ActionRule,
  AmberBand,
  BenchmarkRule,
  ChangeRule,
  ColourMap,
  CombineMethod,
  CompositeRule,
  JudgedPolarity,
  RagColour,
  RagStatus,
  RatedBenchmarkOutcome,
  Rule,
  RuleBase,
  RuleSet,
  SignificanceRequirement,
  TargetRule,
  TrendAssessment,
  TrendRule,
} from "./types.js";
export { RuleSchema, RuleSetSchema } from "./ruleSchema.js";
export { ruleJsonSchemas, type RuleSchemaName } from "./ruleJsonSchemas.js";
export { parseRule } from "./parseRule.js";
export { parseRules } from "./parseRules.js";
export {
  evaluate,
  type ActionInput,
  type ActionDue,
  type ActionRow,
  type BenchmarkInput,
  type ChangeInput,
  type CompositeInput,
  type MeasureContext,
  type PeriodLike,
  type ActionProgress,
  type RagResultCode,
  type RagResult,
  type RuleInput,
  type TargetInput,
  type TrendInput,
} from "./evaluate.js";
export {
  evaluatePlan,
  type DeliveryPlanInput,
  type EvaluatePlanOptions,
  type EvaluatePlanResult,
  type ManualOverride,
  type PlanAction,
  type PlanItemResult,
  type PlanMeasure,
  type PlanPriority,
} from "./evaluatePlan.js";
export { summarise, type PrioritySummary, type StatusCounts, type SummariseResult } from "./summarise.js";
export { actionScheme, bragScheme, measureScheme, standardScheme, type RagScheme, type RagSchemeEntry } from "./schemes.js";
export { parseRagScheme } from "./parseRagScheme.js";
export { presentRating, type RagPresentation } from "./presentRating.js";
