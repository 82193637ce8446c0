import { comparisonChart, palette, renderSvg, type Boundaries, type BoundaryFeature } from "@crimestats/charts";
import { rollingYear } from "@crimestats/periods";
import type { StreetCrime } from "@crimestats/police-data";
import { describe, expect, it } from "vitest";
import { documentSvgs } from "./documentSvg.js";
import { focusStreetCrimes, policeUkTypes } from "./hotspot.js";
import { chartSources } from "./sources.js";
import { focusFeature, focusWards } from "./wardMap.js";

/** A square feature with these properties. */
function square(code: string, name: string, properties: Record<string, unknown>): BoundaryFeature {
  return {
    code,
    name,
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    },
    properties: { WD22CD: code, WD22NM: name, ...properties },
  };
}

const wards: Boundaries = {
  codeProperty: "WD22CD",
  nameProperty: "WD22NM",
  features: [
    square("E05000001", "Belmont", { LAD22CD: "E09000015", LAD22NM: "Harrow" }),
    square("E05000002", "Edgware", { LAD22CD: "E09000003", LAD22NM: "Barnet" }),
    square("E05000003", "Harrow", { LAD22CD: "E09000003", LAD22NM: "Barnet" }),
    square("E05000004", "Canons", { LAD22CD: "E09000015", LAD22NM: "HARROW" }),
  ],
};

/** A street-level crime of data.police.uk. */
function crime(month: string, offence: string, district: string | null): StreetCrime {
  return {
    crimeId: null,
    month: month as StreetCrime["month"],
    reportedBy: "Metropolitan Police Service",
    force: "Metropolitan Police Service",
    longitude: -0.33,
    latitude: 51.58,
    location: "On or near High Street",
    lsoa: "E01002185",
    lsoaName: district === null ? null : `${district} 012B`,
    district,
    offence,
    lastOutcome: null,
    context: null,
    file: "x.csv",
    line: 2,
  };
}

describe("the data.police.uk crime types of a priority", () => {
  const all = [
    "BURGLARY - RESIDENTIAL",
    "BURGLARY BUSINESS AND COMMUNITY",
    "RAPE",
    "OTHER SEXUAL OFFENCES",
    "VIOLENCE WITH INJURY",
    "SHOPLIFTING",
    "BICYCLE THEFT",
  ];

  it("maps burglary like for like onto Burglary, and theft onto the theft types it holds", () => {
    expect(policeUkTypes(["BURGLARY - RESIDENTIAL", "BURGLARY BUSINESS AND COMMUNITY"], all)).toEqual(["Burglary"]);
    expect(policeUkTypes(["SHOPLIFTING", "BICYCLE THEFT"], all)).toEqual(["Bicycle theft", "Shoplifting"]);
  });

  it("gives none when the type also holds another category of the counts (sexual offences are counted with violence)", () => {
    expect(policeUkTypes(["RAPE", "OTHER SEXUAL OFFENCES"], all)).toBeNull();
    // Part of a type is not the type: residential burglary alone is not "Burglary".
    expect(policeUkTypes(["BURGLARY - RESIDENTIAL"], all)).toBeNull();
  });

  it("gives none for labels that are not Metropolitan Police categories", () => {
    expect(policeUkTypes(["Widget theft"], ["Widget theft", "Gadget theft"])).toBeNull();
  });
});

describe("the focus area's street-level crimes", () => {
  it("keeps the focus area's crimes of the current period, and names the months the files miss", () => {
    const crimes = [
      crime("2024-03", "Burglary", "Harrow"),
      crime("2024-04", "Robbery", "Barnet"),
      crime("2024-02", "Burglary", "Harrow"),
      crime("2024-05", "Burglary", "harrow"),
    ];
    const found = focusStreetCrimes(crimes, "Harrow", rollingYear("2025-02"));
    expect(found.crimes.map((c) => c.month)).toEqual(["2024-03", "2024-05"]);
    expect(found.missingMonths).toEqual(["2024-06", "2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12", "2025-01", "2025-02"]);
    expect([...found.types].sort()).toEqual(["Burglary", "Robbery"]);
  });
});

describe("the focus area's ward boundaries", () => {
  it("keeps the wards whose other properties name the focus area or its code, not a ward that is only named like it", () => {
    const found = focusWards(wards, "Harrow", null);
    expect(found.filtered).toBe(true);
    expect(found.boundaries.features.map((f) => f.name)).toEqual(["Belmont", "Canons"]);
    expect(focusWards(wards, "Somewhere", "E09000015").boundaries.features.map((f) => f.name)).toEqual(["Belmont", "Canons"]);
  });

  it("keeps every ward when none names the focus area (a file of its wards only)", () => {
    const found = focusWards(wards, "Brent", null);
    expect(found.filtered).toBe(false);
    expect(found.boundaries.features).toHaveLength(4);
  });

  it("finds the focus area's own feature by name or code, ignoring case", () => {
    expect(focusFeature(wards, "belmont")?.code).toBe("E05000001");
    expect(focusFeature(wards, "E05000004")?.name).toBe("Canons");
    expect(focusFeature(wards, "Nowhere")).toBeNull();
    expect(focusFeature(undefined, "Belmont")).toBeNull();
  });
});

