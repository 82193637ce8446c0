import { describe, expect, it } from "vitest";
import { total2019, total2019Rows } from "../test/fixtures.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { ReportError } from "./ReportError.js";
import { strategicAssessment } from "./strategicAssessment.js";

const base = {
  counts: total2019Rows(),
  populations: total2019.populations,
  area: "Harrow",
  neighbours: ["Barnet", "Brent", "Ealing", "Hillingdon"],
  end: "2018-12",
  priorities: [{ id: "total", name: "Total offences", offences: ["ALL"] }],
};

describe("strategicAssessment on the DOMAIN §5.1 Total Offences counts", () => {
  const result = strategicAssessment(base);
  const section = result.priorities[0];

  it("compares the rolling year to Dec 2018 with the same period last year", () => {
    expect(result.current).toEqual({ first: "2018-01", last: "2018-12", label: "12 months to Dec 2018" });
    expect(result.previous).toEqual({ first: "2017-01", last: "2017-12", label: "12 months to Dec 2017" });
  });

  it("keeps full precision in the result: Harrow 14,866 / 248,880 × 1,000", () => {
    expect(section?.quickFacts.count.value).toBe(14_866);
    expect(section?.quickFacts.rate.value).toBeCloseTo(14_866 / 248.88, 10);
    expect(section?.quickFacts.rate.inputs).toEqual({ count: 14_866, population: 248_880 });
    const brent = section?.table.find((r) => r.area === "Brent");
    expect(brent?.rateChange).toBeCloseTo(2.8744, 4);
  });

  it("renders the published table: rates to 2 dp and rate changes from unrounded rates (Brent 2.87, not 2.88)", () => {
    const md = renderMarkdown(result);
    expect(md).toContain("| Barnet | 26,996 | 69.61 | 28,236 | 72.81 | +1,240 | +3.20 |");
    expect(md).toContain("| Brent | 29,759 | 90.42 | 30,705 | 93.30 | +946 | +2.87 |");
    expect(md).toContain("| Ealing | 28,319 | 82.63 | 28,233 | 82.38 | -86 | -0.25 |");
    expect(md).toContain("| **Harrow (focus)** | 13,957 | 56.08 | 14,866 | 59.73 | +909 | +3.65 |");
    expect(md).toContain("| Hillingdon | 24,777 | 81.95 | 24,973 | 82.60 | +196 | +0.65 |");
  });

  it("ranks Harrow's rate among the areas with a population (lowest of 5 here)", () => {
    expect(section?.quickFacts.rankInLondon.rank).toBe(1);
    expect(section?.quickFacts.rankInLondon.of).toBe(5);
  });

  it("names an unknown area, a month outside the data and no priorities in one sentence", () => {
    expect(() => strategicAssessment({ ...base, area: "Harow" })).toThrow('Unknown area "Harow": expected one of the 5 areas in the data (did you mean Harrow?).');
    expect(() => strategicAssessment({ ...base, neighbours: ["Camden"] })).toThrow(ReportError);
    expect(() => strategicAssessment({ ...base, end: "2019-03" })).toThrow(
      "End month 2019-03 needs counts from 2017-04 to 2019-03, but the data run from 2017-01 to 2018-12: expected an end month from 2018-12 to 2018-12.",
    );
    expect(() => strategicAssessment({ ...base, end: "March" })).toThrow(/is not a month/);
    expect(() => strategicAssessment({ ...base, priorities: [] })).toThrow(/No priorities/);
  });
});
