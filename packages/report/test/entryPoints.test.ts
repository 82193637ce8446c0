import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import * as main from "../src/index.js";
import * as node from "../src/node.js";

const entry = (name: string): string => fileURLToPath(new URL(`../src/${name}.ts`, import.meta.url));

/** The modules a bundle of `file` for the browser reaches in this package, and the Node built-ins it imports. */
async function browserBundle(file: string): Promise<{ errors: string[]; nodeImports: string[] }> {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    metafile: true,
    platform: "browser",
    format: "esm",
    logLevel: "silent",
    // Sibling packages and third-party modules are checked by their own entry tests and CI's bundle check.
    external: ["@crimestats/*", "zod"],
  }).catch((error: { errors?: { text: string }[] }) => ({ errors: error.errors ?? [], metafile: { inputs: {} } }));
  const inputs = Object.values(result.metafile?.inputs ?? {}) as { imports: { path: string }[] }[];
  return {
    errors: result.errors.map((e) => e.text),
    nodeImports: inputs.flatMap((i) => i.imports.map((x) => x.path)).filter((p) => p.startsWith("node:")),
  };
}

describe("entry points", () => {
  it("the main entry bundles for the browser: no file system, network or process module", async () => {
    expect(await browserBundle(entry("index"))).toEqual({ errors: [], nodeImports: [] });
  });

  it("the ./node entry adds what needs Node: the downloads (files and the data.police.uk archive) and the PDF printer, and a Word writer that draws charts with resvg", async () => {
    expect((await browserBundle(entry("node"))).errors.some((e) => e.includes("node:"))).toBe(true);
    expect(
      Object.keys(node)
        .filter((name) => !(name in main))
        .sort(),
    ).toEqual(["defaultMaxArchiveBytes", "defaultMaxDownloadBytes", "downloadFiles", "londonDatastoreUrls", "policeUkArchiveUrl", "renderPdf"]);
    expect("downloadFiles" in main).toBe(false);
    // The main entry's renderDocx asks for drawChart; the ./node entry's draws with resvg unless given one.
    expect(node.renderDocx).not.toBe(main.renderDocx);
  });
});