describe("the charts' source lines", () => {
  it("names the MPS (London Datastore), ONS estimates and ONS boundaries with the OS notice, and data.police.uk", () => {
    const sources = chartSources({ synthetic: false, mps: true, populationSources: ["ONS mid-year estimates, mid-2024"], boundaries: [wards] });
    expect(sources.rates).toEqual({ source: "Metropolitan Police Service recorded crime (London Datastore); ONS mid-year population estimates" });
    expect(sources.wards.source).toBe(
      "Metropolitan Police Service recorded crime (London Datastore); ONS boundaries, contains OS data © Crown copyright and database right",
    );
    expect(sources.hotspot.source.startsWith("data.police.uk street-level crime")).toBe(true);
  });

  it("says SYNTHETIC on every chart of the demonstration data, and claims no source it was not given", () => {
    const synthetic = chartSources({ synthetic: true, mps: true, populationSources: [], boundaries: [] });
    // Invented figures: SYNTHETIC in every source line, and no licence claimed for them.
    for (const line of Object.values(synthetic)) expect(line).toEqual({ source: expect.stringContaining("SYNTHETIC"), licence: "" });
    const plain = chartSources({ synthetic: false, mps: false, populationSources: [], boundaries: [undefined] });
    expect(plain.rates).toEqual({ source: "Police recorded crime; resident population estimates" });
    expect(plain.areas.source).not.toContain("ONS");
  });
});

