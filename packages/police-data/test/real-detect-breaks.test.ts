/**
 * detectBreaks on the London Datastore borough files (never committed; skipped when the data
 * folder is absent): each release counted on its own, area × month × offence (MinorText), with
 * the MinorText → MajorText groups the files give.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type CountCube, countCube, type DetectedBreak, detectBreaks, joinReleases, readMpsWide } from "../src/node.js";
import { dataPath, hasData, skipReason } from "./helpers.js";

const BOROUGH = "london-datastore-mps-borough-crime";
const FILES = {
  historical: dataPath(BOROUGH, "MPS Borough Level Crime (Historical).csv"),
  "2023-03_2025-02": dataPath(BOROUGH, "MPS Borough Level Crime (most recent 24 months) 2023-03_2025-02.csv"),
  "2024-01_2025-12": dataPath(BOROUGH, "MPS Borough Level Crime (most recent 24 months) 2024-01_2025-12.csv"),
};
const AIRPORTS = "London Heathrow and London City Airports";

/** The release's cube by area × month × MinorText, and MinorText → MajorText. */
async function release(path: string): Promise<{ cube: CountCube; groups: Record<string, string> }> {
  const groups: Record<string, string> = {};
  const rows = readMpsWide(path, { offence: "minor" });
  async function* withGroups() {
    for await (const r of rows) {
      groups[r.minor] = r.major;
      yield r;
    }
  }
  const { cube } = await countCube(withGroups());
  return { cube, groups };
}

function show(b: DetectedBreak): string {
  const row = (r: DetectedBreak["from"]) => (r === null ? "-" : [r.area, r.offence].filter((x) => x !== undefined).join(" / "));
  return `${b.month} ${b.kind.padEnd(12)} ${row(b.from)} -> ${row(b.to)}  size ${b.size.toFixed(1)} score ${b.score.toFixed(1)}`;
}

const label = (r: DetectedBreak["from"]) => (r === null ? null : [r.area, r.offence].filter((x) => x !== undefined).join(" / "));

