#!/usr/bin/env node
// Writes the SYNTHETIC demonstration data set shipped in @crimestats/report (data/).
//
// Every number written here is invented by a seeded pseudo-random generator: nothing is copied
// from, or fitted to, published data. The files are shaped like the London Datastore
// "MPS Borough Level Crime" and "MPS Ward Level Crime" wide files (one row per category and
// area, one column per month YYYYMM: a long "historical" release and a newer 24-month release
// that overlap by 12 months and disagree slightly on them, as real releases do), like the ONS
// mid-year population estimates by local authority (the CSV layout of "MYE2 - Persons", one file
// per year), like a RAG rule file, like GeoJSON boundary files (invented hexagons for the boroughs
// and their wards) and like a data.police.uk street-level file (burglaries in Harrow), so the same
// readers work on them and the document draws its maps. They are labelled
// SYNTHETIC in their file names, in data/README.md, in the ward names and in every report made
// from them.
//
// Two recording breaks are planted inside the default compared periods (the 12 months to
// December 2025 against the 12 months to December 2024), so every section of the document is
// exercised: from September 2024 the airports row is folded into Hillingdon (a reallocation of
// a non-area row to one borough), and from March 2025 "BURGLARY IN A DWELLING" is relabelled
// "BURGLARY - RESIDENTIAL" (a category relabelling) in the newer release.
//
// Deterministic: the same script always writes byte-identical files (fixed seed, no clock,
// no locale). Run: node packages/report/scripts/generate-demo-data.mjs [outDir]
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(process.argv[2] ?? resolve(here, "../data"));

/** mulberry32: a small, well-known 32-bit seeded generator. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20190711);
const uniform = (lo, hi) => lo + (hi - lo) * random();

/** Poisson draw from the generator `rng`: Knuth's product method for small means, a rounded normal approximation above 40. */
function poissonOf(rng, mean) {
  if (mean <= 0) return 0;
  if (mean < 40) {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = rng();
    while (p > limit) {
      k += 1;
      p *= rng();
    }
    return k;
  }
  const u1 = Math.max(rng(), 1e-12);
  const u2 = rng();
  const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  return Math.max(0, Math.floor(mean + Math.sqrt(mean) * z + 0.5));
}
const poisson = (mean) => poissonOf(random, mean);

// The 32 MPS boroughs (names as the London Datastore spells them) and their ONS codes.
const boroughs = [
  ["E09000002", "Barking and Dagenham"],
  ["E09000003", "Barnet"],
  ["E09000004", "Bexley"],
  ["E09000005", "Brent"],
  ["E09000006", "Bromley"],
  ["E09000007", "Camden"],
  ["E09000008", "Croydon"],
  ["E09000009", "Ealing"],
  ["E09000010", "Enfield"],
  ["E09000011", "Greenwich"],
  ["E09000012", "Hackney"],
  ["E09000013", "Hammersmith and Fulham"],
  ["E09000014", "Haringey"],
  ["E09000015", "Harrow"],
  ["E09000016", "Havering"],
  ["E09000017", "Hillingdon"],
  ["E09000018", "Hounslow"],
  ["E09000019", "Islington"],
  ["E09000020", "Kensington and Chelsea"],
  ["E09000021", "Kingston upon Thames"],
  ["E09000022", "Lambeth"],
  ["E09000023", "Lewisham"],
  ["E09000024", "Merton"],
  ["E09000025", "Newham"],
  ["E09000026", "Redbridge"],
  ["E09000027", "Richmond upon Thames"],
  ["E09000028", "Southwark"],
  ["E09000029", "Sutton"],
  ["E09000030", "Tower Hamlets"],
  ["E09000031", "Waltham Forest"],
  ["E09000032", "Wandsworth"],
  ["E09000033", "Westminster"],
];

// Category labels as in the MPS files; the yearly rate per 1,000 residents is invented.
// "BURGLARY IN A DWELLING" is relabelled "BURGLARY - RESIDENTIAL" at `relabelMonth` (below).
const dwellingBurglary = "BURGLARY IN A DWELLING";
const residentialBurglary = "BURGLARY - RESIDENTIAL";
const categories = [
  ["ARSON AND CRIMINAL DAMAGE", "ARSON", 0.3],
  ["ARSON AND CRIMINAL DAMAGE", "CRIMINAL DAMAGE", 5.5],
  ["BURGLARY", "BURGLARY BUSINESS AND COMMUNITY", 1.6],
  ["BURGLARY", dwellingBurglary, 4.9],
  ["DRUG OFFENCES", "POSSESSION OF DRUGS", 3.2],
  ["DRUG OFFENCES", "TRAFFICKING OF DRUGS", 0.6],
  ["FRAUD AND FORGERY", "FRAUD AND FORGERY", 0.15],
  ["MISCELLANEOUS CRIMES AGAINST SOCIETY", "MISC CRIMES AGAINST SOCIETY", 1.2],
  ["NFIB FRAUD", "NFIB", 0.05],
  ["POSSESSION OF WEAPONS", "POSSESSION OF WEAPONS", 0.55],
  ["PUBLIC ORDER OFFENCES", "OTHER OFFENCES PUBLIC ORDER", 0.6],
  ["PUBLIC ORDER OFFENCES", "PUBLIC FEAR ALARM OR DISTRESS", 3.5],
  ["PUBLIC ORDER OFFENCES", "RACE OR RELIGIOUS AGG PUBLIC FEAR", 0.7],
  ["PUBLIC ORDER OFFENCES", "VIOLENT DISORDER", 0.03],
  ["ROBBERY", "ROBBERY OF BUSINESS PROPERTY", 0.25],
  ["ROBBERY", "ROBBERY OF PERSONAL PROPERTY", 3.5],
  ["SEXUAL OFFENCES", "OTHER SEXUAL OFFENCES", 1.4],
  ["SEXUAL OFFENCES", "RAPE", 1.0],
  ["THEFT", "BICYCLE THEFT", 1.8],
  ["THEFT", "OTHER THEFT", 12],
  ["THEFT", "SHOPLIFTING", 6],
  ["THEFT", "THEFT FROM THE PERSON", 5],
  ["VEHICLE OFFENCES", "AGGRAVATED VEHICLE TAKING", 0.05],
  ["VEHICLE OFFENCES", "INTERFERING WITH A MOTOR VEHICLE", 0.7],
  ["VEHICLE OFFENCES", "THEFT FROM A VEHICLE", 4],
  ["VEHICLE OFFENCES", "THEFT OR UNAUTH TAKING OF A MOTOR VEH", 3.5],
  ["VIOLENCE AGAINST THE PERSON", "DEATH SERIOUS INJURY ILLEGAL DRIVING", 0.01],
  ["VIOLENCE AGAINST THE PERSON", "HOMICIDE", 0.012],
  ["VIOLENCE AGAINST THE PERSON", "STALKING AND HARASSMENT", 8],
  ["VIOLENCE AGAINST THE PERSON", "VIOLENCE WITH INJURY", 7.5],
  ["VIOLENCE AGAINST THE PERSON", "VIOLENCE WITHOUT INJURY", 12],
];

