import { describe, expect, it } from "vitest";
import type { PrioritySection, StrategicAssessmentResult } from "../types.js";
import { breakFigureLines } from "./present.js";

/** A priority whose changes in recording carry these figure notes (only the fields breakFigureLines reads). */
function priority(...breaks: { area: string; comparable: boolean; note: string }[][]): PrioritySection {
  return { breaks: breaks.map((figures) => ({ figures })), change: { explanation: "Offences rose: a significant rise." } } as unknown as PrioritySection;
}

const result = { area: "Harrow" } as unknown as StrategicAssessmentResult;
const like = "; like for like, Hillingdon counted with Airports: 28,310 to 30,213 (+1,903, +6.7%)";

describe("breakFigureLines", () => {
  it("gives two changes that make one area's figure not comparable with the same like-for-like figure as one line with both reasons", () => {
    const p = priority(
      [{ area: "Hillingdon", comparable: false, note: `not comparable: the airports row starts${like}` }],
      [{ area: "Hillingdon", comparable: false, note: `not comparable: the airports row is empty${like}` }],
    );
    expect(breakFigureLines(result, p)).toEqual([`Hillingdon: not comparable: the airports row starts; and the airports row is empty${like}`]);
  });

  it("keeps one line per note when the like-for-like figures differ or there is none", () => {
    const p = priority(
      [{ area: "Hillingdon", comparable: false, note: `not comparable: A${like}` }],
      [{ area: "Hillingdon", comparable: false, note: "not comparable: B; like for like, Hillingdon: 1 to 2 (+1, +100.0%)" }],
      [{ area: "Harrow", comparable: true, note: "up to about 307 of this rise may be offences that had no borough" }],
      [{ area: "Harrow", comparable: true, note: "up to about 307 of this rise may be offences that had no borough" }],
    );
    expect(breakFigureLines(result, p)).toHaveLength(4);
  });

  it("leaves out a comparator's figure that stays comparable (its caveat is in the list of changes)", () => {
    const p = priority([{ area: "Brent", comparable: true, note: "a caveat" }]);
    expect(breakFigureLines(result, p)).toEqual([]);
  });

  it("leaves out a note on the focus area's figure that its change sentence already gives, and keeps one it does not", () => {
    const note = "up to about 6 of this rise may be offences that had no borough before September 2024";
    const p = {
      ...priority([{ area: "Harrow", comparable: true, note }], [{ area: "Harrow", comparable: true, note: "another caveat" }]),
      change: { explanation: `Robbery offences in Harrow rose: a significant rise. ${note[0]?.toUpperCase()}${note.slice(1)} (see Changes in recording).` },
    } as PrioritySection;
    expect(breakFigureLines(result, p)).toEqual(["Harrow: another caveat"]);
  });
});