describe("the SVGs of one document", () => {
  const outline = `M${Array.from({ length: 40 }, (_, i) => `${i},${i % 7}`).join("L")}Z`;
  const map = (fill: string): string =>
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" class="marks" width="10" height="10"><g fill="none" stroke-miterlimit="4"><g><g class="mark-shape"><path d="${outline}" fill="${fill}" stroke="#595959"/></g><text text-anchor="start" font-family="Arial, Helvetica, sans-serif" font-size="12px" font-weight="normal" fill="#1a1a1a">1</text><g class="x"/></g></g></svg>`;

  it("writes an outline drawn on several maps once, with the stroke every map gives it, and draws it with use in each map's fill", () => {
    const { svgs, defs } = documentSvgs([map("#eff3ff"), map("#08519c")]);
    expect(defs).toBe(
      `<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0" style="position:absolute" aria-hidden="true" focusable="false"><defs><path id="shape-1" d="${outline}" stroke="#595959"/></defs></svg>`,
    );
    expect(svgs[0]).toContain('<use href="#shape-1" fill="#eff3ff"/>');
    expect(svgs[1]).toContain('<use href="#shape-1" fill="#08519c"/>');
  });

  it("shares an outline of a few dozen characters drawn on several maps (a small ward at whole pixels), but not a path shorter than its use", () => {
    const ward = "m254,275-10,8-18,8,0,2-19,5-6,0-4-1-9-10z";
    const tick = "M0,0v5";
    const drawn = (fill: string): string => `<svg width="10"><path d="${ward}" fill="${fill}" stroke="#595959"/><path d="${tick}" stroke="#595959"/></svg>`;
    const { svgs, defs } = documentSvgs([drawn("#eff3ff"), drawn("#08519c")]);
    expect(defs).toContain(`<path id="shape-1" d="${ward}" stroke="#595959"/>`);
    expect(defs).not.toContain(tick);
    expect(svgs[1]).toBe(`<svg width="10"><use href="#shape-1" fill="#08519c"/><path d="${tick}" stroke="#595959"/></svg>`);
  });

  it("sets a stroke width the consecutive uses of a map share once on a group around them", () => {
    const ward = (i: number) => `m${i},275-10,8-18,8,0,2-19,5-6,0-4-1-9-10-40,2z`;
    const drawn = (width: string): string =>
      `<svg width="10">${[1, 2, 3].map((i) => `<path d="${ward(i)}" fill="#eff3ff" stroke="#595959"${width}/>`).join("")}<path d="M0,0h5" stroke="#595959" stroke-width="0.6"/></svg>`;
    const { svgs } = documentSvgs([drawn(' stroke-width="0.6"'), drawn(""), drawn(' stroke-width="0.6"')]);
    // The widths differ between maps, so the definitions set none; the first map's three uses share theirs.
    expect(svgs[0]).toBe(
      '<svg width="10"><g stroke-width="0.6"><use href="#shape-1"/><use href="#shape-2"/><use href="#shape-3"/></g><path d="M0,0h5" stroke="#595959" stroke-width="0.6"/></svg>',
    );
    expect(svgs[1]).toBe(
      '<svg width="10"><use href="#shape-1"/><use href="#shape-2"/><use href="#shape-3"/><path d="M0,0h5" stroke="#595959" stroke-width="0.6"/></svg>',
    );
  });

  it("keeps on each use a style its drawings of the outline do not share", () => {
    const { svgs, defs } = documentSvgs([map("#eff3ff"), map("#eff3ff").replace('stroke="#595959"', 'stroke="#000000"')]);
    // The same fill on both maps goes to the definition; the strokes differ, so each use keeps its own.
    expect(defs).toContain(`<path id="shape-1" d="${outline}" fill="#eff3ff"/>`);
    expect(svgs[0]).toContain('<use href="#shape-1" stroke="#595959"/>');
    expect(svgs[1]).toContain('<use href="#shape-1" stroke="#000000"/>');
  });

  it("leaves an SVG whose outlines no other SVG draws as renderSvg wrote it, but for the default text fill", () => {
    const { svgs, defs } = documentSvgs([map("#eff3ff")]);
    expect(defs).toBe("");
    expect(svgs).toEqual([map("#eff3ff").replace(` fill="${palette.text}">1</text>`, ">1</text>")]);
  });

  it("drops the default text colour from each text and gives it once as a CSS rule; white labels keep their fill", () => {
    const white = map("#08519c").replace(`fill="${palette.text}">1</text>`, 'fill="#ffffff">1</text>');
    const { svgs, css } = documentSvgs([map("#eff3ff"), white]);
    expect(css).toBe(`svg text:not([fill]){fill:${palette.text}}`);
    expect(svgs[0]).toContain('font-weight="normal">1</text>');
    expect(svgs[0]).not.toContain(`fill="${palette.text}"`);
    expect(svgs[1]).toContain('fill="#ffffff">1</text>');
  });

  it("keeps the text fills of an SVG in which a text inherits its colour, and gives no CSS rule when no fill was dropped", () => {
    const inherits = map("#eff3ff").replace('<g class="x"/>', "<text>2</text>");
    const { svgs, css } = documentSvgs([inherits]);
    expect(svgs).toEqual([inherits]);
    expect(css).toBe("");
  });

  it("names an SVG by the title it draws instead of repeating it in a title element, and keeps a title the SVG does not draw whole", () => {
    const titled = (drawn: string): string =>
      `<svg role="img" aria-labelledby="c-title"><title id="c-title">Rate &amp; count</title><g><text y="12" font-weight="bold" fill="${palette.text}">${drawn}</text></g></svg>`;
    const { svgs } = documentSvgs([titled("Rate &amp; count"), titled('<tspan>Rate &amp;</tspan><tspan x="0" dy="14">count</tspan>'), titled("Rate")]);
    expect(svgs[0]).toBe('<svg role="img" aria-labelledby="c-title"><g><text id="c-title" y="12" font-weight="bold">Rate &amp; count</text></g></svg>');
    // Drawn on two lines: the lines joined are the title.
    expect(svgs[1]).toContain('<text id="c-title" y="12" font-weight="bold"><tspan>Rate &amp;</tspan>');
    expect(svgs[1]).not.toContain("<title");
    expect(svgs[2]).toContain('<title id="c-title">Rate &amp; count</title>');
  });

  it("drops the default text fill from the texts renderSvg writes", async () => {
    const chart = comparisonChart({ title: "Rate", source: "Invented figures", rows: [{ area: "A", value: 2 }], xTitle: "Rate" });
    const { svgs, css } = documentSvgs([await renderSvg(chart, { id: "a" })]);
    expect(svgs[0]).toContain("<text");
    expect(svgs[0]).not.toMatch(new RegExp(`<text[^>]*fill="${palette.text}"`));
    expect(css).toContain(palette.text);
  });

  it("keeps renderSvg's root font and chart-named clip ids: one font-size on each root, no id shared by two charts", async () => {
    const chart = comparisonChart({
      title: "Rate",
      source: "Invented figures",
      rows: [
        { area: "A", value: 2, lower: 1, upper: 3 },
        { area: "B", value: 3, lower: 2, upper: 4 },
      ],
      xTitle: "Rate",
    });
    const { svgs } = documentSvgs([await renderSvg(chart, { id: "a" }), await renderSvg(chart, { id: "b" })]);
    for (const svg of svgs) expect(/^<svg[^>]*>/.exec(svg)?.[0].match(/ font-size=/g)?.length ?? 0).toBeLessThanOrEqual(1);
    const ids = svgs.flatMap((svg) => [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("b-title");
  });
});
