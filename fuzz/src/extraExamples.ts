/**
 * Calls the documented examples leave out or write with values from another example (`input: as in
 * the example of strategicAssessment`), written out here so that every function gets well-formed
 * arguments to start from. Same form as a documented example: TypeScript, the packages' exports in
 * scope.
 */
export const extraExamples: readonly { readonly pkg: string; readonly code: string }[] = [
  {
    pkg: "report",
    code: `
const input = {
  counts: [
    { area: "Harrow", month: "2023-06", offence: "BURGLARY", count: 30 },
    { area: "Harrow", month: "2024-06", offence: "BURGLARY", count: 24 },
    { area: "Harrow", month: "2024-12", offence: "ROBBERY", count: 3 },
    { area: "Barnet", month: "2023-01", offence: "BURGLARY", count: 50 },
    { area: "Barnet", month: "2024-12", offence: "BURGLARY", count: 45 },
  ],
  populations: { Harrow: 250000, Barnet: 400000 }, area: "Harrow",
  benchmarkArea: { name: "London", membersName: "London boroughs" },
  comparatorGroup: { name: "neighbours", members: ["Barnet"] },
  priorities: [
    { id: "burglary", name: "Burglary", offences: ["BURGLARY"] },
    { id: "robbery", name: "Robbery", offences: ["ROBBERY"] },
  ],
};
const result = strategicAssessment(input);
renderMarkdown(result);
await renderHtml(result);
`,
  },
  {
    pkg: "rates",
    code: `
const values = [...Array(12).fill(10), ...Array(12).fill(9)];
samePeriodComparison({ start: "2017-01", values }, customPeriod("2018-01", "2018-12"));
samePeriodComparison({ start: "2017-01", values: [...values, 4, 5, 6] }, customPeriod("2018-04", "2019-03"));
`,
  },
];
