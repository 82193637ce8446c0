import { describeValue } from "@crimestats/internal";
import { isMonthKey } from "@crimestats/periods";
import { RagError } from "./RagError.js";
import type { ActionRow, RagResult, RuleInput } from "./evaluate.js";
import { STATUSES } from "./internal/checkResult.js";
import { optionalString, ragResult, requireObject } from "./internal/common.js";
import { evaluateChecked } from "./internal/dispatch.js";
import { checkRuleSet } from "./internal/checkRule.js";
import { issuesToError } from "./internal/issues.js";
import { evaluateAction } from "./internal/kinds/action.js";
import { statusWord } from "./internal/format.js";
import type { ActionRule, RagStatus, Rule, RuleSet } from "./types.js";

/** A measure of a delivery plan and the data to rate it with. */
export interface PlanMeasure {
  /** Identifier, unique within the plan. */
  readonly id: string;
  /** The measure as written, e.g. "Burglaries are reduced compared to the same period in the last 12 months". */
  readonly title?: string;
  /** The id of the rule (in the rule set) that rates it. */
  readonly rule: string;
  /** The input for that rule. */
  readonly input: RuleInput;
  /**
   * A rating set by hand, which replaces the rule's verdict (Harrow Delivery Plans 2018/19 and 2019/20: keep a manual override
   * alongside any computed rating). The rule's verdict is still computed and kept in `computed`.
   */
  readonly override?: ManualOverride;
}

/** A rating set by hand, with the sentence that explains it. */
export interface ManualOverride {
  /** The rating. */
  readonly status: RagStatus;
  /** Why, in words (required: an override must explain itself too). */
  readonly explanation: string;
}

/** An action row of a delivery plan. */
export interface PlanAction extends ActionRow {
  /** Identifier, unique within the plan. */
  readonly id: string;
  /** The action as written. */
  readonly title?: string;
  /** The id of an `action` rule in the rule set; default `options.actionRule`, else `{ kind: "action" }`. */
  readonly rule?: string;
}

/** A priority (strategic objective) of a delivery plan with its measures and actions. */
export interface PlanPriority {
  /** Identifier, e.g. `"HV1"`. */
  readonly id: string;
  /** Name, e.g. `"Burglary"`. */
  readonly title?: string;
  /** Its measures. */
  readonly measures?: readonly PlanMeasure[];
  /** Its actions. */
  readonly actions?: readonly PlanAction[];
}

/** A delivery plan to rate. */
export interface DeliveryPlanInput {
  /** The month the ratings are made in, `"YYYY-MM"` (decides what is overdue or stale). */
  readonly asOf: string;
  /** The priorities, in order. */
  readonly priorities: readonly PlanPriority[];
}

/** Options of {@link evaluatePlan}. */
export interface EvaluatePlanOptions {
  /** The id of the `action` rule for actions that name none (default: `{ kind: "action" }`). */
  readonly actionRule?: string;
}

/** The rating of one measure or action of a plan. */
export interface PlanItemResult {
  /** The priority's id. */
  readonly priority: string;
  /** Whether the item is a measure or an action. */
  readonly item: "measure" | "action";
  /** The item's id. */
  readonly id: string;
  /** The item's title, if it has one. */
  readonly title?: string;
  /** The id of the rule used, or `null` for the built-in `{ kind: "action" }`. */
  readonly ruleId: string | null;
  /** The verdict: the rule's, or the manual override's when there is one. */
  readonly result: RagResult;
  /** The rule's own verdict (the same object as `result` unless a manual override replaced it). */
  readonly computed: RagResult;
}

/** The ratings of a whole plan. */
export interface EvaluatePlanResult {
  /** The month the ratings were made in. */
  readonly asOf: string;
  /** Every measure and action, priority by priority, measures before actions. */
  readonly items: readonly PlanItemResult[];
}

const DEFAULT_ACTION_RULE: ActionRule = { kind: "action" };

