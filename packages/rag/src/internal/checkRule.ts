/**
 * The rule schema as plain code, for {@link evaluate}: it accepts exactly what `RuleSchema` (zod)
 * accepts — a test holds the two to that — so that evaluating a rule does not need zod in the
 * bundle. `parseRule` and `parseRules` keep the zod schema, whose messages are the reference.
 */

import {
  COLOURS,
  COMBINE_METHODS,
  JUDGED_POLARITIES,
  JUDGED_TREND,
  MANUAL_RATINGS,
  MAX_BAND_PERCENT,
  POLARITIES,
  RATED_BENCHMARK_OUTCOMES,
  TREND_ASSESSMENTS,
  UNJUDGED_TREND,
} from "./ruleVocabulary.js";

/** A problem found, in the shape of a zod issue, so that `issuesToError` words both alike. */
export interface RuleIssue {
  readonly code: "custom" | "unrecognized_keys";
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
}

type Issues = RuleIssue[];
type Path = readonly PropertyKey[];

const KINDS = ["target", "change", "benchmark", "trend", "action", "composite"] as const;
const BASE = ["id", "title", "description"];
const KEYS: Readonly<Record<(typeof KINDS)[number], readonly string[]>> = {
  target: [...BASE, "kind", "polarity", "target", "amber", "decimals"],
  change: [...BASE, "kind", "polarity", "amber", "significance", "decimals"],
  benchmark: [...BASE, "kind", "colours"],
  trend: [...BASE, "kind", "polarity", "colours"],
  action: [...BASE, "kind", "manualRating", "staleAfterMonths"],
  composite: [...BASE, "kind", "combine", "rules"],
};

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function quoted(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(", ");
}

function push(issues: Issues, path: Path, message: string): void {
  issues.push({ code: "custom", path, message });
}

/** A strict object: reports keys it does not define. */
function strict(value: Record<string, unknown>, known: readonly string[], path: Path, issues: Issues): void {
  const unknown = Object.keys(value).filter((k) => !known.includes(k));
  if (unknown.length > 0) issues.push({ code: "unrecognized_keys", path, message: "Unrecognized key", keys: unknown });
}

function optionalText(value: unknown, path: Path, issues: Issues, minLength = 0): void {
  if (value === undefined) return;
  if (typeof value !== "string") push(issues, path, "a value of type string");
  else if (value.length < minLength) push(issues, path, `at least ${minLength} character(s)`);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function oneOf(value: unknown, allowed: readonly string[], path: Path, issues: Issues): boolean {
  if (typeof value === "string" && allowed.includes(value)) return true;
  push(issues, path, `one of ${quoted(allowed)}`);
  return false;
}

function optionalInt(value: unknown, min: number, max: number | undefined, path: Path, issues: Issues): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isSafeInteger(value)) push(issues, path, "a whole number");
  else if (value < min) push(issues, path, `a number >= ${min}`);
  else if (max !== undefined && value > max) push(issues, path, `a number <= ${max}`);
}

function amberBand(value: unknown, path: Path, issues: Issues): void {
  if (value === undefined) return;
  if (!isObject(value)) {
    push(issues, path, "a value of type object");
    return;
  }
  const before = issues.length;
  const { absolute, percent } = value;
  if (absolute !== undefined) {
    if (!isFiniteNumber(absolute)) push(issues, [...path, "absolute"], "a value of type number");
    else if (absolute < 0) push(issues, [...path, "absolute"], "a tolerance of 0 or more");
  }
  if (percent !== undefined) {
    if (!isFiniteNumber(percent)) push(issues, [...path, "percent"], "a value of type number");
    else if (percent < 0) push(issues, [...path, "percent"], "a tolerance of 0 or more");
    else if (percent > MAX_BAND_PERCENT) {
      push(issues, [...path, "percent"], `at most ${MAX_BAND_PERCENT} (an amber band wider than ${MAX_BAND_PERCENT}% of the target is not allowed)`);
    }
  }
  strict(value, ["absolute", "percent"], path, issues);
  if (issues.length === before && (absolute === undefined) === (percent === undefined)) push(issues, path, 'exactly one of "absolute" or "percent"');
}

function colourMap(value: unknown, allowed: readonly string[], path: Path, issues: Issues): void {
  if (value === undefined) return;
  if (!isObject(value)) {
    push(issues, path, "a value of type object");
    return;
  }
  const before = issues.length;
  const seen = new Map<string, string>();
  const repeats: [string, number, string, string][] = [];
  for (const colour of COLOURS) {
    const list = value[colour];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      push(issues, [...path, colour], "a value of type array");
      continue;
    }
    Array.from(list as unknown[]).forEach((outcome, index) => {
      if (!oneOf(outcome, allowed, [...path, colour, index], issues)) return;
      const o = outcome as string;
      const first = seen.get(o);
      if (first !== undefined) repeats.push([colour, index, o, first]);
      else seen.set(o, `${colour}[${index}]`);
    });
  }
  strict(value, COLOURS, path, issues);
  if (issues.length === before) {
    for (const [colour, index, outcome, first] of repeats)
      push(issues, [...path, colour, index], `"${outcome}" mapped only once (it is already mapped at ${first})`);
  }
}

