import type { StrategicAssessmentInput } from "../src/strategicAssessment.js";
import { london } from "./fixtures.js";

/** The input of the strategicAssessment doc example, reused by the renderers' examples. */
export const exampleInput: StrategicAssessmentInput = {
  counts: [
    { area: "Harrow", month: "2023-06", offence: "BURGLARY", count: 30 },
    { area: "Harrow", month: "2024-06", offence: "BURGLARY", count: 24 },
    { area: "Barnet", month: "2023-01", offence: "BURGLARY", count: 50 },
    { area: "Barnet", month: "2024-12", offence: "BURGLARY", count: 45 },
  ],
  populations: { Harrow: 250000, Barnet: 400000 },
  area: "Harrow",
  benchmarkArea: london,
  comparatorGroup: { name: "neighbours", members: ["Barnet"] },
  priorities: [{ id: "burglary", name: "Burglary", offences: ["BURGLARY"] }],
};