/**
 * Rates every measure and action of a delivery plan with a rule set: each measure with the rule it
 * names, each action with its `action` rule (as of `plan.asOf`).
 *
 * @param plan - The plan: `asOf` and priorities with measures and actions.
 * @param rules - A rule set, validated as `RuleSetSchema` validates it (without needing zod in the bundle).
 * @param options - Which `action` rule actions use by default.
 * @returns The verdict of every item, in plan order.
 * @throws {@link RagError} `invalid-rule` for a bad rule set; `unknown-rule` when an item names a rule
 * the set lacks; `wrong-rule-kind` when an action names a rule that is not an `action` rule;
 * `invalid-argument` for a malformed plan or item input (the message names its path, e.g.
 * `plan.priorities[0].measures[1].input.title`), or the code of the fault (`invalid-number`,
 * `invalid-count`, …) as {@link evaluate} gives it; `invalid-month` when `plan.asOf` is not a
 * `"YYYY-MM"` month; `invalid-option` when `options` is not an object or `options.actionRule` is not
 * text.
 * @example
 * ```ts
 * const rules = parseRules({ rules: [{ id: "burglary", kind: "target", polarity: "lower-is-better", target: 2147, amber: { percent: 2 } }] });
 * const plan = {
 *   asOf: "2019-03",
 *   priorities: [{
 *     id: "HV1",
 *     measures: [{ id: "HV1-m1", rule: "burglary", input: { value: 2100 } }],
 *     actions: [{ id: "HV1-a1", lifecycle: "complete" as const }],
 *   }],
 * };
 * evaluatePlan(plan, rules).items.map((i) => i.result.status);
 * //=> ["green", "green"]
 * ```
 */
export function evaluatePlan(plan: DeliveryPlanInput, rules: RuleSet, options?: EvaluatePlanOptions): EvaluatePlanResult {
  if (options !== undefined && (options === null || typeof options !== "object" || Array.isArray(options))) {
    throw new RagError("invalid-option", `options is ${describeValue(options)}; expected an options object { actionRule }.`, {
      path: "options",
      value: options,
    });
  }
  const opts: EvaluatePlanOptions = options ?? {};
  const issues = checkRuleSet(rules);
  if (issues.length > 0) throw issuesToError("rule set", rules, issues);
  const byId = new Map<string, Rule>();
  for (const rule of rules.rules) byId.set(rule.id!, rule);
  const find = (id: string, path: string): Rule => {
    const rule = byId.get(id);
    if (rule === undefined) {
      throw new RagError(
        "unknown-rule",
        `${path} is "${id}", which is not the id of any rule in the rule set; expected one of ${[...byId.keys()].map((k) => `"${k}"`).join(", ") || "(none)"}.`,
        {
          path,
          value: id,
        },
      );
    }
    return rule;
  };
  const actionRuleFor = (id: unknown, path: string): ActionRule => {
    if (id === undefined) return DEFAULT_ACTION_RULE;
    if (typeof id !== "string") {
      throw new RagError(
        path.startsWith("options.") ? "invalid-option" : "invalid-argument",
        `${path} is ${describeValue(id)}; expected the id of an action rule.`,
        { path, value: id },
      );
    }
    const rule = find(id, path);
    if (rule.kind !== "action") {
      throw new RagError("wrong-rule-kind", `${path} is "${id}", a ${rule.kind} rule; expected the id of an action rule.`, {
        path,
        value: id,
        kind: rule.kind,
      });
    }
    return rule;
  };
  const priorities: unknown = (plan as Partial<DeliveryPlanInput> | null)?.priorities;
  if (!Array.isArray(priorities)) {
    throw new RagError("invalid-argument", "plan.priorities is missing; expected an array of priorities.", { path: "plan.priorities", value: plan });
  }
  if (!isMonthKey(plan.asOf)) {
    throw new RagError("invalid-month", `plan.asOf is ${describeValue(plan.asOf)}; expected the month of the ratings, "YYYY-MM".`, {
      path: "plan.asOf",
      value: plan.asOf,
    });
  }
  const defaultActionRule = actionRuleFor(opts.actionRule, "options.actionRule");
  const items: PlanItemResult[] = [];
  Array.from(priorities as readonly unknown[]).forEach((raw, p) => {
    const base = `plan.priorities[${p}]`;
    const priority = requireObject(raw, base, "a priority { id, measures, actions }") as unknown as PlanPriority;
    requireString(priority.id, `${base}.id`, "the priority's id");
    listOf(priority.measures, `${base}.measures`, "measures").forEach((rawMeasure, m) => {
      const path = `${base}.measures[${m}]`;
      const measure = requireObject(rawMeasure, path, "a measure { id, rule, input }") as unknown as PlanMeasure;
      requireString(measure.id, `${path}.id`, "the measure's id");
      optionalString(measure.title, `${path}.title`);
      if (typeof measure.rule !== "string") {
        throw new RagError("invalid-argument", `${path}.rule is ${describeValue(measure.rule)}; expected a rule id.`, {
          path: `${path}.rule`,
          value: measure.rule,
        });
      }
      const rule = find(measure.rule, `${path}.rule`);
      const computed = evaluateInput(rule, measure.input, `${path}.input`);
      items.push({
        priority: priority.id,
        item: "measure",
        id: measure.id,
        ...(measure.title === undefined ? {} : { title: measure.title }),
        ruleId: measure.rule,
        result: measure.override === undefined ? computed : overridden(measure.override, computed, `${path}.override`),
        computed,
      });
    });
    listOf(priority.actions, `${base}.actions`, "actions").forEach((rawAction, a) => {
      const path = `${base}.actions[${a}]`;
      const action = requireObject(rawAction, path, "an action { id, lifecycle, … }") as unknown as PlanAction;
      requireString(action.id, `${path}.id`, "the action's id");
      optionalString(action.title, `${path}.title`);
      const rule = action.rule === undefined ? defaultActionRule : actionRuleFor(action.rule, `${path}.rule`);
      const ruleId = action.rule ?? opts.actionRule ?? null;
      const result = evaluateAction(rule, { action, asOf: plan.asOf }, "plan", path);
      items.push({
        priority: priority.id,
        item: "action",
        id: action.id,
        ...(action.title === undefined ? {} : { title: action.title }),
        ruleId,
        result,
        computed: result,
      });
    });
  });
  return { asOf: plan.asOf, items };
}