/** Checks one rule at `path`, adding what is wrong to `issues`. */
function checkAt(rule: unknown, path: Path, issues: Issues): void {
  if (!isObject(rule)) {
    push(issues, path, "a value of type object");
    return;
  }
  if (!oneOf(rule["kind"], KINDS, [...path, "kind"], issues)) return;
  const kind = rule["kind"] as (typeof KINDS)[number];
  optionalText(rule["id"], [...path, "id"], issues, 1);
  optionalText(rule["title"], [...path, "title"], issues);
  optionalText(rule["description"], [...path, "description"], issues);
  switch (kind) {
    case "target":
      oneOf(rule["polarity"], JUDGED_POLARITIES, [...path, "polarity"], issues);
      if (rule["target"] !== undefined && !isFiniteNumber(rule["target"])) push(issues, [...path, "target"], "a value of type number");
      amberBand(rule["amber"], [...path, "amber"], issues);
      optionalInt(rule["decimals"], 0, 6, [...path, "decimals"], issues);
      break;
    case "change": {
      oneOf(rule["polarity"], JUDGED_POLARITIES, [...path, "polarity"], issues);
      amberBand(rule["amber"], [...path, "amber"], issues);
      const significance = rule["significance"];
      if (significance !== undefined) {
        const at = [...path, "significance"];
        if (!isObject(significance)) push(issues, at, "a value of type object");
        else {
          const confidence = significance["confidence"];
          if (!isFiniteNumber(confidence)) push(issues, [...at, "confidence"], "a value of type number");
          else if (confidence <= 0) push(issues, [...at, "confidence"], "a confidence level above 0");
          else if (confidence >= 1) push(issues, [...at, "confidence"], "a confidence level below 1");
          strict(significance, ["confidence"], at, issues);
        }
      }
      optionalInt(rule["decimals"], 0, 6, [...path, "decimals"], issues);
      break;
    }
    case "benchmark":
      colourMap(rule["colours"], RATED_BENCHMARK_OUTCOMES, [...path, "colours"], issues);
      break;
    case "trend": {
      const polarityOk = oneOf(rule["polarity"], POLARITIES, [...path, "polarity"], issues);
      const before = issues.length;
      colourMap(rule["colours"], TREND_ASSESSMENTS, [...path, "colours"], issues);
      const colours = rule["colours"];
      if (polarityOk && issues.length === before && isObject(colours)) {
        const allowed: readonly string[] = rule["polarity"] === "no-judgement" ? UNJUDGED_TREND : JUDGED_TREND;
        for (const colour of COLOURS) {
          ((colours[colour] as string[] | undefined) ?? []).forEach((assessment, index) => {
            if (!allowed.includes(assessment)) {
              push(issues, [...path, "colours", colour, index], `one of ${quoted(allowed)} for polarity "${String(rule["polarity"])}"`);
            }
          });
        }
      }
      break;
    }
    case "action":
      if (rule["manualRating"] !== undefined) oneOf(rule["manualRating"], MANUAL_RATINGS, [...path, "manualRating"], issues);
      optionalInt(rule["staleAfterMonths"], 1, undefined, [...path, "staleAfterMonths"], issues);
      break;
    case "composite": {
      oneOf(rule["combine"], COMBINE_METHODS, [...path, "combine"], issues);
      const parts = rule["rules"];
      if (!Array.isArray(parts)) push(issues, [...path, "rules"], "a value of type array");
      else {
        Array.from(parts as unknown[]).forEach((part, index) => {
          checkAt(part, [...path, "rules", index], issues);
        });
        if (parts.length < 2) push(issues, [...path, "rules"], "at least 2 item(s)");
      }
      break;
    }
  }
  strict(rule, KEYS[kind], path, issues);
}

/** Everything that is wrong with a rule, as issues with JSON paths; none when `RuleSchema` accepts it. */
export function checkRule(rule: unknown): RuleIssue[] {
  const issues: Issues = [];
  checkAt(rule, [], issues);
  return issues;
}

/** Everything that is wrong with a rule set, as `RuleSetSchema` finds it; none when it accepts it. */
export function checkRuleSet(set: unknown): RuleIssue[] {
  const issues: Issues = [];
  if (!isObject(set)) {
    push(issues, [], "a value of type object");
    return issues;
  }
  const rules = set["rules"];
  if (!Array.isArray(rules)) push(issues, ["rules"], "a value of type array");
  else {
    Array.from(rules as unknown[]).forEach((rule, index) => {
      checkAt(rule, ["rules", index], issues);
    });
  }
  strict(set, ["rules"], [], issues);
  if (issues.length > 0) return issues;
  const seen = new Map<string, number>();
  (rules as Record<string, unknown>[]).forEach((rule, index) => {
    const id = rule["id"];
    if (id === undefined) {
      push(issues, ["rules", index, "id"], "an id (every rule of a rule set needs one)");
      return;
    }
    const first = seen.get(id as string);
    if (first !== undefined) push(issues, ["rules", index, "id"], `a unique id ("${String(id)}" is already used at $.rules[${first}].id)`);
    else seen.set(id as string, index);
  });
  return issues;
}
