import { describeValue } from "@crimestats/internal";
import { RagError } from "./RagError.js";
import { parseJsonText } from "./internal/json.js";
import type { RagScheme, RagSchemeEntry } from "./schemes.js";

const SCHEME_TEXT = ["id", "name", "source"] as const;
const ENTRIES = ["red", "amber", "green", "notRated"] as const;
const ENTRY_TEXT = ["label", "abbreviation", "symbol", "definition"] as const;
const ENTRY_COLOURS = ["colour", "textColour"] as const;
const SCHEME_KEYS: readonly string[] = [...SCHEME_TEXT, "instruction", ...ENTRIES, "complete"];
const ENTRY_KEYS: readonly string[] = [...ENTRY_TEXT, ...ENTRY_COLOURS];
const HEX = /^#[0-9a-fA-F]{6}$/;

/** A `RagError` `invalid-data` naming the JSON path of the bad value. */
function invalid(path: string, value: unknown, expected: string): RagError {
  return new RagError("invalid-data", `Invalid RAG scheme: ${path} is ${describeValue(value)}; expected ${expected}.`, { path, value });
}

/** A plain object (not an array), or an `invalid-data` error naming `path`. */
function objectAt(value: unknown, path: string, expected: string): Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw invalid(path, value, expected);
  return value as Record<string, unknown>;
}

/** Refuses a property the scheme does not define (a typo would otherwise be ignored). */
function onlyKnown(value: Record<string, unknown>, known: readonly string[], path: string, what: string): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) throw invalid(`${path}.${key}`, value[key], `only the properties ${what} defines, ${known.join(", ")} (is it a typo?)`);
  }
}

/** Non-empty text, or an `invalid-data` error naming `path`. */
function textAt(value: unknown, path: string): string {
  if (typeof value !== "string" || value.trim() === "") throw invalid(path, value, "non-empty text");
  return value;
}

function entryAt(value: unknown, path: string): RagSchemeEntry {
  const entry = objectAt(value, path, "an entry { label, abbreviation, colour, textColour, symbol, definition }");
  onlyKnown(entry, ENTRY_KEYS, path, "an entry");
  for (const key of ENTRY_TEXT) textAt(entry[key], `${path}.${key}`);
  for (const key of ENTRY_COLOURS) {
    if (typeof entry[key] !== "string" || !HEX.test(entry[key])) throw invalid(`${path}.${key}`, entry[key], 'a colour "#rrggbb"');
  }
  return {
    label: entry["label"] as string,
    abbreviation: entry["abbreviation"] as string,
    colour: entry["colour"] as string,
    textColour: entry["textColour"] as string,
    symbol: entry["symbol"] as string,
    definition: entry["definition"] as string,
  };
}

/**
 * Reads a RAG scheme that a partnership keeps in a JSON file (its own words for each colour, its
 * colours and symbols) and checks it, so that it can be given to {@link presentRating}. A scheme
 * has an `id`, `name` and `source`, optionally an `instruction`, an entry for `red`, `amber`,
 * `green` and `notRated`, and optionally one for `complete` (completed work shown apart from
 * green); each entry has a `label`, `abbreviation`, `symbol` and `definition` (non-empty text) and
 * a `colour` and `textColour` (`"#rrggbb"`). Unknown properties are refused (a typo would otherwise
 * be ignored). The repository's `examples/data/harrow/delivery-plan-rag-scheme.json` is one such file.
 *
 * @param json - The scheme, as JSON text or as a parsed value.
 * @returns The scheme, typed, with only the properties a scheme defines.
 * @throws {@link RagError} `invalid-json` when text is not JSON; `invalid-data` naming the JSON
 * path of the first problem (`details.path`, e.g. `"$.amber.colour"`).
 * @example
 * ```ts
 * const scheme = parseRagScheme({
 *   ...standardScheme,
 *   id: "district-plan",
 *   name: "District delivery plan",
 *   source: "The district's delivery plan 2025/26",
 *   amber: { ...standardScheme.amber, definition: "Some risk: action needed to stay on track." },
 * });
 * presentRating({ status: "amber", complete: false }, scheme).definition;
 * //=> "Some risk: action needed to stay on track."
 * parseRagScheme({ ...scheme, amber: { ...scheme.amber, colour: "orange" } });
 * // throws RagError: Invalid RAG scheme: $.amber.colour is "orange"; expected a colour "#rrggbb".
 * ```
 */
export function parseRagScheme(json: unknown): RagScheme {
  const value = typeof json === "string" ? parseJsonText(json, "RAG scheme") : json;
  const scheme = objectAt(value, "$", "a RAG scheme { id, name, source, red, amber, green, notRated }");
  onlyKnown(scheme, SCHEME_KEYS, "$", "a scheme");
  for (const key of SCHEME_TEXT) textAt(scheme[key], `$.${key}`);
  if (scheme["instruction"] !== undefined) textAt(scheme["instruction"], "$.instruction");
  const [red, amber, green, notRated] = ENTRIES.map((key) => entryAt(scheme[key], `$.${key}`)) as [
    RagSchemeEntry,
    RagSchemeEntry,
    RagSchemeEntry,
    RagSchemeEntry,
  ];
  return {
    id: scheme["id"] as string,
    name: scheme["name"] as string,
    source: scheme["source"] as string,
    ...(scheme["instruction"] === undefined ? {} : { instruction: scheme["instruction"] as string }),
    red,
    amber,
    green,
    notRated,
    ...(scheme["complete"] === undefined ? {} : { complete: entryAt(scheme["complete"], "$.complete") }),
  };
}
