import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { brandingOptions } from "../src/internal/cli/brandingConfig.js";
import { run } from "./runCli.js";
import { describeInBrowser } from "./browser/browser.js";

const folder = mkdtempSync(join(tmpdir(), "crimestats-documents-"));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(folder, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, content);
  return path;
};

/** A small SVG logo (text, so the test can find it in the HTML's data: URI). */
const logoSvg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#1d4f91"/></svg>';

/** A branding config file beside its logo and introduction, in a folder of its own (paths are relative to it). */
function brandingFolder(name: string, config: Record<string, unknown>): string {
  file(`${name}/images/logo.svg`, logoSvg);
  file(`${name}/introduction.txt`, "This assessment describes crime in Harrow.\r\n\r\nIt informs the partnership's plan for 2026.\n");
  return file(`${name}/branding.json`, JSON.stringify(config, null, 2));
}

const config = {
  title: "Harrow Strategic Assessment 2025",
  partnership: "Safer Harrow",
  logo: { file: "images/logo.svg", alt: "Safer Harrow logo" },
  introduction: "introduction.txt",
  accentColour: "#1d4f91",
  footer: "Safer Harrow Community Safety Partnership",
  contact: "community.safety@harrow.gov.uk",
  date: "2026-12-07",
};

describe("crimestats assess --format", () => {
  it("writes only the formats asked for, listed in the order html, md, json, docx, pdf", { timeout: 120_000 }, async () => {
    const out = join(folder, "md-json");
    const result = await run(["assess", "--format", "json, md", "--out", out, "--quiet"]);
    expect([result.code, result.err]).toEqual([0, ""]);
    expect(result.out).toBe(`${join(out, "strategic-assessment.md")}\n${join(out, "strategic-assessment.json")}\n`);
    expect(readdirSync(out).sort()).toEqual(["strategic-assessment.json", "strategic-assessment.md"]);
  });

  it("writes the branded Word document with --format docx", { timeout: 180_000 }, async () => {
    const out = join(folder, "docx");
    const result = await run(["assess", "--format", "docx", "--partnership", "Safer Harrow", "--date", "2026-12-07", "--out", out, "--quiet"]);
    expect([result.code, result.err]).toEqual([0, ""]);
    expect(result.out).toBe(`${join(out, "strategic-assessment.docx")}\n`);
    const files = unzipSync(readFileSync(join(out, "strategic-assessment.docx")));
    const document = strFromU8(files["word/document.xml"] ?? new Uint8Array());
    expect(document).toContain("Safer Harrow");
    expect(document).toContain("7 December 2026");
  });

  it.each([
    ["html,xlsx", 'Unknown format "xlsx" given to --format: expected a comma-separated list of html, md, json, docx, pdf (e.g. --format html,pdf).'],
    ["", 'Unknown format "" given to --format: expected a comma-separated list of html, md, json, docx, pdf (e.g. --format html,pdf).'],
    ["HTML", 'Unknown format "HTML" given to --format: expected a comma-separated list of html, md, json, docx, pdf (e.g. --format html,pdf).'],
  ])("refuses --format %j with exit status 2 before reading any data", async (formats, message) => {
    const out = join(folder, "refused-format");
    const result = await run(["assess", "--format", formats, "--out", out]);
    expect(result).toEqual({ code: 2, out: "", err: `crimestats: ${message}\n` });
    expect(() => readdirSync(out)).toThrow();
  });

  it("refuses --browser without pdf among the formats", async () => {
    const result = await run(["assess", "--browser", "/usr/bin/chromium"]);
    expect(result.code).toBe(2);
    expect(result.err).toBe('crimestats: Option "--browser" is for printing the PDF: expected --format with pdf (e.g. --format html,pdf).\n');
  });

  it("says which browser it could not find before reading any data, naming --browser or CRIMESTATS_BROWSER", async () => {
    const missing = join(folder, "no-chromium");
    const flag = await run(["assess", "--format", "pdf", "--browser", missing, "--out", join(folder, "no-browser")]);
    expect(flag.code).toBe(1);
    expect(flag.err).toBe(
      `crimestats: The browser "${missing}" named by --browser is not a program that can be run: expected the path of a Chromium or Google Chrome executable (on Debian or Ubuntu: sudo apt-get install chromium, then /usr/bin/chromium).\n`,
    );
    const env = await run(["assess", "--format", "html,pdf", "--out", join(folder, "no-browser")], { CRIMESTATS_BROWSER: missing });
    expect(env.code).toBe(1);
    expect(env.err).toContain(`The browser "${missing}" named by CRIMESTATS_BROWSER is not a program that can be run`);
  });
});