// 72 months, January 2020 to December 2025. The historical release holds the first 60
// (2020-01..2024-12), the 24-month release and the ward file the last 24 (2024-01..2025-12):
// they overlap by the 12 months of 2024, which the newer release revises slightly.
const months = [];
for (let y = 2020; y <= 2025; y += 1) for (let m = 1; m <= 12; m += 1) months.push({ y, m, key: `${y}${String(m).padStart(2, "0")}` });
const historicalLast = 59;
const recentFirst = 48;
const keyOf = (t) => `${months[t].key.slice(0, 4)}-${months[t].key.slice(4)}`;
// The planted breaks: the month the airports row is folded into Hillingdon, and the month of the relabelling.
const airportsRow = "London Heathrow and London City Airports";
const airportsInto = "Hillingdon";
const reallocationMonth = months.findIndex((x) => x.key === "202409");
const relabelMonth = months.findIndex((x) => x.key === "202503");

const populations = boroughs.map(([code, name]) => ({ code, name, population: Math.floor(uniform(160_000, 400_000)), growth: uniform(-0.004, 0.016) }));
const boroughLevel = boroughs.map(() => uniform(0.55, 1.7));
const majorPhase = new Map();
for (const [major] of categories) if (!majorPhase.has(major)) majorPhase.set(major, uniform(0, 12));

const csvField = (s) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const monthColumns = (from, to) => months.slice(from, to + 1).map((m) => m.key);
const historicalLines = [["MajorText", "MinorText", "BoroughName", ...monthColumns(0, historicalLast)].join(",")];
const recentLines = [["MajorText", "MinorText", "BoroughName", ...monthColumns(recentFirst, months.length - 1)].join(",")];
const wardLines = [["MajorText", "MinorText", "WardName", "WardCode", "LookUp_BoroughName", ...monthColumns(recentFirst, months.length - 1)].join(",")];

// Synthetic wards: 4 to 6 per borough, named so that no one mistakes them for real wards.
let wardCode = 0;
const wards = boroughs.map(([, name]) => {
  const n = 4 + Math.floor(random() * 3);
  const weights = Array.from({ length: n }, () => uniform(0.3, 1.8));
  const total = weights.reduce((a, b) => a + b, 0);
  return Array.from({ length: n }, (_, i) => {
    wardCode += 1;
    return {
      name: `${name} Synthetic Ward ${String.fromCharCode(65 + i)}`,
      code: `E0599${String(wardCode).padStart(4, "0")}`,
      share: weights[i] / total,
    };
  });
});

/** The count first published in the historical release for a month the newer release revises: a few late-recorded offences fewer, now and then. */
const firstPublished = (count) => (random() < 0.3 ? Math.max(0, count - 1 - Math.floor(random() * 3)) : count);

/** Splits a borough's monthly counts among its wards (a multinomial draw), so wards add up to the borough. */
function splitAmongWards(b, series) {
  const wardSeries = wards[b].map(() => []);
  for (let t = recentFirst; t < months.length; t += 1) {
    let left = series[t];
    let shareLeft = 1;
    wards[b].forEach((w, i) => {
      let k = 0;
      if (i === wards[b].length - 1) k = left;
      else for (let j = 0; j < left; j += 1) if (random() < w.share / shareLeft) k += 1;
      wardSeries[i].push(k);
      left -= k;
      shareLeft -= w.share;
    });
  }
  return wardSeries;
}

/** Writes one category's rows (true counts `series` per area) to both releases; the burglary label changes at `relabelMonth` in the newer release only. */
function writeRows(major, minor, rowsByArea) {
  const sorted = [...rowsByArea].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const relabelled = minor === dwellingBurglary;
  for (const [area, series] of sorted) {
    historicalLines.push(
      [major, minor, csvField(area), ...series.slice(0, recentFirst), ...series.slice(recentFirst, historicalLast + 1).map(firstPublished)].join(","),
    );
  }
  for (const [area, series] of sorted) {
    const recent = series.slice(recentFirst);
    const old = relabelled ? recent.map((v, i) => (recentFirst + i < relabelMonth ? v : 0)) : recent;
    recentLines.push([major, minor, csvField(area), ...old].join(","));
  }
  if (relabelled) {
    for (const [area, series] of sorted) {
      recentLines.push(
        [major, residentialBurglary, csvField(area), ...series.slice(recentFirst).map((v, i) => (recentFirst + i < relabelMonth ? 0 : v))].join(","),
      );
    }
  }
}

for (const [major, minor, perThousand] of categories) {
  const phase = majorPhase.get(major);
  const amplitude = uniform(0.04, 0.22);
  const rows = [];
  const wardRows = [];
  // The airports row: counts of its own until the reallocation month, then none (they are Hillingdon's from then on).
  const airportsMean = perThousand * 7;
  const airports = months.map(() => poisson(airportsMean));
  boroughs.forEach(([, name], b) => {
    const level = boroughLevel[b] * uniform(0.7, 1.35);
    const growth = uniform(-0.12, 0.12); // change per year
    const series = months.map(({ m }, t) => {
      const mean =
        (((populations[b].population / 1000) * perThousand * level) / 12) *
        (1 + amplitude * Math.sin((2 * Math.PI * (m - phase)) / 12)) *
        (1 + growth) ** ((t - 36) / 12);
      return poisson(mean) + (name === airportsInto && t >= reallocationMonth ? airports[t] : 0);
    });
    rows.push([name, series]);
    const wardSeries = splitAmongWards(b, series);
    for (const [i, w] of wards[b].entries()) wardRows.push([major, csvField(w.name), w.code, name, wardSeries[i]]);
  });
  rows.push([airportsRow, airports.map((v, t) => (t >= reallocationMonth ? 0 : v))]);
  rows.push(["Unknown", months.map(() => poisson(perThousand * 0.6))]);
  writeRows(major, minor, rows);
  for (const [maj, ward, code, borough, series] of wardRows) {
    if (minor === dwellingBurglary) {
      wardLines.push([maj, minor, ward, code, borough, ...series.map((v, i) => (recentFirst + i < relabelMonth ? v : 0))].join(","));
      wardLines.push([maj, residentialBurglary, ward, code, borough, ...series.map((v, i) => (recentFirst + i < relabelMonth ? 0 : v))].join(","));
    } else wardLines.push([maj, minor, ward, code, borough, ...series].join(","));
  }
}

