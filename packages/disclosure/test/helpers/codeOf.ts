import { DisclosureError } from "../../src/index.js";

/** The `code` of the DisclosureError `f` throws; otherwise a description that fails any code comparison. */
export function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return e instanceof DisclosureError ? e.code : `not a DisclosureError: ${e instanceof Error ? `${e.name}: ${e.message}` : typeof e}`;
  }
  return "no error";
}
