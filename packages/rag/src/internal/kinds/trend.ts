import type { RagResult, RuleInput, TrendInput } from "../../evaluate.js";
import type { TrendOutcome } from "@crimestats/benchmark";
import type { ColourMap, TrendAssessment, TrendRule } from "../../types.js";
import { optionalOneOf, optionalString, periodText, requireObject, verdict } from "../common.js";
import { colourOf } from "../colourMap.js";

/** The default colours of a trend with a polarity. */
const DEFAULT_TREND_COLOURS: ColourMap<TrendAssessment> = {
  green: ["improving"],
  amber: ["no-significant-change"],
  red: ["worsening"],
};

/** Words for the `TrendNotCalculatedCode` codes of `@crimestats/benchmark`. */
const TREND_REASONS: Readonly<Record<string, string>> = {
  "too-few-points": "too few points",
  "no-interval": "no confidence interval",
  "zero-width-interval": "a confidence interval of zero width",
  "no-count": "no count",
  "no-variation": "no variation",
};

const DIRECTIONS: readonly TrendOutcome[] = ["increasing", "decreasing", "no-significant-change", "cannot-be-calculated"];

export function evaluateTrend(rule: TrendRule, raw: RuleInput, path: string): RagResult {
  const input = requireObject(raw, path, "a trend input { outcome, what?, period? }") as unknown as TrendInput;
  const direction = input.outcome;
  optionalOneOf(direction, DIRECTIONS, `${path}.outcome`);
  const what = optionalString(input.what, `${path}.what`);
  const period = periodText(input.period, `${path}.period`);
  const subject = `the trend${what === undefined ? "" : ` in ${what}`}${period === undefined ? "" : ` over ${period}`}`;
  if (direction === null || direction === undefined) {
    const about = `${what === undefined ? "" : ` for ${what}`}${period === undefined ? "" : ` over ${period}`}`;
    return verdict("not-rated", "missing-value", `no trend was given${about}`, rule, raw);
  }
  if (direction === "cannot-be-calculated") {
    const why = optionalString(input.code === null ? undefined : input.code, `${path}.code`);
    const words = why === undefined ? "" : ` (${TREND_REASONS[why] ?? why})`;
    return verdict("not-rated", "not-compared", `${subject} cannot be calculated${words}`, rule, raw);
  }
  let assessment: TrendAssessment = direction;
  let description: string = direction === "no-significant-change" ? "shows no significant change" : `is ${direction}`;
  if (rule.polarity !== "no-judgement" && direction !== "no-significant-change") {
    const good = (direction === "decreasing") === (rule.polarity === "lower-is-better");
    assessment = good ? "improving" : "worsening";
    description += ` (${assessment}, as ${rule.polarity === "lower-is-better" ? "lower" : "higher"} is better)`;
  }
  const sentence = `${subject} ${description}`;
  const colours = rule.colours ?? (rule.polarity === "no-judgement" ? {} : DEFAULT_TREND_COLOURS);
  const colour = colourOf(colours, assessment);
  if (colour === null) {
    return verdict("not-rated", "unmapped", `${sentence}, and the rule gives "${assessment}" no colour`, rule, raw);
  }
  return verdict(colour, "mapped", sentence, rule, raw);
}
