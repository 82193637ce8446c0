import type { RecordingBreak } from "@crimestats/schema";
import { monthIndex, monthKeyFromIndex } from "@crimestats/periods";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { breaksIn, type BreaksInOptions } from "./breaksIn.js";
import { metropolitanPoliceCategories } from "./data/metropolitanPoliceCategories.js";
import { recordingBreaks } from "./data/recordingBreaks.js";
import { thrownCode } from "./internal/thrownCode.js";

const AIRPORTS = "London Heathrow and London City Airports";
const compared = { previous: { first: "2023-03", last: "2024-02" }, current: { first: "2024-03", last: "2025-02" } };
const mpsCompared = { ...compared, classification: "mps" };

/** A hand-made break at `month` (the tests below build every case from this one). */
function made(month: string, rows: Partial<Pick<RecordingBreak, "affects" | "likeForLike">> = {}): RecordingBreak {
  return {
    id: `break-${month}`,
    month: month as RecordingBreak["month"],
    kind: "reallocation",
    description: "A test break.",
    source: { title: "Hand-made" },
    affects: rows.affects ?? { areas: ["A", "B"] },
    ...(rows.likeForLike === undefined ? {} : { likeForLike: rows.likeForLike }),
  };
}

const ids = (breaks: readonly RecordingBreak[], options: BreaksInOptions): string[] => breaksIn(breaks, options).map((b) => b.id);

/** The MPS MinorText labels under a MajorText, from the taxonomy (every release's labels). */
function minorsOf(major: string): string[] {
  const parent = metropolitanPoliceCategories.categories.find((c) => c.level === 1 && c.name === major)?.code;
  return metropolitanPoliceCategories.categories.filter((c) => c.parent === parent).map((c) => c.name);
}

