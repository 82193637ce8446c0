import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "./runCli.js";

/** The text a reader sees in an HTML document: no style sheet, no tags (charts keep their titles and descriptions). */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#?\w+;/g, " ");
}

/** Problems of the writing of a document a councillor reads. */
function writingProblems(text: string): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(/@crimestats\/?[\w-]*/g)) problems.push(`package name: ${m[0]}`);
  for (const m of text.matchAll(/\bdocs\/[\w./#-]*/g)) problems.push(`document path: ${m[0]}`);
  for (const m of text.matchAll(/\b(?:src|scripts|packages)\/[\w./-]+/g)) problems.push(`repository path: ${m[0]}`);
  // camelCase identifiers (function or field names): a lower-case word with a capital inside it.
  for (const m of text.matchAll(/\b[a-z]+[A-Z][A-Za-z]*\b/g)) problems.push(`identifier: ${m[0]}`);
  // A number of 1,000 or more written without thousands separators (a year, 1900–2099, is not a number of things).
  for (const m of text.matchAll(/(?<![\d.,\w-])\d{4,}(?![\d,\w])/g)) {
    const n = Number(m[0]);
    if (!(m[0].length === 4 && n >= 1900 && n <= 2099)) problems.push(`number without separators: ${m[0]}`);
  }
  for (const m of text.matchAll(/\b(best|worst)\b/gi)) problems.push(`judging word: ${m[0]}`);
  // A month written as a key ("2024-03") in a sentence rather than in full (a release's name, "2020-01_2024-12", is a name).
  for (const m of text.matchAll(/(?<![\w-]|_)(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?![\w-]|\\?_)/g)) problems.push(`month key: ${m[0]}`);
  return [...new Set(problems)];
}

describe("the documents of a realistic assessment read as plain English", () => {
  let markdown = "";
  let html = "";
  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), "crimestats-writing-"));
    await run(["assess", "--out", out]);
    markdown = readFileSync(join(out, "strategic-assessment.md"), "utf8");
    html = readFileSync(join(out, "strategic-assessment.html"), "utf8");
  }, 300_000);

  it("the check finds each kind of problem it looks for", () => {
    expect(writingProblems("see docs/methods.md and @crimestats/rates; classifyMonths gave 12345 and 2024-03, the best")).toEqual([
      "package name: @crimestats/rates",
      "document path: docs/methods.md",
      "identifier: classifyMonths",
      "number without separators: 12345",
      "judging word: best",
      "month key: 2024-03",
    ]);
    expect(writingProblems("In the 12 months to February 2025, 12,345 offences (2,024 in March 2024).")).toEqual([]);
  });

  it("the Markdown names no package, path or function, writes every number of 1,000 or more with separators and judges no area best or worst", () => {
    expect(markdown).toContain("## Key findings");
    expect(writingProblems(markdown)).toEqual([]);
  });

  it("the HTML does the same in every word a reader sees", () => {
    expect(html).toContain("Key findings");
    expect(writingProblems(visibleText(html))).toEqual([]);
  });
});
