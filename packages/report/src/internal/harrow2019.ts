/**
 * The two benchmark tables of the Harrow Community Safety Strategy 2019/20 ("Strategic
 * Analysis" section) as printed, 2017 vs 2018, rates per 1,000 residents (Harrow 2019 Strategy, strategic assessment),
 * and the populations that reproduce every printed rate (docs/methods.md#rate-per-1000-residents: Harrow's 248,880 is
 * printed in the Strategy, ONS mid-2017; the neighbours' and London's are the working values
 * inside the ranges consistent with all printed rates).
 */
interface PublishedRow {
  readonly area: string;
  readonly count2017: number;
  readonly rate2017: number;
  readonly count2018: number;
  readonly rate2018: number;
  /** Printed offences change (Burglary table only). */
  readonly countChange?: number;
  readonly rateChange: number;
}

interface PublishedTable {
  readonly id: "total-offences" | "burglary";
  readonly title: string;
  readonly rows: readonly PublishedRow[];
}

export const populations2017: Readonly<Record<string, number>> = {
  Barnet: 387_810,
  Brent: 329_110,
  Ealing: 342_720,
  Harrow: 248_880,
  Hillingdon: 302_340,
  London: 8_824_800,
};

/** Source of each population, printed with the reproduction. */
export const populationNote =
  "Populations: Harrow 248,880 as printed (ONS mid-2017); neighbours and London are working values inside the ranges that reproduce every printed rate (Barnet 387,790-387,831, Brent 329,101-329,114, Ealing 342,700-342,737, Hillingdon 302,324-302,355, London 8,824,492-8,825,044), one population used for both years as the Strategy did.";

export const publishedTables: readonly PublishedTable[] = [
  {
    id: "total-offences",
    title: "Total Offences",
    rows: [
      { area: "Barnet", count2017: 26_996, rate2017: 69.61, count2018: 28_236, rate2018: 72.81, rateChange: 3.2 },
      { area: "Brent", count2017: 29_759, rate2017: 90.42, count2018: 30_705, rate2018: 93.3, rateChange: 2.87 },
      { area: "Ealing", count2017: 28_319, rate2017: 82.63, count2018: 28_233, rate2018: 82.38, rateChange: -0.25 },
      { area: "Harrow", count2017: 13_957, rate2017: 56.08, count2018: 14_866, rate2018: 59.73, rateChange: 3.65 },
      { area: "Hillingdon", count2017: 24_777, rate2017: 81.95, count2018: 24_973, rate2018: 82.6, rateChange: 0.65 },
      { area: "London", count2017: 824_568, rate2017: 93.44, count2018: 838_895, rate2018: 95.06, rateChange: 1.62 },
    ],
  },
  {
    id: "burglary",
    title: "Burglary",
    rows: [
      { area: "Barnet", count2017: 4038, rate2017: 10.41, count2018: 4432, rate2018: 11.43, countChange: 394, rateChange: 1.02 },
      { area: "Brent", count2017: 3359, rate2017: 10.21, count2018: 3721, rate2018: 11.31, countChange: 362, rateChange: 1.1 },
      { area: "Ealing", count2017: 3040, rate2017: 8.87, count2018: 3018, rate2018: 8.81, countChange: -22, rateChange: -0.06 },
      { area: "Harrow", count2017: 2386, rate2017: 9.59, count2018: 2240, rate2018: 9.0, countChange: -146, rateChange: -0.59 },
      { area: "Hillingdon", count2017: 3016, rate2017: 9.98, count2018: 2743, rate2018: 9.07, countChange: -273, rateChange: -0.9 },
      { area: "London", count2017: 91_777, rate2017: 10.4, count2018: 97_643, rate2018: 11.06, countChange: 5866, rateChange: 0.66 },
    ],
  },
];

/**
 * Figures printed elsewhere in the Strategy about the same counts (docs/methods.md#published-figures-that-do-not-reproduce, errors 1 and
 * 7): the burglary quick-facts box gives Harrow's burglary rates as 8.81 (2018) and 8.87 (2017),
 * which are Ealing's; the prose gives 2,244 vs 2,389, "decreased by 146" and a "0.59 rate
 * increase".
 */
export const publishedQuickFacts = {
  burglary: { area: "Harrow", count2017: 2386, rate2017: 8.87, count2018: 2240, rate2018: 8.81 },
  prose: { area: "Harrow", count2017: 2389, count2018: 2244, printedDecrease: 146, printedRateChange: 0.59 },
} as const;