// Populations in the layout of the ONS mid-year estimates by local authority (the CSV of "MYE2 -
// Persons": Code, Name, Geography, All ages, then single years of age 0..89 and 90+), one file per
// year: the City of London (which the Metropolitan Police does not cover), the 32 boroughs and the
// London region (E12000007, the sum of its boroughs).
const years = [2022, 2023, 2024];
const ages = [...Array.from({ length: 90 }, (_, a) => String(a)), "90+"];
/** Splits a population among the single years of age (an invented, smooth age profile), adding up exactly. */
function byAge(total) {
  const weights = ages.map((_, a) => (a < 90 ? Math.exp(-((a - 34) ** 2) / 1800) : 0.6));
  const sum = weights.reduce((x, y) => x + y, 0);
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  counts[34] += total - counts.reduce((x, y) => x + y, 0);
  return counts;
}
const cityOfLondon = { code: "E09000001", name: "City of London", population: Math.floor(uniform(8_000, 12_000)), growth: uniform(0, 0.02) };
const populationFiles = years.map((year) => {
  const inYear = ({ population, growth }) => Math.floor(population * (1 + growth) ** (year - 2022));
  const areas = [cityOfLondon, ...populations].map((p) => ({ ...p, count: inYear(p) }));
  const london = areas.reduce((n, a) => n + a.count, 0);
  const lines = [["Code", "Name", "Geography", "All ages", ...ages].join(",")];
  lines.push(["E12000007", "LONDON", "Region", london, ...byAge(london)].join(","));
  for (const a of areas) lines.push([a.code, csvField(a.name), "London Borough", a.count, ...byAge(a.count)].join(","));
  return { name: `SYNTHETIC-demo-mid-year-estimates-mid${year}.csv`, text: `${lines.join("\n")}\n` };
});

// A RAG rule file (a RuleSet of @crimestats/rag) with one target: burglary in the focus borough
// (Harrow) at no more than 95% of its count in the previous 12 months, rounded down to a multiple of 10.
const harrow = boroughs.findIndex(([, name]) => name === "Harrow");
const burglaryRows = historicalLines
  .slice(1)
  .map((l) => l.split(","))
  .filter((r) => r[0] === "BURGLARY" && r[2] === boroughs[harrow][1]);
const previousYear = burglaryRows.reduce((n, r) => n + r.slice(3 + recentFirst, 3 + historicalLast + 1).reduce((x, v) => x + Number(v), 0), 0);
const rules = {
  rules: [
    {
      id: "burglary",
      kind: "target",
      title: "Burglary against the partnership's target",
      description: "Burglary offences in the year are at or below the target (an invented target for the SYNTHETIC demonstration).",
      polarity: "lower-is-better",
      target: Math.floor((previousYear * 0.95) / 10) * 10,
      amber: { percent: 5 },
    },
  ],
};

