import { roundHalfUp } from "@crimestats/rates";
import { describe, expect, it } from "vitest";
import { asAreas, BURGLARY, NEIGHBOURS, TOTAL_OFFENCES, type PrintedRow } from "../test/fixtures/in/strategicAssessment2019.js";
import { DISTRICT_RATES, DISTRICT_TABLE } from "../test/fixtures/in/districts.js";
import { BenchmarkError } from "./BenchmarkError.js";
import { benchmarkTable, type BenchmarkTableResult } from "./benchmarkTable.js";
import { describeTable, type TableClaim, type TableSentence } from "./describeTable.js";

const table = (rows: readonly PrintedRow[], focus = "Harrow") =>
  benchmarkTable({ areas: asAreas(rows), previousPeriod: "2017", currentPeriod: "2018", focus, group: NEIGHBOURS, benchmarkArea: "London" });
const byClaim = (sentences: TableSentence[], claim: TableClaim) => sentences.find((s) => s.claim === claim) as TableSentence;

/** The table of the doc examples: Harrow and Hillingdon burglary, with London. */
const docTable = () =>
  benchmarkTable({
    areas: [
      { area: "Harrow", population: 248880, counts: { "2017": 2386, "2018": 2240 } },
      { area: "Hillingdon", population: 302340, counts: { "2017": 3016, "2018": 2743 } },
      { area: "London", population: 8824800, counts: { "2017": 91777, "2018": 97643 } },
    ],
    previousPeriod: "2017",
    currentPeriod: "2018",
    focus: "Harrow",
    group: ["Harrow", "Hillingdon"],
    benchmarkArea: "London",
  });

/** Every figure of a sentence is written in its text, and is the table's number rounded half-up. */
function expectTied(sentence: TableSentence, t: BenchmarkTableResult) {
  for (const figure of sentence.figures) {
    // "directions" names areas, not numbers, and "vs-benchmark-area" writes only the focus and London
    // figures: their other figures are the numbers the named areas rest on.
    const written =
      sentence.claim === "directions"
        ? false
        : sentence.claim === "vs-benchmark-area"
          ? figure.area === t.focus || figure.measure === "benchmark-area-rate"
          : true;
    if (written) expect(sentence.explanation).toContain(figure.display);
    if (sentence.claim === "vs-benchmark-area" && figure.measure === "rate-current") {
      const london = t.benchmarkArea?.current as number;
      expect(sentence.explanation.includes("lower than") ? figure.value < london : figure.value >= london).toBe(true);
    }
    const row = t.rows.find((r) => r.area === figure.area);
    const value =
      figure.measure === "rate-previous"
        ? row?.previous.value
        : figure.measure === "rate-current"
          ? row?.current.value
          : figure.measure === "rate-change"
            ? row?.change.value
            : t.benchmarkArea?.current;
    expect(figure.value).toBe(value);
    expect(Number(figure.display.replace(/[+,]/g, ""))).toBe(roundHalfUp(value as number, 2));
  }
}

/** Three districts of a force area in which one, Monmouthshire, fell: -1.00 per 1,000. */
const NEWPORT = {
  areas: [
    { area: "Newport", population: 1000, counts: { a: 10, b: 14 } },
    { area: "Monmouthshire", population: 1000, counts: { a: 10, b: 9 } },
    { area: "Torfaen", population: 1000, counts: { a: 10, b: 12 } },
    { area: "Gwent", population: 3000, counts: { a: 30, b: 35 } },
  ],
  previousPeriod: "a",
  currentPeriod: "b",
  focus: "Newport",
  group: ["Newport", "Monmouthshire", "Torfaen"],
  benchmarkArea: "Gwent",
};