describe("crimestats assess branding: --config and the flags", () => {
  it("brands the HTML and Markdown from the config file (paths relative to it), the flags overriding its fields", { timeout: 120_000 }, async () => {
    const branding = brandingFolder("brand", config);
    const out = join(folder, "branded");
    // Run from another folder: the logo and introduction are found beside the config file, not in the working directory.
    const result = await run(["assess", "--config", branding, "--contact", "csp@harrow.gov.uk", "--format", "html,md", "--out", out, "--quiet"]);
    expect([result.code, result.err]).toEqual([0, ""]);
    const html = readFileSync(join(out, "strategic-assessment.html"), "utf8");
    expect(html).toContain("Harrow Strategic Assessment 2025");
    expect(html).toContain("Safer Harrow");
    expect(html).toContain("7 December 2026");
    expect(html).toContain("It informs the partnership&#39;s plan for 2026.");
    expect(html).toContain('alt="Safer Harrow logo"');
    expect(html).toContain(`data:image/svg+xml;base64,${Buffer.from(logoSvg).toString("base64")}`);
    expect(html).toContain("csp@harrow.gov.uk");
    expect(html).not.toContain("community.safety@harrow.gov.uk");
    const md = readFileSync(join(out, "strategic-assessment.md"), "utf8");
    // The Markdown document is given the same options.
    expect(md).toMatch(/^# Harrow Strategic Assessment 2025$/m);
    expect(md).toContain("This assessment describes crime in Harrow.");
    expect(md).toContain("csp@harrow.gov.uk");
  });

  it("accepts the README's config file as it is printed there", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const printed = /--config branding\.json[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    const fields = JSON.parse(printed) as { logo: { file: string; alt: string }; introduction: string };
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    file(`readme/${fields.logo.file}`, png);
    file(`readme/${fields.introduction}`, "Our assessment.\n");
    const branding = file("readme/branding.json", printed);
    expect(brandingOptions({ config: branding, date: "2026-12-07" }, tmpdir())).toEqual({
      ...fields,
      logo: { data: png, type: "image/png", alt: fields.logo.alt },
      introduction: "Our assessment.\n",
      date: "2026-12-07",
    });
  });

  it("refuses a config field it does not know, listing the fields it knows (exit status 2)", async () => {
    const branding = brandingFolder("typo", { ...config, colour: "#1d4f91" });
    const result = await run(["assess", "--config", branding]);
    expect(result).toEqual({
      code: 2,
      out: "",
      err: `crimestats: Field "colour" of the config file "${branding}" is not a branding field: expected one of title, partnership, logo, introduction, accentColour, footer, contact, date.\n`,
    });
  });

  it.each([
    ["a field of the wrong type", { title: 2025 }, 'Field "title" of the config file "{file}" is 2025: expected a text.'],
    [
      "a logo given as a bare file name",
      { logo: "logo.svg" },
      'Field "logo" of the config file "{file}" is "logo.svg": expected {"file": "<a PNG, JPEG or SVG file, relative to the config file>", "alt": "<its text alternative>"}.',
    ],
    [
      "an accent colour too light to read",
      { accentColour: "#ffff00" },
      'Field "accentColour" of the config file "{file}" "#ffff00" gives 1.07:1 against white: expected at least 4.5:1, so headings in it can be read (choose a darker colour).',
    ],
    ["a date that is no day", { date: "2026-02-30" }, 'Field "date" of the config file "{file}" is "2026-02-30": expected a real date "YYYY-MM-DD".'],
    [
      "a list instead of an object",
      ["Safer Harrow"],
      'The config file "{file}" holds an array of 1 item: expected an object such as {"partnership": "Safer Harrow"}.',
    ],
  ])("refuses %s, naming the file and the field (exit status 2)", async (_what, content, message) => {
    const branding = file(`bad-${Math.random().toString(36).slice(2)}.json`, JSON.stringify(content));
    const result = await run(["assess", "--config", branding, "--out", join(folder, "refused")]);
    expect(result.code).toBe(2);
    expect(result.err).toBe(`crimestats: ${message.replace("{file}", branding)}\n`);
  });

  it("refuses a config file that is not JSON, saying where it stops being JSON", async () => {
    const branding = file("broken.json", '{ "title": "Harrow", }');
    const result = await run(["assess", "--config", branding]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      new RegExp(`^crimestats: The config file "${branding}" is not JSON \\(.+\\): expected an object such as \\{"partnership": "Safer Harrow"\\}\\.\\n$`),
    );
  });

  it("names the flag of a bad value, and the file a logo or introduction could not be read from", async () => {
    expect((await run(["assess", "--accent", "navy"])).err).toBe('crimestats: Option "--accent" is "navy": expected a colour "#rrggbb".\n');
    expect((await run(["assess", "--date", "7/12/2026"])).code).toBe(2);
    const noAlt = await run(["assess", "--logo", file("logo.svg", logoSvg)]);
    expect(noAlt.code).toBe(2);
    expect(noAlt.err).toBe(
      `crimestats: The logo "${join(folder, "logo.svg")}" has no text alternative: expected --logo-alt <text> (or "alt" of "logo" in the config file), e.g. --logo-alt "Safer Harrow logo".\n`,
    );
    const gif = await run(["assess", "--logo", file("logo.gif", "GIF89a"), "--logo-alt", "Logo"]);
    expect(gif.err).toBe(
      `crimestats: The logo "${join(folder, "logo.gif")}" (given to --logo) is not named as a PNG, JPEG or SVG file: expected a name ending .png, .jpg, .jpeg or .svg.\n`,
    );
    const notPng = await run(["assess", "--logo", file("logo.png", logoSvg), "--logo-alt", "Logo"]);
    expect(notPng.code).toBe(2);
    // The renderers' own check says what is wrong with the bytes; the command says which file and where it was given.
    expect(notPng.err).toMatch(/^crimestats: The logo ".*logo\.png" \(given to --logo\) .*PNG.*\.\n$/);
    // An SVG file named .jpg, named in the config file.
    const notJpeg = brandingFolder("not-jpeg", { ...config, logo: { file: "images/logo.jpg", alt: "Logo" } });
    file("not-jpeg/images/logo.jpg", logoSvg);
    const wrongBytes = await run(["assess", "--config", notJpeg]);
    expect(wrongBytes.code).toBe(2);
    expect(wrongBytes.err).toMatch(
      new RegExp(`^crimestats: The logo "${join(folder, "not-jpeg", "images", "logo.jpg")}" \\(named by "logo.file" in the config file "${notJpeg}"\\) .*JPEG`),
    );
    const branding = brandingFolder("missing-intro", { ...config, introduction: "intro.md" });
    const missing = await run(["assess", "--config", branding]);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(
      `crimestats: Cannot read the introduction file "${join(folder, "missing-intro", "intro.md")}" named by "introduction" in the config file "${branding}": it does not exist.\n`,
    );
  });
});

describeInBrowser("crimestats assess --format pdf", () => {
  it("prints the branded HTML document to PDF beside the other formats, in one run", { timeout: 180_000 }, async () => {
    const branding = brandingFolder("pdf-branding", config);
    const out = join(folder, "pdf-out");
    const result = await run(["assess", "--config", branding, "--format", "pdf,html", "--out", out, "--quiet"]);
    expect([result.code, result.err]).toEqual([0, ""]);
    expect(result.out).toBe(`${join(out, "strategic-assessment.html")}\n${join(out, "strategic-assessment.pdf")}\n`);
    expect(readdirSync(out).sort()).toEqual(["strategic-assessment.html", "strategic-assessment.pdf"]);
    const text = spawnSync("pdftotext", ["-layout", join(out, "strategic-assessment.pdf"), "-"], { encoding: "utf8" }).stdout;
    const pages = text.split("\f").filter((page) => page.trim() !== "");
    expect(pages[0]).toContain("Safer Harrow");
    expect(pages[0]).toContain("This assessment describes crime in Harrow.");
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(pages.at(-1)).toContain("Safer Harrow Community Safety Partnership");
  });
});
