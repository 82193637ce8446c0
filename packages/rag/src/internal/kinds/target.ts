import { RagError } from "../../RagError.js";
import type { RagResult, RuleInput, TargetInput } from "../../evaluate.js";
import type { TargetRule } from "../../types.js";
import { bandText, bandWidth, classifyGap } from "../band.js";
import { context, forContext, optionalNumber, optionalString, periodText, requireObject, verdict } from "../common.js";
import { formatPercent, formatValue } from "../format.js";
import { type Rational, abs, cmp, div, fromNumber, HUNDRED, mul, sign, sub, ZERO } from "../rational.js";
import { toNumber } from "../rationalNumber.js";

/** "is 4.3% above the target of 2,147" (or "is on the target of 2,147"). */
export function differenceText(value: Rational, reference: Rational, referenceText: string, decimals: number | undefined): string {
  const diff = sub(value, reference);
  if (sign(diff) === 0) return `is on ${referenceText}`;
  const side = sign(diff) > 0 ? "above" : "below";
  if (cmp(reference, ZERO) === 0) return `is ${formatValue(toNumber(abs(diff)), decimals)} ${side} ${referenceText}`;
  const percent = toNumber(div(mul(abs(diff), HUNDRED), abs(reference)));
  // A percentage beyond the range of a double (a tiny reference) or one that shows as 0.0% says
  // nothing: the difference itself is shown instead.
  const shown = Number.isFinite(percent) ? formatPercent(percent) : "0.0%";
  if (shown === "0.0%") return `is ${formatValue(toNumber(abs(diff)), decimals)} ${side} ${referenceText}`;
  return `is ${shown} ${side} ${referenceText}`;
}

export function evaluateTarget(rule: TargetRule, raw: RuleInput, path: string): RagResult {
  const input = requireObject(raw, path, "a target input { value, target?, what?, period? }") as unknown as TargetInput;
  const value = optionalNumber(input.value, `${path}.value`);
  const inputTarget = optionalNumber(input.target, `${path}.target`);
  const what = optionalString(input.what, `${path}.what`);
  const period = periodText(input.period, `${path}.period`);
  if (rule.target !== undefined && inputTarget !== null && inputTarget !== rule.target) {
    throw new RagError(
      "conflicting-target",
      `${path}.target is ${inputTarget} but the rule's target is ${rule.target}; expected the target in one place, or the same value in both.`,
      { path: `${path}.target`, value: inputTarget, ruleTarget: rule.target },
    );
  }
  const target = rule.target ?? inputTarget;
  const band = bandText(rule.amber);
  if (value === null) {
    const against = target === null ? "a target" : `the target of ${formatValue(target, rule.decimals)}`;
    return verdict("not-rated", "missing-value", `no value${forContext(what, period)}, so it cannot be compared with ${against}`, rule, raw);
  }
  const subject = `${formatValue(value, rule.decimals)}${context(what, period)}`;
  if (target === null) {
    return verdict("not-rated", "missing-target", `${subject} has no target to be compared with`, rule, raw);
  }
  const v = fromNumber(value);
  const t = fromNumber(target);
  const gap = rule.polarity === "lower-is-better" ? sub(v, t) : sub(t, v);
  const where = classifyGap(gap, bandWidth(rule.amber, t));
  const status = where === "met" ? "green" : where === "within-band" ? "amber" : "red";
  const sentence = `${subject} ${differenceText(v, t, `the target of ${formatValue(target, rule.decimals)}`, rule.decimals)}${band}`;
  return verdict(status, where, sentence, rule, raw);
}