// SYNTHETIC boundaries, so the demonstration document draws its maps: invented hexagons, not
// real outlines. Each borough is a rosette of 7 hexagonal cells (a centre cell and its 6
// neighbours; rosettes tile the plane), placed roughly in London's arrangement; its wards (4 to 6,
// the wards of the ward file) are groups of 1 or 2 of its cells. Cells are about 1.4 km across the
// corners, and the map sits on London's longitude and latitude, so projections work as on real
// files. Vertices are computed on an integer lattice, so a border two areas share has identical
// coordinates in both; rings run clockwise, as in the ONS boundary files. A generator of its own
// (seed below) draws the street-level points, so the files above stay as they were.
const mapRandom = mulberry32(20250301);
const mapUniform = (lo, hi) => lo + (hi - lo) * mapRandom();
/** Rows of the borough hex map, north to south (odd rows sit half a rosette to the east). */
const hexRows = [
  [
    [2, "Barnet"],
    [3, "Enfield"],
  ],
  [
    [1, "Harrow"],
    [2, "Brent"],
    [3, "Haringey"],
    [4, "Waltham Forest"],
  ],
  [
    [0, "Hillingdon"],
    [1, "Ealing"],
    [2, "Camden"],
    [3, "Islington"],
    [4, "Hackney"],
    [5, "Redbridge"],
    [6, "Havering"],
  ],
  [
    [0, "Hounslow"],
    [1, "Hammersmith and Fulham"],
    [2, "Kensington and Chelsea"],
    [3, "Westminster"],
    [4, "Tower Hamlets"],
    [5, "Newham"],
    [6, "Barking and Dagenham"],
  ],
  [
    [0, "Richmond upon Thames"],
    [1, "Wandsworth"],
    [2, "Lambeth"],
    [3, "Southwark"],
    [4, "Lewisham"],
    [5, "Greenwich"],
    [6, "Bexley"],
  ],
  [
    [1, "Kingston upon Thames"],
    [2, "Merton"],
    [3, "Croydon"],
    [4, "Bromley"],
  ],
  [[2, "Sutton"]],
];
// Cells are pointy-top hexagons in axial coordinates (q, r). A vertex is an integer pair (X, Y):
// X in units of √3/2 of the cell's corner radius eastwards, Y in halves of it southwards.
const cellCorners = [
  [0, -2],
  [1, -1],
  [1, 1],
  [0, 2],
  [-1, 1],
  [-1, -1],
]; // clockwise on the map
const ringCells = [
  [1, 0],
  [0, 1],
  [-1, 1],
  [-1, 0],
  [0, -1],
  [1, -1],
]; // the 6 neighbours, clockwise from the east
/** Cells of each ward, by the number of wards of the borough: indexes into [centre, ...ringCells]. */
const wardCells = { 4: [[0, 1], [2, 3], [4, 5], [6]], 5: [[0, 1], [2, 3], [4], [5], [6]], 6: [[0, 1], [2], [3], [4], [5], [6]] };
const cellKm = 1.4; // corner radius of a cell
// Rosettes sit on the lattice spanned by (2, 1) and (-1, 3) in cell coordinates, turned about 19°
// from the cells' own rows: the map is turned back so the rows of boroughs run east to west.
const turn = Math.atan2(1.5, 2.5 * Math.sqrt(3));
const rosettes = [];
hexRows.forEach((row, r) => {
  for (const [col, name] of row) {
    const a = col - (r - (r & 1)) / 2;
    rosettes.push({ name, centre: [2 * a - r, a + 3 * r] });
  }
});
if (rosettes.length !== boroughs.length || rosettes.some((x) => !boroughs.some(([, n]) => n === x.name))) throw new Error("hex map: every borough once");
/** Kilometres east and south of the lattice's origin, for a vertex (X, Y). */
const vertexKm = ([X, Y]) => {
  const x = (X * Math.sqrt(3) * cellKm) / 2;
  const y = (Y * cellKm) / 2;
  return [x * Math.cos(turn) + y * Math.sin(turn), -x * Math.sin(turn) + y * Math.cos(turn)];
};
const centresKm = rosettes.map(({ centre: [q, r] }) => vertexKm([2 * q + r, 3 * r]));
const originKm = [0, 1].map((i) => centresKm.reduce((s, c) => s + c[i], 0) / centresKm.length);
const kmPerDegreeLatitude = 111.32;
const kmPerDegreeLongitude = kmPerDegreeLatitude * Math.cos((51.5 * Math.PI) / 180);
/** Longitude and latitude (5 decimals for vertices, as the ONS files; 6 for points, as police.uk) of a point `km` east and south of the lattice's origin, the map centred on -0.1, 51.5. */
function lonLat([east, south], decimals = 5) {
  const scale = 10 ** decimals;
  return [
    Math.round((-0.1 + (east - originKm[0]) / kmPerDegreeLongitude) * scale) / scale,
    Math.round((51.5 - (south - originKm[1]) / kmPerDegreeLatitude) * scale) / scale,
  ];
}
/** The outline of a group of cells (edges two cells share cancel out), as one clockwise ring of longitude/latitude pairs. */
function outline(cells) {
  const edges = new Map();
  for (const [q, r] of cells) {
    const corners = cellCorners.map(([dx, dy]) => [2 * q + r + dx, 3 * r + dy]);
    corners.forEach((from, i) => {
      const to = corners[(i + 1) % 6];
      const back = `${to}|${from}`;
      if (edges.has(back)) edges.delete(back);
      else edges.set(`${from}|${to}`, [from, to]);
    });
  }
  const next = new Map([...edges.values()].map(([from, to]) => [`${from}`, to]));
  const first = [...edges.values()].sort(([a], [b]) => a[1] - b[1] || a[0] - b[0])[0][0];
  const ring = [first];
  for (let at = next.get(`${first}`); `${at}` !== `${first}`; at = next.get(`${at}`)) ring.push(at);
  if (ring.length !== edges.size) throw new Error("hex map: a group of cells is not one piece");
  return [...ring, first].map((v) => lonLat(vertexKm(v)));
}
const cellsOf = ({ centre: [q, r] }) => [[q, r], ...ringCells.map(([dq, dr]) => [q + dq, r + dr])];
const rosetteOf = (name) => rosettes.find((x) => x.name === name);
const boroughFeatures = boroughs.map(([code, name]) => ({
  type: "Feature",
  properties: { code, name, synthetic: "SYNTHETIC: invented hexagons" },
  geometry: { type: "Polygon", coordinates: [outline(cellsOf(rosetteOf(name)))] },
}));
const wardFeatures = boroughs.flatMap(([, name], b) => {
  const cells = cellsOf(rosetteOf(name));
  return wards[b].map((w, i) => ({
    type: "Feature",
    properties: { code: w.code, name: w.name, borough: name, synthetic: "SYNTHETIC: invented hexagons" },
    geometry: { type: "Polygon", coordinates: [outline(wardCells[wards[b].length][i].map((c) => cells[c]))] },
  }));
});
/** A FeatureCollection, one feature a line (small and readable in a diff). */
const featureCollection = (name, features) =>
  `{"type":"FeatureCollection","name":${JSON.stringify(name)},"features":[\n${features.map((f) => JSON.stringify(f)).join(",\n")}\n]}\n`;

// A SYNTHETIC street-level file in the data.police.uk layout (12 columns): burglaries in Harrow
// over the 12 months of 2025 (the demonstration's current period), at points inside Harrow's
// hexagons, half of them around four invented hot spots; a few in Brent (the command keeps the
// focus area's rows) and two without a location, as police.uk files have. About 60% of the
// borough file's count, to keep the file small: police.uk and MPS counts differ anyway.
const streetHeader = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";
const force = "Metropolitan Police Service";
const outcomes = [
  ["Investigation complete; no suspect identified", 0.62],
  ["Unable to prosecute suspect", 0.14],
  ["Under investigation", 0.12],
  ["Status update unavailable", 0.06],
  ["Court result unavailable", 0.03],
  ["Offender given a caution", 0.03],
];
const pick = (weighted) => {
  let u = mapRandom();
  for (const [value, w] of weighted) {
    u -= w;
    if (u < 0) return value;
  }
  return weighted.at(-1)[0];
};
const hex64 = () =>
  Array.from({ length: 8 }, () =>
    Math.floor(mapRandom() * 2 ** 32)
      .toString(16)
      .padStart(8, "0"),
  ).join("");