/** An id or other required text; anything else is an input error. */
function requireString(value: unknown, path: string, what: string): void {
  if (typeof value !== "string") {
    throw new RagError("invalid-argument", `${path} is ${describeValue(value)}; expected ${what} as text.`, { path, value });
  }
}

/** A list of items: missing is none, anything else not an array is an input error. */
function listOf(value: unknown, path: string, what: string): readonly unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw new RagError("invalid-argument", `${path} is ${describeValue(value)}; expected an array of ${what}.`, { path, value });
  }
  return Array.from(value as unknown[]); // a hole is an item left out: reported, not skipped
}

/** The verdict of a manual override, which keeps the rule's verdict in its explanation. */
function overridden(override: ManualOverride, computed: RagResult, path: string): RagResult {
  if (override === null || typeof override !== "object" || !STATUSES.includes(override.status)) {
    throw new RagError(
      "invalid-argument",
      `${path}.status is ${describeValue((override as Partial<ManualOverride> | null)?.status)}; expected one of "red", "amber", "green", "not-rated".`,
      { path: `${path}.status`, value: (override as Partial<ManualOverride> | null)?.status },
    );
  }
  if (typeof override.explanation !== "string" || override.explanation.trim() === "") {
    throw new RagError("invalid-argument", `${path}.explanation is ${describeValue(override.explanation)}; expected a sentence explaining the override.`, {
      path: `${path}.explanation`,
      value: override.explanation,
    });
  }
  const word = statusWord(override.status);
  return ragResult({
    status: override.status,
    complete: false,
    code: "override",
    explanation: `${word} (set by hand): ${override.explanation}; the rule gives ${computed.explanation}`,
    rule: computed.rule,
    inputs: computed.inputs,
  });
}

function evaluateInput(rule: Rule, input: RuleInput, path: string): RagResult {
  if (input === null || typeof input !== "object") {
    throw new RagError("invalid-argument", `${path} is ${describeValue(input)}; expected an object (an array for a composite rule).`, { path, value: input });
  }
  return evaluateChecked(rule, input, path);
}
