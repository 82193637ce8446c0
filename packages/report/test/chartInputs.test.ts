import { describe, expect, it } from "vitest";
import { renderChartSvg } from "../src/renderChartSvg.js";
import { ReportError } from "../src/ReportError.js";
import { trendChartSpec, type TrendChartInput, type TrendChartPoint } from "../src/trendChartSpec.js";

const point: TrendChartPoint = { series: "Harrow", month: "2025-01", value: 9.3 };
const good = { title: "Burglary", yTitle: "Rate", points: [point] };

async function thrown(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("trendChartSpec and renderChartSvg on inputs of the wrong shape (as a caller or a fuzzer passes them)", () => {
  it.each([
    ["no input", undefined, "the input is undefined"],
    ["points that are an object without a prototype", { ...good, points: Object.assign(Object.create(null) as object, { 0: point }) }, "points is an object"],
    ["points that are null", { ...good, points: null }, "points is null"],
    ["a null point", { ...good, points: [null] }, "points[0] is null"],
    ["a title without a prototype", { ...good, title: Object.create(null) as object }, "title is an object"],
    ["a NaN title", { ...good, title: Number.NaN }, "title is NaN"],
    ["a Symbol axis title", { ...good, yTitle: Symbol("fuzz") }, "yTitle is Symbol(fuzz)"],
    ["a BigInt value", { ...good, points: [{ ...point, value: 5n }] }, "points[0].value is 5n"],
    ["a width of a billion pixels", { ...good, width: 1e9 }, "width is 1000000000"],
  ])("trendChartSpec: %s is invalid-argument, never a TypeError or a NaN title", async (_name, input, message) => {
    const error = await thrown(() => trendChartSpec(input as unknown as TrendChartInput));
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).code).toBe("invalid-argument");
    expect((error as ReportError).message).toContain(message);
  });

  it.each([
    ["no specification", [undefined], "invalid-argument", "the specification is undefined"],
    ["null options", [trendChartSpec(good), null], "invalid-option", "the options are not an object"],
    ["a number as id", [trendChartSpec(good), { id: 5 }], "invalid-option", "the options are not an object"],
  ])("renderChartSvg: %s is %s", async (_name, args, code, message) => {
    const error = await thrown(() => (renderChartSvg as (...a: unknown[]) => Promise<string>)(...args));
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).code).toBe(code);
    expect((error as ReportError).message).toContain(message);
  });

  it.each([
    [
      "a specification that contains itself",
      [
        (() => {
          const spec: Record<string, unknown> = { ...trendChartSpec(good) };
          spec["self"] = spec;
          return spec;
        })(),
      ],
      "nests too deeply",
    ],
    [
      "a height of 1e10 pixels (hundreds of millions of axis ticks)",
      [{ ...trendChartSpec(good), height: 1e10 }],
      "asks for height 10000000000, which is refused",
    ],
    [
      "a legend of 1,532,559,828 columns",
      [
        (() => {
          const spec = structuredClone(trendChartSpec(good)) as { encoding: { color: { legend: Record<string, unknown> } } };
          spec.encoding.color.legend["columns"] = 1532559828;
          return spec;
        })(),
      ],
      "asks for columns 1532559828, which is refused",
    ],
    ["a data generator of a billion rows", [{ ...trendChartSpec(good), data: { sequence: { start: 0, stop: 1e9 } } }], "asks for generated data (sequence)"],
    [
      "an expression that builds a billion-element array",
      [{ ...trendChartSpec(good), transform: [{ calculate: "sequence(0, 1e9)", as: "s" }] }],
      'asks for the expression "sequence(0, 1e9)"',
    ],
    ["a NaN width", [{ ...trendChartSpec(good), width: Number.NaN }], "asks for width NaN"],
    [
      "legend columns written as 200,000 nines",
      [
        (() => {
          const spec = structuredClone(trendChartSpec(good)) as { encoding: { color: { legend: Record<string, unknown> } } };
          spec.encoding.color.legend["columns"] = "9".repeat(200_000);
          return spec;
        })(),
      ],
      'asks for columns "99999999999999999999…"',
    ],
  ])("renderChartSvg: %s is invalid-data", async (_name, args, message) => {
    const error = await thrown(() => (renderChartSvg as (...a: unknown[]) => Promise<string>)(...args));
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).code).toBe("invalid-data");
    expect((error as ReportError).message).toContain(message);
  });

  it("renderChartSvg: a title that merely reads like an expression is text, and renders", async () => {
    const svg = await renderChartSvg(trendChartSpec({ ...good, title: "Offence sequence (2024) pad (x)" }));
    expect(svg).toContain("Offence sequence (2024) pad (x)");
  });
});