describe("breaksIn", () => {
  it("doc examples", () => {
    expect(
      breaksIn(recordingBreaks, { ...mpsCompared, areas: ["Hillingdon"] })
        .map((b) => b.id)
        .includes("mps-airports-row-to-hillingdon"),
    ).toBe(true);
    expect(
      breaksIn(recordingBreaks, { ...mpsCompared, areas: ["Hillingdon", AIRPORTS] })
        .map((b) => b.id)
        .includes("mps-airports-row-to-hillingdon"),
    ).toBe(false);
  });

  describe("falls inside: previous.first < month <= current.last", () => {
    const periods = { previous: { first: "2023-03", last: "2024-02" }, current: { first: "2024-03", last: "2025-02" } };
    it.each([
      ["2023-03", false, "at the first month of the previous period both periods are on the new basis"],
      ["2023-04", true, "one month after the start of the previous period"],
      ["2024-02", true, "the last month of the previous period"],
      ["2024-03", true, "the first month of the current period"],
      ["2025-02", true, "the last month of the current period"],
      ["2025-03", false, "after the current period both are on the old basis"],
      ["2019-01", false, "long before"],
    ])("a break at %s falls inside: %s (%s)", (month, inside) => {
      expect(ids([made(month)], { ...periods, areas: ["A"] })).toEqual(inside ? [`break-${month}`] : []);
    });
    it("uses the first month of the previous period and the last of the current, whatever lies between", () => {
      const apart = { previous: { first: "2020-01", last: "2020-12" }, current: { first: "2024-01", last: "2024-12" } };
      expect(ids([made("2022-06")], { ...apart, areas: ["A"] })).toEqual(["break-2022-06"]);
    });
  });

  describe("affects: the figure meets affects.areas and affects.offences", () => {
    const b = made("2024-06", { affects: { areas: ["A"], offences: ["X"] } });
    it.each([
      [["A"], ["X"], true],
      [["A", "C"], ["X", "Y"], true],
      [["C"], ["X"], false],
      [["A"], ["Y"], false],
      [undefined, ["X"], true],
      [["A"], undefined, true],
      [undefined, undefined, true],
    ])("areas %j and offences %j: affected %s", (areas, offences, affected) => {
      const options: BreaksInOptions = { ...compared, ...(areas === undefined ? {} : { areas }), ...(offences === undefined ? {} : { offences }) };
      expect(ids([b], options)).toEqual(affected ? ["break-2024-06"] : []);
    });
    it("an absent affects field means every area (every offence)", () => {
      const everywhere = made("2024-06", { affects: { offences: ["X"] } });
      expect(ids([everywhere], { ...compared, areas: ["Anywhere"], offences: ["X"] })).toEqual(["break-2024-06"]);
      expect(ids([everywhere], { ...compared, areas: ["Anywhere"], offences: ["Y"] })).toEqual([]);
    });
    it("a break without likeForLike affects every figure it meets, even the total of everything", () => {
      expect(ids([made("2024-06", { affects: { offences: ["X"] } })], compared)).toEqual(["break-2024-06"]);
    });
  });

  describe("like for like: a figure holding the whole like-for-like set is not affected", () => {
    it("a reallocation between two areas: each alone is affected, the two together are not, nor is a wider set", () => {
      const move = made("2024-06", { affects: { areas: ["A", "B"] }, likeForLike: { areas: ["A", "B"] } });
      expect(ids([move], { ...compared, areas: ["A"] })).toEqual(["break-2024-06"]);
      expect(ids([move], { ...compared, areas: ["B"], offences: ["X"] })).toEqual(["break-2024-06"]);
      expect(ids([move], { ...compared, areas: ["A", "B"] })).toEqual([]);
      expect(ids([move], { ...compared, areas: ["A", "B", "C"], offences: ["X"] })).toEqual([]);
      expect(ids([move], compared)).toEqual([]);
    });
    it("a relabelling: any area's total over the like-for-like offences is not affected, one label alone is", () => {
      const relabel = made("2024-06", { affects: { offences: ["OLD", "NEW"] }, likeForLike: { offences: ["OLD", "NEW", "OTHER"] } });
      expect(ids([relabel], { ...compared, areas: ["A"], offences: ["OLD", "NEW", "OTHER"] })).toEqual([]);
      expect(ids([relabel], { ...compared, areas: ["A"], offences: ["NEW"] })).toEqual(["break-2024-06"]);
      expect(ids([relabel], { ...compared, areas: ["A"], offences: ["OLD", "NEW"] })).toEqual(["break-2024-06"]);
      expect(ids([relabel], { ...compared, areas: ["A"] })).toEqual([]);
    });
    it("offences that had no area, later spread over every area: only a figure over every area is not affected", () => {
      const spread = made("2024-06", { affects: { areas: ["Unknown"] }, likeForLike: {} });
      expect(ids([spread], { ...compared, offences: ["X"] })).toEqual([]);
      expect(ids([spread], { ...compared, areas: ["Unknown", "A"] })).toEqual(["break-2024-06"]);
      expect(ids([spread], { ...compared, areas: ["A"] })).toEqual([]);
      expect(ids([spread], { ...compared, areas: ["Unknown", "A", "B"], present: { areas: ["Unknown", "A", "B"] } })).toEqual([]);
      expect(ids([spread], { ...compared, areas: ["Unknown", "A"], present: { areas: ["Unknown", "A", "B"] } })).toEqual(["break-2024-06"]);
    });
    it("with the labels present in the data, like-for-like labels the data do not hold need not be in the figure", () => {
      const relabel = made("2024-06", { affects: { offences: ["OLD", "NEW"] }, likeForLike: { offences: ["OLD", "NEW", "ELSEWHERE"] } });
      const figure = { ...compared, areas: ["A"], offences: ["OLD", "NEW"] };
      expect(ids([relabel], figure)).toEqual(["break-2024-06"]);
      expect(ids([relabel], { ...figure, present: { offences: ["OLD", "NEW", "OTHER"] } })).toEqual([]);
      expect(ids([relabel], { ...figure, offences: ["NEW"], present: { offences: ["OLD", "NEW"] } })).toEqual(["break-2024-06"]);
    });
  });

  describe("the shipped breaks on the Metropolitan Police files", () => {
    const boroughs = ["Harrow", "Hillingdon", "Hounslow", "Newham", "Westminster"];
    const everyRow = [...boroughs, AIRPORTS, "Unknown"];
    const burglary = minorsOf("BURGLARY");
    it("Hillingdon's all-offences figure is affected by the airports move, and the London total over every row is not", () => {
      expect(ids(recordingBreaks, { ...compared, areas: ["Hillingdon"] })).toContain("mps-airports-row-to-hillingdon");
      expect(ids(recordingBreaks, { ...compared, areas: everyRow, present: { areas: everyRow } })).not.toContain("mps-airports-row-to-hillingdon");
      expect(ids(recordingBreaks, { ...compared })).not.toContain("mps-airports-row-to-hillingdon");
    });
    it("a London total over the boroughs without the airports row is affected (the offences joined it from outside)", () => {
      expect(ids(recordingBreaks, { ...compared, areas: boroughs })).toContain("mps-airports-row-to-hillingdon");
    });
    it("Harrow is untouched by the airports and Unknown rows", () => {
      const found = ids(recordingBreaks, { ...compared, areas: ["Harrow"], offences: burglary });
      expect(found).not.toContain("mps-airports-row-to-hillingdon");
      expect(found).not.toContain("mps-unknown-row-falls");
    });
    it("a borough's Burglary total is not affected by the relabelling; its residential burglary alone is", () => {
      expect(ids(recordingBreaks, { ...compared, areas: ["Harrow"], offences: burglary })).toEqual([]);
      expect(ids(recordingBreaks, { ...compared, areas: ["Harrow"], offences: ["BURGLARY - RESIDENTIAL"] })).toEqual([
        "mps-burglary-residential-home-and-unconnected",
        "mps-burglary-in-a-dwelling-relabelled-residential",
      ]);
    });
    it("a Burglary total of one release's labels is not affected once the labels present are given", () => {
      const release = ["BURGLARY BUSINESS AND COMMUNITY", "BURGLARY IN A DWELLING", "BURGLARY - RESIDENTIAL", "BURGLARY NON-DWELLING"];
      const figure = { ...compared, areas: ["Harrow"], offences: release };
      expect(ids(recordingBreaks, figure)).toContain("mps-burglary-in-a-dwelling-relabelled-residential");
      expect(ids(recordingBreaks, { ...figure, present: { areas: everyRow, offences: [...release, "SHOPLIFTING"] } })).toEqual([]);
    });
    it("the split of stalking and harassment matters where it falls inside, and not for all violence against the person", () => {
      const acrossJoin = { previous: { first: "2023-01", last: "2023-12" }, current: { first: "2024-01", last: "2024-12" } };
      expect(ids(recordingBreaks, { ...acrossJoin, areas: ["Harrow"], offences: ["VIOLENCE WITHOUT INJURY"] })).toContain(
        "mps-stalking-harassment-split-from-violence-without-injury",
      );
      expect(ids(recordingBreaks, { ...acrossJoin, areas: ["Harrow"], offences: minorsOf("VIOLENCE AGAINST THE PERSON") })).toEqual([
        "mps-hocr-principal-crime-stalking-harassment",
      ]);
      const after = { previous: { first: "2023-07", last: "2023-12" }, current: { first: "2024-01", last: "2024-06" } };
      expect(ids(recordingBreaks, { ...after, areas: ["Harrow"], offences: minorsOf("VIOLENCE AGAINST THE PERSON") })).toEqual([]);
    });
    it("the May 2023 counting-rules change affects every figure that holds stalking and harassment, all offences included", () => {
      const acrossMay2023 = { previous: { first: "2022-06", last: "2023-05" }, current: { first: "2023-06", last: "2024-05" } };
      expect(ids(recordingBreaks, { ...acrossMay2023, areas: ["Harrow"] })).toContain("mps-hocr-principal-crime-stalking-harassment");
      expect(ids(recordingBreaks, { ...acrossMay2023, areas: ["Harrow"], offences: burglary })).toEqual([]);
    });
    it("a Cumbria figure: a new authority alone is affected, with its old districts it is not, and the force total is not", () => {
      const acrossApril2023 = { previous: { first: "2022-04", last: "2023-03" }, current: { first: "2023-04", last: "2024-03" }, classification: "police-uk" };
      const burglary = { ...acrossApril2023, offences: ["Burglary"] };
      expect(ids(recordingBreaks, { ...burglary, areas: ["E06000063"] })).toEqual(["cumbria-cumberland-gss-codes"]);
      expect(ids(recordingBreaks, { ...burglary, areas: ["Cumberland"] })).toEqual(["cumbria-cumberland"]);
      expect(ids(recordingBreaks, { ...burglary, areas: ["E07000026", "E07000028", "E07000029", "E06000063"] })).toEqual([]);
      expect(ids(recordingBreaks, { ...acrossApril2023, areas: ["Cumbria"], offences: ["Burglary"] })).toEqual([]);
    });
  });

  it("with a classification, leaves out the breaks of other taxonomies and keeps those of none", () => {
    const mps = { ...made("2024-06", { affects: { offences: ["X"] } }), id: "mps-break", classification: "mps" };
    const policeUk = { ...made("2024-06", { affects: { offences: ["X"] } }), id: "police-uk-break", classification: "police-uk" };
    const none = { ...made("2024-06"), id: "no-classification" };
    expect(ids([mps, policeUk, none], { ...compared, areas: ["A"] })).toEqual(["mps-break", "police-uk-break", "no-classification"]);
    expect(ids([mps, policeUk, none], { ...compared, areas: ["A"], classification: "police-uk" })).toEqual(["police-uk-break", "no-classification"]);
    const withUk = { previous: { first: "2022-06", last: "2023-05" }, current: { first: "2023-06", last: "2024-05" }, areas: ["E06000063"] };
    expect(ids(recordingBreaks, { ...withUk, classification: "police-uk" })).toEqual([
      "cumbria-cumberland-gss-codes",
      "police-uk-hocr-principal-crime-stalking-harassment",
    ]);
  });

  it("returns the breaks in the order given, as given", () => {
    const a = made("2024-06");
    const b = { ...made("2023-06"), id: "earlier" };
    const found = breaksIn([a, b], { ...compared, areas: ["A"] });
    expect(found).toEqual([a, b]);
    expect(found[0]).toBe(a);
  });

  it("throws invalid-argument, naming the problem, when the breaks are not a list of valid breaks", () => {
    const badMonth = (): unknown => breaksIn([{ ...made("2024-06"), month: "June 2024" } as unknown as RecordingBreak], compared);
    expect(thrownCode(badMonth)).toBe("invalid-argument");
    expect(badMonth).toThrow(
      'The breaks given to breaksIn are not a list of recording breaks (breaks[0].month: "June 2024" is not a month (expected YYYY-MM)).',
    );
    expect(thrownCode(() => breaksIn(undefined as unknown as RecordingBreak[], compared))).toBe("invalid-argument");
    expect(() => breaksIn([made("2024-06"), made("2024-06")], compared)).toThrow("ids must be unique");
  });

  it("throws invalid-option or invalid-month for a bad comparison or label list", () => {
    const cases: [() => unknown, string, string][] = [
      [() => breaksIn([], undefined as unknown as BreaksInOptions), "invalid-option", "breaksIn needs options { previous, current }"],
      [
        () => breaksIn([], { current: compared.current } as unknown as BreaksInOptions),
        "invalid-option",
        'The breaksIn option previous is undefined; expected { first, last } months such as { first: "2023-03", last: "2024-02" }.',
      ],
      [
        () => breaksIn([], { ...compared, previous: { first: "2023-3", last: "2024-02" } }),
        "invalid-month",
        '"2023-3" is not a month; breaksIn (previous.first) expects "YYYY-MM" (for example "2019-04").',
      ],
      [
        () => breaksIn([], { ...compared, current: { first: "2025-02", last: "2024-03" } }),
        "invalid-option",
        'The breaksIn option current runs from "2025-02" to "2024-03"; expected a first month not after the last.',
      ],
      [
        () => breaksIn([], { ...compared, areas: "Harrow" as unknown as string[] }),
        "invalid-option",
        'The breaksIn option areas is "Harrow"; expected a list of labels (text).',
      ],
      [
        () => breaksIn([], { ...compared, present: { offences: [1] as unknown as string[] } }),
        "invalid-option",
        "The breaksIn option present.offences is an array of 1 item; expected a list of labels (text).",
      ],
      [
        () => breaksIn([], { ...compared, classification: 7 as unknown as string }),
        "invalid-option",
        'The breaksIn option classification is 7; expected a taxonomy id such as "mps".',
      ],
    ];
    for (const [call, code, message] of cases) {
      expect(thrownCode(call)).toBe(code);
      expect(call).toThrow(message);
    }
  });
});

