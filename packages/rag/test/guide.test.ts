import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseRules } from "../src/index.js";

// The rule file in docs/rag-rules.md must stay valid.
describe("docs/rag-rules.md", () => {
  it("its example rule file parses, with every rule id as written", () => {
    const guide = readFileSync(fileURLToPath(new URL("../../../docs/rag-rules.md", import.meta.url)), "utf8");
    const json = /```json\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(json).toBeDefined();
    expect(parseRules(json!).rules.map((r) => r.id)).toEqual([
      "burglary-target",
      "burglary-reduced",
      "vs-benchmark-area",
      "recent-trend",
      "actions",
      "red-if-either",
    ]);
  });
});