/** Gaussian draw (Box–Muller). */
const gaussian = () => Math.sqrt(-2 * Math.log(Math.max(mapRandom(), 1e-12))) * Math.cos(2 * Math.PI * mapRandom());
/** The cell (axial, rounded) holding a point given in cell-corner radii east and south of the lattice origin. */
function cellAt(x, y) {
  const qf = (Math.sqrt(3) / 3) * x - y / 3;
  const rf = (2 / 3) * y;
  const sf = -qf - rf;
  let [q, r, s] = [Math.round(qf), Math.round(rf), Math.round(sf)];
  const [dq, dr, ds] = [Math.abs(q - qf), Math.abs(r - rf), Math.abs(s - sf)];
  if (dq > dr && dq > ds) q = -r - s;
  else if (dr > ds) r = -q - s;
  return [q, r];
}
/** A random point inside one of `cells` (near `around` when given), with the index of its cell; in cell-corner radii. */
function pointIn(cells, around = null, spread = 0.25) {
  for (;;) {
    let x;
    let y;
    if (around === null) {
      const [q, r] = cells[Math.floor(mapRandom() * cells.length)];
      x = Math.sqrt(3) * (q + r / 2) + mapUniform(-1, 1);
      y = 1.5 * r + mapUniform(-1, 1);
    } else {
      x = around.x + spread * gaussian();
      y = around.y + spread * gaussian();
    }
    const [q, r] = cellAt(x, y);
    const index = cells.findIndex(([cq, cr]) => cq === q && cr === r);
    if (index >= 0) return { x, y, cell: index };
  }
}
/** One street-level row of `borough` in `month`, at a point of its hexagons. */
function streetRow(borough, month, point) {
  const [lon, lat] = lonLat(vertexKm([(2 * point.x) / Math.sqrt(3), 2 * point.y]), 6);
  const lsoa = 900 + point.cell * 3 + Math.floor(mapRandom() * 3);
  const letter = String.fromCharCode(65 + Math.floor(mapRandom() * 4));
  const street = `On or near Synthetic Street ${1 + Math.floor(mapRandom() * 60)}`;
  return [
    hex64(),
    month,
    force,
    force,
    lon,
    lat,
    street,
    `E0109${String(lsoa).padStart(4, "0")}`,
    `${borough} ${lsoa}${letter}`,
    "Burglary",
    pick(outcomes),
    "",
  ].join(",");
}
const harrowCells = cellsOf(rosetteOf("Harrow"));
const hotSpots = Array.from({ length: 4 }, () => pointIn(harrowCells));
const streetLines = [streetHeader];
let brentRows = 0;
let noLocation = 0;
const streetMonths = "January to December 2025";
for (let m = 1; m <= 12; m += 1) {
  const month = `2025-${String(m).padStart(2, "0")}`;
  const n = poissonOf(mapRandom, 45 * (1 + 0.15 * Math.cos((2 * Math.PI * (m - 1)) / 12)));
  for (let i = 0; i < n; i += 1) {
    const near = mapRandom() < 0.5 ? hotSpots[Math.floor(mapRandom() * hotSpots.length)] : null;
    streetLines.push(streetRow("Harrow", month, pointIn(harrowCells, near)));
  }
  if (m % 4 === 0) {
    for (let i = 0; i < 5; i += 1) streetLines.push(streetRow("Brent", month, pointIn(cellsOf(rosetteOf("Brent")))));
    brentRows += 5;
  }
  if (m === 6 || m === 11) {
    streetLines.push([hex64(), month, force, force, "", "", "No Location", "", "", "Burglary", pick(outcomes), ""].join(","));
    noLocation += 1;
  }
}
// The newer release's burglaries in Harrow over 2025, to say what share of them the street file holds.
const harrowBurglaries = recentLines
  .slice(1)
  .map((l) => l.split(","))
  .filter((r) => r[0] === "BURGLARY" && r[2] === "Harrow")
  .reduce((n, r) => n + r.slice(3 + 12).reduce((x, v) => x + Number(v), 0), 0);
const harrowShare = Math.round((100 * (streetLines.length - 1 - brentRows - noLocation)) / harrowBurglaries);
const streetName = "SYNTHETIC-demo-harrow-burglary-2025-01_2025-12-street.csv";
const boroughBoundariesName = "SYNTHETIC-demo-borough-boundaries.geojson";
const wardBoundariesName = "SYNTHETIC-demo-ward-boundaries.geojson";

// SYNTHETIC local data: the partnership's own measures in the layouts of the local-data templates
// (`crimestats template <kind>`), one file per kind, for "crimestats assess" without --data.
// Incident counts of anti-social behaviour, domestic abuse (with an injury flag, the focus
// borough's by victim sex), hate crime (by strand, some crimes with two strands), knife crime, gun
// crime and serious youth violence, by month over the 24 months of the newer release, for Harrow,
// its comparators and London (London's count is the sum of all 32 boroughs' invented counts), the
// focus borough's anti-social behaviour and knife crime also by its synthetic wards; youth justice
// (first-time entrants, reoffending cohorts, custody), survey results with sample bases, service
// volumes with targets and a delivery plan of 12 actions over 3 priorities. A generator of its
// own (seed below), so the files above stay as they were.
const localRandom = mulberry32(20261207);
const localPoisson = (mean) => poissonOf(localRandom, mean);
const localUniform = (lo, hi) => lo + (hi - lo) * localRandom();
const localDir = "SYNTHETIC-demo-local";
const localSource = "SYNTHETIC demonstration data";
const localMonths = months.slice(recentFirst).map((_, i) => keyOf(recentFirst + i));
const focusName = "Harrow";
const comparatorNames = ["Barnet", "Brent", "Ealing", "Hillingdon"];
const localAreas = [focusName, ...comparatorNames];
const populationOf = (name) => populations.find((p) => p.name === name).population;
// Incidents per 1,000 residents a year (invented), and each borough's own level.
const incidentMeasures = [
  ["asb", 22],
  ["domestic-abuse", 9],
  ["hate-crime", 1.6],
  ["knife-crime", 0.9],
  ["gun-crime", 0.05],
  ["serious-youth-violence", 0.45],
];
const hateStrands = [
  [["hate:race"], 0.55],
  [["hate:religion"], 0.12],
  [["hate:race", "hate:religion"], 0.07],
  [["hate:sexual-orientation"], 0.13],
  [["hate:disability"], 0.06],
  [["hate:transgender"], 0.03],
  [["hate:sexual-orientation", "hate:transgender"], 0.04],
];
const incidentHeader = "measure,area,ward,period,category,flags,victim_sex,count,unit,source";
const incidentLines = [incidentHeader];
const incidentRow = (measure, area, ward, period, flags, victimSex, count, unit) =>
  [measure, csvField(area), csvField(ward), period, "", flags.join(";"), victimSex, count, unit, csvField(localSource)].join(",");
