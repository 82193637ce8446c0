import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const src = (pkg: string) => fileURLToPath(new URL(`../../${pkg}/src/index.ts`, import.meta.url));

/** The files whose code a browser bundle of `code` (importing this package from its sources) keeps. */
async function bundledInputs(code: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: code, resolveDir: fileURLToPath(new URL(".", import.meta.url)), loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
    alias: { "@crimestats/disclosure": src("disclosure"), "@crimestats/internal": src("internal"), "@crimestats/periods": src("periods") },
  });
  // Files that put code in the bundle (a file parsed but shaken out entirely brings 0 bytes).
  return Object.values(result.metafile.outputs).flatMap((out) =>
    Object.entries(out.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([file]) => file),
  );
}

describe("bundles", () => {
  it("a bundle of discloseCount alone takes in no zod (policies are checked without it)", async () => {
    const inputs = await bundledInputs('import { discloseCount } from "@crimestats/disclosure"; console.log(discloseCount);');
    expect(inputs.some((f) => f.includes("discloseCount.ts"))).toBe(true);
    expect(inputs.filter((f) => f.includes("/zod/"))).toEqual([]);
  });

  it("a bundle of DisclosurePolicySchema takes in zod", async () => {
    const inputs = await bundledInputs('import { DisclosurePolicySchema } from "@crimestats/disclosure"; console.log(DisclosurePolicySchema);');
    expect(inputs.some((f) => f.includes("/zod/"))).toBe(true);
  });
});