describe("breaksIn properties", () => {
  const labels = ["A", "B", "C", "D"];
  const selection = fc.option(fc.uniqueArray(fc.constantFrom(...labels), { minLength: 1 }), { nil: undefined });
  const month = fc.integer({ min: 0, max: 35 }).map((i) => monthKeyFromIndex(monthIndex("2022-01") + i));
  const aBreak = fc.record({ month, affectsAreas: selection, likeAreas: selection, hasLike: fc.boolean() }).map(
    ({ month: m, affectsAreas, likeAreas, hasLike }): RecordingBreak => ({
      ...made(m, { affects: affectsAreas === undefined ? {} : { areas: affectsAreas } }),
      // like-for-like areas must hold the affected areas, and may be listed only when affects lists some
      ...(hasLike
        ? { likeForLike: affectsAreas === undefined || likeAreas === undefined ? {} : { areas: [...new Set([...affectsAreas, ...likeAreas])] } }
        : {}),
    }),
  );
  const breaks = fc.uniqueArray(aBreak, { selector: (b) => b.month, maxLength: 6 });

  it("returns breaks of the input, in input order, each falling inside, whatever the order of the labels and breaks", () => {
    fc.assert(
      fc.property(breaks, selection, fc.integer({ min: 0, max: 30 }), (list, areas, shift) => {
        const first = monthKeyFromIndex(monthIndex("2022-01") + shift);
        const options: BreaksInOptions = {
          previous: { first, last: monthKeyFromIndex(monthIndex(first) + 2) },
          current: { first: monthKeyFromIndex(monthIndex(first) + 3), last: monthKeyFromIndex(monthIndex(first) + 5) },
          ...(areas === undefined ? {} : { areas }),
        };
        const found = breaksIn(list, options);
        expect(found.every((b) => options.previous.first < b.month && b.month <= options.current.last)).toBe(true);
        expect(found).toEqual(list.filter((b) => found.includes(b)));
        const reversed = breaksIn([...list].reverse(), { ...options, ...(areas === undefined ? {} : { areas: [...areas].reverse() }) });
        expect(new Set(reversed)).toEqual(new Set(found));
      }),
    );
  });

  it("a figure over every area and offence is affected by exactly the breaks without a like-for-like set", () => {
    fc.assert(
      fc.property(breaks, (list) => {
        const found = breaksIn(list, { previous: { first: "2021-12", last: "2022-12" }, current: { first: "2023-01", last: "2025-12" } });
        expect(found).toEqual(list.filter((b) => b.likeForLike === undefined));
      }),
    );
  });
});
