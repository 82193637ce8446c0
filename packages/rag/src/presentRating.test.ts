import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate.js";
import { presentRating } from "./presentRating.js";
import { bragScheme, harrowDeliveryPlan, standardScheme } from "./schemes.js";

describe("presentRating", () => {
  it("doc example: complete is blue in BRAG and green in the Harrow scheme", () => {
    expect(presentRating({ status: "green", completed: true }, bragScheme).label).toBe("Complete");
    expect(presentRating({ status: "green", completed: true }, harrowDeliveryPlan).label).toBe("Green");
  });

  it("maps each status to its entry; default scheme is standard", () => {
    expect(presentRating({ status: "red", completed: false })).toEqual({ ...standardScheme.red, status: "red", complete: false });
    expect(presentRating({ status: "not-rated", completed: false }, bragScheme)).toEqual({
      ...bragScheme.notRated,
      status: "not-rated",
      complete: false,
    });
    expect(presentRating({ status: "green", completed: false }, bragScheme).colour).toBe("#00703c");
    const done = evaluate({ kind: "action" }, { action: { lifecycle: "complete" }, asOf: "2019-04" });
    expect(presentRating(done, bragScheme)).toMatchObject({ colour: "#1d70b8", symbol: "★", status: "green", complete: true });
  });
});
