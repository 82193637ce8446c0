import { describeValue } from "@crimestats/internal";
import { RagError } from "../../RagError.js";
import type { CountAndPopulation } from "@crimestats/rates";
import type { ChangeInput, RagResult, RuleInput } from "../../evaluate.js";
import type { ChangeRule } from "../../types.js";
import { bandText, bandWidth, classifyGap } from "../band.js";
import { forContext, optionalString, periodText, requireObject, verdict } from "../common.js";
import { formatValue } from "../format.js";
import { type Rational, div, fromNumber, mul, sign, sub } from "../rational.js";
import { toNumber } from "../rationalNumber.js";
import { type Side, counted, significanceOf } from "../significance.js";
import { differenceText } from "./target.js";

function readSide(value: unknown, path: string): Side | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw new RagError("invalid-number", `${path} is ${value}; expected a finite number, or null for missing data.`, {
        path,
        value,
      });
    }
    return { form: "value", value };
  }
  if (typeof value === "object" && !Array.isArray(value)) {
    const { count, population } = value as Partial<CountAndPopulation>;
    if (typeof count !== "number" || !Number.isFinite(count) || count < 0) {
      throw new RagError("invalid-count", `${path}.count is ${describeValue(count)}; expected a finite number of zero or more.`, {
        path: `${path}.count`,
        value: count,
      });
    }
    if (typeof population !== "number" || !Number.isFinite(population) || population <= 0) {
      throw new RagError("invalid-population", `${path}.population is ${describeValue(population)}; expected a finite number greater than zero.`, {
        path: `${path}.population`,
        value: population,
      });
    }
    return { form: "rate", count, population };
  }
  throw new RagError("invalid-argument", `${path} is ${describeValue(value)}; expected a number, { count, population }, or null for missing data.`, {
    path,
    value,
  });
}

const THOUSAND = fromNumber(1000);

/** The compared quantity, exactly: the value, or count ÷ population × 1,000. */
function exact(side: Side): Rational {
  return side.form === "value" ? fromNumber(side.value) : div(mul(fromNumber(side.count), THOUSAND), fromNumber(side.population));
}

export function evaluateChange(rule: ChangeRule, raw: RuleInput, path: string): RagResult {
  const input = requireObject(raw, path, "a change input { current, previous, what?, currentPeriod?, previousPeriod? }") as unknown as ChangeInput;
  const current = readSide(input.current, `${path}.current`);
  const previous = readSide(input.previous, `${path}.previous`);
  const what = optionalString(input.what, `${path}.what`);
  const period = periodText(input.currentPeriod, `${path}.currentPeriod`);
  const previousPeriod = periodText(input.previousPeriod, `${path}.previousPeriod`) ?? "the same period last year";
  if (current === null || previous === null) {
    const missing = current === null && previous === null ? "either period" : current === null ? "this period" : previousPeriod;
    return verdict(
      "not-rated",
      "missing-value",
      `no value for ${missing}${forContext(what, current === null ? period : undefined)}, so the change cannot be assessed`,
      rule,
      raw,
    );
  }
  if (current.form !== previous.form) {
    throw new RagError(
      "invalid-argument",
      `${path}.current and ${path}.previous are in different forms (${current.form} and ${previous.form}); expected two numbers or two { count, population }.`,
      { path, value: raw },
    );
  }
  // Checked up front, so that whether an input is accepted does not depend on the verdict.
  const counts =
    rule.significance === undefined
      ? undefined
      : {
          previous: counted(previous, `${path}.previous${previous.form === "rate" ? ".count" : ""}`),
          current: counted(current, `${path}.current${current.form === "rate" ? ".count" : ""}`),
          confidence: rule.significance.confidence,
        };
  const isRate = current.form === "rate";
  const decimals = rule.decimals ?? (isRate ? 2 : undefined);
  const c = exact(current);
  const p = exact(previous);
  const shown = (r: Rational, side: Side) => formatValue(side.form === "value" ? side.value : toNumber(r), decimals);
  const unit = isRate ? " per 1,000 population" : "";
  const subject = `${shown(c, current)}${what === undefined ? "" : ` ${what}`}${unit}${period === undefined ? "" : ` in ${period}`}`;
  const sentence = `${subject} ${differenceText(c, p, `${shown(p, previous)} in ${previousPeriod}`, decimals)}${bandText(rule.amber, isRate ? " per 1,000" : "")}`;
  const gap = rule.polarity === "lower-is-better" ? sub(c, p) : sub(p, c);
  if (sign(gap) === 0) return verdict("amber", "no-improvement", sentence, rule, raw);
  const where = classifyGap(gap, bandWidth(rule.amber, p));
  const status = where === "met" ? "green" : where === "within-band" ? "amber" : "red";
  if (counts !== undefined && status !== "amber") {
    const { significant, text } = significanceOf(counts.previous, counts.current, counts.confidence);
    if (!significant) return verdict("amber", "not-significant", `${sentence}; ${text}`, rule, raw);
    return verdict(status, where, `${sentence}; ${text}`, rule, raw);
  }
  return verdict(status, where, sentence, rule, raw);
}
