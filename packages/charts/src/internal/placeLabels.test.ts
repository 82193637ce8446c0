import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textWidth } from "./labels.js";
import { type Box, labelHeight, lineBoxes, overlaps, type PlacedLabel, placeLabels } from "./placeLabels.js";

/** The box a placed label takes. */
function boxOf(label: PlacedLabel): Box {
  const w = textWidth(label.text, 12);
  const x = label.align === "left" ? label.x : label.align === "right" ? label.x - w : label.x - w / 2;
  return { x, y: label.y - labelHeight / 2, w, h: labelHeight };
}

describe("placeLabels", () => {
  it("puts a label right of its point when nothing is in the way", () => {
    const { placed, unplaced } = placeLabels([{ text: "Harrow", x: 100, y: 100, required: true }], [], { width: 400, height: 300 });
    expect(placed).toEqual([{ text: "Harrow", x: 107, y: 100, align: "left", leader: null }]);
    expect(unplaced).toEqual([]);
  });

  it("lets a required label cross a line when no spot is free of lines, never a point, and leaves out one that is not required", () => {
    // Lines every 6 px across the whole plot: no spot is free of them.
    const lines: Box[] = Array.from({ length: 50 }, (_, i) => ({ x: 0, y: i * 6, w: 400, h: 2 }));
    const point: Box = { x: 94, y: 94, w: 12, h: 12 };
    const { placed, unplaced } = placeLabels(
      [
        { text: "Harrow", x: 100, y: 100, required: true },
        { text: "Barnet", x: 200, y: 100, required: false },
      ],
      [point],
      { width: 400, height: 300 },
      12,
      lines,
    );
    expect(placed.map((p) => p.text)).toEqual(["Harrow"]);
    expect(overlaps(boxOf(placed[0] as PlacedLabel), point)).toBe(false);
    expect(unplaced).toEqual(["Barnet"]);
    // Without lines to cross, the required label is still left out when points fill every spot.
    const crowded = placeLabels([{ text: "Harrow", x: 100, y: 100, required: true }], [{ x: 0, y: 0, w: 400, h: 300 }], { width: 400, height: 300 });
    expect(crowded.unplaced).toEqual(["Harrow"]);
  });

  it("tries the left side when the right is taken or outside the plot", () => {
    const { placed } = placeLabels([{ text: "Barnet", x: 390, y: 100, required: false }], [], { width: 400, height: 300 });
    expect(placed[0]?.align).toBe("right");
    expect(placed[0]?.x).toBe(383);
  });

  it("moves a required label farther out with a leader line when every spot beside its point is taken, and leaves out one that is not required", () => {
    const around: Box = { x: 40, y: 40, w: 120, h: 120 };
    const hole = (box: Box): Box[] => [
      { x: box.x, y: box.y, w: box.w, h: 55 },
      { x: box.x, y: box.y + 65, w: box.w, h: 55 },
      { x: box.x, y: box.y, w: 55, h: box.h },
      { x: box.x + 65, y: box.y, w: 55, h: box.h },
    ];
    const { placed, unplaced } = placeLabels(
      [
        { text: "Harrow", x: 100, y: 100, required: true },
        { text: "Other", x: 100, y: 100, required: false },
      ],
      hole(around),
      { width: 400, height: 300 },
    );
    expect(placed).toHaveLength(1);
    expect(placed[0]?.leader).not.toBeNull();
    expect(unplaced).toEqual(["Other"]);
  });

  it("never overlaps two placed labels, or a label and an obstacle, and keeps every label inside the plot", () => {
    const point = fc.record({ x: fc.double({ min: 0, max: 300, noNaN: true }), y: fc.double({ min: 0, max: 200, noNaN: true }), required: fc.boolean() });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 25 }), (points) => {
        const wanted = points.map((p, i) => ({ ...p, text: `Area ${i}` }));
        const obstacles = points.map((p) => ({ x: p.x - 4, y: p.y - 4, w: 8, h: 8 }));
        const { placed, unplaced } = placeLabels(wanted, obstacles, { width: 300, height: 200 });
        expect(placed.length + unplaced.length).toBe(points.length);
        const boxes = placed.map(boxOf);
        boxes.forEach((box, i) => {
          expect(box.x).toBeGreaterThanOrEqual(-1e-9);
          expect(box.x + box.w).toBeLessThanOrEqual(300 + 1e-9);
          expect(box.y).toBeGreaterThanOrEqual(-1e-9);
          expect(box.y + box.h).toBeLessThanOrEqual(200 + 1e-9);
          for (const other of [...boxes.slice(i + 1), ...obstacles]) expect(overlaps(box, other)).toBe(false);
        });
      }),
    );
  });
});

describe("lineBoxes", () => {
  it("covers a line with boxes at most 12 pixels wide plus padding, touching its ends", () => {
    const boxes = lineBoxes([
      { x: 0, y: 10 },
      { x: 30, y: 40 },
    ]);
    expect(boxes).toHaveLength(3);
    expect(boxes[0]).toEqual({ x: -2, y: 8, w: 14, h: 14 });
    expect(boxes.at(-1)).toEqual({ x: 18, y: 28, w: 14, h: 14 });
  });
});