const unitOf = (measure) => (measure === "asb" ? "incidents" : "offences");
for (const [measure, perThousand] of incidentMeasures) {
  const london = localMonths.map(() => 0);
  const londonParts = measure === "hate-crime" ? hateStrands.map(() => localMonths.map(() => 0)) : null;
  boroughs.forEach(([, name], b) => {
    const level = localUniform(0.7, 1.35);
    const trend = localUniform(-0.15, 0.15);
    const means = localMonths.map((month, t) => {
      const m = Number(month.slice(5));
      const season = measure === "asb" ? 1 + 0.25 * Math.sin((2 * Math.PI * (m - 4)) / 12) : 1;
      return ((populationOf(name) / 1000) * perThousand * level * season * (1 + trend) ** ((t - 12) / 12)) / 12;
    });
    const written = localAreas.includes(name);
    localMonths.forEach((month, t) => {
      if (measure === "hate-crime") {
        hateStrands.forEach(([flags, share], s) => {
          const n = localPoisson(means[t] * share);
          london[t] += n;
          londonParts[s][t] += n;
          if (written) incidentLines.push(incidentRow(measure, name, "", month, flags, "", n, unitOf(measure)));
        });
      } else if (measure === "domestic-abuse") {
        const groups =
          name === focusName
            ? [
                [["injury"], "female", 0.26],
                [[], "female", 0.5],
                [["injury"], "male", 0.08],
                [[], "male", 0.16],
              ]
            : [
                [["injury"], "", 0.34],
                [[], "", 0.66],
              ];
        for (const [flags, sex, share] of groups) {
          const n = localPoisson(means[t] * share);
          london[t] += n;
          if (written) incidentLines.push(incidentRow(measure, name, "", month, flags, sex, n, unitOf(measure)));
        }
      } else {
        const n = localPoisson(means[t]);
        london[t] += n;
        if (written) incidentLines.push(incidentRow(measure, name, "", month, [], "", n, unitOf(measure)));
        // The focus borough's anti-social behaviour and knife crime by ward: the borough's count split among its wards.
        if (name === focusName && (measure === "asb" || measure === "knife-crime")) {
          let left = n;
          let shareLeft = 1;
          wards[b].forEach((w, i) => {
            let k = 0;
            if (i === wards[b].length - 1) k = left;
            else for (let j = 0; j < left; j += 1) if (localRandom() < w.share / shareLeft) k += 1;
            incidentLines.push(incidentRow(measure, name, w.name, month, [], "", k, unitOf(measure)));
            left -= k;
            shareLeft -= w.share;
          });
        }
      }
    });
  });
  localMonths.forEach((month, t) => {
    if (londonParts !== null)
      hateStrands.forEach(([flags], s) => {
        incidentLines.push(incidentRow(measure, "London", "", month, flags, "", londonParts[s][t], unitOf(measure)));
      });
    else incidentLines.push(incidentRow(measure, "London", "", month, [], "", london[t], unitOf(measure)));
  });
}

// Youth justice: first-time entrants and custodial sentences in the 12 months to December 2024
// and 2025 (with residents aged 10-17, about a tenth of the population), and reoffending cohorts
// (January to March 2023 and 2024): the focus borough with cohort sizes, the others as published
// rates only (percent).
const youthHeader = "measure,area,period,count,population_10_to_17,cohort,reoffenders,reoffences,percent,cohort_name,source";
const youthLines = [youthHeader];
const youthAreas = [...localAreas, "London"];
const youthPopulation = (name) =>
  Math.floor((name === "London" ? populations.reduce((n, p) => n + p.population, 0) : populationOf(name)) * localUniform(0.095, 0.11));
for (const name of youthAreas) {
  const pop = youthPopulation(name);
  for (const [period, factor] of [
    ["2024-01/2024-12", 1],
    ["2025-01/2025-12", localUniform(0.75, 1.1)],
  ]) {
    const fteMean = (pop / 100_000) * 160 * factor;
    youthLines.push(["first-time-entrants", csvField(name), period, localPoisson(fteMean), pop, "", "", "", "", "", csvField(localSource)].join(","));
    youthLines.push(["custody", csvField(name), period, localPoisson((pop / 1000) * 0.12 * factor), pop, "", "", "", "", "", csvField(localSource)].join(","));
  }
  for (const period of ["2023-01/2023-03", "2024-01/2024-03"]) {
    if (name === focusName) {
      const cohort = 30 + Math.floor(localRandom() * 20);
      let reoffenders = 0;
      for (let i = 0; i < cohort; i += 1) if (localRandom() < 0.36) reoffenders += 1;
      const reoffences = reoffenders + localPoisson(reoffenders * 2.4);
      youthLines.push(["reoffending", name, period, "", "", cohort, reoffenders, reoffences, "", "YJB national cohort", csvField(localSource)].join(","));
    } else {
      const percent = Math.floor(localUniform(30, 45) * 10) / 10;
      youthLines.push(["reoffending", csvField(name), period, "", "", "", "", "", percent, "YJB national cohort", csvField(localSource)].join(","));
    }
  }
}

// Survey results: three questions, October to December 2024 and 2025, every area with its base.
const surveyHeader = "question,survey,area,period,agreeing,base,polarity";
const surveyLines = [surveyHeader];
const questions = [
  ["Police do a good job in the local area", 0.62],
  ["Agree the police treat everyone fairly", 0.74],
  ["Worried about anti-social behaviour", 0.31, "lower-is-better"],
];
for (const [question, level, polarity] of questions) {
  for (const name of [...localAreas, "London"]) {
    const areaLevel = level + localUniform(-0.06, 0.06);
    for (const [period, drift] of [
      ["2024-10/2024-12", 0],
      ["2025-10/2025-12", localUniform(-0.05, 0.05)],
    ]) {
      const base = name === "London" ? 3000 + Math.floor(localRandom() * 400) : 180 + Math.floor(localRandom() * 140);
      let agreeing = 0;
      for (let i = 0; i < base; i += 1) if (localRandom() < areaLevel + drift) agreeing += 1;
      surveyLines.push(
        [csvField(question), "SYNTHETIC demonstration survey", csvField(name), period, agreeing, base, polarity ?? "higher-is-better"].join(","),
      );
    }
  }
}

