#!/usr/bin/env node
// Writes the SYNTHETIC demonstration data set shipped in @crimestats/report (data/).
//
// Every number written here is invented by a seeded pseudo-random generator: nothing is copied
// from, or fitted to, published data. The files are shaped like the London Datastore
// "MPS Borough Level Crime" and "MPS Ward Level Crime" wide files (one row per category and
// area, one column per month YYYYMM) and like a borough population table, so the same readers
// work on them (populations: like the ONS LSOA estimates with their borough look-up), and they are labelled SYNTHETIC in their file names, in data/README.md, in the
// ward names and in every report made from them.
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

/** Poisson draw: Knuth's product method for small means, a rounded normal approximation above 40. */
function poisson(mean) {
  if (mean <= 0) return 0;
  if (mean < 40) {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = random();
    while (p > limit) {
      k += 1;
      p *= random();
    }
    return k;
  }
  const u1 = Math.max(random(), 1e-12);
  const u2 = random();
  const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  return Math.max(0, Math.floor(mean + Math.sqrt(mean) * z + 0.5));
}

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
// Non-borough rows that the MPS borough file also carries (no population).
const otherAreas = ["London Heathrow and London City Airports", "Unknown"];

// Category labels as in the MPS files; the yearly rate per 1,000 residents is invented.
const categories = [
  ["ARSON AND CRIMINAL DAMAGE", "ARSON", 0.3],
  ["ARSON AND CRIMINAL DAMAGE", "CRIMINAL DAMAGE", 5.5],
  ["BURGLARY", "BURGLARY BUSINESS AND COMMUNITY", 1.6],
  ["BURGLARY", "RES BURGLARY OF A HOME", 4.5],
  ["BURGLARY", "RES BURGLARY OF UNCONNECTED BUILDING", 0.4],
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

// 36 months, January 2023 to December 2025; wards cover the last 24 (as the MPS ward file does).
const months = [];
for (let y = 2023; y <= 2025; y += 1) for (let m = 1; m <= 12; m += 1) months.push({ y, m, key: `${y}${String(m).padStart(2, "0")}` });
const wardFirstMonth = 12;

const populations = boroughs.map(([code, name]) => ({ code, name, population: Math.floor(uniform(160_000, 400_000)) }));
const boroughLevel = boroughs.map(() => uniform(0.55, 1.7));
const majorPhase = new Map();
for (const [major] of categories) if (!majorPhase.has(major)) majorPhase.set(major, uniform(0, 12));

const csvField = (s) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const boroughLines = [["MajorText", "MinorText", "BoroughName", ...months.map((m) => m.key)].join(",")];
const wardLines = [["MajorText", "MinorText", "WardName", "WardCode", "LookUp_BoroughName", ...months.slice(wardFirstMonth).map((m) => m.key)].join(",")];

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

for (const [major, minor, perThousand] of categories) {
  const phase = majorPhase.get(major);
  const amplitude = uniform(0.04, 0.22);
  const rows = [];
  boroughs.forEach(([, name], b) => {
    const level = boroughLevel[b] * uniform(0.7, 1.35);
    const growth = uniform(-0.12, 0.12); // change per year
    const series = months.map(({ m }, t) => {
      const mean =
        (((populations[b].population / 1000) * perThousand * level) / 12) *
        (1 + amplitude * Math.sin((2 * Math.PI * (m - phase)) / 12)) *
        (1 + growth) ** (t / 12);
      return poisson(mean);
    });
    rows.push([major, minor, name, ...series]);
    // Split the borough's count among its wards (a multinomial draw), so wards add up to the borough.
    const wardSeries = wards[b].map(() => []);
    for (let t = wardFirstMonth; t < months.length; t += 1) {
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
    for (const [i, w] of wards[b].entries()) wardLines.push([major, minor, csvField(w.name), w.code, name, ...wardSeries[i]].join(","));
  });
  for (const area of otherAreas) {
    const mean = perThousand * (area === "Unknown" ? 0.6 : 0.25);
    rows.push([major, minor, area, ...months.map(() => poisson(mean))]);
  }
  rows.sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
  for (const r of rows) boroughLines.push(r.map((v) => csvField(String(v))).join(","));
}

// Populations in the shape of the ONS small-area (LSOA) mid-year estimates with the LSOA -> MSOA
// -> borough look-up: four invented "LSOAs" per borough (codes E01990001.., named "... Synthetic
// LSOA A"), persons, males and females by broad age band, adding up to the borough's population.
const bands = ["All-Ages", "0-15", "16-29", "30-44", "45-64", "65+"];
const populationLines = [
  ["LSOA11CD", "LSOA11NM", "MSOA11CD", "MSOA11NM", "LAD11CD", "LAD11NM", ...["Persons", "Males", "Females"].flatMap((s) => bands.map((b) => `${s}_${b}`))].join(
    ",",
  ),
];
let lsoaCode = 0;
populations.forEach(({ code, name, population }, b) => {
  const parts = [0.22, 0.26, 0.24];
  const sizes = parts.map((p) => Math.floor(population * p));
  sizes.push(population - sizes.reduce((x, y) => x + y, 0));
  sizes.forEach((persons, i) => {
    lsoaCode += 1;
    const males = Math.floor(persons * uniform(0.47, 0.51));
    const byAge = (total) => {
      const shares = [0.2, 0.19, 0.24, 0.24];
      const v = shares.map((sh) => Math.floor(total * sh));
      return [total, ...v, total - v.reduce((x, y) => x + y, 0)];
    };
    populationLines.push(
      [
        `E0199${String(lsoaCode).padStart(4, "0")}`,
        `${name} Synthetic LSOA ${String.fromCharCode(65 + i)}`,
        `E0299${String(b + 1).padStart(4, "0")}`,
        `${name} Synthetic MSOA`,
        code,
        name,
        ...byAge(persons),
        ...byAge(males),
        ...byAge(persons - males),
      ].join(","),
    );
  });
});

mkdirSync(outDir, { recursive: true });
writeFileSync(resolve(outDir, "SYNTHETIC-demo-borough-crime.csv"), `${boroughLines.join("\n")}\n`);
writeFileSync(resolve(outDir, "SYNTHETIC-demo-ward-crime.csv"), `${wardLines.join("\n")}\n`);
writeFileSync(resolve(outDir, "SYNTHETIC-demo-small-area-residents.csv"), `${populationLines.join("\n")}\n`);
writeFileSync(
  resolve(outDir, "README.md"),
  `# SYNTHETIC demonstration data (not real crime figures)

Every number in these files is invented by \`scripts/generate-demo-data.mjs\` (seeded, so the files
are reproducible byte for byte). Nothing is copied from or fitted to published data. They are
shaped like the London Datastore MPS borough and ward files so that \`crimestats assess\` can run
without downloads; every report made from them says SYNTHETIC on its title.

| file | shape |
| --- | --- |
| \`SYNTHETIC-demo-borough-crime.csv\` | MajorText, MinorText, BoroughName, one column per month ${months[0].key}..${months.at(-1).key}; 32 boroughs plus the airports and Unknown rows |
| \`SYNTHETIC-demo-ward-crime.csv\` | MajorText, MinorText, WardName, WardCode, LookUp_BoroughName, months ${months[wardFirstMonth].key}..${months.at(-1).key}; invented "Synthetic Ward" names and E0599xxxx codes that belong to no real ward; wards add up to their borough |
| \`SYNTHETIC-demo-small-area-residents.csv\` | shaped like the ONS LSOA mid-year estimates with the LSOA -> MSOA -> borough look-up (LSOA11CD, LSOA11NM, MSOA11CD, MSOA11NM, LAD11CD, LAD11NM, Persons/Males/Females by age band); four invented "Synthetic LSOA" rows (codes E0199xxxx) per MPS borough, adding up to invented borough populations |

Regenerate with \`node packages/report/scripts/generate-demo-data.mjs\`.
`,
);
console.log(`wrote SYNTHETIC demonstration data to ${outDir}`);
