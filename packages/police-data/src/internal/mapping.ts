import { PoliceDataError } from "../PoliceDataError.js";
import { OUTSIDE_AREA } from "../types.js";

/** Maps raw offence text to the label counted, once per distinct text. */
export type OffenceMapper = (text: string) => string | undefined;

/** Resolve the offence option into a mapper (identity by default). */
export function offenceMapper(option: ((text: string) => string | undefined) | undefined): OffenceMapper {
  if (option === undefined) return (t) => t;
  if (typeof option !== "function") {
    throw new PoliceDataError("invalid-option", `offence: expected a function from category text to a label, got ${typeof option}`, { value: option });
  }
  return option;
}

/** Resolve a look-up option to a function (label, or OUTSIDE_AREA when absent). */
export function areaLookup(lookup: ReadonlyMap<string, string> | Readonly<Record<string, string>> | undefined): ((code: string) => string) | undefined {
  if (lookup === undefined) return undefined;
  if (lookup instanceof Map) return (code) => lookup.get(code) ?? OUTSIDE_AREA;
  if (typeof lookup !== "object" || lookup === null) {
    throw new PoliceDataError("invalid-option", `lookup: expected a Map or a plain object from area code to area label, got ${typeof lookup}`, {
      value: lookup,
    });
  }
  const rec = lookup as Readonly<Record<string, string>>;
  return (code) => (Object.hasOwn(rec, code) ? rec[code]! : OUTSIDE_AREA);
}
