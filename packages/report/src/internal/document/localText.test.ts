import { describe, expect, it } from "vitest";
import type { LocalMeasuresResult, LocalSection } from "../../localTypes.js";
import { localSectionTexts } from "./localText.js";

const section = (id: string, name: string, notes: string[]): LocalSection => ({
  id,
  anchor: `local-${id}`,
  kind: "incidents",
  name,
  synthetic: false,
  period: "2025 against 2024",
  facts: [],
  findings: [],
  tables: [],
  charts: [],
  notes,
  verdict: null,
});

describe("localSectionTexts", () => {
  it("prints a method note once: a later section names the section that gave it instead, and the policy sentence is never a section note", () => {
    const disclosure = "Counts of 1 to 4 are shown as *.";
    const local: LocalMeasuresResult = {
      disclosure,
      notes: [],
      sections: [
        section("asb", "Anti-social behaviour", ["The test.", "Lower is better.", disclosure]),
        section("hate-crime", "Hate crime", ["The test.", "Described, not rated."]),
        section("knife-crime", "Knife crime", ["The test.", "Described, not rated."]),
      ],
    };
    expect(localSectionTexts(local).map(([s, text]) => [s.id, text.notes])).toEqual([
      ["asb", ["The test.", "Lower is better."]],
      ["hate-crime", ["Described, not rated.", "The other method notes are those of Anti-social behaviour above."]],
      ["knife-crime", ["The other method notes are those of Anti-social behaviour and Hate crime above."]],
    ]);
  });

  it("gives nothing without local sections", () => {
    expect(localSectionTexts(null)).toEqual([]);
  });
});