describe("describeTable", () => {
  it("doc example: Hillingdon's -0.90 is the largest fall, never called the most positive change, when lower is better", () => {
    const t = docTable();
    expect(byClaim(describeTable(t, { polarity: "lower-is-better" }), "largest-fall").explanation).toBe(
      "At -0.90 per 1,000, Hillingdon had the largest fall in the group.",
    );
  });

  it("doc example: a district against its force area, and its rank among the force area's districts", () => {
    const t = benchmarkTable(DISTRICT_TABLE);
    expect(byClaim(describeTable(t, { polarity: "lower-is-better" }), "vs-benchmark-area").explanation).toBe(
      "Allerdale's rate is lower than the Cumbria rate (44.85 against 45.00 per 1,000); no other area in the group is lower.",
    );
    const districts = DISTRICT_RATES;
    const sentence = byClaim(
      describeTable(t, { polarity: "lower-is-better", benchmarkAreaMembers: districts, benchmarkAreaMembersName: "districts" }),
      "benchmark-area-rank",
    );
    expect(sentence.explanation).toBe("In 2018, Allerdale has the fourth lowest rate of 6 districts (44.85 per 1,000).");
    expect(sentence.areas).toEqual(["Allerdale", "Carlisle", "Eden", "South Lakeland"]);
    expect(sentence.figures.map((f) => [f.area, f.measure, f.display])).toEqual([
      ["Allerdale", "benchmark-area-member-rate", "44.85"],
      ["Carlisle", "benchmark-area-member-rate", "43.10"],
      ["Eden", "benchmark-area-member-rate", "28.40"],
      ["South Lakeland", "benchmark-area-member-rate", "31.90"],
    ]);
    // Without a name for the members they are "areas"; the benchmark area's name can be given.
    const generic = describeTable(t, { polarity: "lower-is-better", benchmarkAreaMembers: districts, benchmarkAreaName: "Cumbria force area" });
    expect(byClaim(generic, "benchmark-area-rank").explanation).toBe("In 2018, Allerdale has the fourth lowest rate of 6 areas (44.85 per 1,000).");
    expect(byClaim(generic, "vs-benchmark-area").explanation).toContain("lower than the Cumbria force area rate");
  });

  it("doc example: an area whose change is not compared gets a sentence saying why", () => {
    const notComparable = [{ area: "Allerdale", reason: "its boundary changed in 2018" }];
    expect(byClaim(describeTable(benchmarkTable(DISTRICT_TABLE), { polarity: "lower-is-better", notComparable }), "not-comparable").explanation).toBe(
      "Allerdale's change is not compared: its boundary changed in 2018.",
    );
    const boundaries = [
      { area: "Allerdale", reason: "the district boundaries changed in 2018" },
      { area: "Copeland", reason: "the district boundaries changed in 2018" },
    ];
    expect(
      byClaim(describeTable(benchmarkTable(DISTRICT_TABLE), { polarity: "lower-is-better", notComparable: boundaries }), "not-comparable").explanation,
    ).toBe("The changes of Allerdale and Copeland are not compared: the district boundaries changed in 2018.");
  });

  it("the area-wide rank counts every member listed (32 boroughs, or 33 with the City), writes ties as joint, and checks its members", () => {
    const t = table(TOTAL_OFFENCES);
    const focusRate = (t.rows.find((r) => r.area === "Harrow") as { current: { value: number } }).current.value;
    // Harrow 59.73; one borough lower (the "second lowest crime rate in London" of the 2019 Strategy).
    const boroughs = [
      { area: "Harrow", rate: focusRate },
      { area: "Richmond upon Thames", rate: 56.1 },
      ...Array.from({ length: 30 }, (_, i) => ({ area: `Borough ${i + 1}`, rate: 60 + i })),
    ];
    const run = (benchmarkAreaMembers: typeof boroughs, name?: string) =>
      byClaim(
        describeTable(t, { polarity: "lower-is-better", benchmarkAreaMembers, ...(name === undefined ? {} : { benchmarkAreaMembersName: name }) }),
        "benchmark-area-rank",
      );
    expect(run(boroughs, "London boroughs").explanation).toBe("In 2018, Harrow has the second lowest rate of 32 London boroughs (59.73 per 1,000).");
    const withCity = [...boroughs, { area: "City of London", rate: 4000 }];
    expect(run(withCity, "London areas").explanation).toBe("In 2018, Harrow has the second lowest rate of 33 London areas (59.73 per 1,000).");
    // The City's tiny resident population makes its rate the highest; a low one moves Harrow down.
    const cityLow = [...boroughs, { area: "City of London", rate: 10 }];
    expect(run(cityLow, "London areas").explanation).toBe("In 2018, Harrow has the third lowest rate of 33 London areas (59.73 per 1,000).");
    // A tie is joint, and the rank is the lowest shared (min ties).
    const tiedRates = boroughs.map((b) => (b.area === "Borough 1" ? { ...b, rate: focusRate } : b));
    expect(run(tiedRates, "London boroughs").explanation).toBe("In 2018, Harrow has the joint second lowest rate of 32 London boroughs (59.73 per 1,000).");
    expect(run(tiedRates).areas).toEqual(["Harrow", "Richmond upon Thames", "Borough 1"]);
    // Lowest of all, and the sentence's position: straight after the group rank.
    const lowest = boroughs.map((b) => (b.area === "Richmond upon Thames" ? { ...b, rate: 70.5 } : b));
    const sentences = describeTable(t, { polarity: "lower-is-better", benchmarkAreaMembers: lowest, benchmarkAreaMembersName: "London boroughs" });
    expect(sentences.map((s) => s.claim).slice(0, 2)).toEqual(["focus-rank", "benchmark-area-rank"]);
    expect(byClaim(sentences, "benchmark-area-rank").explanation).toBe("In 2018, Harrow has the lowest rate of 32 London boroughs (59.73 per 1,000).");
    // Without benchmarkAreaMembers there is no such sentence.
    expect(describeTable(t, { polarity: "lower-is-better" }).some((s) => s.claim === "benchmark-area-rank")).toBe(false);
    // Bad input.
    const code = (benchmarkAreaMembers: unknown) => {
      try {
        describeTable(t, { polarity: "lower-is-better", benchmarkAreaMembers: benchmarkAreaMembers as typeof boroughs });
      } catch (error) {
        expect(error).toBeInstanceOf(BenchmarkError);
        return (error as BenchmarkError).code;
      }
      return "no error";
    };
    expect(code(boroughs.filter((b) => b.area !== "Harrow"))).toBe("missing-member");
    expect(code([...boroughs, { area: "Barnet", rate: 1 }, { area: "Barnet", rate: 2 }])).toBe("duplicate-area");
    expect(code(boroughs.map((b) => (b.area === "Borough 3" ? { ...b, rate: Number.NaN } : b)))).toBe("invalid-number");
    expect(code(boroughs.map((b) => (b.area === "Harrow" ? { ...b, rate: 59.7 } : b)))).toBe("invalid-option");
    expect(code([{ area: "Harrow", rate: focusRate }])).toBe("invalid-option");
    expect(code("Harrow")).toBe("invalid-option");
  });

  it("golden Total Offences: the sentences of the 2019 Strategy, tied to the numbers", () => {
    const t = table(TOTAL_OFFENCES);
    const sentences = describeTable(t, { polarity: "lower-is-better" });
    expect(sentences.map((s) => s.claim)).toEqual([
      "focus-rank",
      "largest-increase",
      "largest-fall",
      "directions",
      "lowest-rate",
      "highest-rate",
      "vs-benchmark-area",
    ]);
    expect(byClaim(sentences, "largest-increase").explanation).toBe("Harrow saw the largest rate increase of its neighbours, at +3.65 per 1,000.");
    expect(byClaim(sentences, "directions").explanation).toBe("All but Ealing saw their rate increase.");
    expect(
      byClaim(sentences, "directions")
        .figures.filter((f) => f.value <= 0)
        .map((f) => f.area),
    ).toEqual(["Ealing"]);
    expect(byClaim(sentences, "focus-rank").explanation).toBe("In 2018, Harrow has the lowest rate of 5 in its group (59.73 per 1,000).");
    expect(byClaim(sentences, "vs-benchmark-area").explanation).toBe(
      "Along with Barnet, Brent, Ealing and Hillingdon, Harrow's rate is lower than the London rate (59.73 against 95.06 per 1,000).",
    );
    for (const sentence of sentences) expectTied(sentence, t);
  });

  it("golden Burglary: lowest and highest in both years, the largest fall, below London", () => {
    const t = table(BURGLARY);
    const sentences = describeTable(t, { polarity: "lower-is-better" });
    expect(byClaim(sentences, "lowest-rate").explanation).toBe("Ealing had the lowest rate in the group in both 2017 and 2018 (8.87 and 8.81 per 1,000).");
    expect(byClaim(sentences, "highest-rate").explanation).toBe("Barnet had the highest rate in the group in both 2017 and 2018 (10.41 and 11.43 per 1,000).");
    expect(byClaim(sentences, "largest-fall").explanation).toBe("At -0.90 per 1,000, Hillingdon had the largest fall in the group.");
    expect(byClaim(sentences, "largest-fall").areas).toEqual(["Hillingdon"]);
    expect(byClaim(sentences, "vs-benchmark-area").explanation).toBe(
      "Along with Ealing and Hillingdon, Harrow's rate is lower than the London rate (9.00 against 11.06 per 1,000).",
    );
    expect(byClaim(sentences, "vs-benchmark-area").areas).toEqual(["Ealing", "Harrow", "Hillingdon"]);
    expect(byClaim(sentences, "focus-rank").explanation).toBe("In 2018, Harrow has the second lowest rate of 5 in its group (9.00 per 1,000).");
    expect(byClaim(sentences, "directions").explanation).toBe(
      "2 of 5 areas saw their rate increase (Barnet and Brent); 3 saw it fall (Ealing, Harrow and Hillingdon).",
    );
    for (const sentence of sentences) expectTied(sentence, t);
  });

  it("polarity decides what 'most positive' means; the claims on the numbers do not change", () => {
    const t = table(BURGLARY);
    const high = describeTable(t, { polarity: "higher-is-better" });
    expect(byClaim(high, "largest-increase").explanation).toBe(
      "Brent saw the largest rate increase in the group (the most positive rate change), at +1.10 per 1,000.",
    );
    expect(byClaim(high, "largest-fall").explanation).toBe("At -0.90 per 1,000, Hillingdon saw the largest rate fall in the group.");
    const none = describeTable(t, { polarity: "no-judgement" });
    expect(byClaim(none, "largest-fall").explanation).not.toContain("positive");
    expect(byClaim(none, "largest-increase").explanation).not.toContain("positive");
    const low = describeTable(t, { polarity: "lower-is-better" });
    expect(none.map((s) => s.figures)).toEqual(low.map((s) => s.figures));
  });

  it("a focus above the benchmark area, another group name and another benchmark area name", () => {
    const t = table(BURGLARY, "Barnet");
    const sentences = describeTable(t, { polarity: "lower-is-better", groupName: "neighbouring boroughs", benchmarkAreaName: "Greater London" });
    expect(byClaim(sentences, "vs-benchmark-area").explanation).toBe(
      "Along with Brent, Barnet's rate is higher than the Greater London rate (11.43 against 11.06 per 1,000).",
    );
    expect(byClaim(sentences, "focus-rank").explanation).toBe("In 2018, Barnet has the highest rate of 5 in its group (11.43 per 1,000).");
    const one = benchmarkTable({
      areas: [
        { area: "A", population: 1000, counts: { a: 10, b: 20 } },
        { area: "B", population: 1000, counts: { a: 10, b: 5 } },
        { area: "L", population: 1000, counts: { a: 10, b: 10 } },
      ],
      previousPeriod: "a",
      currentPeriod: "b",
      focus: "A",
      group: ["A", "B"],
      benchmarkArea: "L",
    });
    const s = describeTable(one, { polarity: "lower-is-better", decimals: 1 });
    expect(byClaim(s, "vs-benchmark-area").explanation).toBe(
      "A's rate is higher than the L rate (20.0 against 10.0 per 1,000); no other area in the group is higher.",
    );
    expect(byClaim(s, "largest-increase").explanation).toBe("A saw the largest rate increase of its neighbours, at +10.0 per 1,000.");
    expect(byClaim(s, "directions").explanation).toBe("1 of 2 areas saw their rate increase (A); 1 saw it fall (B).");
  });

  it("the one area whose rate fell had the only fall, not 'the most positive rate change'", () => {
    const t = benchmarkTable(NEWPORT);
    for (const polarity of ["lower-is-better", "higher-is-better", "no-judgement"] as const) {
      const fall = byClaim(describeTable(t, { polarity }), "largest-fall").explanation;
      expect(fall).toMatch(/^At -1\.00 per 1,000, Monmouthshire (had the only fall|saw the only rate fall) in the group\.$/);
      expect(fall).not.toContain("positive");
    }
    // The focus area's own fall is the only one in its group, not "of its neighbours".
    const own = benchmarkTable({ ...NEWPORT, focus: "Monmouthshire" });
    expect(byClaim(describeTable(own, { polarity: "lower-is-better" }), "largest-fall").explanation).toBe(
      "At -1.00 per 1,000, Monmouthshire had the only fall in its group.",
    );
  });

  it("a rate written alike with the benchmark area's is about the same as it, with no other area named", () => {
    // 4,301 and 4,299 per 10,000,000 are 0.43 and 0.43 per 1,000 at two decimals, though one is above.
    const t = benchmarkTable({
      areas: [
        { area: "A", population: 10_000_000, counts: { a: 4000, b: 4301 } },
        { area: "B", population: 10_000_000, counts: { a: 4000, b: 4400 } },
        { area: "L", population: 10_000_000, counts: { a: 4000, b: 4299 } },
      ],
      previousPeriod: "a",
      currentPeriod: "b",
      focus: "A",
      group: ["A", "B"],
      benchmarkArea: "L",
    });
    expect(t.rows.find((r) => r.area === "A")?.vsBenchmarkArea?.current).toBe("higher");
    const s = byClaim(describeTable(t, { polarity: "lower-is-better" }), "vs-benchmark-area");
    expect(s.explanation).toBe("A's rate is about the same as the L rate (0.43 against 0.43 per 1,000).");
    expect(s.areas).toEqual(["A"]);
    // At four decimals the figures differ and the sentence says which is higher.
    expect(byClaim(describeTable(t, { polarity: "lower-is-better", decimals: 4 }), "vs-benchmark-area").explanation).toBe(
      "Along with B, A's rate is higher than the L rate (0.4301 against 0.4299 per 1,000).",
    );
  });

  it("an area exactly at the benchmark area's rate is not counted on the focus's side", () => {
    const t = benchmarkTable({
      areas: [
        { area: "A", population: 1000, counts: { a: 10, b: 20 } },
        { area: "B", population: 1000, counts: { a: 10, b: 10 } },
        { area: "C", population: 1000, counts: { a: 10, b: 15 } },
        { area: "L", population: 1000, counts: { a: 10, b: 10 } },
      ],
      previousPeriod: "a",
      currentPeriod: "b",
      focus: "A",
      group: ["A", "B", "C"],
      benchmarkArea: "L",
    });
    const above = byClaim(describeTable(t, { polarity: "lower-is-better", decimals: 1 }), "vs-benchmark-area");
    expect(above.explanation).toBe("Along with C, A's rate is higher than the L rate (20.0 against 10.0 per 1,000).");
    expect(above.areas).toEqual(["A", "C"]);
    const equal = byClaim(
      describeTable({ ...t, focus: "B", rows: t.rows.map((r) => ({ ...r, isFocus: r.area === "B" })) }, { polarity: "lower-is-better", decimals: 1 }),
      "vs-benchmark-area",
    );
    expect(equal.explanation).toBe("B's rate is equal to the L rate (10.0 against 10.0 per 1,000).");
    expect(equal.areas).toEqual(["B"]);
    // The same rate as the benchmark area is "similar", the word compareWithBenchmark uses for "about the same".
    expect(t.rows.find((r) => r.area === "B")?.vsBenchmarkArea?.current).toBe("similar");
  });

  it("ties are joint; no rise means no 'largest increase' sentence", () => {
    const t = benchmarkTable({
      areas: [
        { area: "A", population: 1000, counts: { a: 10, b: 5 } },
        { area: "B", population: 1000, counts: { a: 10, b: 5 } },
        { area: "C", population: 1000, counts: { a: 10, b: 8 } },
      ],
      previousPeriod: "a",
      currentPeriod: "b",
      focus: "C",
      group: ["A", "B", "C"],
    });
    const s = describeTable(t, { polarity: "lower-is-better" });
    expect(s.map((x) => x.claim)).toEqual(["focus-rank", "largest-fall", "directions", "lowest-rate", "highest-rate"]);
    expect(byClaim(s, "largest-fall").explanation).toBe("At -5.00 per 1,000, A and B jointly had the largest fall in the group.");
    expect(byClaim(s, "directions").explanation).toBe("Every area in the group saw its rate fall.");
    expect(byClaim(s, "lowest-rate").explanation).toBe("In b, A and B jointly had the lowest rate in the group (5.00 per 1,000).");
  });

  it("throws BenchmarkError without a polarity or with a bad table", () => {
    const t = table(BURGLARY);
    expect(() => describeTable(t, {} as never)).toThrow(expect.objectContaining({ code: "missing-polarity" }));
    expect(() => describeTable({} as never, { polarity: "lower-is-better" })).toThrow(BenchmarkError);
    expect(() => describeTable(t, { polarity: "lower-is-better", decimals: -1 })).toThrow(/decimals/);
  });

  it("a damaged table (symbol area, missing or non-finite figures, holes) throws BenchmarkError, never TypeError or RatesError", () => {
    const t = table(TOTAL_OFFENCES);
    const options = { polarity: "lower-is-better" } as const;
    const first = t.rows[0] as BenchmarkTableResult["rows"][number];
    const damaged: unknown[] = [
      { ...t, rows: [{ ...first, area: Symbol("a") }, ...t.rows.slice(1)] },
      { ...t, rows: [{ ...first, current: { ...first.current, value: Number.POSITIVE_INFINITY } }, ...t.rows.slice(1)] },
      { ...t, rows: [{ ...first, previous: undefined }, ...t.rows.slice(1)] },
      { ...t, rows: [null, ...t.rows.slice(1)] },
      { ...t, rows: [, ...t.rows.slice(1)] },
      { ...t, rows: [{ ...first, current: { ...first.current, value: 10n } }, ...t.rows.slice(1)] },
      { ...t, per: Number.NaN },
      { ...t, rows: t.rows.map((row) => ({ ...row, isFocus: false })) },
      { ...t, rows: [{ ...first, isBenchmarkArea: 1e308 }, ...t.rows.slice(1)] },
    ];
    for (const bad of damaged) expect(() => describeTable(bad as BenchmarkTableResult, options)).toThrow(BenchmarkError);
    expect(() => describeTable(t, { ...options, groupName: Symbol("g") as never })).toThrow(/groupName must be text/);
    // A table without the benchmark area's figures (left out rather than null) still gives its sentences.
    const { benchmarkArea: _benchmarkArea, ...noBenchmark } = t;
    expect(describeTable({ ...noBenchmark, benchmarkArea: undefined as never }, options).length).toBeGreaterThan(0);
  });
});

