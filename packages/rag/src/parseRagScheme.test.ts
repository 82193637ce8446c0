import { describe, expect, it } from "vitest";
import { thrown } from "../test/thrown.js";
import { parseRagScheme } from "./parseRagScheme.js";
import { presentRating } from "./presentRating.js";
import { bragScheme, standardScheme } from "./schemes.js";

describe("parseRagScheme", () => {
  const scheme = parseRagScheme({
    ...standardScheme,
    id: "district-plan",
    name: "District delivery plan",
    source: "The district's delivery plan 2025/26",
    amber: { ...standardScheme.amber, definition: "Some risk: action needed to stay on track." },
  });

  it("doc example: a partnership's own scheme is read and gives its own words to presentRating", () => {
    expect(presentRating({ status: "amber", complete: false }, scheme).definition).toBe("Some risk: action needed to stay on track.");
    const e = thrown(() => parseRagScheme({ ...scheme, amber: { ...scheme.amber, colour: "orange" } }));
    expect([e.code, e.message, e.details["path"]]).toEqual([
      "invalid-data",
      'Invalid RAG scheme: $.amber.colour is "orange"; expected a colour "#rrggbb".',
      "$.amber.colour",
    ]);
  });

  it("reads JSON text as well as a parsed value, and keeps an optional complete entry and instruction", () => {
    expect(parseRagScheme(JSON.stringify(bragScheme))).toEqual(bragScheme);
    expect(parseRagScheme({ ...standardScheme, instruction: "Rate every action." }).instruction).toBe("Rate every action.");
    expect(thrown(() => parseRagScheme("{ red: }")).code).toBe("invalid-json");
    expect(thrown(() => parseRagScheme("{ red: }")).message).toMatch(/^The RAG scheme text is not valid JSON/);
  });

  it("refuses a missing entry, empty text, an unknown property and a value that is not a scheme, naming the path", () => {
    const cases: [unknown, string, string][] = [
      [
        { ...standardScheme, notRated: undefined },
        "$.notRated",
        "Invalid RAG scheme: $.notRated is undefined; expected an entry { label, abbreviation, colour, textColour, symbol, definition }.",
      ],
      [
        { ...standardScheme, green: { ...standardScheme.green, definition: " " } },
        "$.green.definition",
        'Invalid RAG scheme: $.green.definition is " "; expected non-empty text.',
      ],
      [
        { ...standardScheme, red: { ...standardScheme.red, colur: "#d4351c" } },
        "$.red.colur",
        'Invalid RAG scheme: $.red.colur is "#d4351c"; expected only the properties an entry defines, label, abbreviation, symbol, definition, colour, textColour (is it a typo?).',
      ],
      [
        { ...standardScheme, blue: {} },
        "$.blue",
        "Invalid RAG scheme: $.blue is an object; expected only the properties a scheme defines, id, name, source, instruction, red, amber, green, notRated, complete (is it a typo?).",
      ],
      [{ ...standardScheme, id: 7 }, "$.id", "Invalid RAG scheme: $.id is 7; expected non-empty text."],
      [[standardScheme], "$", "Invalid RAG scheme: $ is an array of 1 item; expected a RAG scheme { id, name, source, red, amber, green, notRated }."],
    ];
    for (const [value, path, message] of cases) {
      const e = thrown(() => parseRagScheme(value));
      expect([e.code, e.details["path"], e.message]).toEqual(["invalid-data", path, message]);
    }
  });

  it("returns only the properties a scheme defines, so the result is the caller's data checked and nothing more", () => {
    const { complete: _complete, ...plain } = bragScheme;
    expect(Object.keys(parseRagScheme(plain)).sort()).toEqual(["amber", "green", "id", "name", "notRated", "red", "source"]);
  });
});
