import { RagError } from "../RagError.js";

/** `JSON.parse` that throws a {@link RagError} `invalid-json` instead of a `SyntaxError`; `what` names the document. */
export function parseJsonText(text: string, what = "rule"): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const explanation = error instanceof Error ? error.message : String(error);
    throw new RagError("invalid-json", `The ${what} text is not valid JSON (${explanation}); expected a JSON document.`, {
      value: text.length > 200 ? `${text.slice(0, 197)}...` : text,
      explanation,
    });
  }
}
