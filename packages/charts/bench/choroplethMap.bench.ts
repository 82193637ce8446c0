import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { bench, describe } from "vitest";
import { choroplethMap } from "../src/choroplethMap.js";
import { readBoundaries } from "../src/readBoundaries.js";
import { renderSvg } from "../src/renderSvg.js";

// The ONS boundaries of the 33 London boroughs and of Harrow's 22 wards (CRIMESTATS_DATA_DIR, never
// committed), with made-up values: the benchmark times the drawing, not the figures.
const dir = join(process.env["CRIMESTATS_DATA_DIR"] ?? "", "ons-boundaries-london");
const present = existsSync(dir);
const boroughs = present ? readBoundaries(readFileSync(join(dir, "london-boroughs-2021.geojson"), "utf8")) : null;
const allWards = present ? readBoundaries(readFileSync(join(dir, "harrow-and-neighbours-wards-2022.geojson"), "utf8")) : null;
const wards = allWards === null ? null : { ...allWards, features: allWards.features.filter((feature) => feature.properties["LAD22NM"] === "Harrow") };
const options = { title: "Made-up rates by area", source: "ONS boundaries", legendTitle: "Offences per 1,000 residents" };
const boroughMap = () =>
  choroplethMap({
    ...options,
    boundaries: boroughs!,
    values: boroughs!.features.map((f, i) => ({ area: f.code as string, value: 3 + ((i * 7) % 12) })),
    focus: "Harrow",
  });
const wardMap = () =>
  choroplethMap({
    ...options,
    boundaries: wards!,
    values: wards!.features.map((f, i) => ({ area: f.code as string, value: 10 + ((i * 13) % 40) })),
    decimals: 0,
  });

describe.skipIf(!present)("choropleth of the 33 London boroughs (skipped: CRIMESTATS_DATA_DIR/ons-boundaries-london absent)", () => {
  bench("choroplethMap (join, classes, projection, simplification, labels)", () => {
    boroughMap();
  });
  bench("renderSvg of the borough map", async () => {
    await renderSvg(boroughMap());
  });
});

describe.skipIf(!present)("choropleth of Harrow's 22 wards (skipped: CRIMESTATS_DATA_DIR/ons-boundaries-london absent)", () => {
  bench("choroplethMap", () => {
    wardMap();
  });
  bench("renderSvg of the ward map", async () => {
    await renderSvg(wardMap());
  });
});
