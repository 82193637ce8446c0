import { describeValue } from "@crimestats/internal";
import * as z from "zod/mini";

/** Lower-case words (letters and digits) joined by "-": `"new-ward-boundaries"`. */
export const KEBAB_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A kebab-case id, optionally behind kebab-case prefixes and ":" (`"injury"`, `"hate:race"`). */
export const FLAG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*(?::[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** A kebab-case id (a recording break's id, a local measure's id). */
export const kebabIdSchema = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.regex(KEBAB_RE, { error: (iss) => `${describeValue(iss.input)} is not a kebab-case id (expected lower-case words joined by "-")` }));
