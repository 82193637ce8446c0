import { describeValue } from "@crimestats/internal";
import type { RagResult } from "./evaluate.js";
import { RagError } from "./RagError.js";
import { checkRating } from "./internal/checkResult.js";
import { requireObject } from "./internal/common.js";
import { type RagScheme, type RagSchemeEntry, standardScheme } from "./schemes.js";
import type { RagStatus } from "./types.js";

/** How a rating is shown in a scheme: the scheme's entry plus the status it stands for. */
export interface RagPresentation extends RagSchemeEntry {
  /** The rating's status. */
  readonly status: RagStatus;
  /** Whether the entry is the scheme's separate "complete" entry. */
  readonly complete: boolean;
}

const ENTRY_FIELDS = ["label", "abbreviation", "colour", "textColour", "symbol", "definition"] as const;

/** Checks that a scheme has its four entries (and `complete` when given), each with its text fields. */
function checkScheme(scheme: unknown): void {
  const s = requireObject(scheme, "scheme", "a RAG scheme such as standardScheme");
  for (const key of ["red", "amber", "green", "notRated", "complete"] as const) {
    if (key === "complete" && s[key] === undefined) continue;
    const entry = requireObject(s[key], `scheme.${key}`, "a scheme entry { label, abbreviation, colour, textColour, symbol, definition }");
    for (const field of ENTRY_FIELDS) {
      if (typeof entry[field] !== "string") {
        throw new RagError("invalid-argument", `scheme.${key}.${field} is ${describeValue(entry[field])}; expected text.`, {
          path: `scheme.${key}.${field}`,
          value: entry[field],
        });
      }
    }
  }
}

/**
 * How to show a rating in a scheme: its label, colours, symbol and definition. A green rating of
 * completed work uses the scheme's `complete` entry when it has one (blue in {@link bragScheme}).
 *
 * @param result - A rating, or anything with its `status` and `complete`.
 * @param scheme - The scheme (default {@link standardScheme}).
 * @returns The scheme entry with the status.
 * @throws {@link RagError} `invalid-argument` when `result` has no known `status` or no boolean
 *   `complete`, or `scheme` is not a scheme (an entry for red, amber, green and not rated, each
 *   with text `label`, `abbreviation`, `colour`, `textColour`, `symbol` and `definition`).
 * @example
 * ```ts
 * presentRating({ status: "green", complete: true }, bragScheme).label;
 * //=> "Complete"
 * presentRating({ status: "green", complete: true }).label;
 * //=> "Green"
 * ```
 */
export function presentRating(result: Pick<RagResult, "status" | "complete">, scheme: RagScheme = standardScheme): RagPresentation {
  checkRating(result, "result");
  checkScheme(scheme);
  if (result.status === "green" && result.complete && scheme.complete !== undefined) {
    return { ...entryFields(scheme.complete), status: "green", complete: true };
  }
  const entry = result.status === "not-rated" ? scheme.notRated : scheme[result.status];
  return { ...entryFields(entry), status: result.status, complete: false };
}

/** The fields of a scheme entry, and nothing else a caller's scheme may carry. */
function entryFields(e: RagSchemeEntry): RagSchemeEntry {
  return { label: e.label, abbreviation: e.abbreviation, colour: e.colour, textColour: e.textColour, symbol: e.symbol, definition: e.definition };
}