// Service volumes of the focus borough (no area: the focus area), with targets.
const serviceHeader = "measure,measure_name,period,value,unit,target,polarity,source";
const serviceLines = [serviceHeader];
const services = [
  ["idva-referrals", "IDVA referrals", "referrals", 300, 340, "higher-is-better"],
  ["marac-cases", "MARAC cases", "cases per month (average)", 18, 20, "higher-is-better"],
  ["asb-case-reviews", "ASB case reviews", "reviews", 14, 12, "higher-is-better"],
  ["dwell-time-days", "Days from referral to first contact (average)", "days (average)", 6.5, 5, "lower-is-better"],
];
for (const [measure, name, unit, level, target, polarity] of services) {
  for (const [period, factor] of [
    ["2024-01/2024-12", 1],
    ["2025-01/2025-12", localUniform(0.85, 1.2)],
  ]) {
    const value = unit.includes("average") ? Math.round(level * factor * 10) / 10 : localPoisson(level * factor);
    serviceLines.push(
      [measure, csvField(name), period, value, csvField(unit), period.startsWith("2025") ? target : "", polarity, csvField(localSource)].join(","),
    );
  }
}

// The delivery plan (JSON rows of DeliveryPlanAction): 12 actions over 3 priorities, due around
// the demonstration's last month (December 2025): some complete, some overdue, some due soon.
const leads = [
  { name: "A. Synthetic", role: "Community Safety Manager", organisation: "Synthetic Borough Council" },
  { role: "Detective Inspector", organisation: "Synthetic Police" },
  { name: "B. Example", role: "VAWG Coordinator", organisation: "Synthetic Borough Council" },
  { role: "Head of Youth Justice", organisation: "Synthetic Youth Justice Service" },
];
const planPriorities = [
  ["Domestic abuse and VAWG", "Reduce repeat victimisation of domestic abuse", ["idva-referrals", "marac-cases"]],
  ["Anti-social behaviour", "Reduce anti-social behaviour in the hot spots", ["asb"]],
  ["Youth violence and exploitation", "Fewer young people drawn into violence", ["first-time-entrants", "knife-crime"]],
];
const planActions = [
  [0, "Extend the IDVA service to the hospital emergency department", "2025-06", "complete", "green", 2],
  [0, "Train 200 frontline staff to recognise coercive control", "2025-09", "continue", "amber", 2],
  [0, "Review every MARAC case with three or more referrals", "2026-01", "continue", "green", 0],
  [0, "Commission a perpetrator programme", "2026-09", "new", "not-rated", 2],
  [1, "Run a weekly joint patrol in the two hot-spot wards", "2025-10", "continue", "red", 1],
  [1, "Publish the ASB case review procedure", "2025-04", "complete", "green", 0],
  [1, "Install lighting in the three parks with most ASB calls", "2026-02", "continue", "amber", 0],
  [1, "Set up a youth outreach team for summer evenings", "2026-06", "new", "not-rated", 3],
  [2, "Screen every first-time entrant for exploitation", "2025-11", "continue", "amber", 3],
  [2, "Knife-crime education in every secondary school", "2026-03", "continue", "green", 3],
  [2, "Weapon sweeps with the safer schools officers", "2025-12", "complete", "green", 1],
  [2, "Agree a data-sharing protocol on serious youth violence", null, "continue", "red", 1],
];
const plan = planActions.map(([p, action, due, lifecycle, rag, lead], i) => ({
  id: `SYN-${String(i + 1).padStart(2, "0")}`,
  plan: "SYNTHETIC demonstration delivery plan 2025-26",
  priority: planPriorities[p][0],
  objective: planPriorities[p][1],
  measures: planPriorities[p][2],
  action,
  due: due === null ? { kind: "ongoing", text: "ongoing" } : { kind: "month", month: due },
  leads: [leads[lead]],
  lifecycle,
  rag,
  progress: [
    {
      date: "2025-11-28",
      text:
        lifecycle === "complete"
          ? "Done."
          : due !== null && due < "2025-11"
            ? "Behind: not finished by its due month."
            : rag === "red"
              ? "Behind: waiting on partners."
              : "On track at the last review.",
    },
  ],
}));
const localFiles = [
  ["SYNTHETIC-demo-local-incidents.csv", `${incidentLines.join("\n")}\n`],
  ["SYNTHETIC-demo-local-youth-justice.csv", `${youthLines.join("\n")}\n`],
  ["SYNTHETIC-demo-local-survey.csv", `${surveyLines.join("\n")}\n`],
  ["SYNTHETIC-demo-local-service-volumes.csv", `${serviceLines.join("\n")}\n`],
  ["SYNTHETIC-demo-local-delivery-plan.json", `${JSON.stringify({ kind: "delivery-plan", rows: plan }, null, 2)}\n`],
];

