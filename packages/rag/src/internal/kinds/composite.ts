import { describeValue } from "@crimestats/internal";
import { RagError } from "../../RagError.js";
import type { RagResult, RuleInput } from "../../evaluate.js";
import type { CompositeRule, RagStatus, Rule } from "../../types.js";
import { STATUSES } from "../checkResult.js";
import { ragResult } from "../common.js";
import { statusWord } from "../format.js";

type Evaluator = (rule: Rule, input: RuleInput, path: string) => RagResult;

/** Severity for worst-of / best-of among rated statuses. */
const SEVERITY: Readonly<Record<Exclude<RagStatus, "not-rated">, number>> = { green: 0, amber: 1, red: 2 };

function tally(parts: readonly RagResult[]): string {
  return STATUSES.map((s) => [s, parts.filter((p) => p.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(", ");
}

export function evaluateComposite(rule: CompositeRule, raw: RuleInput, path: string, evaluateOne: Evaluator): RagResult {
  if (!Array.isArray(raw) || raw.length !== rule.rules.length) {
    throw new RagError(
      "invalid-argument",
      `${path} is ${describeValue(raw)}; expected an array of ${rule.rules.length} inputs, one per part of the composite rule.`,
      { path, value: raw },
    );
  }
  const inputs = raw as readonly RuleInput[];
  const parts = rule.rules.map((part, i) => evaluateOne(part, inputs[i]!, `${path}[${i}]`));
  const rated = parts.filter((p) => p.status !== "not-rated");
  let status: RagStatus;
  let code: RagResult["code"] = "combined";
  let summary: string;
  const n = parts.length;
  switch (rule.combine) {
    case "worst-of":
      if (parts.some((p) => p.status === "red")) status = "red";
      else if (rated.length < n) status = "not-rated";
      else status = rated.reduce<RagStatus>((w, p) => (SEVERITY[p.status as "red"] > SEVERITY[w as "red"] ? p.status : w), "green");
      summary =
        status === "not-rated"
          ? `the worst of ${n} ratings cannot be given while a part is not rated (${tally(parts)})`
          : `the worst of ${n} ratings (${tally(parts)})`;
      break;
    case "best-of":
      // Green is the best whatever the missing parts say; anything else could be beaten by a
      // part that is not rated, so it cannot be given while one is missing.
      if (parts.some((p) => p.status === "green")) status = "green";
      else if (rated.length < n) status = "not-rated";
      else status = rated.reduce<RagStatus>((b, p) => (SEVERITY[p.status as "red"] < SEVERITY[b as "red"] ? p.status : b), "red");
      summary =
        rated.length === 0
          ? `none of ${n} parts is rated`
          : status === "not-rated"
            ? `the best of ${n} ratings cannot be given while a part is not rated (${tally(parts)})`
            : `the best of ${n} ratings (${tally(parts)})`;
      break;
    case "all-of":
      // Every part must agree: red only when all are red, green only when all are green.
      if (rated.length < n) {
        status = "not-rated";
        summary = rated.length === 0 ? `none of ${n} parts is rated` : `all ${n} parts must be rated to agree (${tally(parts)})`;
      } else if (parts.every((p) => p.status === parts[0]!.status)) {
        status = parts[0]!.status;
        summary = `all ${n} parts agree (${tally(parts)})`;
      } else {
        status = "amber";
        summary = `the ${n} parts do not all agree (${tally(parts)})`;
      }
      break;
    case "majority": {
      const winner = STATUSES.find((s) => parts.filter((p) => p.status === s).length * 2 > n);
      if (winner === undefined) {
        status = "not-rated";
        code = "no-majority";
        summary = `no status is held by more than half of ${n} parts (${tally(parts)})`;
      } else {
        status = winner;
        summary = `the majority of ${n} parts (${tally(parts)})`;
      }
      break;
    }
  }
  const complete = status === "green" && parts.filter((p) => p.status === "green").every((p) => p.complete);
  const details = parts.map((p, i) => `(${i + 1}) ${p.explanation}`).join("; ");
  return ragResult({ status, complete, code, explanation: `${statusWord(status)}: ${summary}; ${details}`, rule, inputs: raw, parts });
}
