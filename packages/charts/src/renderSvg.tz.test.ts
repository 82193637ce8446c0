import type { MonthKey } from "@crimestats/periods";
import { describe, expect, it } from "vitest";
import { renderSvg } from "./renderSvg.js";
import { trendChart } from "./trendChart.js";

// Run under several TZ values by the suite's checks: month labels must not shift with the
// process time zone (the chart uses UTC time units and UTC dates).
describe(`renderSvg month axis in TZ=${process.env["TZ"] ?? "(unset)"}`, () => {
  it("labels the months of the data, whatever the time zone", async () => {
    const points = ["2024-01", "2024-02", "2024-03", "2024-04"].map((month, i) => ({ series: "Harrow", month: month as MonthKey, value: i + 1 }));
    const svg = await renderSvg(trendChart({ title: "T", source: "S", yTitle: "Y", points }));
    expect(svg).toContain(">Jan 2024</text>");
    expect(svg).toContain(">Apr 2024</text>");
    expect(svg).not.toContain(">Dec 2023</text>");
    expect(svg).not.toContain(">May 2024</text>");
  });
});