const historicalName = `SYNTHETIC-demo-borough-crime-${keyOf(0)}_${keyOf(historicalLast)}.csv`;
const recentName = `SYNTHETIC-demo-borough-crime-${keyOf(recentFirst)}_${keyOf(months.length - 1)}.csv`;
const wardName = `SYNTHETIC-demo-ward-crime-${keyOf(recentFirst)}_${keyOf(months.length - 1)}.csv`;
mkdirSync(outDir, { recursive: true });
writeFileSync(resolve(outDir, historicalName), `${historicalLines.join("\n")}\n`);
writeFileSync(resolve(outDir, recentName), `${recentLines.join("\n")}\n`);
writeFileSync(resolve(outDir, wardName), `${wardLines.join("\n")}\n`);
for (const f of populationFiles) writeFileSync(resolve(outDir, f.name), f.text);
writeFileSync(resolve(outDir, "SYNTHETIC-demo-rag-rules.json"), `${JSON.stringify(rules, null, 2)}\n`);
writeFileSync(resolve(outDir, boroughBoundariesName), featureCollection("SYNTHETIC demonstration borough boundaries (invented hexagons)", boroughFeatures));
writeFileSync(resolve(outDir, wardBoundariesName), featureCollection("SYNTHETIC demonstration ward boundaries (invented hexagons)", wardFeatures));
writeFileSync(resolve(outDir, streetName), `${streetLines.join("\n")}\n`);
mkdirSync(resolve(outDir, localDir), { recursive: true });
for (const [name, text] of localFiles) writeFileSync(resolve(outDir, localDir, name), text);
writeFileSync(
  resolve(outDir, "README.md"),
  `# SYNTHETIC demonstration data (not real crime figures)

Every number in these files is invented by \`scripts/generate-demo-data.mjs\` (seeded, so the files
are reproducible byte for byte). Nothing is copied from or fitted to published data. They are
shaped like the London Datastore MPS borough and ward files, the ONS mid-year population
estimates and a RAG rule file, so that \`crimestats assess\` can run without downloads; every
report made from them says SYNTHETIC on its title.

| file | shape |
| --- | --- |
| \`${historicalName}\` | an older, long release: MajorText, MinorText, BoroughName, one column per month ${months[0].key}..${months[historicalLast].key}; 32 boroughs plus the airports and Unknown rows |
| \`${recentName}\` | the newer 24-month release, months ${months[recentFirst].key}..${months.at(-1).key}: it overlaps the older one by the 12 months of ${months[recentFirst].y} and revises some of their counts upwards by a few offences (late recording) |
| \`${wardName}\` | MajorText, MinorText, WardName, WardCode, LookUp_BoroughName, months ${months[recentFirst].key}..${months.at(-1).key}; invented "Synthetic Ward" names and E0599xxxx codes that belong to no real ward; wards add up to their borough in the newer release |
${populationFiles.map((f, i) => `| \`${f.name}\` | the layout of the ONS mid-year estimates by local authority ("MYE2 - Persons" saved as CSV: Code, Name, Geography, All ages, ages 0..89 and 90+) for mid-${years[i]}: the City of London, the 32 boroughs with their real ONS codes and invented populations, and the London region (E12000007, their sum) |`).join("\n")}
| \`SYNTHETIC-demo-rag-rules.json\` | a RAG rule set (rule ids are priority ids) with one target: burglary in Harrow at or below an invented target |
| \`${boroughBoundariesName}\` | GeoJSON FeatureCollection of invented boundaries: each of the 32 boroughs is a rosette of 7 hexagonal cells (about 1.4 km from centre to corner), placed roughly in London's arrangement on London's longitude and latitude; properties \`code\` (the real ONS code), \`name\` and \`synthetic\` |
| \`${wardBoundariesName}\` | GeoJSON FeatureCollection of the ${wardFeatures.length} wards of the ward file (code, name, \`borough\`, \`synthetic\`): each ward is 1 or 2 cells of its borough's rosette, so wards fill their borough and share its border exactly |
| \`${streetName}\` | the data.police.uk street-level layout (12 columns, one row per crime): ${streetLines.length - 1} rows, burglaries in Harrow over ${streetMonths} (the demonstration's current period) at points inside Harrow's hexagons, half of them around four invented hot spots; ${brentRows} in Brent and ${noLocation} without a location, as real files have rows of other areas and rows with no location. Crime IDs, streets ("On or near Synthetic Street …") and LSOAs (E0109xxxx, "Harrow 9xxA") are invented. ${harrowShare}% of the borough file's ${harrowBurglaries} burglaries in Harrow in 2025, to keep the file small (police.uk and MPS counts differ in real data too) |

The folder \`${localDir}/\` holds the partnership's own measures in the layouts of the local-data
templates (\`crimestats template <kind>\`; checked by \`crimestats check\`), which \`crimestats assess\`
reads when it runs on this data without \`--local\`; every row's source says SYNTHETIC:

| file | what |
| --- | --- |
| \`${localFiles[0][0]}\` | ${incidentLines.length - 1} incident counts by month, ${localMonths[0]} to ${localMonths.at(-1)}: anti-social behaviour, domestic abuse (with an injury flag; ${focusName}'s also by victim sex), hate crime by strand (some crimes with two strands, one row per combination), knife crime, gun crime and serious youth violence, for ${localAreas.join(", ")} and London (the sum of all 32 boroughs' invented counts); ${focusName}'s anti-social behaviour and knife crime also by its synthetic wards |
| \`${localFiles[1][0]}\` | ${youthLines.length - 1} youth justice rows: first-time entrants and custodial sentences in the 12 months to December 2024 and 2025 with residents aged 10-17, and reoffending cohorts (January to March 2023 and 2024): ${focusName} with its cohort, re-offenders and re-offences, the other areas as a published rate only |
| \`${localFiles[2][0]}\` | ${surveyLines.length - 1} survey results: ${questions.length} questions, October to December 2024 and 2025, every area with its sample base |
| \`${localFiles[3][0]}\` | ${serviceLines.length - 1} service volumes of ${focusName} in 2024 and 2025, with 2025 targets and each measure's polarity |
| \`${localFiles[4][0]}\` | a delivery plan as JSON (\`{"kind": "delivery-plan", "rows": [ … ]}\`): ${plan.length} actions over ${planPriorities.length} priorities, due around December 2025 (some complete, some overdue, some due soon), invented leads |

Planted recording breaks, inside the default compared periods (the 12 months to December 2025
against the 12 months to December 2024), so that the document shows how it handles them:

- **Reallocation, ${keyOf(reallocationMonth)}:** the "${airportsRow}" row has counts of its own
  until ${keyOf(reallocationMonth - 1)}; from ${keyOf(reallocationMonth)} they are recorded in ${airportsInto} instead (the row is zero).
  ${airportsInto}'s change between the two periods is therefore not comparable.
- **Relabelling, ${keyOf(relabelMonth)}:** in the newer release, "${dwellingBurglary}" stops at ${keyOf(relabelMonth - 1)} and
  "${residentialBurglary}" takes its counts from ${keyOf(relabelMonth)}; the two together (and the burglary total) are comparable.

The boundary files and the street file exist so that the demonstration document draws its maps
(a map of the boroughs, a map of Harrow's wards and a hot-spot map of Harrow's burglaries): they
are hexagons and points invented for that, not the shape of any place. Their coordinates come
from a generator of their own (seed 20250301), so the other files do not change when they do.
Rings run clockwise, as in the ONS boundary files. The street file has the layout of a published
data.police.uk file, so it is not committed: the package's build and its test set-up write it.

Regenerate with \`node packages/report/scripts/generate-demo-data.mjs\`.
`,
);
console.log(`wrote SYNTHETIC demonstration data to ${outDir}`);
