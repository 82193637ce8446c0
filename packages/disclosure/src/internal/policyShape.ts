import { describeValue } from "@crimestats/internal";
import { DisclosureError } from "../DisclosureError.js";
import type { DisclosurePolicy, RecodeRule, RoundRule, SuppressRule } from "../disclosurePolicySchema.js";

// The same checks as `DisclosurePolicySchema`, written out so that the functions of this package
// do not pull zod into a bundle (a test checks that both accept exactly the same policies).

type Fields = Record<string, unknown>;

function fail(field: string, value: unknown, expected: string): never {
  throw new DisclosureError("invalid-policy", `Disclosure policy field "${field}" is ${describeValue(value)}; expected ${expected}.`, {
    field,
    value: describeValue(value),
  });
}

/** `value` as an object with only the `keys` given; `invalid-policy` naming `field` otherwise. */
function fieldsOf(value: unknown, field: string, keys: readonly string[]): Fields {
  if (value === null || typeof value !== "object" || Array.isArray(value)) fail(field, value, "an object");
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) {
      const path = field === "" ? key : `${field}.${key}`;
      throw new DisclosureError("invalid-policy", `Disclosure policy field "${path}" is not known; expected only ${keys.join(", ")}.`, { field: path });
    }
  }
  return value as Fields;
}

function count(fields: Fields, key: string, path: string): number {
  const v = fields[key];
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) fail(path, v, "a non-negative integer");
  return v;
}

function text(fields: Fields, key: string, path: string, nonEmpty: boolean): string {
  const v = fields[key];
  if (typeof v !== "string" || (nonEmpty && v === "")) fail(path, v, nonEmpty ? "a non-empty string" : "a string");
  return v;
}

/** A copy of `input` with the shape of a {@link DisclosurePolicy}, or `invalid-policy` naming the field. */
export function checkPolicyShape(input: unknown): DisclosurePolicy {
  const p = fieldsOf(input, "", ["id", "suppress", "recode", "round", "protectionWidth"]);
  const id = text(p, "id", "id", true);
  let suppress: SuppressRule | undefined;
  if (p["suppress"] !== undefined) {
    const s = fieldsOf(p["suppress"], "suppress", ["min", "max", "symbol"]);
    suppress = { min: count(s, "min", "suppress.min"), max: count(s, "max", "suppress.max"), symbol: text(s, "symbol", "suppress.symbol", false) };
  }
  let recode: RecodeRule | undefined;
  if (p["recode"] !== undefined) {
    const r = fieldsOf(p["recode"], "recode", ["min", "max", "value"]);
    recode = { min: count(r, "min", "recode.min"), max: count(r, "max", "recode.max"), value: count(r, "value", "recode.value") };
  }
  let round: RoundRule | undefined;
  if (p["round"] !== undefined) {
    const r = fieldsOf(p["round"], "round", ["base", "mode"]);
    const base = count(r, "base", "round.base");
    if (base === 0) fail("round.base", base, "a positive integer");
    const mode = r["mode"];
    if (mode !== "nearest" && mode !== "up" && mode !== "down") fail("round.mode", mode, '"nearest", "up" or "down"');
    round = { base, mode };
  }
  const protectionWidth = count(p, "protectionWidth", "protectionWidth");
  return {
    id,
    ...(suppress === undefined ? {} : { suppress }),
    ...(recode === undefined ? {} : { recode }),
    ...(round === undefined ? {} : { round }),
    protectionWidth,
  };
}
