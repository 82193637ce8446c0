import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseRagScheme, presentRating } from "../src/index.js";
import { contrast } from "./contrast.js";

// Example data in the repository (not part of the package): a partnership's own RAG definitions,
// read the way a partnership would read its own file.
const file = new URL("../../../examples/data/harrow/delivery-plan-rag-scheme.json", import.meta.url);

describe("example data: the Harrow delivery plans' RAG scheme", () => {
  const scheme = parseRagScheme(readFileSync(file, "utf8"));

  it("is a valid scheme whose red, amber and green definitions are the plans' own words", () => {
    const lines = [scheme.red, scheme.amber, scheme.green].map((e) => `${e.label} – ${e.definition}`);
    // Harrow Community Safety Delivery Plans 2018/19 and 2019/20, the RAG key printed with each plan.
    expect(lines).toEqual([
      "Red – there are problems which need to be addressed, close monitoring required.",
      "Amber – some work is required, action slightly behind target.",
      "Green – action on track or completed.",
    ]);
    expect(scheme.instruction).toBe("When updating progress against actions, please also use the RAG rating.");
    expect(scheme.complete).toBeUndefined();
  });

  it("shows a completed action as green, the plans having no separate colour for complete work", () => {
    expect(presentRating({ status: "green", complete: true }, scheme)).toMatchObject({ label: "Green", definition: "action on track or completed." });
  });

  it("has text colours with AA contrast and a distinct symbol and label per status", () => {
    const all = [scheme.red, scheme.amber, scheme.green, scheme.notRated];
    for (const e of all) expect(contrast(e.colour, e.textColour)).toBeGreaterThanOrEqual(4.5);
    expect(new Set(all.map((e) => e.symbol)).size).toBe(all.length);
    expect(new Set(all.map((e) => e.label)).size).toBe(all.length);
  });
});