describe.skipIf(!hasData)(hasData ? "detectBreaks on the real MPS borough files" : `skipped: ${skipReason}`, { timeout: 120_000 }, () => {
  const found = new Map<string, { breaks: readonly DetectedBreak[]; byArea: readonly DetectedBreak[] }>();
  beforeAll(async () => {
    for (const [name, path] of Object.entries(FILES)) {
      const { cube, groups } = await release(path);
      const t0 = performance.now();
      const breaks = detectBreaks(cube, { groups, unallocated: ["Unknown"] });
      const ms = performance.now() - t0;
      const { cube: areaCube } = await countCube(readMpsWide(path), { by: ["area", "month"] });
      const byArea = detectBreaks(areaCube, { unallocated: ["Unknown"] });
      found.set(name, { breaks, byArea });
      console.log(
        `\n== ${name}: ${cube.shape.join(" × ")} (${cube.dims.join(" × ")}), ${breaks.length} breaks in ${ms.toFixed(1)} ms\n${breaks.map(show).join("\n")}`,
      );
      console.log(`-- ${name}, area × month: ${byArea.length} breaks\n${byArea.map(show).join("\n")}`);
    }
  });

  it("finds the airports row moved out of Hillingdon in April 2023 and back in March 2024 in the three releases joined (MinorText as published; printed in full)", async () => {
    const releases = await Promise.all(Object.values(FILES).map((path) => release(path)));
    const groups = Object.assign({}, ...releases.map((r) => r.groups)) as Record<string, string>;
    const { cube } = joinReleases(releases.map((r) => r.cube));
    const breaks = detectBreaks(cube, { groups, unallocated: ["Unknown"] });
    console.log(`\n== joined: ${cube.shape.join(" × ")} (${cube.dims.join(" × ")}), ${breaks.length} breaks\n${breaks.map(show).join("\n")}`);
    const moved = (from: string, to: string, month: string) =>
      breaks.filter((b) => b.kind === "moved" && b.from?.area === from && b.to?.area === to && b.month === month).map((b) => b.from?.offence);
    expect(moved(AIRPORTS, "Hillingdon", "2024-03")).toEqual(expect.arrayContaining(["OTHER THEFT", "MISC CRIMES AGAINST SOCIETY"]));
    // and the reverse when the airports row started: its offences had been counted in Hillingdon until March 2023
    expect(moved("Hillingdon", AIRPORTS, "2023-04")).toEqual(expect.arrayContaining(["OTHER THEFT", "MISC CRIMES AGAINST SOCIETY"]));
  });

  it("finds the airports row moved to Hillingdon in March 2024 (2023-03_2025-02 release), and to no other borough", () => {
    const { breaks, byArea } = found.get("2023-03_2025-02")!;
    const fromAirports = breaks.filter((b) => b.kind === "moved" && b.from?.area === AIRPORTS);
    expect(fromAirports.length).toBeGreaterThan(0);
    for (const b of fromAirports) expect([b.month, b.to?.area, b.to?.offence]).toEqual(["2024-03", "Hillingdon", b.from?.offence]);
    const all = byArea.filter((b) => b.from?.area === AIRPORTS || b.to?.area === AIRPORTS);
    expect(all.map((b) => [b.kind, b.month, label(b.from), label(b.to)])).toEqual([["moved", "2024-03", AIRPORTS, "Hillingdon"]]);
    // about 400 to 540 offences a month were recorded in the airports row before March 2024
    expect(all[0]!.size).toBeGreaterThan(400);
    expect(all[0]!.size).toBeLessThan(600);
  });

  it("finds BURGLARY IN A DWELLING relabelled BURGLARY - RESIDENTIAL in March 2024 in most boroughs (2023-03_2025-02 release)", () => {
    const { breaks } = found.get("2023-03_2025-02")!;
    const relabelled = breaks.filter(
      (b) =>
        b.kind === "moved" &&
        b.month === "2024-03" &&
        b.from?.offence === "BURGLARY IN A DWELLING" &&
        b.to?.offence === "BURGLARY - RESIDENTIAL" &&
        b.from.area === b.to.area,
    );
    expect(relabelled.length).toBeGreaterThanOrEqual(24);
    for (const b of relabelled) expect(b.explanation).toMatch(/the first stopped and the second started in the same month/);
    // nowhere is the old label matched with another label or month
    expect(breaks.filter((b) => b.kind === "moved" && b.from?.offence === "BURGLARY IN A DWELLING" && b.to?.offence !== "BURGLARY - RESIDENTIAL")).toEqual([]);
  });

  it("finds the fall of the Unknown row in August or September 2024 in both 24-month releases", () => {
    for (const name of ["2023-03_2025-02", "2024-01_2025-12"]) {
      const { breaks, byArea } = found.get(name)!;
      const unknown = byArea.filter((b) => b.from?.area === "Unknown" || b.to?.area === "Unknown");
      expect(unknown.map((b) => [b.kind, b.to])).toEqual([["level-shift", null]]);
      expect(["2024-08", "2024-09"]).toContain(unknown[0]!.month);
      expect(unknown[0]!.size).toBeLessThan(-1000);
      const byOffence = breaks.filter((b) => b.kind === "level-shift" && b.from?.area === "Unknown" && (b.month === "2024-08" || b.month === "2024-09"));
      expect(byOffence.length).toBeGreaterThanOrEqual(5);
    }
  });

  it("does not take the one-month spikes of the Unknown row (March 2020, March 2023, October 2023) for breaks", () => {
    const months = ["2020-03", "2020-04", "2023-03", "2023-04", "2023-10", "2023-11"];
    for (const { byArea } of found.values()) {
      expect(byArea.filter((b) => (b.from?.area === "Unknown" || b.to?.area === "Unknown") && months.includes(b.month))).toEqual([]);
    }
  });
});