describe("describeTable with areas whose change is not comparable", () => {
  /**
   * A group where one area's count jumps because offences recorded in another row (airports)
   * were moved into it in the later period: by rate change it is the largest increase.
   */
  const reallocated = () =>
    benchmarkTable({
      areas: [
        { area: "Harrow", population: 261185, counts: { "2024": 22000, "2025": 22900 } },
        { area: "Barnet", population: 389344, counts: { "2024": 34000, "2025": 35600 } },
        { area: "Brent", population: 339816, counts: { "2024": 36000, "2025": 36500 } },
        { area: "Ealing", population: 367100, counts: { "2024": 37000, "2025": 36100 } },
        { area: "Hillingdon", population: 309014, counts: { "2024": 24000, "2025": 29260 } },
        { area: "London", population: 8866180, counts: { "2024": 930000, "2025": 940000 } },
      ],
      previousPeriod: "2024",
      currentPeriod: "2025",
      focus: "Harrow",
      group: ["Harrow", "Barnet", "Brent", "Ealing", "Hillingdon"],
      benchmarkArea: "London",
    });
  const reason = "offences at Heathrow and London City airports were recorded in a separate row until February 2024 and with Hillingdon from March 2024";
  const notComparable = [{ area: "Hillingdon", reason }];

  it("leaves the area out of the largest increase and the count of rises, and says why its change is not compared", () => {
    const t = reallocated();
    const plain = describeTable(t, { polarity: "lower-is-better" });
    expect(byClaim(plain, "largest-increase").explanation).toBe("Hillingdon saw the largest rate increase in the group, at +17.02 per 1,000.");
    expect(byClaim(plain, "directions").explanation).toBe("All but Ealing saw their rate increase.");

    const sentences = describeTable(t, { polarity: "lower-is-better", notComparable });
    expect(byClaim(sentences, "largest-increase").explanation).toBe("Barnet saw the largest rate increase in the group, at +4.11 per 1,000.");
    expect(byClaim(sentences, "largest-increase").areas).toEqual(["Barnet"]);
    expect(byClaim(sentences, "directions").explanation).toBe("Of the areas compared, all but Ealing saw their rate increase.");
    expect(byClaim(sentences, "directions").areas).toEqual(["Harrow", "Barnet", "Brent", "Ealing"]);
    expect(byClaim(sentences, "not-comparable")).toEqual({
      claim: "not-comparable",
      explanation: `Hillingdon's change is not compared: ${reason}.`,
      areas: ["Hillingdon"],
      figures: [],
    });
    // No sentence on change names Hillingdon except its own.
    for (const sentence of sentences.filter((s) => ["largest-increase", "largest-fall", "directions"].includes(s.claim))) {
      expect(sentence.explanation).not.toContain("Hillingdon");
      expect(sentence.figures.map((f) => f.area)).not.toContain("Hillingdon");
    }
    for (const sentence of sentences) expectTied(sentence, t);
  });

  it("keeps the sentences on rates in a period and the ranks as they are", () => {
    const t = reallocated();
    const plain = describeTable(t, { polarity: "lower-is-better" });
    const sentences = describeTable(t, { polarity: "lower-is-better", notComparable });
    for (const claim of ["focus-rank", "lowest-rate", "highest-rate", "vs-benchmark-area"] as const) {
      expect(byClaim(sentences, claim)).toEqual(byClaim(plain, claim));
    }
    expect(sentences.map((s) => s.claim)).toEqual([
      "focus-rank",
      "largest-increase",
      "largest-fall",
      "directions",
      "not-comparable",
      "lowest-rate",
      "highest-rate",
      "vs-benchmark-area",
    ]);
  });

  it("a focus area whose change is not compared is left out too; different reasons get a sentence each, in the table's order", () => {
    const t = reallocated();
    const sentences = describeTable(t, {
      polarity: "lower-is-better",
      notComparable: [notComparable[0] as { area: string; reason: string }, { area: "Harrow", reason: "its counting rules changed. " }],
    });
    expect(sentences.filter((s) => s.claim === "not-comparable").map((s) => [s.explanation, s.areas])).toEqual([
      ["Harrow's change is not compared: its counting rules changed.", ["Harrow"]],
      [`Hillingdon's change is not compared: ${reason}.`, ["Hillingdon"]],
    ]);
    expect(byClaim(sentences, "directions").explanation).toBe("Of the areas compared, all but Ealing saw their rate increase.");
    expect(byClaim(sentences, "largest-increase").explanation).toBe("Barnet saw the largest rate increase in the group, at +4.11 per 1,000.");
  });

  it("with one area left to compare says so, and with none writes no sentence on change", () => {
    const t = reallocated();
    const all = ["Harrow", "Barnet", "Brent", "Ealing", "Hillingdon"].map((area) => ({ area, reason: "the boundaries changed" }));
    const one = describeTable(t, { polarity: "lower-is-better", notComparable: all.filter((a) => a.area !== "Ealing") });
    expect(byClaim(one, "directions").explanation).toBe("Only Ealing's change is compared: its rate fell.");
    expect(one.some((s) => s.claim === "largest-increase")).toBe(false);
    const two = describeTable(t, { polarity: "lower-is-better", notComparable: all.filter((a) => a.area !== "Ealing" && a.area !== "Harrow") });
    expect(byClaim(two, "directions").explanation).toBe("1 of 2 areas compared saw their rate increase (Harrow); 1 saw it fall (Ealing).");
    // All the areas left rose (Harrow +900, Barnet +1,600, Brent +500): they are named, since "every area" would read as the whole group.
    const rose = describeTable(t, { polarity: "lower-is-better", notComparable: all.filter((a) => ["Ealing", "Hillingdon"].includes(a.area)) });
    expect(byClaim(rose, "directions").explanation).toBe("All 3 areas compared (Harrow, Barnet and Brent) saw their rate increase.");
    const both = describeTable(t, { polarity: "lower-is-better", notComparable: all.filter((a) => !["Harrow", "Barnet"].includes(a.area)) });
    expect(byClaim(both, "directions").explanation).toBe("Both areas compared (Harrow and Barnet) saw their rate increase.");
    const none = describeTable(t, { polarity: "lower-is-better", notComparable: all });
    expect(none.map((s) => s.claim)).toEqual(["focus-rank", "not-comparable", "lowest-rate", "highest-rate", "vs-benchmark-area"]);
    expect(byClaim(none, "not-comparable").explanation).toBe(
      "The changes of Harrow, Barnet, Brent, Ealing and Hillingdon are not compared: the boundaries changed.",
    );
    // An empty list changes nothing.
    expect(describeTable(t, { polarity: "lower-is-better", notComparable: [] })).toEqual(describeTable(t, { polarity: "lower-is-better" }));
  });

  it("areas with the same reason share one sentence naming them all, in the table's order; other reasons keep their own, placed by their first area", () => {
    const t = reallocated();
    const boundary = "the borough boundaries changed in April 2024";
    const sentences = describeTable(t, {
      polarity: "lower-is-better",
      // Given out of table order, one reason written with and once without its full stop.
      notComparable: [
        { area: "Ealing", reason: boundary },
        { area: "Hillingdon", reason },
        { area: "Barnet", reason: `${boundary}.` },
        { area: "Brent", reason: `  ${boundary}` },
      ],
    });
    expect(sentences.filter((s) => s.claim === "not-comparable").map((s) => [s.explanation, s.areas, s.figures])).toEqual([
      [`The changes of Barnet, Brent and Ealing are not compared: ${boundary}.`, ["Barnet", "Brent", "Ealing"], []],
      [`Hillingdon's change is not compared: ${reason}.`, ["Hillingdon"], []],
    ]);
    // Every area left out is named once, whatever the grouping.
    const named = sentences.filter((s) => s.claim === "not-comparable").flatMap((s) => s.areas);
    expect([...named].sort()).toEqual(["Barnet", "Brent", "Ealing", "Hillingdon"]);
    expect(byClaim(sentences, "directions").explanation).toBe("Only Harrow's change is compared: its rate increased.");
    for (const sentence of sentences) expectTied(sentence, t);
  });

  it("checks the option: areas of the group named once, each with a reason", () => {
    const t = reallocated();
    const attempt = (value: unknown) => () => describeTable(t, { polarity: "lower-is-better", notComparable: value as never });
    expect(attempt("Hillingdon")).toThrow(
      expect.objectContaining({ code: "invalid-option", message: expect.stringMatching(/notComparable must be an array/) }),
    );
    expect(attempt([{ area: "Croydon", reason: "x" }])).toThrow(
      expect.objectContaining({ code: "invalid-option", message: expect.stringMatching(/notComparable\[0\]\.area "Croydon" is not an area of the group/) }),
    );
    expect(attempt([{ area: "London", reason: "x" }])).toThrow(expect.objectContaining({ code: "invalid-option" }));
    expect(attempt([{ area: "Hillingdon", reason: " " }])).toThrow(
      expect.objectContaining({
        code: "invalid-option",
        message: expect.stringMatching(/notComparable\[0\]\.reason \(Hillingdon\) must be a non-empty sentence/),
      }),
    );
    expect(attempt([{ area: "Hillingdon" }])).toThrow(expect.objectContaining({ code: "invalid-option" }));
    expect(attempt([notComparable[0], notComparable[0]])).toThrow(expect.objectContaining({ code: "duplicate-area" }));
    expect(attempt([null])).toThrow(BenchmarkError);
  });
});
