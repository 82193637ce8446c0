import { describe, expect, test } from "vitest";
import { squareGrid, squareRing } from "../test/squares.js";
import { errorCode } from "../test/errorCode.js";
import { joinBoundaries } from "./joinBoundaries.js";
import type { Boundaries } from "./types.js";

describe("joinBoundaries", () => {
  test("doc example: joins by name ignoring '&', lists what did not join", () => {
    const square = {
      type: "Polygon" as const,
      coordinates: [
        [
          [0, 51],
          [0.1, 51],
          [0.1, 51.1],
          [0, 51.1],
          [0, 51],
        ],
      ],
    };
    const boundaries = {
      features: [
        { code: "E09000007", name: "Camden", geometry: square, properties: {} },
        { code: "E09000020", name: "Kensington and Chelsea", geometry: square, properties: {} },
      ],
      codeProperty: "LAD21CD",
      nameProperty: "LAD21NM",
    };
    const joined = joinBoundaries(boundaries, [
      { area: "Kensington & Chelsea", value: 9.1 },
      { area: "Harrow", value: 4.2 },
    ]);
    expect([joined.by, joined.matched.length, joined.areasWithoutBoundary, joined.boundariesWithoutData]).toEqual(["name", 1, ["Harrow"], ["Camden"]]);
    expect(joined.matched[0]).toMatchObject({ area: "Kensington & Chelsea", value: 9.1, label: null, feature: { name: "Kensington and Chelsea" } });
  });

  test("auto joins by code when the areas are codes, comparing them without case or spaces", () => {
    const grid = squareGrid(2, 2);
    const joined = joinBoundaries(grid, [
      { area: " e09000001 ", value: 1 },
      { area: "E09000004", value: null, label: "Fewer than 10" },
      { area: "E09000099", value: 3 },
    ]);
    expect(joined.by).toBe("code");
    expect(joined.matched.map((item) => [item.feature.name, item.value, item.label])).toEqual([
      ["Area 1", 1, null],
      ["Area 4", null, "Fewer than 10"],
    ]);
    expect(joined.areasWithoutBoundary).toEqual(["E09000099"]);
    expect(joined.boundariesWithoutData).toEqual(["Area 2", "Area 3"]);
  });

  test("names compare without case, punctuation or spacing", () => {
    const grid = squareGrid(3, 1);
    const joined = joinBoundaries(
      grid,
      [{ area: "AREA-1" }, { area: "area  2." }, { area: "Area3" }].map((row) => ({ ...row, value: 1 })),
      { by: "name" },
    );
    expect(joined.matched).toHaveLength(3);
    expect(joined.areasWithoutBoundary).toEqual([]);
  });

  test("joins one value to every feature of an area drawn as several features", () => {
    const grid = squareGrid(2, 1);
    const twice: Boundaries = { ...grid, features: grid.features.map((feature) => ({ ...feature, code: "E09000001" })) };
    expect(joinBoundaries(twice, [{ area: "E09000001", value: 2 }]).matched).toHaveLength(2);
  });

  test("rejects an area given twice, bad values and a join on what the boundaries lack", () => {
    const grid = squareGrid(2, 1);
    expect(
      errorCode(() =>
        joinBoundaries(grid, [
          { area: "Area 1", value: 1 },
          { area: "area 1", value: 2 },
        ]),
      ),
    ).toBe("invalid-argument");
    expect(errorCode(() => joinBoundaries(grid, [{ area: "Area 1", value: Number.NaN }]))).toBe("invalid-number");
    expect(errorCode(() => joinBoundaries(grid, [{ area: "", value: 1 }]))).toBe("invalid-argument");
    expect(errorCode(() => joinBoundaries(grid, "Area 1" as never))).toBe("invalid-argument");
    expect(errorCode(() => joinBoundaries({ features: [], codeProperty: null, nameProperty: null }, []))).toBe("invalid-argument");
    expect(errorCode(() => joinBoundaries(grid, [], { by: "id" as never }))).toBe("invalid-option");
    const nameless: Boundaries = { ...grid, features: grid.features.map((feature) => ({ ...feature, name: null })) };
    expect(errorCode(() => joinBoundaries(nameless, [{ area: "Area 1", value: 1 }]))).toBe("invalid-option");
    const pointy = { ...grid, features: [{ code: null, name: "X", geometry: { type: "Point", coordinates: squareRing(0, 51)[0] }, properties: {} }] };
    expect(errorCode(() => joinBoundaries(pointy as never, []))).toBe("invalid-argument");
    const odd = { ...grid, features: [{ code: null, name: "X", geometry: { type: Object.create(null), coordinates: [] }, properties: {} }] };
    expect(errorCode(() => joinBoundaries(odd as never, []))).toBe("invalid-argument");
    const holed = squareRing(0, 51);
    delete holed[2];
    const sparse = { ...grid, features: [{ code: null, name: "X", geometry: { type: "Polygon", coordinates: [holed] }, properties: {} }] };
    expect(errorCode(() => joinBoundaries(sparse as never, []))).toBe("invalid-argument");
    const ring = squareRing(0, 51);
    ring[2] = [Number.NaN, 51];
    const broken = { ...grid, features: [{ code: null, name: "X", geometry: { type: "Polygon", coordinates: [ring] }, properties: {} }] };
    expect(() => joinBoundaries(broken as never, [])).toThrow('joinBoundaries: the boundary of "X" has the position an array of 2 items');
  });
});
