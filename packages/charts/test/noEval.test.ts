import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const built = fileURLToPath(new URL("../dist/index.js", import.meta.url));

// A page whose Content-Security-Policy has no 'unsafe-eval' refuses `new Function`; Node's
// --disallow-code-generation-from-strings refuses it the same way. The built package is used
// (CI builds before the tests; a contributor's unbuilt checkout skips, CI never does).
describe("renderSvg without evaluating strings as code", () => {
  it.skipIf(!existsSync(built) && process.env["CI"] === undefined)(
    "draws a chart with a formatted axis and a tooltip expression where code generation from strings is refused",
    () => {
      const script = `
        const { renderSvg } = await import(${JSON.stringify(built)});
        const spec = {
          title: "Offences by month",
          data: { values: [{ month: "Jan", count: 1234.5 }, { month: "Feb", count: 987 }] },
          transform: [{ calculate: "datum.count / 1000", as: "thousands" }],
          mark: "bar",
          encoding: {
            x: { field: "month", type: "nominal" },
            y: { field: "thousands", type: "quantitative", axis: { format: ",.2f" } },
          },
        };
        const svg = await renderSvg(spec);
        process.stdout.write(JSON.stringify({ svg: svg.startsWith("<svg"), label: svg.includes(">0.20<") }));
      `;
      const out = execFileSync(process.execPath, ["--disallow-code-generation-from-strings", "--input-type=module", "-e", script], { encoding: "utf8" });
      expect(JSON.parse(out)).toEqual({ svg: true, label: true });
    },
  );
});
