import { describe, expect, it } from "vitest";
import { thrown } from "../test/thrown.js";
import { evaluate } from "./evaluate.js";
import { presentRating } from "./presentRating.js";
import { bragScheme, standardScheme } from "./schemes.js";

const message = (f: () => unknown): string => thrown(f).message;

describe("presentRating", () => {
  it('doc example: completed work is "Complete" in BRAG and green in a scheme without a complete entry', () => {
    expect(presentRating({ status: "green", complete: true }, bragScheme).label).toBe("Complete");
    expect(presentRating({ status: "green", complete: true }).label).toBe("Green");
  });

  it("maps each status to its entry; default scheme is standard", () => {
    expect(presentRating({ status: "red", complete: false })).toEqual({ ...standardScheme.red, status: "red", complete: false });
    expect(presentRating({ status: "not-rated", complete: false }, bragScheme)).toEqual({
      ...bragScheme.notRated,
      status: "not-rated",
      complete: false,
    });
    expect(presentRating({ status: "green", complete: false }, bragScheme).colour).toBe("#00703c");
    const done = evaluate({ kind: "action" }, { action: { lifecycle: "complete" }, asOf: "2019-04" });
    expect(presentRating(done, bragScheme)).toMatchObject({ colour: "#1d70b8", symbol: "★", status: "green", complete: true });
  });
});

describe("presentRating: what a careless caller passes", () => {
  it("no rating, or a status that is not a RAG status, is invalid-argument, not a TypeError", () => {
    expect(message(() => presentRating(undefined as never))).toBe("result is undefined; expected a rating { status, complete }.");
    expect(message(() => presentRating({ status: Object.create(null), complete: true } as never))).toBe(
      'result.status is an object; expected one of "red", "amber", "green", "not-rated".',
    );
  });

  it("a scheme whose entries are not text (a number colour, a missing entry) is invalid-argument, never returned as a presentation", () => {
    expect(message(() => presentRating({ status: "red", complete: false }, { ...standardScheme, red: { ...standardScheme.red, colour: 1e17 as never } }))).toBe(
      "scheme.red.colour is 100000000000000000; expected text.",
    );
    expect(
      message(() =>
        presentRating({ status: "red", complete: false }, { ...bragScheme, complete: { ...bragScheme.complete!, symbol: Number.NEGATIVE_INFINITY as never } }),
      ),
    ).toBe("scheme.complete.symbol is -Infinity; expected text.");
    expect(message(() => presentRating({ status: "green", complete: false }, { ...standardScheme, notRated: undefined as never }))).toMatch(
      /^scheme\.notRated is undefined/,
    );
  });
});

describe("presentRating: a caller's scheme with more than its fields", () => {
  it("keys a scheme entry carries beyond its six fields are not copied into the presentation (so a number there is never returned)", () => {
    const scheme = { ...standardScheme, green: { ...standardScheme.green, "\r\r\n": Number.NEGATIVE_INFINITY } };
    const shown = presentRating({ status: "green", complete: false }, scheme);
    expect(Object.keys(shown).sort()).toEqual(["abbreviation", "colour", "complete", "definition", "label", "status", "symbol", "textColour"]);
    expect(shown).toEqual({ ...standardScheme.green, status: "green", complete: false });
  });
});
