import { describeValue } from "@crimestats/internal";
import { RagError } from "../RagError.js";

/** The parts of a zod issue this module reads (zod/mini issues are plain objects). */
interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: string | undefined;
  readonly values?: readonly unknown[] | undefined;
  readonly options?: readonly unknown[] | undefined;
  readonly keys?: readonly string[] | undefined;
  readonly minimum?: number | bigint | undefined;
  readonly maximum?: number | bigint | undefined;
  readonly inclusive?: boolean | undefined;
  readonly origin?: string | undefined;
  readonly note?: string | undefined;
  readonly discriminator?: string | undefined;
}

/** `["rules", 2, "amber"]` → `"$.rules[2].amber"`. */
function jsonPath(path: readonly PropertyKey[]): string {
  let out = "$";
  for (const key of path) {
    out += typeof key === "number" ? `[${key}]` : `.${String(key)}`;
  }
  return out;
}

/** The value at `path` inside `root`, or `undefined`. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const GENERIC = "Invalid input";

/** What the issue expected, as words. */
function expectation(issue: Issue): string {
  if (issue.message !== GENERIC) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return issue.expected === "int" ? "a whole number" : `a value of type ${issue.expected ?? "unknown"}`;
    case "too_small":
      if (issue.origin === "array") return `at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === "string") return `at least ${String(issue.minimum)} character(s)`;
      return `a number ${issue.inclusive === false ? ">" : ">="} ${String(issue.minimum)}`;
    case "too_big":
      if (issue.origin === "array") return `at most ${String(issue.maximum)} item(s)`;
      return `a number ${issue.inclusive === false ? "<" : "<="} ${String(issue.maximum)}`;
    case "invalid_value":
      return `one of ${(issue.values ?? []).map((v) => describeValue(v)).join(", ")}`;
    case "invalid_union":
      if (issue.discriminator !== undefined && issue.options !== undefined) {
        return `one of ${issue.options.map((v) => describeValue(v)).join(", ")}`;
      }
      return "a value matching the schema";
    default:
      return "a valid value";
  }
}

/**
 * Turns zod issues into one {@link RagError} whose message names the JSON path and bad value of
 * the first issue; `details.issues` lists every issue as `{ path, message }`.
 */
export function issuesToError(what: string, root: unknown, issues: readonly Issue[]): RagError {
  const described = issues.map((issue) => {
    if (issue.code === "unrecognized_keys") {
      const keys = issue.keys ?? [];
      const path = jsonPath([...issue.path, keys[0] ?? ""]);
      return {
        path,
        message: `${path} is not a known property${
          keys.length > 1
            ? ` (nor are ${keys
                .slice(1)
                .map((k) => `"${k}"`)
                .join(", ")})`
            : ""
        }; expected only the properties the rule kind defines (is it a typo?).`,
      };
    }
    const path = jsonPath(issue.path);
    const value = valueAt(root, issue.path);
    return { path, message: `${path} is ${describeValue(value)}; expected ${expectation(issue)}.` };
  });
  const first = described[0] ?? { path: "$", message: "$ is invalid." };
  const more = described.length > 1 ? ` (${described.length - 1} more problem(s) in details.issues)` : "";
  return new RagError("invalid-rule", `Invalid ${what}: ${first.message}${more}`, {
    path: first.path,
    value: valueAt(root, pathOf(first.path)),
    issues: described,
  });
}

/** Parses a path produced by {@link jsonPath} back into keys. */
function pathOf(path: string): PropertyKey[] {
  const keys: PropertyKey[] = [];
  const re = /\.([^.[\]]+)|\[(\d+)\]/g;
  for (let m = re.exec(path); m !== null; m = re.exec(path)) {
    keys.push(m[1] !== undefined ? m[1] : Number(m[2]));
  }
  return keys;
}
