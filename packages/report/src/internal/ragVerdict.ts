import { describeValue, formatNumber } from "@crimestats/internal";
import { evaluate, measureScheme, presentRating, type ChangeRule, type RagResult, type RagScheme, type TargetRule } from "@crimestats/rag";
import type { Target } from "@crimestats/schema";
import { ReportError } from "../ReportError.js";
import type { PriorityInput } from "../strategicAssessment.js";
import type { PeriodFigures, RagVerdict } from "../types.js";

/** A rule with the words of the measure it rates. */
interface MeasureRule {
  readonly rule: ChangeRule | TargetRule;
  readonly measure: string;
  /** The rule's own words, `null` when it has none (the measure is then made from the rule). */
  readonly words: RagVerdict["ruleWords"];
}

/** "Burglary" → "Burglary offences"; "All offences" stays. */
export function offencesOf(name: string): string {
  return /offences$/i.test(name) ? name : `${name} offences`;
}

/**
 * The rule of a strategy target: `same-period-last-year` → a change rule; `value` → a target rule;
 * `percent-reduction` → a target rule at the baseline's count less the percentage (the baseline
 * period's count when the counts hold it, else the previous period's); `range` is not rated (no
 * rule of @crimestats/rag rates a range), nor is a target of an indicator without a judged polarity.
 * The measure is the target's own words when it has them.
 */
function targetRule(
  priority: PriorityInput,
  target: Target,
  countIn: (first: string, last: string) => number | null,
  previousCount: number | null,
  notes: string[],
): MeasureRule | null {
  const polarity = priority.polarity ?? "lower-is-better";
  const what = offencesOf(priority.name);
  if (polarity === "no-judgement" || target.kind === "range") {
    notes.push(
      `${priority.name}: its target${target.description === undefined ? "" : ` "${target.description}"`} is not rated here (${polarity === "no-judgement" ? "the indicator has no better direction" : "a range target is not rated"}).`,
    );
    return null;
  }
  const words = target.description?.trim() || undefined;
  const own = words === undefined ? null : { title: null, description: words };
  if (target.kind === "same-period-last-year") {
    return {
      rule: { kind: "change", polarity },
      measure: words ?? `${what} ${polarity === "higher-is-better" ? "higher" : "lower"} than in the same period a year earlier`,
      words: own,
    };
  }
  if (target.kind === "value") {
    return {
      rule: { kind: "target", polarity, target: target.value },
      measure: words ?? `${what} ${polarity === "higher-is-better" ? "at or above" : "at or below"} ${formatNumber(target.value, 2, { trim: true })}`,
      words: own,
    };
  }
  const baseline = target.baseline === undefined ? null : countIn(target.baseline.first, target.baseline.last);
  if (baseline === null && previousCount === null) {
    // A single-period assessment has no year earlier to measure the reduction against.
    notes.push(
      `${priority.name}: its target${target.description === undefined ? "" : ` "${target.description}"`} is not rated here (${target.baseline === undefined ? "the reduction is measured against the same period a year earlier, which the data do not hold" : `the baseline of its target (${target.baseline.label}) is outside the counts`}).`,
    );
    return null;
  }
  if (target.baseline !== undefined && baseline === null) {
    notes.push(
      `${priority.name}: the baseline of its target (${target.baseline.label}) is outside the counts, so the reduction is measured against the same period a year earlier.`,
    );
  }
  const base = baseline ?? previousCount ?? 0;
  return {
    rule: { kind: "target", polarity: "lower-is-better", target: base * (1 - target.percent / 100) },
    measure: words ?? `${what} reduced by ${formatNumber(target.percent, 2, { trim: true })}%`,
    words: own,
  };
}

/** The words of a caller's rule: its title, else its description, else the rule in words. */
function ruleWords(priority: PriorityInput, rule: ChangeRule | TargetRule): string {
  const own = rule.title?.trim() || rule.description?.trim();
  if (own) return own;
  const what = offencesOf(priority.name);
  return rule.kind === "target"
    ? `${what} ${rule.polarity === "higher-is-better" ? "at or above" : "at or below"} the target${rule.target === undefined ? "" : ` of ${formatNumber(rule.target, 2, { trim: true })}`}`
    : `${what} ${rule.polarity === "higher-is-better" ? "higher" : "lower"} than in the same period a year earlier`;
}

/**
 * The RAG verdict of a priority, or `null` when no rule applies: the rule the caller's `ragRule`
 * returns, else (when it returns `null` or there is none) the first target the strategy sets on
 * the priority's indicator.
 * There is no default rule. Presented with `measureScheme` of @crimestats/rag unless a scheme is given.
 */
export function ragVerdict(
  priority: PriorityInput & { readonly targets?: readonly Target[] },
  options: {
    readonly ragRule: ((priority: PriorityInput) => ChangeRule | TargetRule | null) | undefined;
    readonly ragScheme: RagScheme | undefined;
    /** The previous period's figures, `null` in a single-period assessment (a change rule is then not rated, with the reason). */
    readonly previous: PeriodFigures | null;
    readonly current: PeriodFigures;
    readonly periods: { readonly previous: string | null; readonly current: string };
    readonly countIn: (first: string, last: string) => number | null;
    readonly notes: string[];
  },
): RagVerdict | null {
  let chosen: MeasureRule | null = null;
  const given = options.ragRule === undefined ? null : options.ragRule(priority);
  if (given !== null) {
    if (typeof given !== "object" || (given.kind !== "change" && given.kind !== "target")) {
      throw new ReportError(
        "invalid-argument",
        `strategicAssessment: the ragRule of priority "${priority.id}" returned ${describeValue(given)}: expected a change or target rule of @crimestats/rag, or null.`,
        { priority: priority.id },
      );
    }
    const title = given.title?.trim() || null;
    const description = given.description?.trim() || null;
    chosen = { rule: given, measure: ruleWords(priority, given), words: title === null && description === null ? null : { title, description } };
  } else if (priority.targets !== undefined && priority.targets.length > 0) {
    chosen = targetRule(priority, priority.targets[0] as Target, options.countIn, options.previous?.count ?? null, options.notes);
  }
  if (chosen === null) return null;
  const { rule, measure, words } = chosen;
  const what = offencesOf(priority.name).toLowerCase();
  const { previous, periods } = options;
  const result: Pick<RagResult, "status" | "complete" | "explanation"> =
    rule.kind === "target"
      ? evaluate(rule, { value: options.current.count, what, period: periods.current })
      : previous === null || periods.previous === null
        ? // A change rule needs the same period a year earlier: without it the measure is not rated, and says why.
          {
            status: "not-rated",
            complete: false,
            explanation: `Not rated: the rule measures a change in ${what} from a year earlier, and the data hold no year before ${periods.current}.`,
          }
        : evaluate(rule, {
            current: { count: options.current.count, population: options.current.population },
            previous: { count: previous.count, population: previous.population },
            what,
            currentPeriod: periods.current,
            previousPeriod: periods.previous,
          });
  const shown = presentRating(result, options.ragScheme ?? measureScheme);
  // A change rule not rated for want of a year earlier: its measure in words that name no period the document lacks.
  const unrated = rule.kind === "change" && previous === null;
  return {
    rating: result.status,
    label: shown.label,
    symbol: shown.symbol,
    colour: shown.colour,
    textColour: shown.textColour,
    definition: shown.definition,
    explanation: result.explanation,
    measure: unrated && words === null ? measure.replace(" than in the same period a year earlier", " than a year earlier") : measure,
    ruleWords: words,
  };
}
