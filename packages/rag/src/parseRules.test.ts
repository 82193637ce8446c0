import { describe, expect, it } from "vitest";
import { parseRules } from "./parseRules.js";
import { thrown } from "../test/thrown.js";

const FILE = `{
  "rules": [
    { "id": "burglary-target", "title": "Burglary against target", "kind": "target",
      "polarity": "lower-is-better", "target": 2147, "amber": { "percent": 2 } },
    { "id": "burglary-change", "kind": "change", "polarity": "lower-is-better" },
    { "id": "london", "kind": "benchmark" },
    { "id": "trend", "kind": "trend", "polarity": "lower-is-better" },
    { "id": "actions", "kind": "action", "staleAfterMonths": 3 },
    { "id": "red-red", "kind": "composite", "combine": "worst-of",
      "rules": [{ "kind": "benchmark" }, { "kind": "trend", "polarity": "lower-is-better" }] }
  ]
}`;

describe("parseRules", () => {
  it("doc example: one rule", () => {
    expect(parseRules({ rules: [{ id: "burglary", kind: "target", polarity: "lower-is-better", amber: { percent: 2 } }] }).rules.length).toBe(1);
  });

  it("doc example: an outcome mapped twice names its path", () => {
    const e = thrown(() => parseRules({ rules: [{ id: "b", kind: "benchmark", colours: { green: ["better"], amber: ["better"] } }] }));
    expect(e.code).toBe("invalid-rule");
    expect(e.message).toBe('Invalid rule set: $.rules[0].colours.amber[0] is "better"; expected "better" mapped only once (it is already mapped at green[0]).');
    expect(e.details["path"]).toBe("$.rules[0].colours.amber[0]");
  });

  it("reads a rule file with every kind", () => {
    const set = parseRules(FILE);
    expect(set.rules.map((r) => r.kind)).toEqual(["target", "change", "benchmark", "trend", "action", "composite"]);
    expect(set).toEqual(JSON.parse(FILE));
  });

  it.each([
    ["unknown kind", { id: "x", kind: "forecast" }, "$.rules[1].kind"],
    ["negative tolerance", { id: "x", kind: "target", polarity: "lower-is-better", amber: { absolute: -3 } }, "$.rules[1].amber.absolute"],
    ["amber band wider than allowed", { id: "x", kind: "target", polarity: "lower-is-better", amber: { percent: 250 } }, "$.rules[1].amber.percent"],
    ["benchmark outcome mapped twice", { id: "x", kind: "benchmark", colours: { green: ["best"], red: ["worst", "best"] } }, "$.rules[1].colours.red[1]"],
    [
      "a problem inside a composite",
      { id: "x", kind: "composite", combine: "worst-of", rules: [{ kind: "action" }, { kind: "target", polarity: "lower-is-better", amber: { percent: -1 } }] },
      "$.rules[1].rules[1].amber.percent",
    ],
    ["missing id", { kind: "action" }, "$.rules[1].id"],
    ["repeated id", { id: "ok", kind: "action" }, "$.rules[1].id"],
  ] as const)("a rule file with a mistake is rejected: %s", (_name, second, path) => {
    const e = thrown(() => parseRules({ rules: [{ id: "ok", kind: "action" }, second] }));
    expect(e.code).toBe("invalid-rule");
    expect(e.details["path"]).toBe(path);
    expect(e.message).toContain(`Invalid rule set: ${path} `);
  });

  it("names the repeated id and where it was first used", () => {
    expect(
      thrown(() =>
        parseRules({
          rules: [
            { id: "ok", kind: "action" },
            { id: "ok", kind: "action" },
          ],
        }),
      ).message,
    ).toBe('Invalid rule set: $.rules[1].id is "ok"; expected a unique id ("ok" is already used at $.rules[0].id).');
  });

  it("rejects a file without rules, with extra keys, or that is not JSON", () => {
    expect(thrown(() => parseRules({})).details["path"]).toBe("$.rules");
    expect(thrown(() => parseRules({ rules: [], version: 2 })).details["path"]).toBe("$.version");
    expect(thrown(() => parseRules("{")).code).toBe("invalid-json");
    const notJson = thrown(() => parseRules("{"));
    expect(notJson.message).toContain(`not valid JSON (${String(notJson.details["explanation"])})`);
    expect(thrown(() => parseRules(null)).message).toBe("Invalid rule set: $ is null; expected a value of type object.");
  });
});
